package dev.stepwise.asl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.validation.DefinitionValidator;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The validator takes each numeric field's bounds from the one table: its ends are accepted, one step past refused. */
class FieldBoundTest {

    /** A definition holding {@code value} in the field the bound is about. */
    private static JsonNode definitionWith(FieldBound bound, BigDecimal value) {
        ObjectNode machine = (ObjectNode) Json.parse("""
                {"StartAt": "Work", "States": {
                  "Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Pause",
                           "Retry": [{"ErrorEquals": ["Custom"]}]},
                  "Pause": {"Type": "Wait", "Seconds": 1, "Next": "Each"},
                  "Each": {"Type": "Map", "ItemProcessor": {"StartAt": "Done", "States": {"Done": {"Type": "Succeed"}}},
                           "Next": "Read"},
                  "Read": {"Type": "Map", "End": true,
                           "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                                          "Parameters": {"Bucket": "b", "Key": "k"}, "ReaderConfig": {"InputType": "JSON"}},
                           "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                                             "StartAt": "Item", "States": {"Item": {"Type": "Succeed"}}}}}}""");
        ObjectNode target = switch (bound) {
            case EXECUTION_TIMEOUT_SECONDS -> machine;
            case TASK_TIMEOUT_SECONDS, HEARTBEAT_SECONDS -> (ObjectNode) machine.at("/States/Work");
            case WAIT_SECONDS -> (ObjectNode) machine.at("/States/Pause");
            case RETRY_INTERVAL_SECONDS, RETRY_MAX_ATTEMPTS, RETRY_BACKOFF_RATE, RETRY_MAX_DELAY_SECONDS ->
                    (ObjectNode) machine.at("/States/Work/Retry/0");
            case MAP_MAX_CONCURRENCY, MAP_TOLERATED_FAILURE_COUNT, MAP_TOLERATED_FAILURE_PERCENTAGE ->
                    (ObjectNode) machine.at("/States/Each");
            case ITEM_READER_MAX_ITEMS -> (ObjectNode) machine.at("/States/Read/ItemReader/ReaderConfig");
        };
        target.put(bound.field(), value);
        return machine;
    }

    private static boolean valid(FieldBound bound, BigDecimal value) {
        return DefinitionValidator.validate(definitionWith(bound, value)).isValid();
    }

    @ParameterizedTest
    @EnumSource(FieldBound.class)
    void theEndsOfEachRangeAreAcceptedAndOneStepPastIsRefused(FieldBound bound) {
        BigDecimal step = bound.integral() ? BigDecimal.ONE : new BigDecimal("0.5");
        BigDecimal min = bound.integral() ? BigDecimal.valueOf(bound.minLong()) : BigDecimal.valueOf(bound.min());
        // a heartbeat must stay below the task's default timeout, so its upper end is checked on its own
        if (bound != FieldBound.HEARTBEAT_SECONDS) {
            assertThat(valid(bound, min)).as("%s at its minimum %s", bound, min).isTrue();
        }
        assertThat(valid(bound, min.subtract(step))).as("%s below its minimum", bound).isFalse();
        boolean bounded = bound.integral() ? bound.maxLong() != Long.MAX_VALUE : bound.max() != Double.MAX_VALUE;
        if (bounded) {
            BigDecimal max = bound.integral() ? BigDecimal.valueOf(bound.maxLong()) : BigDecimal.valueOf(bound.max());
            assertThat(valid(bound, max)).as("%s at its maximum %s", bound, max).isTrue();
            assertThat(valid(bound, max.add(step))).as("%s above its maximum", bound).isFalse();
        }
        assertThat(bound.accepts(bound.min())).isTrue();
        assertThat(bound.accepts(bound.min() - step.doubleValue())).isFalse();
    }
}
