package dev.stepwise.runtime.definition;

import dev.stepwise.asl.QueryLanguage;
import dev.stepwise.asl.validation.ProblemCodes;
import dev.stepwise.asl.validation.Problems;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiles a flow (a machine's top level, a Parallel branch or a Map's ItemProcessor) into a {@link FlowPlan}, and
 * checks that StartAt and every Next, Default and Catch target name a state of that same flow.
 */
final class FlowCompiler {

    private FlowCompiler() {
    }

    /** The flow's plan; {@code null} when it has no usable States object (reported). */
    static FlowPlan compile(Fields fields, Problems problems, QueryLanguage machineLanguage) {
        String startAt = fields.requiredString("StartAt");
        JsonNode states = fields.object("States");
        if (states == null) {
            if (!fields.has("States")) {
                problems.schema(fields.at("States"), "is required");
            }
            return null;
        }
        Map<String, StatePlan> plans = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = states.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String location = fields.at("States") + "/" + entry.getKey().replace("~", "~0").replace("/", "~1");
            if (!entry.getValue().isObject()) {
                problems.schema(location, "a state must be a JSON object");
                continue;
            }
            StatePlan plan = StateCompiler.compile(entry.getKey(), new Fields(entry.getValue(), location, problems),
                    problems, machineLanguage);
            if (plan != null) {
                plans.put(entry.getKey(), plan);
            }
        }
        if (startAt != null && !states.has(startAt)) {
            problems.add(fields.at("StartAt"), ProblemCodes.MISSING_TRANSITION_TARGET,
                    "names no state in States: '" + startAt + "'");
        }
        checkTargets(states, fields.at("States"), problems);
        return new FlowPlan(startAt, plans);
    }

    /** Every Next, Default and Catch target must name a state of the same flow. */
    private static void checkTargets(JsonNode states, String location, Problems problems) {
        for (Iterator<Map.Entry<String, JsonNode>> it = states.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode state = entry.getValue();
            String at = location + "/" + entry.getKey();
            checkTarget(states, state.get("Next"), at + "/Next", problems);
            checkTarget(states, state.get("Default"), at + "/Default", problems);
            for (String list : new String[] {"Choices", "Catch"}) {
                JsonNode items = state.get(list);
                if (items != null && items.isArray()) {
                    for (int i = 0; i < items.size(); i++) {
                        checkTarget(states, items.get(i).get("Next"), at + "/" + list + "/" + i + "/Next", problems);
                    }
                }
            }
        }
    }

    private static void checkTarget(JsonNode states, JsonNode next, String location, Problems problems) {
        if (next != null && next.isTextual() && !states.has(next.textValue())) {
            problems.add(location, ProblemCodes.MISSING_TRANSITION_TARGET,
                    "names no state in this flow: '" + next.textValue() + "'");
        }
    }
}
