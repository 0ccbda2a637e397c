package dev.stepwise.asl.validation;

import dev.stepwise.asl.StateType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.QueryLanguage;

/** One state being validated: its JSON, where it sits, its type and the query language it is written in. */
record StateNode(String name, JsonNode json, JsonPointer at, StateType type, QueryLanguage language) {

    boolean has(String field) {
        return json.has(field);
    }

    JsonNode get(String field) {
        return json.get(field);
    }

    JsonPointer at(String field) {
        return at.field(field);
    }

    boolean isJsonata() {
        return language == QueryLanguage.JSONATA;
    }
}
