package dev.stepwise.processor.model;

import java.util.List;

/**
 * What a workflow reads and writes, derived from its model by type tracking: the fields of the generated
 * {@code <Name>Input} and {@code <Name>Output} records, and the records of the Parallel results they hold.
 */
public record DataContract(List<TypeCatalog.Property> input, List<TypeCatalog.Property> output,
                           List<BranchResults> branchResults) {
    public DataContract {
        input = List.copyOf(input);
        output = List.copyOf(output);
        branchResults = List.copyOf(branchResults);
    }
}
