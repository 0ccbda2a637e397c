package dev.stepwise.processor.deploy;

import java.util.List;

/**
 * The permissions a workflow's execution role needs.
 *
 * @param statements the merged statements, in a deterministic order (first use in the workflow, then logging, then
 *                   tracing)
 * @param warnings   resources no rule covers, so the role would lack a permission; the processor reports them as
 *                   compiler warnings
 */
public record DerivedPolicy(List<PolicyStatement> statements, List<String> warnings) {

    /** IAM's limit on the inline policies of one role, in characters of the policy JSON without whitespace. */
    public static final int INLINE_POLICY_LIMIT = 10_240;

    public DerivedPolicy {
        statements = List.copyOf(statements);
        warnings = List.copyOf(warnings);
    }

    /**
     * The size of the policy document as IAM counts it (its JSON, whitespace left out), with {@code ${AWS::...}}
     * placeholders unsubstituted: an upper bound, since the region and account IDs are shorter than their names.
     */
    public int documentCharacters() {
        return TemplateParts.policyDocument(statements).toString().length();
    }
}
