package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.data.path.Path;
import dev.stepwise.asl.FieldBound;
import dev.stepwise.asl.Rfc3339;
import dev.stepwise.runtime.definition.WaitPlan;
import dev.stepwise.asl.error.StatesErrors;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** How long a Wait state waits, with AWS's errors for bad {@code SecondsPath}/{@code TimestampPath} values. */
final class WaitTimes {

    private WaitTimes() {
    }

    /** AWS's largest wait, in seconds, for {@code SecondsPath} and a JSONata {@code Seconds} expression. */
    private static final long MAX_SECONDS = FieldBound.WAIT_SECONDS.maxLong();

    /** AWS's longest delay to a Wait's timestamp, in seconds. */
    private static final long MAX_DELAY_SECONDS = Integer.MAX_VALUE;

    /** The wait of a state entered at {@code scope.enteredTime()}; paths read the scope's current input. */
    static Duration duration(WaitPlan wait, StateScope scope) {
        Instant entered = scope.enteredTime();
        if (wait.secondsExpression() != null) {
            return Duration.ofSeconds(wait.secondsExpression().evaluateNonNegativeInteger(scope.jsonata(),
                    MAX_SECONDS));
        }
        if (wait.timestampExpression() != null) {
            return until(wait.timestampExpression().evaluateTimestamp(scope.jsonata()), entered);
        }
        if (wait.seconds() != null) {
            return Duration.ofSeconds(wait.seconds());
        }
        if (wait.timestamp() != null) {
            return until(wait.timestamp(), entered);
        }
        if (wait.secondsPath() != null) {
            return Duration.ofSeconds(seconds(wait.secondsPath(), select(wait.secondsPath(), scope)));
        }
        return until(timestamp(wait.timestampPath(), select(wait.timestampPath(), scope)), entered);
    }

    /**
     * A timestamp's wait, none when it has passed. AWS keeps a wait's delay in 32-bit seconds: a timestamp
     * 24,856 days ahead (past 2^31 - 1 seconds) fails the state, 24,855 days do not (recorded on AWS:
     * base__test_timestamp_too_far_in_future_boundary__24856).
     */
    private static Duration until(Instant target, Instant now) {
        Duration duration = Duration.between(now, target);
        if (duration.getSeconds() > MAX_DELAY_SECONDS) {
            throw StatesErrors.runtime("Wait state delay is too long.");
        }
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    private static JsonNode select(Path path, StateScope scope) {
        JsonNode value = path.evaluate(scope);
        if (value == null) {
            throw StatesErrors.runtime(path.notFoundCause(scope));
        }
        return value;
    }

    private static long seconds(Path path, JsonNode value) {
        if (!value.isIntegralNumber() && !(value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0)) {
            throw StatesErrors.runtime("The SecondsPath parameter cannot be parsed as a long value: " + path.source()
                    + " == " + Json.write(value));
        }
        // compared exactly: longValue() wraps 9e15 * 1000 and truncates 1e400, so only the checked value is read
        BigDecimal seconds = value.decimalValue();
        if (seconds.signum() < 0) {
            throw StatesErrors.runtime("The SecondsPath parameter references a negative value: " + path.source()
                    + " == " + Json.write(value));
        }
        if (seconds.compareTo(BigDecimal.valueOf(MAX_SECONDS)) > 0) {
            throw StatesErrors.runtime("The SecondsPath parameter references a value greater than the maximum of "
                    + MAX_SECONDS + " seconds: " + path.source() + " == " + Json.write(value));
        }
        return seconds.longValue();
    }

    private static Instant timestamp(Path path, JsonNode value) {
        Optional<Instant> timestamp = value.isTextual() ? Rfc3339.parse(value.textValue()) : Optional.empty();
        return timestamp.orElseThrow(() -> StatesErrors.runtime("The TimestampPath parameter does not reference a"
                + " valid ISO-8601 extended offset date-time format string: " + path.source() + " == "
                + Json.write(value)));
    }
}
