package dev.stepwise.processor.model;

import java.util.List;

/**
 * The result of a Parallel state whose branches output values of different types: a record nested in the
 * generated class, read from the JSON array the Parallel returns, one component per branch, in order.
 *
 * @param type     the record, as the output record's component refers to it
 * @param state    the Parallel state
 * @param branches one property per branch: named after its {@code @Flow} class, typed by what it outputs
 */
public record BranchResults(JavaType.ClassType type, String state, List<TypeCatalog.Property> branches) {
    public BranchResults {
        branches = List.copyOf(branches);
    }
}
