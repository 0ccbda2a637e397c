package dev.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.mock.TestStateMock;

/**
 * The optional members of AWS's TestState API that shape a run of one state: {@code mock} (the service call of a
 * Task, or the work of a whole Map or Parallel state, answered or failed), {@code variables} (the workflow variables
 * the state sees), {@code context} (the Context object, {@code $$}, the state sees instead of one made up for the
 * test), {@code stateConfiguration.retrierRetryCount} (how many retries of the Retry that takes the state's error
 * have already happened, so a test can see when the retries run out and a Catch takes over) and
 * {@code stateConfiguration.mapIterationFailureCount} (how many iterations of a mocked Map failed, weighed against
 * its tolerated failure threshold).
 *
 * @param mock                     the state's answer, or {@code null} to run it unmocked
 * @param variables                the variables set before the state runs, by name; {@code null} for none
 * @param retrierRetryCount        the retries already made by the Retry that takes the error; 0 or more
 * @param context                  the Context object the state sees, or {@code null} for the one the runtime makes;
 *                                 AWS takes one only with a mock
 * @param mapIterationFailureCount the iterations of a mocked Map state that failed; 0 or more
 */
public record TestStateOptions(TestStateMock mock, ObjectNode variables, int retrierRetryCount, ObjectNode context,
        int mapIterationFailureCount) {

    /** No mock, no variables, no context, no retries made, no failed iterations. */
    public static final TestStateOptions NONE = new TestStateOptions(null, null, 0, null, 0);

    public TestStateOptions {
        if (retrierRetryCount < 0) {
            throw new IllegalArgumentException("retrierRetryCount is 0 or more, not " + retrierRetryCount);
        }
        if (mapIterationFailureCount < 0) {
            throw new IllegalArgumentException("mapIterationFailureCount is 0 or more, not "
                    + mapIterationFailureCount);
        }
    }

    /** The options of the earlier TestState members: no context, no failed iterations. */
    public TestStateOptions(TestStateMock mock, ObjectNode variables, int retrierRetryCount) {
        this(mock, variables, retrierRetryCount, null, 0);
    }

    /** These options with the state's work answered by {@code mock} ({@code null}: unmocked). */
    public TestStateOptions withMock(TestStateMock mock) {
        return new TestStateOptions(mock, variables, retrierRetryCount, context, mapIterationFailureCount);
    }

    /**
     * These options with the variables {@code variables} sets, as TestState's {@code variables} member: a JSON
     * object whose fields are the variables' names and values ({@code null}: none).
     *
     * @throws IllegalArgumentException when {@code variables} is not a JSON object
     */
    public TestStateOptions withVariables(JsonNode variables) {
        return new TestStateOptions(mock, object(variables, "the variables are a JSON object of names and values"),
                retrierRetryCount, context, mapIterationFailureCount);
    }

    /** These options with {@code count} retries already made by the Retry that takes the state's error. */
    public TestStateOptions withRetrierRetryCount(int count) {
        return new TestStateOptions(mock, variables, count, context, mapIterationFailureCount);
    }

    /**
     * These options with {@code context} as the Context object the state sees, as TestState's {@code context}
     * member ({@code null}: the one the runtime makes). AWS's rules for it are checked when the state runs.
     *
     * @throws IllegalArgumentException when {@code context} is not a JSON object
     */
    public TestStateOptions withContext(JsonNode context) {
        return new TestStateOptions(mock, variables, retrierRetryCount,
                object(context, "Invalid Context object provided: the Context object is a JSON object"),
                mapIterationFailureCount);
    }

    /** These options with {@code count} iterations of the mocked Map state failed. */
    public TestStateOptions withMapIterationFailureCount(int count) {
        return new TestStateOptions(mock, variables, retrierRetryCount, context, count);
    }

    private static ObjectNode object(JsonNode value, String expected) {
        if (value != null && !value.isObject()) {
            throw new IllegalArgumentException(expected + ", not "
                    + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return (ObjectNode) value;
    }
}
