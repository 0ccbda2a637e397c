package dev.stepwise.runtime.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.DefinitionStates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a test case's mocked states are states a mocked response can answer in the machine it runs: a Task state,
 * or a Map state reading items (its ItemReader), as AWS's developer guide describes a test case: "a mocked response
 * to use for Task states in the state machine" (sfn-local-mock-cfg-file). A misspelt or removed state, or a Pass or
 * Choice state, would otherwise be ignored without a word and the state it meant run unmocked.
 */
final class MockedStates {

    private MockedStates() {
    }

    /** @throws IllegalArgumentException naming each state of the test case no mocked response can answer */
    static void require(MockTestCase testCase, JsonNode definition) {
        Map<String, JsonNode> states = DefinitionStates.of(definition);
        List<String> mistakes = new ArrayList<>();
        testCase.states().keySet().stream().sorted().forEach(name -> {
            JsonNode state = states.get(name);
            if (state == null) {
                mistakes.add("'" + name + "' is no state of the machine");
            } else if (!answersFromMocks(state)) {
                mistakes.add("'" + name + "' is a " + state.path("Type").asText() + " state, which calls nothing");
            }
        });
        if (!mistakes.isEmpty()) {
            List<String> mockable = states.entrySet().stream().filter(state -> answersFromMocks(state.getValue()))
                    .map(Map.Entry::getKey).toList();
            throw new IllegalArgumentException("test case '" + testCase.name() + "' of state machine '"
                    + testCase.stateMachine() + "' in the mock configuration mocks states its mocked responses "
                    + "cannot answer: " + String.join("; ", mistakes) + ". Map its Task states (or a Map state "
                    + "with an ItemReader) to mocked responses instead; the machine's are " + mockable);
        }
    }

    private static boolean answersFromMocks(JsonNode state) {
        String type = state.path("Type").asText();
        return type.equals("Task") || type.equals("Map") && state.has("ItemReader");
    }
}
