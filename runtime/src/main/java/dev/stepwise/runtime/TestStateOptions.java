package dev.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.mock.TestStateMock;

/**
 * The optional members of AWS's TestState API that shape a run of one state: {@code mock} (the Task's service call
 * answered or failed), {@code variables} (the workflow variables the state sees) and
 * {@code stateConfiguration.retrierRetryCount} (how many retries of the Retry that takes the state's error have
 * already happened, so a test can see when the retries run out and a Catch takes over).
 *
 * @param mock              the Task's answer, or {@code null} to run it unmocked
 * @param variables         the variables set before the state runs, by name; {@code null} for none
 * @param retrierRetryCount the retries already made by the Retry that takes the error; 0 or more
 */
public record TestStateOptions(TestStateMock mock, ObjectNode variables, int retrierRetryCount) {

    /** No mock, no variables, no retries made. */
    public static final TestStateOptions NONE = new TestStateOptions(null, null, 0);

    public TestStateOptions {
        if (retrierRetryCount < 0) {
            throw new IllegalArgumentException("retrierRetryCount is 0 or more, not " + retrierRetryCount);
        }
    }

    /** These options with the Task's service call answered by {@code mock} ({@code null}: unmocked). */
    public TestStateOptions withMock(TestStateMock mock) {
        return new TestStateOptions(mock, variables, retrierRetryCount);
    }

    /**
     * These options with the variables {@code variables} sets, as TestState's {@code variables} member: a JSON
     * object whose fields are the variables' names and values ({@code null}: none).
     *
     * @throws IllegalArgumentException when {@code variables} is not a JSON object
     */
    public TestStateOptions withVariables(JsonNode variables) {
        if (variables != null && !variables.isObject()) {
            throw new IllegalArgumentException("the variables are a JSON object of names and values, not "
                    + variables.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return new TestStateOptions(mock, (ObjectNode) variables, retrierRetryCount);
    }

    /** These options with {@code count} retries already made by the Retry that takes the state's error. */
    public TestStateOptions withRetrierRetryCount(int count) {
        return new TestStateOptions(mock, variables, count);
    }
}
