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

    public DerivedPolicy {
        statements = List.copyOf(statements);
        warnings = List.copyOf(warnings);
    }
}
