package dev.stepwise.runtime.definition;

import dev.stepwise.asl.QueryLanguage;
import dev.stepwise.asl.validation.Problems;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.definition.DataFlowCompiler.Scope;
import java.util.ArrayList;
import java.util.List;

/** Compiles a Parallel state: each branch is a flow of its own, compiled in the machine's language. */
final class ParallelCompiler {

    private ParallelCompiler() {
    }

    static StatePlan compile(String name, Fields f, Problems problems, boolean jsonata,
            QueryLanguage machineLanguage) {
        return new ParallelPlan(name, DataFlowCompiler.compile(f, problems, jsonata, Scope.FULL),
                branches(f, problems, machineLanguage), ErrorHandlingCompiler.compile(f, problems, jsonata),
                StateCompiler.transition(f, problems));
    }

    private static List<FlowPlan> branches(Fields f, Problems problems, QueryLanguage machineLanguage) {
        JsonNode branches = f.array("Branches");
        List<FlowPlan> flows = new ArrayList<>();
        if (branches == null || branches.isEmpty()) {
            problems.schema(f.at("Branches"), "a Parallel state needs at least one branch");
            return flows;
        }
        for (int i = 0; i < branches.size(); i++) {
            String at = f.at("Branches") + "/" + i;
            if (!branches.get(i).isObject()) {
                problems.schema(at, "a branch must be an object with StartAt and States");
                continue;
            }
            FlowPlan branch = FlowCompiler.compile(new Fields(branches.get(i), at, problems), problems, machineLanguage);
            if (branch != null) { // null: no usable States, already reported
                flows.add(branch);
            }
        }
        return flows;
    }
}
