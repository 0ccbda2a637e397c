package dev.stepwise.runtime.definition;

import dev.stepwise.asl.error.StatesError;
import dev.stepwise.asl.error.StatesErrors;
import java.util.List;
import java.util.Set;

/** The {@code ErrorEquals} list of a retrier or catcher, with AWS's wildcard rules. */
public record ErrorMatcher(List<String> names, Set<String> exact, boolean all, boolean taskFailed) {

    public static ErrorMatcher of(List<String> names) {
        return new ErrorMatcher(List.copyOf(names), Set.copyOf(names), names.contains(StatesErrors.ALL),
                names.contains(StatesErrors.TASK_FAILED));
    }

    /**
     * Whether this list matches the error. {@code States.ALL} matches everything but the errors AWS never lets a
     * state handle ({@link StatesError#isUncatchable}); {@code States.TaskFailed} matches
     * everything except those and {@code States.Timeout}; {@code States.HeartbeatTimeout} matches the
     * {@code States.Timeout} of a missed heartbeat.
     */
    public boolean matches(StatesError error) {
        if (error.error() != null && exact.contains(error.error())) {
            return true;
        }
        if (error.isHeartbeatTimeout() && exact.contains(StatesErrors.HEARTBEAT_TIMEOUT)) {
            return true;
        }
        if (error.isUncatchable()) {
            return false;
        }
        return all || (taskFailed && !StatesErrors.TIMEOUT.equals(error.error()));
    }
}
