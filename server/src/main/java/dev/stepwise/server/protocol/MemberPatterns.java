package dev.stepwise.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The patterns that Step Functions' API model puts on string members, checked before an operation runs as AWS checks
 * them: a value that does not match is a {@code ValidationException} in AWS's words, value included (none of these
 * members is sensitive). Recorded on AWS for an alias name: "Value '123' at 'name' failed to satisfy constraint:
 * Member must satisfy regular expression pattern: ^(?=.*[a-zA-Z_\-\.])[a-zA-Z0-9_\-\.]+$" (LocalStack's
 * AWS-validated test_sfn_api_aliasing snapshot).
 *
 * <p>These are every pattern of the model's inputs, by {@code Operation.member}: {@code name} has one only as an
 * alias's name, and {@code traceHeader} and {@code clientToken} only where listed.
 */
final class MemberPatterns {

    private static final Pattern TRACE_HEADER = Pattern.compile("\\p{ASCII}*");

    private static final Map<String, Pattern> BY_OPERATION = Map.of(
            "CreateStateMachineAlias.name", Pattern.compile("^(?=.*[a-zA-Z_\\-\\.])[a-zA-Z0-9_\\-\\.]+$"),
            "RedriveExecution.clientToken", Pattern.compile("[!-~]+"),
            "StartExecution.traceHeader", TRACE_HEADER,
            "StartSyncExecution.traceHeader", TRACE_HEADER);

    private MemberPatterns() {
    }

    /** @throws ApiException a {@code ValidationException} for a top-level string member its pattern refuses */
    static void check(String operation, JsonNode members) {
        BY_OPERATION.forEach((key, pattern) -> {
            if (!key.startsWith(operation + ".")) {
                return;
            }
            String member = key.substring(operation.length() + 1);
            JsonNode value = members.get(member);
            if (value != null && value.isTextual() && !pattern.matcher(value.textValue()).matches()) {
                throw ApiException.constraint(value.textValue(), member,
                        "satisfy regular expression pattern: " + pattern.pattern());
            }
        });
    }
}
