package dev.stepwise.runtime.mock;

import com.fasterxml.jackson.databind.JsonNode;
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
     * This test case, checked against the definition of the machine it is to run: each state it mocks is one of
     * the machine's Task states (or a Map state with an ItemReader).
     *
     * @throws IllegalArgumentException naming the states no mocked response can answer, and those it could
     */
    public MockTestCase requireStatesOf(JsonNode definition) {
        MockedStates.require(this, definition);
        return this;
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
