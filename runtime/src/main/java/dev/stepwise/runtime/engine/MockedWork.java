package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.asl.error.StatesErrors;
import dev.stepwise.runtime.definition.MapPlan;
import dev.stepwise.runtime.definition.StatePlan;
import dev.stepwise.runtime.mock.TestStateMock;

/**
 * TestState's mock of a whole Map or Parallel state: the mock stands for the state's iterations or branches, whose
 * result it is (or whose error it raises), while the state's own data flow, Retry and Catch apply as to a real
 * result. A Map still selects its items and resolves its settings, which AWS reports in the inspection data
 * ({@code afterItemsPath}, {@code maxConcurrency}, {@code toleratedFailureCount},
 * {@code toleratedFailurePercentage}), and weighs {@code stateConfiguration.mapIterationFailureCount} against its
 * tolerated failure threshold. As AWS's recordings show (LocalStack's test_state_configuration, recorded on AWS):
 * past the threshold the state fails with {@code States.ExceedToleratedFailureThreshold}; without a threshold
 * failed iterations do not fail it; a mocked error fails it whatever the count.
 */
final class MockedWork {

    /** The cause AWS's TestState gives a mocked Map past its threshold (test_state_configuration recordings). */
    static final String THRESHOLD_EXCEEDED = "The specified tolerated failure threshold was exceeded";

    private final TestStateMock mock;
    private final int mapIterationFailureCount;

    MockedWork(TestStateMock mock, int mapIterationFailureCount) {
        this.mock = mock;
        this.mapIterationFailureCount = mapIterationFailureCount;
    }

    /** The mocked result of the Map or Parallel state {@code state}, on its effective input {@code input}. */
    JsonNode run(StatePlan state, JsonNode input, StateScope scope) {
        FailureThreshold threshold = null;
        ArrayNode items = null;
        if (state instanceof MapPlan map) {
            items = map.itemReader() == null ? MapStep.inputItems(map, input, scope) : null;
            if (items != null && !map.dataFlow().jsonata()) { // the API reference: not populated in JSONata
                scope.inspect("afterItemsPath", items);
            }
            inspectSettings(map, scope);
            threshold = map.distributed() ? FailureThreshold.ofMapRun(MapStep.threshold(map, scope))
                    : MapStep.threshold(map, scope);
        }
        if (mock.error() != null) {
            throw new StatesError(mock.error(), mock.cause());
        }
        // items an ItemReader would read are not known here: only ToleratedFailureCount is weighed then
        if (threshold != null && threshold.exceeded(mapIterationFailureCount, items == null ? 0 : items.size())) {
            throw new StatesError(StatesErrors.EXCEED_TOLERATED_FAILURE_THRESHOLD, THRESHOLD_EXCEEDED);
        }
        return mock.result().deepCopy();
    }

    /** The Map's resolved settings, as AWS's inspection data lists them (0: no MaxConcurrency limit). */
    private static void inspectSettings(MapPlan map, StateScope scope) {
        int maxConcurrency = MapSettings.maxConcurrency(map.maxConcurrency(), scope);
        scope.inspect("maxConcurrency", Json.NODES.numberNode(maxConcurrency));
        if (!map.toleratedFailureCount().isAbsent()) {
            scope.inspect("toleratedFailureCount",
                    Json.NODES.numberNode(MapSettings.toleratedCount(map.toleratedFailureCount(), scope)));
        }
        if (!map.toleratedFailurePercentage().isAbsent()) {
            double percentage = MapSettings.toleratedPercentage(map.toleratedFailurePercentage(), scope);
            scope.inspect("toleratedFailurePercentage", Json.NODES.numberNode(percentage));
        }
    }
}
