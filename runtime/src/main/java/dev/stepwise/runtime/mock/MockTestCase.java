package dev.stepwise.runtime.mock;

import dev.stepwise.runtime.task.TaskHandler;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One test case of a state machine: the mocked response of each state it lists.
 *
 * @param stateMachine the state machine's name, as {@code StateMachines} keys it
 * @param name         the test case's name
 * @param states       the mocked response of each mocked state, by state name
 */
public record MockTestCase(String stateMachine, String name, Map<String, MockedResponse> states) {

    public MockTestCase {
        states = Map.copyOf(states);
    }

    /**
     * Handlers answering this test case's states for one execution, by state name: each counts the invocations of
     * its state in that execution (all attempts, all Map iterations and Parallel branches), so an execution needs
     * handlers of its own.
     */
    public Map<String, TaskHandler> handlersForOneExecution() {
        Map<String, TaskHandler> handlers = new LinkedHashMap<>();
        states.forEach((state, response) -> handlers.put(state, new MockedTask(this, state, response)));
        return handlers;
    }
}
