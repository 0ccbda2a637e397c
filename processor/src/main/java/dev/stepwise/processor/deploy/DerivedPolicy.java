package dev.stepwise.processor.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The permissions a workflow's execution role needs.
 *
 * @param statements  the merged statements, in a deterministic order (first use in the workflow, then logging, then
 *                    tracing)
 * @param warnings    resources no rule covers, so the role would lack a permission; the processor reports them as
 *                    compiler warnings
 * @param expressions resources of the statements that CloudFormation works out from a placeholder's value: the
 *                    intrinsic expression to write instead of each such stand-in string
 * @param conditions  the template conditions those expressions use, by name, in order of first use
 */
public record DerivedPolicy(List<PolicyStatement> statements, List<String> warnings,
                            Map<String, JsonNode> expressions, Map<String, JsonNode> conditions) {

    /** IAM's limit on the inline policies of one role, in characters of the policy JSON without whitespace. */
    public static final int INLINE_POLICY_LIMIT = 10_240;

    public DerivedPolicy {
        statements = List.copyOf(statements);
        warnings = List.copyOf(warnings);
        expressions = Map.copyOf(expressions);
        conditions = new LinkedHashMap<>(conditions);
    }

    public DerivedPolicy(List<PolicyStatement> statements, List<String> warnings) {
        this(statements, warnings, Map.of(), Map.of());
    }

    @Override
    public Map<String, JsonNode> conditions() {
        return new LinkedHashMap<>(conditions);
    }

    /**
     * The policy document the generated role holds, as the template writes it: for CDK users who build the role
     * themselves (a resource CloudFormation works out from a placeholder refers to the template's conditions).
     */
    public ObjectNode document() {
        return TemplateParts.policyDocument(this);
    }

    /**
     * The size of the policy document as IAM counts it (its JSON, whitespace left out), with {@code ${AWS::...}}
     * placeholders unsubstituted: an upper bound, since the region and account IDs are shorter than their names.
     */
    public int documentCharacters() {
        return TemplateParts.policyDocument(this).toString().length();
    }
}
