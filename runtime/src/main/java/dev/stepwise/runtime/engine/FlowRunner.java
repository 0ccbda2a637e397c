package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.data.ValueExpression;
import dev.stepwise.asl.data.path.ReferencePath;
import dev.stepwise.asl.data.jsonata.JsonataTemplate;
import dev.stepwise.asl.data.jsonata.QueryEvaluationException;
import dev.stepwise.runtime.definition.Catcher;
import dev.stepwise.runtime.definition.ChoicePlan;
import dev.stepwise.runtime.definition.DataFlow;
import dev.stepwise.runtime.definition.ErrorHandling;
import dev.stepwise.runtime.definition.FailPlan;
import dev.stepwise.runtime.definition.FlowPlan;
import dev.stepwise.runtime.definition.MapPlan;
import dev.stepwise.runtime.definition.ParallelPlan;
import dev.stepwise.runtime.definition.PassPlan;
import dev.stepwise.runtime.definition.ResultTarget;
import dev.stepwise.runtime.definition.Retrier;
import dev.stepwise.runtime.definition.StatePlan;
import dev.stepwise.runtime.definition.SucceedPlan;
import dev.stepwise.runtime.definition.TaskPlan;
import dev.stepwise.runtime.definition.Transition;
import dev.stepwise.runtime.definition.WaitPlan;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.asl.error.StatesErrors;
import dev.stepwise.runtime.history.EventChain;
import dev.stepwise.runtime.history.EventDetails;
import dev.stepwise.runtime.history.EventTypes;
import dev.stepwise.runtime.history.History;
import java.time.Duration;

/**
 * Runs one flow (the machine, a Parallel branch, a Map iteration) from its StartAt state to its end: the data flow
 * of each state (JSONPath or JSONata), its variable assignments, Retry and Catch, and the entered/exited events.
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

    /**
     * What a state hands on: its output and the next state's name ({@code null} when the flow ends), with that
     * state's plan when the transition is linked to it ({@code null}: look the name up); {@code owned} when the
     * output is the flow's own (see {@link Exit}).
     */
    private record Step(JsonNode output, String next, StatePlan target, boolean owned) {
    }

    /**
     * What one state produced before it exits: its output and the variables its Assign sets ({@code null}: none).
     * {@code owned}: the output's top-level object was made by this state and nothing but the next state will see
     * it (no history event, variable or sibling holds it), so the next state may place its result into it instead of
     * copying it, as code written by hand for one workflow would.
     */
    private record Exit(JsonNode output, ObjectNode assigned, boolean owned) {

        Exit(JsonNode output, ObjectNode assigned) {
            this(output, assigned, false);
        }
    }

    /**
     * Runs the machine's flow, with a fresh variable scope; {@code flowKey} is {@link FlowKey#ROOT} when the execution
     * can be redriven, {@code null} otherwise.
     *
     * @return the flow's output
     * @throws StatesError when a state fails and nothing catches it
     */
    JsonNode run(FlowPlan flow, JsonNode input, EventChain chain, Cancellation cancellation, FlowKey flowKey) {
        return run(flow, input, chain, cancellation, VariableScope.root(), flowKey);
    }

    /**
     * Runs a flow to its end; its states read and assign {@code variables}. {@code flowKey} names the flow's position
     * in the execution for a redrive ({@code null} when the execution is not redrivable): a redrive starts the flow
     * at the state where it stopped, on that state's input and with the variables it had then.
     *
     * @return the flow's output
     * @throws StatesError when a state fails and nothing catches it
     */
    JsonNode run(FlowPlan flow, JsonNode input, EventChain chain, Cancellation cancellation,
            VariableScope variables, FlowKey flowKey) {
        return run(flow, input, chain, cancellation, variables, flowKey, false);
    }

    /**
     * Runs a Parallel branch. A Task state that fails there, uncaught, is then aborted by its Parallel state: AWS
     * records {@code TaskStateAborted} after the task's failure, aside from the chain, so that the Parallel's next
     * event (ParallelStateFailed, or its retry's ParallelStateStarted) still follows the failure (recorded in the
     * conformance corpus: callback__test_sqs_failure_in_wait_for_task_tok_no_error_field__SQS_PARALLEL_WAIT_FOR_TASK_TOKEN,
     * states_variables__test_parallel_catch_error__*).
     */
    JsonNode runBranch(FlowPlan branch, JsonNode input, EventChain chain, Cancellation cancellation,
            VariableScope variables, FlowKey flowKey) {
        return run(branch, input, chain, cancellation, variables, flowKey, true);
    }

    private JsonNode run(FlowPlan flow, JsonNode input, EventChain chain, Cancellation cancellation,
            VariableScope variables, FlowKey flowKey, boolean parallelBranch) {
        RedriveMemory.StopPoint resume = flowKey == null ? null : run.memory().resumePoint(flowKey);
        StatePlan state = resume == null ? flow.start() : flow.state(resume.state());
        JsonNode data = resume == null ? input : resume.input();
        VariableScope scopeVariables = resume == null ? variables : resume.variables();
        scopeVariables.open();
        try {
            return runStates(flow, state, data, scopeVariables, chain, cancellation, flowKey, parallelBranch);
        } finally {
            scopeVariables.close(); // a finished flow's variables no longer count towards the execution's total
        }
    }

    /** Runs the states of a flow from {@code state} on until one ends the flow. */
    private JsonNode runStates(FlowPlan flow, StatePlan state, JsonNode data, VariableScope scopeVariables,
            EventChain chain, Cancellation cancellation, FlowKey flowKey, boolean parallelBranch) {
        boolean owned = false; // a flow's input is shared with its caller (the execution's, a branch's, an item's)
        while (true) {
            Step step;
            StateScope scope = null;
            try {
                run.checkpoint(cancellation);
                scope = new StateScope(run, state.name(), takesTime(state) ? run.clock().now() : null, data,
                        scopeVariables);
                scope.flowKey(flowKey);
                step = runState(state, data, owned, scope, chain, cancellation);
            } catch (StatesError | FlowStopped stop) {
                if (scope != null) {
                    scope.revertInPlaceWrite(); // a redrive starts the state again on the input it had
                }
                if (flowKey != null) {
                    run.memory().stoppedAt(flowKey, state.name(), data, scopeVariables);
                }
                if (parallelBranch && stop instanceof StatesError && state instanceof TaskPlan) {
                    chain.recordAside("TaskStateAborted", null);
                }
                throw stop;
            }
            if (step.next() == null) {
                return step.output();
            }
            data = step.output();
            owned = step.owned();
            state = step.target() != null ? step.target() : flow.state(step.next());
        }
    }

    /** Task, Wait, Parallel and Map states take time, so their entered time is read as they are entered. */
    private static boolean takesTime(StatePlan state) {
        return !(state instanceof PassPlan || state instanceof ChoicePlan || state instanceof SucceedPlan
                || state instanceof FailPlan);
    }

    /**
     * TestState: runs one state alone with inspection on, its Retry and Catch reporting to {@code attempt} instead of
     * retrying; returns its output and next state, or the error that escaped it.
     */
    TestedState runAlone(StatePlan state, JsonNode input, VariableScope variables, TestedAttempt attempt,
            ObjectNode context, MockedWork mockedWork, EventChain chain, Cancellation cancellation) {
        StateScope scope = new StateScope(run, state.name(), run.clock().now(), input, variables);
        scope.testAlone(attempt);
        scope.testedWith(context, mockedWork);
        try {
            Step step = runState(state, input, false, scope, chain, cancellation);
            return new TestedState(step.output(), step.next(), null, scope.inspection());
        } catch (StatesError error) {
            return new TestedState(null, null, error, scope.inspection());
        }
    }

    /** The outcome of one state run alone. */
    record TestedState(JsonNode output, String next, StatesError error, ObjectNode inspection) {
    }

    private Step runState(StatePlan state, JsonNode input, boolean owned, StateScope scope, EventChain chain,
            Cancellation cancellation) {
        long previousId = chain.last();
        long enteredId = chain.record(EventTypes.entered(state.type()),
                history.retains() ? EventDetails.stateEntered(state.name(), input) : null);
        scope.entered(enteredId, previousId);
        try {
            if (state instanceof PassPlan pass) {
                return exit(state, pass(pass, input, owned, scope), pass.transition(), chain, scope);
            }
            if (state instanceof ChoicePlan choice) {
                return choice(choice, input, scope, chain);
            }
            if (state instanceof WaitPlan wait) {
                return exit(state, wait(wait, input, scope, cancellation), wait.transition(), chain, scope);
            }
            if (state instanceof SucceedPlan succeed) {
                return exit(state, succeed(succeed.dataFlow(), input, scope), Transition.END, chain, scope);
            }
            if (state instanceof FailPlan fail) {
                throw fail(fail, scope);
            }
            return withErrorHandling(state, input, scope, chain, cancellation);
        } catch (QueryEvaluationException e) {
            throw evaluationFailed(e, scope, chain);
        } catch (StatesError e) {
            throw located(e, state, enteredId);
        } catch (FlowStopped stopped) {
            if (stopped.reason() == FlowStopped.Reason.ABORTED) {
                recordAborted(state, chain);
            }
            throw stopped;
        }
    }

    /** StopExecution ends the running Task, Wait, Map or Parallel state with its own {@code *Aborted} event. */
    private static void recordAborted(StatePlan state, EventChain chain) {
        String type = switch (state.type()) {
            case "Task" -> "TaskStateAborted";
            case "Wait" -> "WaitStateAborted";
            case "Map" -> "MapStateAborted";
            case "Parallel" -> "ParallelStateAborted";
            default -> null;
        };
        if (type != null) {
            chain.record(type, null);
        }
    }

    /** Applies the state's assignments and records its exited event; the flow goes on with {@code transition}. */
    private Step exit(StatePlan state, Exit exit, Transition transition, EventChain chain, StateScope scope) {
        return exit(state, exit, transition.next(), transition.target(), chain, scope);
    }

    /** Applies the state's assignments and records its exited event. */
    private Step exit(StatePlan state, Exit exit, String next, EventChain chain, StateScope scope) {
        return exit(state, exit, next, null, chain, scope);
    }

    private Step exit(StatePlan state, Exit exit, String next, StatePlan target, EventChain chain,
            StateScope scope) {
        if (exit.assigned() != null) {
            scope.variables().assign(state.name(), exit.assigned(), run.enforcesPayloadLimit());
        }
        ObjectNode details = null;
        if (history.retains()) {
            details = EventDetails.stateExited(state.name(), exit.output());
            if (exit.assigned() != null) {
                Assignments.describe(exit.assigned(), details);
            }
        }
        chain.record(EventTypes.exited(state.type()), details);
        return new Step(exit.output(), next, target, exit.owned());
    }

    /**
     * A JSONata expression failed: AWS records an EvaluationFailed event (chained after the event before the state
     * was entered) and fails the state with {@code States.QueryEvaluationError}.
     */
    private StatesError evaluationFailed(QueryEvaluationException failure, StateScope scope, EventChain chain) {
        StatesError error = failure.toStatesError(scope.stateName(), scope.enteredEventId());
        ObjectNode details = null;
        if (history.retains()) {
            details = EventDetails.failure(error.error(), error.cause());
            if (failure.location() != null) {
                details.put("location", failure.location());
            }
            details.put("state", scope.stateName());
        }
        chain.moveTo(history.record("EvaluationFailed", scope.previousOfEnteredId(), details));
        return error;
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

    /** A JSONata {@code Output}, or {@code fallback} when the state has none. */
    private static JsonNode output(JsonataTemplate output, StateScope scope, JsonNode fallback) {
        return output == null ? fallback : output.evaluate(scope.jsonata());
    }

    private static Exit succeed(DataFlow flow, JsonNode input, StateScope scope) {
        if (flow.jsonata()) {
            return new Exit(output(flow.output(), scope, input), Assignments.evaluate(flow.assign(), scope));
        }
        JsonNode effective = applyInputPath(flow, input, scope);
        ObjectNode assigned = Assignments.evaluate(flow.assign(), scope);
        return new Exit(flow.outputPath().apply(effective, scope), assigned);
    }

    /** {@code owned}: the input is the flow's own, so a ResultPath may write into it (see {@link Exit}). */
    private Exit pass(PassPlan pass, JsonNode input, boolean owned, StateScope scope) {
        DataFlow flow = pass.dataFlow();
        if (flow.jsonata()) {
            JsonNode result = pass.result() != null ? pass.result() : input;
            scope.result(result);
            ObjectNode assigned = Assignments.evaluate(flow.assign(), scope);
            JsonNode output = output(flow.output(), scope, result);
            if (output != input) {
                checkSize(pass.name(), output);
            }
            return new Exit(output, assigned);
        }
        JsonNode effective = flow.inputPath().apply(input, scope);
        JsonNode result;
        boolean freshResult = false;
        if (pass.result() != null) {
            result = pass.result();
            scope.inspect("result", result);
        } else {
            scope.inspect("afterInputPath", effective);
            if (flow.parameters() != null) {
                scope.input(effective);
                result = flow.parameters().evaluate(scope);
                freshResult = !flow.parameters().isConstant();
            } else {
                result = effective;
            }
            scope.inspect("afterParameters", result);
        }
        scope.inspect("afterResultSelector", result);
        scope.input(result);
        ObjectNode assigned = Assignments.evaluate(flow.assign(), scope);
        JsonNode placed = owned ? placeInOwned(flow, (ObjectNode) input, result, scope) : null;
        if (placed == null) {
            placed = flow.resultPath().apply(input, result);
        }
        scope.inspect("afterResultPath", placed);
        JsonNode output = flow.outputPath().apply(placed, scope);
        if (result != effective) {
            checkSize(pass.name(), output);
        }
        // The output stays the flow's own when this state made its top-level object (or kept an owned one) and
        // nothing else was handed it: no Assign (a variable may hold $), no history, no OutputPath into a subtree.
        ResultTarget target = flow.resultPath();
        boolean outputOwned = assigned == null && flow.assign() == null && !history.retains()
                && flow.outputPath().isIdentity() && output.isObject()
                && (target.replaces() ? freshResult : !target.discards() || owned);
        return new Exit(output, assigned, outputOwned);
    }

    /**
     * Places a Pass state's result into its owned input in place; returns the input, or {@code null} when the
     * ResultPath does not write into it ({@code $}, {@code null}).
     */
    private static JsonNode placeInOwned(DataFlow flow, ObjectNode input, JsonNode result, StateScope scope) {
        ReferencePath.Replaced replaced = flow.resultPath().applyInPlace(input, result);
        if (replaced == null) {
            return null;
        }
        scope.wroteInPlace(replaced);
        return input;
    }

    private Step choice(ChoicePlan choice, JsonNode input, StateScope scope, EventChain chain) {
        DataFlow flow = choice.dataFlow();
        JsonNode effective = flow.jsonata() ? input : applyInputPath(flow, input, scope);
        ChoicePlan.Rule matched = null;
        for (ChoicePlan.Rule rule : choice.rules()) {
            boolean matches = rule.jsonataCondition() != null
                    ? rule.jsonataCondition().evaluateBoolean(scope.jsonata())
                    : rule.condition().test(scope);
            if (matches) {
                matched = rule;
                break;
            }
        }
        String next = matched != null ? matched.next() : choice.defaultNext();
        if (next == null) {
            throw new StatesError(StatesErrors.NO_CHOICE_MATCHED,
                    "No Matches! Possible causes: no rule matched and no Default was given.");
        }
        // A matching rule's Assign and Output take the place of the state's own.
        ObjectNode assigned = Assignments.evaluate(matched != null ? matched.assign() : flow.assign(), scope);
        JsonNode output = flow.jsonata() ? output(matched != null ? matched.output() : flow.output(), scope, input)
                : flow.outputPath().apply(effective, scope);
        return exit(choice, new Exit(output, assigned), next, chain, scope);
    }

    private Exit wait(WaitPlan wait, JsonNode input, StateScope scope, Cancellation cancellation) {
        DataFlow flow = wait.dataFlow();
        JsonNode effective = flow.jsonata() ? input : applyInputPath(flow, input, scope);
        Duration duration = WaitTimes.duration(wait, scope);
        run.sleep(duration, cancellation);
        ObjectNode assigned = Assignments.evaluate(flow.assign(), scope);
        JsonNode output = flow.jsonata() ? output(flow.output(), scope, input)
                : flow.outputPath().apply(effective, scope);
        return new Exit(output, assigned);
    }

    /** JSONPath's first step: InputPath selects the effective input, which every later expression of the state reads. */
    private static JsonNode applyInputPath(DataFlow flow, JsonNode input, StateScope scope) {
        JsonNode effective = flow.inputPath().apply(input, scope);
        scope.inspect("afterInputPath", effective);
        scope.input(effective);
        return effective;
    }

    private StatesError fail(FailPlan fail, StateScope scope) {
        if (!fail.jsonata()) {
            scope.inspect("afterInputPath", scope.input());
        }
        String error = fail.errorExpression() != null ? fail.errorExpression().evaluateString(scope.jsonata())
                : fail.errorPath() != null ? text(fail.errorPath(), "ErrorPath", scope) : fail.error();
        String cause = fail.causeExpression() != null ? fail.causeExpression().evaluateString(scope.jsonata())
                : fail.causePath() != null ? text(fail.causePath(), "CausePath", scope) : fail.cause();
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
            StatesError error;
            try {
                Exit exit = attempt(state, input, scope, chain, cancellation);
                if (exit != null) {
                    if (state instanceof TaskPlan) {
                        // A result that raced a stop (or, under a virtual clock, outlived it) is dropped: the state
                        // aborts.
                        run.checkStopped(cancellation);
                    }
                    return exit(state, exit, state.transition(), chain, scope);
                }
                error = scope.taskFailure(); // the Task's handler failed (see TaskStep#run)
            } catch (QueryEvaluationException e) {
                error = evaluationFailed(e, scope, chain);
                // AWS follows a Map state's EvaluationFailed with MapStateFailed, as if an iteration had failed.
                scope.childrenFailed(state instanceof MapPlan);
            } catch (StatesError e) {
                error = e;
            }
            TestedAttempt tested = scope.tested();
            if (!error.isUncatchable()) {
                int r = firstMatchingRetrier(handling, error);
                if (r >= 0 && tested != null) {
                    if (tested.retries(r, handling.retriers().get(r), error)) {
                        throw error; // TestState reports the retry instead of making it
                    }
                } else if (r >= 0 && attempts[r] < handling.retriers().get(r).maxAttempts()) {
                    attempts[r]++;
                    retryCount++;
                    run.sleep(retryDelay(handling.retriers().get(r), attempts[r]), cancellation);
                    continue;
                }
            }
            failed(state, scope, chain);
            if (!error.isUncatchable()) {
                for (int c = 0; c < handling.catchers().size(); c++) {
                    Catcher catcher = handling.catchers().get(c);
                    if (catcher.errors().matches(error)) {
                        if (tested != null) {
                            tested.caught(c, error);
                        }
                        return caught(state, catcher, errorOutput(error), input, scope, chain);
                    }
                }
            }
            throw error;
        }
    }

    /** A Catch took the error: its output (JSONPath: placed at ResultPath) and its Assign. */
    private Step caught(StatePlan state, Catcher catcher, ObjectNode errorOutput, JsonNode input, StateScope scope,
            EventChain chain) {
        if (state.dataFlow().jsonata()) {
            scope.errorOutput(errorOutput);
            ObjectNode assigned = Assignments.evaluate(catcher.assign(), scope);
            return exit(state, new Exit(output(catcher.output(), scope, errorOutput), assigned), catcher.next(),
                    chain, scope);
        }
        scope.input(errorOutput);
        ObjectNode assigned = Assignments.evaluate(catcher.assign(), scope);
        return exit(state, new Exit(catcher.resultPath().apply(input, errorOutput), assigned), catcher.next(), chain,
                scope);
    }

    /** One attempt of the state's data flow and work: its exit, or {@code null} when a Task's handler failed. */
    private Exit attempt(StatePlan state, JsonNode input, StateScope scope, EventChain chain,
            Cancellation cancellation) {
        DataFlow flow = state.dataFlow();
        if (flow.jsonata()) {
            if (state instanceof TaskPlan) {
                // as in JSONPath: each attempt gets its own token, Arguments may pass on $states.context.Task.Token
                scope.newTaskAttempt();
            }
            JsonNode arguments = flow.arguments() == null ? input : flow.arguments().evaluate(scope.jsonata());
            scope.inspect("afterArguments", arguments);
            JsonNode result = work(state, arguments, scope, chain, cancellation);
            if (result == null) {
                return null; // a Task's handler failed, its error in the scope
            }
            scope.inspect("result", result);
            scope.result(result);
            ObjectNode assigned = Assignments.evaluate(flow.assign(), scope);
            JsonNode output = output(flow.output(), scope, result);
            checkSize(state, output, result);
            return new Exit(output, assigned);
        }
        JsonNode effective = applyInputPath(flow, input, scope);
        if (state instanceof TaskPlan) {
            // each attempt gets its own token, and Parameters may pass it on as $$.Task.Token (the callback pattern)
            scope.newTaskAttempt();
        }
        if (flow.parameters() != null) {
            effective = flow.parameters().evaluate(scope);
        }
        // AWS's TestState reports a Map's items instead of afterParameters and result (its recordings in
        // LocalStack's test_state_context_object and test_state_configuration)
        boolean map = state instanceof MapPlan;
        if (!map) {
            scope.inspect("afterParameters", effective);
        }
        JsonNode result = work(state, effective, scope, chain, cancellation);
        if (result == null) {
            return null; // a Task's handler failed, its error in the scope
        }
        JsonNode returned = result;
        if (!map) {
            scope.inspect("result", result);
        }
        if (flow.resultSelector() != null) {
            scope.input(result);
            result = flow.resultSelector().evaluate(scope);
        }
        scope.inspect("afterResultSelector", result);
        ObjectNode assigned = null;
        if (flow.assign() != null) {
            scope.input(result);
            assigned = Assignments.evaluate(flow.assign(), scope);
        }
        JsonNode placed = flow.resultPath().apply(input, result);
        scope.inspect("afterResultPath", placed);
        JsonNode output = flow.outputPath().apply(placed, scope);
        checkSize(state, output, returned);
        return new Exit(output, assigned);
    }

    /** The work of a Task, Parallel or Map state on its effective input. */
    private JsonNode work(StatePlan state, JsonNode input, StateScope scope, EventChain chain,
            Cancellation cancellation) {
        if (state instanceof TaskPlan task) {
            return taskStep.run(task, input, scope, chain, cancellation);
        }
        if (scope.mockedWork() != null) {
            return scope.mockedWork().run(state, input, scope);
        }
        if (state instanceof ParallelPlan parallel) {
            return parallelStep.run(parallel, input, scope, chain, cancellation);
        }
        return mapStep.run((MapPlan) state, input, scope, chain, cancellation);
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

    /**
     * What a Catch places at its ResultPath: {@code {"Error": ..., "Cause": ...}}. A task timeout has no cause in
     * its history events, yet AWS hands a Catch {@code "Cause": ""} for it (recorded in
     * error_handling__test_invoke_timeout), so a CausePath on it finds a string.
     */
    static ObjectNode errorOutput(StatesError error) {
        ObjectNode output = Json.NODES.objectNode();
        if (error.error() == null && error.cause() == null) {
            // SendTaskFailure without error or cause: AWS hands a Catch both as null (recorded in
            // callback SQS_WAIT_FOR_TASK_TOKEN_CATCH)
            return output.putNull("Error").putNull("Cause");
        }
        if (error.error() != null) {
            output.put("Error", error.error());
        }
        if (error.cause() != null) {
            output.put("Cause", error.cause());
        } else if (StatesErrors.TIMEOUT.equals(error.error())) {
            output.put("Cause", "");
        }
        return output;
    }

    /** A state's output against the payload limit; a Task's result passed on as it came was checked in TaskStep. */
    private void checkSize(StatePlan state, JsonNode output, JsonNode result) {
        if (!(state instanceof TaskPlan && output == result)) {
            checkSize(state.name(), output);
        }
    }

    private void checkSize(String stateName, JsonNode output) {
        if (run.enforcesPayloadLimit()) {
            StatesError exceeded = ResultLimit.exceededBy(stateName, output);
            if (exceeded != null) {
                throw exceeded;
            }
        }
    }
}
