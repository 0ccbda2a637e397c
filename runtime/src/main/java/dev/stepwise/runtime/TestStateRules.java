package dev.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.mock.TestStateMock;
import java.util.Set;

/**
 * What AWS's TestState accepts of a state and its options, with AWS's refusals (as recorded on AWS by LocalStack's
 * TestState suites, test_state_mock_validation and test_state_context_object): a mock answers only a Task, Map or
 * Parallel state; a Map or Parallel state runs only mocked; a Map's mocked result is its array of iteration results
 * (an object, the ResultWriter's, when it has one); a context comes only with a mock (the API reference's
 * {@code context}) and follows {@link TestStateContext}.
 */
final class TestStateRules {

    /** The state types that a mock may answer (the API reference's {@code mock}). */
    private static final Set<String> MOCKABLE = Set.of("Task", "Map", "Parallel");

    private TestStateRules() {
    }

    /**
     * Refuses what AWS refuses before running the state.
     *
     * @param takesTaskToken whether the state is a Task whose Context object holds {@code Task.Token} (.sync or
     *                       .waitForTaskToken)
     * @throws TestStateRefusedException naming AWS's exception and message
     */
    static void check(JsonNode state, TestStateOptions options, boolean takesTaskToken) {
        String type = state.path("Type").asText();
        TestStateMock mock = options.mock();
        if (mock == null && (type.equals("Map") || type.equals("Parallel"))) {
            throw new TestStateRefusedException(TestStateRefusedException.INVALID_DEFINITION, "TestState API does "
                    + "not support Map or Parallel states. Supported state types include: [Task, Wait, Pass, "
                    + "Succeed, Fail, Choice]");
        }
        if (mock != null && !MOCKABLE.contains(type)) {
            throw TestStateRefusedException.validation("State type '" + type + "' is not supported when a mock is "
                    + "specified");
        }
        if (mock != null && mock.result() != null && type.equals("Map")) {
            checkMapResult(state, mock.result());
        }
        if (options.context() != null) {
            if (mock == null) {
                throw TestStateRefusedException.validation("TestState takes a context only when a mock is "
                        + "specified");
            }
            TestStateContext.check(options.context(), takesTaskToken);
        }
    }

    /** A Map's result is the array of its iterations' results, or the ResultWriter's object when it writes one. */
    private static void checkMapResult(JsonNode map, JsonNode result) {
        if (map.has("ResultWriter") && !result.isObject()) {
            throw TestStateRefusedException.validation("Mocked result must be a JSON object.");
        }
        if (!map.has("ResultWriter") && !result.isArray()) {
            throw TestStateRefusedException.validation("Mocked result must be an array.");
        }
    }
}
