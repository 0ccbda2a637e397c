package dev.stepwise.runtime.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.error.StatesError;
import java.util.Objects;

/**
 * The {@code mock} of AWS's TestState API: the tested Task answers {@code result} instead of calling its service (a
 * Map or Parallel state, instead of running its iterations or branches), or fails with {@code error} and
 * {@code cause}. Exactly one of the two; the state's own data flow, Retry and Catch then apply as they would to a
 * real answer. (AWS's {@code fieldValidationMode} checks a result against the
 * service's API model; no model is known locally, so results are taken as they are, AWS's {@code NONE}.)
 */
public record TestStateMock(JsonNode result, String error, String cause) {

    public TestStateMock {
        if ((result == null) == (error == null)) {
            throw new IllegalArgumentException("a TestState mock has either a result or an error, not "
                    + (result == null ? "neither" : "both"));
        }
    }

    /** The Task's service call answers {@code result}. */
    public static TestStateMock result(JsonNode result) {
        return new TestStateMock(Objects.requireNonNull(result, "result"), null, null);
    }

    /** The Task's service call fails with {@code error} and {@code cause} ({@code cause} may be {@code null}). */
    public static TestStateMock error(String error, String cause) {
        return new TestStateMock(null, Objects.requireNonNull(error, "error"), cause);
    }

    /** The handler answering the mocked Task. */
    public dev.stepwise.runtime.task.TaskHandler handler() {
        return (input, context) -> {
            if (error != null) {
                throw new StatesError(error, cause);
            }
            return result.deepCopy();
        };
    }
}
