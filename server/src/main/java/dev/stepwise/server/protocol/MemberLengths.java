package dev.stepwise.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The length limits that Step Functions' API model puts on string members, checked before an operation runs as AWS
 * checks them. The SDKs and the CLI check only that a member is not too short, if that: a 300-character error or a
 * 129-character tag key reaches the service, which refuses it with a {@code ValidationException}.
 *
 * <p>Limits go by member name, which means the same in every operation and structure of the model, with the
 * exceptions in {@link #BY_OPERATION}. Inputs, outputs and definitions are checked here in characters, as the
 * model counts them; the runtime checks them again in UTF-8 bytes, as AWS's data limits count them.
 */
final class MemberLengths {

    private record Limit(int min, int max) {
    }

    private static final Limit ARN = new Limit(1, 256);
    private static final Limit LONG_ARN = new Limit(1, 2000);
    private static final Limit NAME = new Limit(1, 80);
    private static final Limit DESCRIPTION = new Limit(0, 256);

    private static final Map<String, Limit> BY_MEMBER = Map.ofEntries(
            Map.entry("activityArn", ARN), Map.entry("executionArn", ARN), Map.entry("resourceArn", ARN),
            Map.entry("roleArn", ARN), Map.entry("stateMachineArn", ARN), Map.entry("stateMachineAliasArn", ARN),
            Map.entry("stateMachineVersionArn", ARN), Map.entry("logGroupArn", ARN),
            Map.entry("mapRunArn", LONG_ARN),
            Map.entry("name", NAME), Map.entry("workerName", NAME), Map.entry("stateName", NAME),
            Map.entry("error", new Limit(0, 256)), Map.entry("cause", new Limit(0, 32768)),
            Map.entry("description", DESCRIPTION), Map.entry("versionDescription", DESCRIPTION),
            Map.entry("key", new Limit(1, 128)), Map.entry("tagKeys", new Limit(1, 128)),
            Map.entry("value", new Limit(0, 256)),
            Map.entry("taskToken", new Limit(1, 2048)), Map.entry("nextToken", new Limit(1, 1024)),
            Map.entry("clientToken", new Limit(1, 64)),
            Map.entry("traceHeader", new Limit(0, 256)), Map.entry("kmsKeyId", new Limit(1, 2048)),
            Map.entry("input", new Limit(0, 262144)), Map.entry("output", new Limit(0, 262144)),
            Map.entry("definition", new Limit(1, 1048576)));

    private static final Map<String, Limit> BY_OPERATION = Map.of(
            "ListExecutions.nextToken", new Limit(1, 3096),
            "DeleteStateMachineVersion.stateMachineVersionArn", LONG_ARN);

    private MemberLengths() {
    }

    /**
     * @throws ApiException a {@code ValidationException} for the first string member out of its limits, named by
     *                      its path as AWS names it ({@code tags.1.member.key})
     */
    static void check(String operation, JsonNode members) {
        walk(operation, members, "", null);
    }

    private static void walk(String operation, JsonNode node, String path, String member) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                walk(operation, field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
                        field.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(operation, node.get(i), path + "." + (i + 1) + ".member", member);
            }
        } else if (node.isTextual() && member != null) {
            Limit limit = path.equals(member) ? BY_OPERATION.getOrDefault(operation + "." + member,
                    BY_MEMBER.get(member)) : BY_MEMBER.get(member);
            int length = node.textValue().codePointCount(0, node.textValue().length());
            if (limit != null && (length < limit.min() || length > limit.max())) {
                // the value is not repeated: AWS leaves out sensitive ones (errors, causes), and long ones help no one
                throw ApiException.validation("Value at '" + path + "' failed to satisfy constraint: Member must "
                        + "have length " + (length < limit.min() ? "greater than or equal to " + limit.min()
                                : "less than or equal to " + limit.max()));
            }
        }
    }
}
