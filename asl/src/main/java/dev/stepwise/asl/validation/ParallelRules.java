package dev.stepwise.asl.validation;

import com.fasterxml.jackson.databind.JsonNode;

/** A Parallel state's branches, each a machine of its own. */
final class ParallelRules {

    private final Problems problems;
    private final NestedMachines nested;

    ParallelRules(Problems problems, NestedMachines nested) {
        this.problems = problems;
        this.nested = nested;
    }

    void check(StateNode state) {
        JsonNode branches = state.get("Branches");
        if (branches == null) {
            problems.schema(state.at(), "These fields are required: [Branches]");
            return;
        }
        if (!branches.isArray() || branches.isEmpty()) {
            problems.schema(state.at("Branches"), "The field 'Branches' must be a non-empty array of branches,"
                    + " each with StartAt and States");
            return;
        }
        for (int i = 0; i < branches.size(); i++) {
            nested.validate(branches.get(i), state.at("Branches").index(i), NestedMachines.Kind.BRANCH);
        }
    }
}
