package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.definition.FlowPlan;
import dev.stepwise.runtime.definition.ParallelPlan;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.runtime.history.EventChain;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

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
        // the last event of the first branch that failed: the state's failure follows it, not what was recorded aside
        AtomicLong failedAt = new AtomicLong();
        try {
            boolean sequential = true;
            boolean mayWait = false;
            for (FlowPlan branch : branches) {
                sequential &= run.sequential(branch);
                mayWait |= branch.mayLetTimePass();
            }
            run.workers().run(branches.size(), 0, sequential, mayWait, siblings, chain.history(), i -> {
                FlowKey key = scope.flowKey() == null ? null : scope.flowKey().child(parallel.name(), i);
                JsonNode earlier = key == null ? null : run.memory().earlierResult(key);
                if (earlier != null) {
                    results[i] = earlier; // a redrive reruns only the branches that did not succeed
                    return;
                }
                EventChain branchChain = chain.fork();
                try {
                    results[i] = flows.runBranch(branches.get(i), input, branchChain, siblings, variables.inner(),
                            key);
                } catch (StatesError failed) {
                    failedAt.compareAndSet(0, branchChain.last());
                    throw failed;
                }
            });
        } catch (StatesError error) {
            scope.childrenFailed(true);
            rememberSucceeded(parallel, scope, results);
            throw error;
        } catch (FlowStopped stopped) {
            rememberSucceeded(parallel, scope, results);
            throw stopped;
        } finally {
            chain.moveTo(failedAt.get() > 0 ? failedAt.get() : chain.history().lastId());
        }
        if (scope.flowKey() != null) {
            run.memory().forgetChildren(scope.flowKey(), parallel.name());
        }
        chain.recordAside("ParallelStateSucceeded", null);
        ArrayNode output = Json.NODES.arrayNode(results.length);
        for (JsonNode result : results) {
            output.add(result);
        }
        return output;
    }

    /**
     * The Parallel state did not succeed: notes the branches that did, which a redrive does not run again. (A
     * Parallel state that succeeds is never run again, so its branches are noted only now.)
     */
    private void rememberSucceeded(ParallelPlan parallel, StateScope scope, JsonNode[] results) {
        if (scope.flowKey() != null) { // null where nothing is kept for a redrive (an Express execution)
            run.memory().succeededChildren(scope.flowKey(), parallel.name(), results.length, i -> results[i]);
        }
    }
}
