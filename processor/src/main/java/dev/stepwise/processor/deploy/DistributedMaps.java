package dev.stepwise.processor.deploy;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether a definition holds a Map state in Distributed mode, at any depth (inside Parallel branches and Map
 * processors too). Such a Map runs its items as child executions of the state machine itself, which its role must
 * therefore be allowed to start, describe and stop.
 */
final class DistributedMaps {

    private DistributedMaps() {
    }

    static boolean in(JsonNode definition) {
        for (JsonNode state : definition.path("States")) {
            if ("DISTRIBUTED".equals(state.at("/ItemProcessor/ProcessorConfig/Mode").asText())) {
                return true;
            }
            for (JsonNode branch : state.path("Branches")) {
                if (in(branch)) {
                    return true;
                }
            }
            if (in(state.path("ItemProcessor")) || in(state.path("Iterator"))) {
                return true;
            }
        }
        return false;
    }
}
