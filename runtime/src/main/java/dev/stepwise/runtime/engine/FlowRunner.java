package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.data.Json;
import dev.stepwise.runtime.data.ValueExpression;
import dev.stepwise.runtime.definition.Catcher;
import dev.stepwise.runtime.definition.ChoicePlan;
import dev.stepwise.runtime.definition.DataFlow;
import dev.stepwise.runtime.definition.ErrorHandling;
import dev.stepwise.runtime.definition.FailPlan;
import dev.stepwise.runtime.definition.FlowPlan;
import dev.stepwise.runtime.definition.MapPlan;
import dev.stepwise.runtime.definition.ParallelPlan;
import dev.stepwise.runtime.definition.PassPlan;
import dev.stepwise.runtime.definition.Retrier;
import dev.stepwise.runtime.definition.StatePlan;
import dev.stepwise.runtime.definition.SucceedPlan;
import dev.stepwise.runtime.definition.TaskPlan;
import dev.stepwise.runtime.definition.WaitPlan;
import dev.stepwise.runtime.error.StatesError;
import dev.stepwise.runtime.error.StatesErrors;
import dev.stepwise.runtime.history.EventChain;
import dev.stepwise.runtime.history.EventDetails;
import dev.stepwise.runtime.history.EventTypes;
import dev.stepwise.runtime.history.History;
import java.time.Duration;

/**
 * Runs one flow (the machine, a Parallel branch, a Map iteration) from its StartAt state to its end: the JSONPath
 * data flow of each state, Retry and Catch, and the entered/exited events.
 */
final class FlowRunner {

    private final ExecutionRun run;
    private final History history;
    private final TaskStep taskStep;
    private final ParallelStep parallelStep;
    private final MapStep mapStep;

    FlowRunner(ExecutionRun run) {
        this.run = run;
        this.history = run.history();
        this.taskStep = new TaskStep(run);
        this.parallelStep = new ParallelStep(run, this);
        this.mapStep = new MapStep(run, this);
    }

    /** What a state hands on: its output and the next state's name ({@code null} when the flow ends). */
    private record Step(JsonNode output, String next) {
    }

    /**
     * Runs a flow to its end.
     *
     * @return the flow's output
     * @throws StatesError when a state fails and nothing catches it
     */
    JsonNode run(FlowPlan flow, JsonNode input, EventChain chain, Cancellation cancellation) {
        StatePlan state = flow.start();
        JsonNode data = input;
        while (true) {
            run.checkpoint(cancellation);
            Step step = runState(state, data, chain, cancellation);
            if (step.next() == null) {
                return step.output();
            }
            data = step.output();
            state = flow.state(step.next());
        }
    }

    private Step runState(StatePlan state, JsonNode input, EventChain chain, Cancellation cancellation) {
        return runState(state, input, new StateScope(run, state.name(), run.clock().now(), input), chain,
                cancellation);
    }

    /** TestState: runs one state alone with inspection on; returns its output and next state. */
    TestedState runAlone(StatePlan state, JsonNode input, EventChain chain, Cancellation cancellation) {
        StateScope scope = new StateScope(run, state.name(), run.clock().now(), input);
        scope.inspect();
        try {
            Step step = runState(state, input, scope, chain, cancellation);
            return new TestedState(step.output(), step.next(), null, scope.inspection());
        } catch (StatesError error) {
            return new TestedState(null, null, error, scope.inspection());
        }
    }

    /** The outcome of one state run alone. */
    record TestedState(JsonNode output, String next, StatesError error, ObjectNode inspection) {
    }

    private Step runState(StatePlan state, JsonNode input, StateScope scope, EventChain chain,
            Cancellation cancellation) {
        long enteredId = chain.record(EventTypes.entered(state.type()),
                history.retains() ? EventDetails.stateEntered(state.name(), input) : null);
        try {
            if (state instanceof PassPlan pass) {
                return exit(state, pass(pass, input, scope), pass.transition().next(), chain);
            }
            if (state instanceof ChoicePlan choice) {
                return choice(choice, input, scope, chain);
            }
            if (state instanceof WaitPlan wait) {
                return exit(state, wait(wait, input, scope, cancellation), wait.transition().next(), chain);
            }
            if (state instanceof SucceedPlan succeed) {
                return exit(state, filterOnly(succeed.dataFlow(), input, scope), null, chain);
            }
            if (state instanceof FailPlan fail) {
                throw fail(fail, scope);
            }
            return withErrorHandling(state, input, scope, chain, cancellation);
        } catch (StatesError e) {
            throw located(e, state, enteredId);
        }
    }

    private Step exit(StatePlan state, JsonNode output, String next, EventChain chain) {
        chain.record(EventTypes.exited(state.type()),
                history.retains() ? EventDetails.stateExited(state.name(), output) : null);
        return new Step(output, next);
    }

    /**
     * AWS prefixes the cause of a {@code States.Runtime} error raised while running a state with the state and the id
     * of its entered event; errors coming out of nested states already carry their own prefix.
     */
    private static StatesError located(StatesError error, StatePlan state, long enteredId) {
        if (!StatesErrors.RUNTIME.equals(error.error()) || error.cause() == null
                || error.cause().startsWith("An error occurred while executing the state")) {
            return error;
        }
        return new StatesError(error.error(), "An error occurred while executing the state '" + state.name()
                + "' (entered at the event id #" + enteredId + "). " + error.cause());
    }

    private static JsonNode filterOnly(DataFlow flow, JsonNode input, StateScope scope) {
        JsonNode effective = flow.inputPath().apply(input, scope);
        scope.inspect("afterInputPath", effective);
        return flow.outputPath().apply(effective, scope);
    }

    private JsonNode pass(PassPlan pass, JsonNode input, StateScope scope) {
        DataFlow flow = pass.dataFlow();
        JsonNode effective = flow.inputPath().apply(input, scope);
        JsonNode result;
        if (pass.result() != null) {
            result = pass.result();
            scope.inspect("result", result);
        } else {
            scope.inspect("afterInputPath", effective);
            if (flow.parameters() != null) {
                scope.input(effective);
                result = flow.parameters().evaluate(scope);
            } else {
                result = effective;
            }
            scope.inspect("afterParameters", result);
        }
        scope.inspect("afterResultSelector", result);
        JsonNode placed = flow.resultPath().apply(input, result);
        scope.inspect("afterResultPath", placed);
        JsonNode output = flow.outputPath().apply(placed, scope);
        if (result != effective) {
            checkSize(pass.name(), output);
        }
        return output;
    }

    private Step choice(ChoicePlan choice, JsonNode input, StateScope scope, EventChain chain) {
        JsonNode effective = choice.dataFlow().inputPath().apply(input, scope);
        scope.inspect("afterInputPath", effective);
        scope.input(effective);
        String next = choice.defaultNext();
        for (ChoicePlan.Rule rule : choice.rules()) {
            if (rule.condition().test(scope)) {
                next = rule.next();
                break;
            }
        }
        if (next == null) {
            throw new StatesError(StatesErrors.NO_CHOICE_MATCHED,
                    "No Matches! Possible causes: no rule matched and no Default was given.");
        }
        return exit(choice, choice.dataFlow().outputPath().apply(effective, scope), next, chain);
    }

    private JsonNode wait(WaitPlan wait, JsonNode input, StateScope scope, Cancellation cancellation) {
        JsonNode effective = wait.dataFlow().inputPath().apply(input, scope);
        scope.inspect("afterInputPath", effective);
        Duration duration = WaitTimes.duration(wait, effective, scope.enteredTime());
        run.sleep(duration, cancellation);
        return wait.dataFlow().outputPath().apply(effective, scope);
    }

    private StatesError fail(FailPlan fail, StateScope scope) {
        scope.inspect("afterInputPath", scope.input());
        String error = fail.errorPath() != null ? text(fail.errorPath(), "ErrorPath", scope) : fail.error();
        String cause = fail.causePath() != null ? text(fail.causePath(), "CausePath", scope) : fail.cause();
        return new StatesError(error, cause);
    }

    private static String text(ValueExpression expression, String field, StateScope scope) {
        JsonNode value = expression.evaluate(scope);
        if (value == null) {
            throw StatesErrors.runtime("The JSONPath '" + expression.source() + "' specified for the field '" + field
                    + "' could not be found in the input '" + Json.write(scope.input()) + "'");
        }
        return value.isTextual() ? value.textValue() : Json.write(value);
    }

    /** Task, Parallel and Map: attempts with Retry, then Catch. */
    private Step withErrorHandling(StatePlan state, JsonNode input, StateScope scope, EventChain chain,
            Cancellation cancellation) {
        ErrorHandling handling = state.errorHandling();
        int[] attempts = new int[handling.retriers().size()];
        int retryCount = 0;
        while (true) {
            scope.retryCount(retryCount);
            scope.childrenFailed(false);
            try {
                JsonNode output = attempt(state, input, scope, chain, cancellation);
                return exit(state, output, state.transition().next(), chain);
            } catch (StatesError error) {
                if (!error.isUncatchable()) {
                    int r = firstMatchingRetrier(handling, error);
                    if (r >= 0 && attempts[r] < handling.retriers().get(r).maxAttempts()) {
                        attempts[r]++;
                        retryCount++;
                        run.sleep(retryDelay(handling.retriers().get(r), attempts[r]), cancellation);
                        continue;
                    }
                }
                failed(state, scope, chain);
                if (!error.isUncatchable()) {
                    for (Catcher catcher : handling.catchers()) {
                        if (catcher.errors().matches(error)) {
                            JsonNode output = catcher.resultPath().apply(input, errorOutput(error));
                            return exit(state, output, catcher.next(), chain);
                        }
                    }
                }
                throw error;
            }
        }
    }

    private JsonNode attempt(StatePlan state, JsonNode input, StateScope scope, EventChain chain,
            Cancellation cancellation) {
        DataFlow flow = state.dataFlow();
        JsonNode effective = flow.inputPath().apply(input, scope);
        scope.inspect("afterInputPath", effective);
        scope.input(effective);
        if (flow.parameters() != null) {
            effective = flow.parameters().evaluate(scope);
        }
        scope.inspect("afterParameters", effective);
        JsonNode result;
        if (state instanceof TaskPlan task) {
            result = taskStep.run(task, effective, scope, chain);
        } else if (state instanceof ParallelPlan parallel) {
            result = parallelStep.run(parallel, effective, scope, chain, cancellation);
        } else {
            result = mapStep.run((MapPlan) state, effective, scope, chain, cancellation);
        }
        scope.inspect("result", result);
        if (flow.resultSelector() != null) {
            scope.input(result);
            result = flow.resultSelector().evaluate(scope);
        }
        scope.inspect("afterResultSelector", result);
        JsonNode placed = flow.resultPath().apply(input, result);
        scope.inspect("afterResultPath", placed);
        JsonNode output = flow.outputPath().apply(placed, scope);
        checkSize(state.name(), output);
        return output;
    }

    /** The state-level failure event of Parallel and Map, recorded once when no retry is left. */
    private void failed(StatePlan state, StateScope scope, EventChain chain) {
        if (!scope.childrenFailed()) {
            return;
        }
        if (state instanceof ParallelPlan) {
            chain.record("ParallelStateFailed", null);
        } else if (state instanceof MapPlan) {
            chain.record("MapStateFailed", null);
        }
    }

    private static int firstMatchingRetrier(ErrorHandling handling, StatesError error) {
        for (int i = 0; i < handling.retriers().size(); i++) {
            if (handling.retriers().get(i).errors().matches(error)) {
                return i;
            }
        }
        return -1;
    }

    private Duration retryDelay(Retrier retrier, int attempt) {
        double seconds = retrier.delaySeconds(attempt);
        if (retrier.fullJitter()) {
            seconds *= run.nextRandom();
        }
        return Duration.ofNanos((long) (seconds * 1_000_000_000L));
    }

    /** What a Catch places at its ResultPath: {@code {"Error": ..., "Cause": ...}}. */
    static ObjectNode errorOutput(StatesError error) {
        ObjectNode output = Json.NODES.objectNode();
        if (error.error() != null) {
            output.put("Error", error.error());
        }
        if (error.cause() != null) {
            output.put("Cause", error.cause());
        }
        return output;
    }

    private void checkSize(String stateName, JsonNode output) {
        if (run.enforcesPayloadLimit() && PayloadSize.exceedsLimit(output)) {
            throw new StatesError(StatesErrors.DATA_LIMIT_EXCEEDED, "The state/task '" + stateName
                    + "' returned a result with a size exceeding the maximum number of bytes service limit.");
        }
    }
}
