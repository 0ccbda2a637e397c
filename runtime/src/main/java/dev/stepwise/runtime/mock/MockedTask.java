package dev.stepwise.runtime.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.asl.error.StatesErrors;
import dev.stepwise.runtime.definition.TaskResource;
import dev.stepwise.runtime.task.TaskContext;
import dev.stepwise.runtime.task.TaskHandler;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A mocked state within one execution: invocation {@code n} (0-based) answers the file's entry for {@code n}. The
 * count is atomic because Map iterations and Parallel branches may call the state at once under the system clock
 * (their order is then unpredictable, as Step Functions Local warns for Maps with a MaxConcurrency above 1).
 */
final class MockedTask implements TaskHandler {

    /** Step Functions Local's refusal, word for word: activities wait for workers, which a mock cannot stand for. */
    static final String ACTIVITY_CANNOT_BE_MOCKED = "Activity state cannot be mocked. Please remove mocks mapped "
            + "for all activity state in the mock config file.";

    private final MockTestCase testCase;
    private final String state;
    private final MockedResponse response;
    private final AtomicLong invocations = new AtomicLong();

    MockedTask(MockTestCase testCase, String state, MockedResponse response) {
        this.testCase = testCase;
        this.state = state;
        this.response = response;
    }

    @Override
    public JsonNode handle(JsonNode input, TaskContext context) {
        if (TaskResource.parse(context.resource()).kind() == TaskResource.Kind.ACTIVITY) {
            throw new StatesError(StatesErrors.RUNTIME, ACTIVITY_CANNOT_BE_MOCKED);
        }
        long invocation = invocations.getAndIncrement();
        MockAnswer answer = response.answer(invocation).orElseThrow(() -> new StatesError(StatesErrors.RUNTIME,
                "The mocked response '" + response.name() + "' of state '" + state + "' (test case '"
                        + testCase.name() + "' of state machine '" + testCase.stateMachine()
                        + "') has no answer for invocation " + invocation + "."));
        if (answer instanceof MockAnswer.Throw thrown) {
            throw new StatesError(thrown.error(), thrown.cause());
        }
        return ((MockAnswer.Return) answer).value().deepCopy();
    }
}
