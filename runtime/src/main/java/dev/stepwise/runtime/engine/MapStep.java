package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.stepwise.asl.StateMachineType;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.data.jsonata.QueryEvaluationException;
import dev.stepwise.runtime.definition.ItemReaderPlan;
import dev.stepwise.runtime.definition.MapPlan;
import dev.stepwise.runtime.definition.NumberSetting;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.asl.error.StatesErrors;
import dev.stepwise.runtime.history.EventChain;
import dev.stepwise.runtime.history.EventDetails;
import dev.stepwise.runtime.history.History;
import dev.stepwise.runtime.history.HistoryLimitExceededException;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.mapruns.MapRunStatus;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One attempt of a Map state: selects the items, shapes each with ItemSelector (which sees {@code $$.Map.Item}),
 * runs the item processor per item at most MaxConcurrency at once, and collects the results in item order.
 *
 * <p>An inline map without a tolerated failure threshold fails with the first failing item's own error. With one
 * (ToleratedFailureCount/Percentage), failures are counted and the state fails with
 * {@code States.ExceedToleratedFailureThreshold} once they exceed it; a DISTRIBUTED map always has one, by default
 * none of its items may fail. A DISTRIBUTED map runs here like an inline
 * one, but as AWS does, its iterations run in child executions whose events do not appear in this history: the
 * parent records MapRunStarted and MapRunSucceeded/Failed instead. A distributed map may read its items from S3
 * instead of its input ({@link ItemSource}; its ItemsPath is then ignored, as AWS ignores it) and hand them to
 * its iterations in batches ({@link ItemBatches}).
 */
final class MapStep {

    private final ExecutionRun run;
    private final FlowRunner flows;
    private final History history;
    private final ItemSource itemSource;
    private final ResultWriting resultWriting;
    /** Map runs started in this execution, for distinct run ids. */
    private final AtomicInteger runs = new AtomicInteger();

    MapStep(ExecutionRun run, FlowRunner flows) {
        this.run = run;
        this.flows = flows;
        this.history = run.history();
        this.itemSource = new ItemSource(run);
        this.resultWriting = new ResultWriting(run);
    }

    JsonNode run(MapPlan map, JsonNode input, StateScope scope, EventChain chain, Cancellation cancellation) {
        ItemReaderPlan reader = map.itemReader();
        ArrayNode inputItems = reader == null ? inputItems(map, input, scope) : null;
        int maxConcurrency = MapSettings.maxConcurrency(map.maxConcurrency(), scope);
        // With an ItemReader the count is unknown when the state starts: AWS records length 0.
        chain.record("MapStateStarted",
                history.retains() ? EventDetails.mapStarted(inputItems == null ? 0 : inputItems.size()) : null);
        // MaxItems is resolved as the map starts: a path value that is no integer fails with States.Runtime before
        // the map run starts, as AWS does
        long readLimit = reader == null ? 0 : MapSettings.count(reader.maxItems(), scope);
        FailureThreshold threshold = threshold(map, scope);
        MapRunTracker mapRun = map.distributed() ? startMapRun(map, maxConcurrency, threshold) : null;
        String mapRunArn = mapRun == null ? null : mapRun.arn();
        if (map.distributed()) {
            chain.record("MapRunStarted",
                    history.retains() ? Json.NODES.objectNode().put("mapRunArn", mapRunArn) : null);
        }
        // a Map Run's tolerated failures are read as each failure comes, since UpdateMapRun may change them
        Supplier<FailureThreshold> thresholds = mapRun == null ? () -> threshold : mapRun::threshold;
        boolean chained = iterationsChained(map, maxConcurrency);
        ResultWriting.Outcome[] outcomes;
        JsonNode written = null;
        try {
            ArrayNode items = reader == null ? inputItems : itemSource.read(reader, map.name(), readLimit, scope);
            ArrayNode batches = map.itemBatcher() == null ? null
                    : ItemBatches.of(map.itemBatcher(), selected(map, items, scope), scope);
            if (mapRun != null) {
                mapRun.planned(batches == null ? items.size() : batches.size(),
                        i -> batches == null ? 1 : batches.get(i).path("Items").size());
            }
            outcomes = iterations(map, items, batches, scope, chain, cancellation, maxConcurrency, thresholds,
                    mapRun);
            if (map.resultWriter() != null && map.resultWriter().exports()) {
                try {
                    written = resultWriting.write(map.resultWriter(), map.name(), mapRunArn, outcomes, scope);
                } catch (StatesError | FlowStopped stopped) {
                    rememberSucceeded(map, scope, outcomes);
                    throw stopped;
                }
            }
        } catch (StatesError error) {
            scope.childrenFailed(true);
            if (map.distributed()) { // AWS records the map run's error and cause, as the execution's
                mapRun.ended(MapRunStatus.FAILED);
                chain.record("MapRunFailed",
                        history.retains() ? EventDetails.failure(error.error(), error.cause()) : null);
            }
            throw error;
        } catch (FlowStopped stopped) {
            if (mapRun != null) {
                mapRun.ended(MapRunStatus.ABORTED);
            }
            throw stopped;
        } finally {
            if (!chained && !map.distributed()) {
                // Concurrent iterations forked the chain: continue after whatever happened last.
                chain.moveTo(chain.history().lastId());
            }
        }
        if (scope.flowKey() != null) {
            run.memory().forgetChildren(scope.flowKey(), map.name());
        }
        if (mapRun != null) {
            mapRun.ended(MapRunStatus.SUCCEEDED);
        }
        succeeded(map, chain);
        if (written != null) {
            return written;
        }
        return MapResults.output(outcomes, map.resultWriter() == null ? null : map.resultWriter().transformation());
    }

    /**
     * Whether the iterations run one after the other, each continuing the map's event chain as AWS records them:
     * under a virtual clock when none can let time pass, and always with a MaxConcurrency of 1 (AWS's histories
     * of such maps link each MapIterationStarted to the previous iteration's last event, Tasks or not:
     * states_variables__test_map_catch_error). {@link Workers} runs them so then.
     */
    private boolean iterationsChained(MapPlan map, int maxConcurrency) {
        return run.sequential(map.processor()) || maxConcurrency == 1;
    }

    /**
     * Starts (or, in a redrive, restarts) a Map Run, its ARN formed as AWS forms it: {@code
     * arn:...:mapRun:<state machine>/<Label or state name>:<run id>}. The run id is derived from the execution and
     * a count of its map runs, so that runs under a virtual clock repeat and a redrive runs the same Map Run again.
     */
    private MapRunTracker startMapRun(MapPlan map, int maxConcurrency, FailureThreshold threshold) {
        ExecutionIdentity identity = run.identity();
        String runId = java.util.UUID.nameUUIDFromBytes((identity.executionArn() + "/" + map.name() + "/"
                + runs.incrementAndGet()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        String labelled = identity.stateMachineName() + "/" + (map.label() == null ? map.name() : map.label());
        // its child workflow executions run the labelled state machine (LocalStack's AWS-validated
        // test_list_map_runs_and_describe_map_run snapshot: ListMapRuns' stateMachineArn)
        return run.mapRuns().start(identity.statesArnPrefix() + ":mapRun:" + labelled + ":" + runId,
                identity.executionArn(), identity.statesArnPrefix() + ":stateMachine:" + labelled, run.clock(),
                maxConcurrency, threshold);
    }

    /**
     * Runs the processor once per item (or per batch, when {@code batches} is set: those already went through
     * ItemSelector), at most {@code maxConcurrency} at once; the results in item order.
     */
    private ResultWriting.Outcome[] iterations(MapPlan map, ArrayNode items, ArrayNode batches, StateScope scope,
            EventChain chain, Cancellation cancellation, int maxConcurrency, Supplier<FailureThreshold> thresholds,
            MapRunTracker mapRun) {
        int length = batches == null ? items.size() : batches.size();
        ResultWriting.Outcome[] results = new ResultWriting.Outcome[length];
        AtomicInteger failures = new AtomicInteger();
        Cancellation siblings = cancellation.child();
        boolean sequential = run.sequential(map.processor());
        boolean chained = iterationsChained(map, maxConcurrency);
        // only a ResultWriter lists each iteration's input; otherwise an input is garbage once its iteration ends
        boolean keepInputs = map.resultWriter() != null && map.resultWriter().exports();
        FlowKey parentKey = scope.flowKey();
        try {
            run.workers().run(length, maxConcurrency, sequential, map.processor().mayLetTimePass(), siblings,
                    chain.history(), i -> iterate(map, i, parentKey == null ? null : parentKey.child(map.name(), i),
                            items, batches, scope, chain, chained, siblings, keepInputs, thresholds, failures,
                            results, mapRun));
        } catch (StatesError | FlowStopped stopped) {
            rememberSucceeded(map, scope, results);
            throw stopped;
        }
        return results;
    }

    /** One iteration: its result (or, under a tolerated failure threshold, its error) goes to {@code results[i]}. */
    private void iterate(MapPlan map, int i, FlowKey key, ArrayNode items, ArrayNode batches, StateScope scope,
            EventChain chain, boolean chained, Cancellation siblings, boolean keepInputs,
            Supplier<FailureThreshold> thresholds, AtomicInteger failures, ResultWriting.Outcome[] results,
            MapRunTracker mapRun) {
        JsonNode earlier = key == null ? null : run.memory().earlierResult(key);
        if (earlier != null) {
            // a redrive reruns only the iterations that did not succeed; the results list them as before
            JsonNode listed = keepInputs ? iterationInput(map, i, items, batches, scope) : null;
            results[i] = new ResultWriting.Outcome(listed, earlier, false);
            return;
        }
        JsonNode itemInput = iterationInput(map, i, items, batches, scope);
        try {
            JsonNode result = iteration(map, i, itemInput, chain, chained, siblings, scope.variables(), key, mapRun);
            results[i] = new ResultWriting.Outcome(keepInputs ? itemInput : null, result, false);
        } catch (StatesError error) {
            FailureThreshold threshold = thresholds.get();
            if (threshold == null) {
                throw error;
            }
            failures.incrementAndGet();
            results[i] = new ResultWriting.Outcome(keepInputs ? itemInput : null, FlowRunner.errorOutput(error), true);
            if (threshold.exceeded(failures.get(), results.length)) {
                throw exceeded();
            }
        }
    }

    /**
     * The Map state did not succeed: notes the iterations that did, which a redrive does not run again. (A Map that
     * succeeds is never run again, so its iterations are noted only now.)
     */
    private void rememberSucceeded(MapPlan map, StateScope scope, ResultWriting.Outcome[] results) {
        if (scope.flowKey() != null) { // null where nothing is kept for a redrive (an Express execution)
            run.memory().succeededChildren(scope.flowKey(), map.name(), results.length,
                    i -> results[i] == null || results[i].failed() ? null : results[i].output());
        }
    }

    /**
     * The success events, linked as AWS links them. Inline: MapStateSucceeded and MapStateExited both follow the
     * final MapIterationSucceeded, although each earlier MapIterationSucceeded stays aside. Distributed:
     * MapStateSucceeded follows MapRunSucceeded but MapStateExited follows MapRunStarted (recordings since November
     * 2024; older ones chained MapStateExited to MapRunSucceeded).
     */
    private static void succeeded(MapPlan map, EventChain chain) {
        History events = chain.history();
        if (map.distributed()) {
            long runSucceeded = chain.recordAside("MapRunSucceeded", null);
            events.record("MapStateSucceeded", runSucceeded, null);
            return;
        }
        chain.moveTo(events.lastId());
        chain.recordAside("MapStateSucceeded", null);
    }

    /** What iteration {@code i} runs on: its batch, or its item through ItemSelector. */
    private static JsonNode iterationInput(MapPlan map, int i, ArrayNode items, ArrayNode batches, StateScope scope) {
        return batches == null ? itemInput(map, i, items.get(i), scope) : batches.get(i);
    }

    /** The items from the input, which must be an array. */
    static ArrayNode inputItems(MapPlan map, JsonNode input, StateScope scope) {
        JsonNode items = items(map, input, scope);
        if (items == null || !items.isArray()) {
            throw StatesErrors.runtime("Unable to apply ItemsPath '"
                    + (map.itemsPath() == null ? "$" : map.itemsPath().source())
                    + "': the Map state's items must be a JSON array, but got "
                    + (items == null ? "nothing" : Json.write(items)));
        }
        return (ArrayNode) items;
    }

    /** Every item through ItemSelector, for batching. */
    private static ArrayNode selected(MapPlan map, ArrayNode items, StateScope scope) {
        if (map.itemSelector() == null && map.jsonataItemSelector() == null) {
            return items;
        }
        ArrayNode selected = Json.NODES.arrayNode(items.size());
        for (int i = 0; i < items.size(); i++) {
            selected.add(itemInput(map, i, items.get(i), scope));
        }
        return selected;
    }

    /** The items: JSONata {@code Items}, {@code ItemsPath}, or the effective input itself. */
    private static JsonNode items(MapPlan map, JsonNode input, StateScope scope) {
        if (map.items() != null) {
            return map.items().evaluateArray(scope.jsonata());
        }
        if (map.itemsPath() != null) {
            JsonNode items = map.itemsPath().evaluate(scope);
            if (items == null) { // a path that selects nothing fails as InputPath's does
                throw StatesErrors.runtime(map.itemsPath().notFoundCause(scope));
            }
            return items;
        }
        if (map.dataFlow().jsonata() && !input.isArray()) {
            throw QueryEvaluationException.mapInputNotArray(input);
        }
        return input;
    }

    /** One item shaped by ItemSelector, which also sees the item's index and value in the context object. */
    private static JsonNode itemInput(MapPlan map, int index, JsonNode item, StateScope scope) {
        if (map.jsonataItemSelector() != null) {
            return map.jsonataItemSelector().evaluate(scope.forItem(index, item).jsonata());
        }
        return map.itemSelector() == null ? item : map.itemSelector().evaluate(scope.forItem(index, item));
    }

    private static StatesError exceeded() {
        return new StatesError(StatesErrors.EXCEED_TOLERATED_FAILURE_THRESHOLD,
                "The specified tolerance threshold was exceeded");
    }

    private JsonNode iteration(MapPlan map, int index, JsonNode itemInput, EventChain chain, boolean chained,
            Cancellation cancellation, VariableScope outer, FlowKey key, MapRunTracker mapRun) {
        if (mapRun != null) {
            return childExecution(map, index, itemInput, cancellation, key, mapRun);
        }
        // Run one after the other, iterations continue the map's event chain, as AWS records them.
        EventChain iterationChain = chained ? chain : chain.fork();
        iterationChain.record("MapIterationStarted",
                history.retains() ? EventDetails.mapIteration(map.name(), index) : null);
        try {
            JsonNode result = flows.run(map.processor(), itemInput, iterationChain, cancellation, outer.inner(), key);
            iterationChain.recordAside("MapIterationSucceeded",
                    history.retains() ? EventDetails.mapIteration(map.name(), index) : null);
            return result;
        } catch (StatesError error) {
            iterationChain.recordAside("MapIterationFailed",
                    history.retains() ? EventDetails.mapIteration(map.name(), index) : null);
            throw error;
        } catch (FlowStopped stopped) {
            if (stopped.reason() != FlowStopped.Reason.TIMED_OUT) {
                iterationChain.recordAside("MapIterationAborted",
                        history.retains() ? EventDetails.mapIteration(map.name(), index) : null);
            }
            throw stopped;
        }
    }

    /**
     * A distributed map's iteration: a child workflow execution of its Map Run. Its events belong to its own
     * history, not to this one, and like any execution it starts with no variables (AWS gives a distributed map's
     * child workflows no outer scope). Its history has the parent's limit: a child that loops fails alone, and the
     * Map run's tolerated failures decide what that means for the parent. An Express child has no history on AWS
     * and, as any Express execution, ends after 5 minutes: TIMED_OUT with {@code States.Timeout}, a failure of its
     * Map Run (where Pass and Choice take no time, the event budget stands in for that limit too).
     */
    private JsonNode childExecution(MapPlan map, int index, JsonNode itemInput, Cancellation cancellation,
            FlowKey key, MapRunTracker mapRun) {
        boolean keepEvents = history.keepsEvents() && !map.expressChildren();
        History events = new History(run.clock(), keepEvents, history.limit(), null);
        ChildRun child = mapRun.childStarted(index, itemInput, events, map.expressChildren());
        Cancellation flow = map.expressChildren()
                ? cancellation.childUntil(run.clock().now().plusSeconds(StateMachineType.EXPRESS_MAX_SECONDS))
                : cancellation;
        // its own history, as any execution's: ExecutionStarted with the item, then its end
        EventChain chain = new EventChain(events, 0);
        events.record("ExecutionStarted", 0,
                keepEvents ? EventDetails.executionStarted(itemInput, run.identity().roleArn()) : null);
        ExecutionStatus end = ExecutionStatus.FAILED;
        try {
            JsonNode result = flows.run(map.processor(), itemInput, chain, flow, VariableScope.root(), key);
            child.succeeded(result);
            chain.record("ExecutionSucceeded", keepEvents ? EventDetails.withOutput(result) : null);
            end = ExecutionStatus.SUCCEEDED;
            return result;
        } catch (StatesError error) {
            failed(child, chain, keepEvents, error);
            throw error;
        } catch (HistoryLimitExceededException e) {
            StatesError error = new StatesError(StatesErrors.RUNTIME, e.getMessage());
            failed(child, chain, keepEvents, error);
            throw error;
        } catch (FlowStopped stopped) {
            if (stopped.reason() == FlowStopped.Reason.TIMED_OUT && ranOutOfItsOwnTime(flow, cancellation)) {
                end = ExecutionStatus.TIMED_OUT;
                StatesError error = new StatesError(StatesErrors.TIMEOUT, ExecutionRun.TIMED_OUT_CAUSE);
                child.failed(error.error(), error.cause());
                chain.record("ExecutionTimedOut", keepEvents ? EventDetails.failure(error.error(), error.cause())
                        : null);
                throw error;
            }
            // stopped with its execution, or by Step Functions as its Map Run failed (MapRunExecutionCounts' aborted)
            end = ExecutionStatus.ABORTED;
            chain.record("ExecutionAborted", keepEvents ? EventDetails.failure(null, null) : null);
            throw stopped;
        } finally {
            mapRun.childEnded(child, end);
        }
    }

    /** Whether a child's own deadline, not its parent's sooner (or equal) one, is what stopped it. */
    private boolean ranOutOfItsOwnTime(Cancellation child, Cancellation parent) {
        Instant own = child.deadline();
        return own != null && own.isBefore(run.deadline(parent)) && !run.clock().now().isBefore(own);
    }

    private static void failed(ChildRun child, EventChain chain, boolean keepEvents, StatesError error) {
        child.failed(error.error(), error.cause());
        chain.record("ExecutionFailed", keepEvents ? EventDetails.failure(error.error(), error.cause()) : null);
    }

    /**
     * ToleratedFailureCount and ToleratedFailurePercentage as the definition sets them, resolved for one run;
     * {@code null} when it sets neither (a Map Run then has its default, {@link FailureThreshold#ofMapRun}).
     */
    static FailureThreshold threshold(MapPlan map, StateScope scope) {
        NumberSetting count = map.toleratedFailureCount();
        NumberSetting percentage = map.toleratedFailurePercentage();
        return FailureThreshold.of(count.isAbsent() ? null : MapSettings.toleratedCount(count, scope),
                percentage.isAbsent() ? null : MapSettings.toleratedPercentage(percentage, scope));
    }
}
