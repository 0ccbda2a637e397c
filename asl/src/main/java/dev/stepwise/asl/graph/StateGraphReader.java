package dev.stepwise.asl.graph;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.graph.StateGraph.Arrow;
import dev.stepwise.asl.graph.StateGraph.Box;
import dev.stepwise.asl.graph.StateGraph.Kind;
import dev.stepwise.asl.graph.StateGraph.Region;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the picture of a definition. Lenient on purpose: a graph is how people look at a definition that is wrong,
 * so whatever the validator would reject is drawn as far as it can be (an arrow to a state that does not exist is
 * left out, a state without a type is "Unknown") and nothing here throws on a JSON value of an unexpected kind.
 */
public final class StateGraphReader {

    private int boxes;
    private int regions;

    private StateGraphReader() {
    }

    /**
     * The graph of a definition: a machine ({@code StartAt}, {@code States}), or one state alone as TestState takes
     * it, which is drawn as a machine of that one state.
     */
    public static StateGraph read(JsonNode definition) {
        StateGraphReader reader = new StateGraphReader();
        if (!definition.has("States") && definition.path("Type").isTextual()) {
            String name = definition.get("Type").asText();
            return new StateGraph(reader.region(Map.of(name, definition), name, ""));
        }
        return new StateGraph(reader.region(definition, ""));
    }

    /**
     * Why some JSON is no definition at all, so that drawing it would be an empty picture (Start alone) that looks
     * like a success: not an object, or an object with neither {@code States} (a machine) nor {@code Type} (one
     * state), such as a CloudFormation template or DescribeStateMachine's answer. Empty when it can be drawn; the
     * reader stays lenient about everything else.
     */
    public static Optional<String> notADefinition(JsonNode json) {
        if (!json.isObject()) {
            return Optional.of("a definition is a JSON object");
        }
        if (json.path("States").isObject() || !json.has("States") && json.path("Type").isTextual()) {
            return Optional.empty();
        }
        if (json.path("definition").isTextual()) {
            return Optional.of("it holds a definition as text in its field \"definition\" (DescribeStateMachine's"
                    + " answer): draw that text, saved as a file of its own");
        }
        return Optional.of("it has no \"States\" object, as a state machine has, nor a \"Type\", as one state has");
    }

    private Region region(JsonNode machine, String label) {
        Map<String, JsonNode> states = new java.util.LinkedHashMap<>();
        JsonNode all = machine.path("States");
        for (Iterator<Map.Entry<String, JsonNode>> it = all.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> state = it.next();
            states.put(state.getKey(), state.getValue());
        }
        return region(states, machine.path("StartAt").asText(""), label);
    }

    private Region region(Map<String, JsonNode> states, String startAt, String label) {
        String regionId = "r" + ++regions;
        Map<String, String> ids = new HashMap<>();
        states.keySet().forEach(name -> ids.put(name, "s" + ++boxes));
        List<Box> boxList = new ArrayList<>();
        List<Arrow> arrows = new ArrayList<>();
        states.forEach((name, state) -> {
            String id = ids.get(name);
            String type = state.path("Type").isTextual() ? state.get("Type").asText() : "Unknown";
            boolean end = state.path("End").asBoolean(false) || type.equals("Succeed") || type.equals("Fail");
            boxList.add(new Box(id, name, type, StateDetail.of(type, state), StateDetail.retry(state),
                    name.equals(startAt), end, nested(type, state)));
            arrow(arrows, ids, id, state.path("Next"), Kind.NEXT, "");
            int rule = 0;
            for (JsonNode choice : state.path("Choices")) {
                rule++;
                arrow(arrows, ids, id, choice.path("Next"), Kind.CHOICE, ChoiceRuleText.of(choice, rule));
            }
            arrow(arrows, ids, id, state.path("Default"), Kind.DEFAULT, "Default");
            for (JsonNode handler : state.path("Catch")) {
                arrow(arrows, ids, id, handler.path("Next"), Kind.CATCH, "Catch " + errors(handler));
            }
        });
        return new Region(regionId, label, ids.getOrDefault(startAt, ""), boxList, arrows);
    }

    private List<Region> nested(String type, JsonNode state) {
        List<Region> nested = new ArrayList<>();
        if (type.equals("Parallel")) {
            int branch = 0;
            for (JsonNode machine : state.path("Branches")) {
                nested.add(region(machine, "Branch " + ++branch));
            }
        } else if (type.equals("Map")) {
            JsonNode processor = state.has("ItemProcessor") ? state.get("ItemProcessor") : state.path("Iterator");
            if (processor.isObject()) {
                nested.add(region(processor, "Item processor"));
            }
        }
        return nested;
    }

    private static void arrow(List<Arrow> arrows, Map<String, String> ids, String from, JsonNode target, Kind kind,
                              String label) {
        if (target.isTextual() && ids.containsKey(target.asText())) {
            arrows.add(new Arrow(from, ids.get(target.asText()), kind, label));
        }
    }

    static String errors(JsonNode handler) {
        List<String> names = new ArrayList<>();
        handler.path("ErrorEquals").forEach(error -> names.add(error.asText()));
        return String.join(", ", names);
    }
}
