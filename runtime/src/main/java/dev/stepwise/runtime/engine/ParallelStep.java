package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.definition.FlowPlan;
import dev.stepwise.runtime.definition.ParallelPlan;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.runtime.history.EventChain;
import java.util.List;

/**
 * One attempt of a Parallel state: every branch runs on the same effective input; the result is an array in branch
 * order. The first branch to fail cancels the others and its error becomes the state's.
 */
final class ParallelStep {

    private final ExecutionRun run;
    private final FlowRunner flows;

    ParallelStep(ExecutionRun run, FlowRunner flows) {
        this.run = run;
        this.flows = flows;
    }

    JsonNode run(ParallelPlan parallel, JsonNode input, StateScope scope, EventChain chain,
            Cancellation cancellation) {
        chain.record("ParallelStateStarted", null);
        List<FlowPlan> branches = parallel.branches();
        JsonNode[] results = new JsonNode[branches.size()];
        Cancellation siblings = cancellation.child();
        VariableScope variables = scope.variables();
        try {
            boolean sequential = true;
            for (FlowPlan branch : branches) {
                sequential &= run.sequential(branch);
            }
            run.workers().run(branches.size(), 0, sequential, siblings, i -> {
                String key = scope.flowKey() == null ? null
                        : RedriveMemory.childKey(scope.flowKey(), parallel.name(), i);
                JsonNode earlier = key == null ? null : run.memory().earlierResult(key);
                if (earlier != null) {
                    results[i] = earlier; // a redrive reruns only the branches that did not succeed
                    return;
                }
                EventChain branchChain = chain.fork();
                results[i] = flows.run(branches.get(i), input, branchChain, siblings, variables.inner(), key);
                if (key != null) {
                    run.memory().succeeded(key, results[i]);
                }
            });
        } catch (StatesError error) {
            scope.childrenFailed(true);
            throw error;
        } finally {
            chain.moveTo(chain.history().lastId());
        }
        chain.recordAside("ParallelStateSucceeded", null);
        ArrayNode output = Json.NODES.arrayNode(results.length);
        for (JsonNode result : results) {
            output.add(result);
        }
        return output;
    }
}
