package dev.stepwise.asl.validation;

import dev.stepwise.asl.FieldBound;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.QueryLanguage;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Retry and Catch on Task, Parallel and Map states: the shape of each retrier and catcher, and States.ALL. */
final class ErrorHandlerRules {

    private static final String STATES_ALL = "States.ALL";

    private static final Set<String> RETRIER_FIELDS = Set.of("ErrorEquals", "IntervalSeconds", "MaxAttempts",
            "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Comment");
    private static final Set<String> CATCHER_FIELDS_ANY = Set.of("ErrorEquals", "Next", "Assign", "Comment");

    private static final List<FieldBound> RETRIER_BOUNDS = List.of(FieldBound.RETRY_INTERVAL_SECONDS,
            FieldBound.RETRY_MAX_ATTEMPTS, FieldBound.RETRY_BACKOFF_RATE, FieldBound.RETRY_MAX_DELAY_SECONDS);

    private final Problems problems;
    private final ValueChecks checks;
    private final PayloadTemplates templates;

    ErrorHandlerRules(Problems problems, ValueChecks checks, PayloadTemplates templates) {
        this.problems = problems;
        this.checks = checks;
        this.templates = templates;
    }

    void check(StateNode state) {
        if (state.has("Retry")) {
            forEachHandler(state, "Retry", "retrier", (handler, at) -> retrier(handler, at));
        }
        if (state.has("Catch")) {
            forEachHandler(state, "Catch", "catcher", (handler, at) -> catcher(handler, at, state.language()));
        }
    }

    private interface HandlerCheck {
        void check(JsonNode handler, JsonPointer at);
    }

    private void forEachHandler(StateNode state, String field, String noun, HandlerCheck check) {
        JsonNode handlers = state.get(field);
        JsonPointer at = state.at(field);
        if (!handlers.isArray()) {
            problems.schema(at, "The field '" + field + "' must be an array of " + noun + " objects");
            return;
        }
        for (int i = 0; i < handlers.size(); i++) {
            JsonNode handler = handlers.get(i);
            JsonPointer handlerAt = at.index(i);
            if (!handler.isObject()) {
                problems.schema(handlerAt, "Each " + noun + " must be an object, not " + ValueChecks.describe(handler));
                continue;
            }
            boolean catchesAll = errorEquals(handler, handlerAt);
            if (catchesAll && i < handlers.size() - 1) {
                problems.schema(handlerAt.field("ErrorEquals"), "A " + noun + " matching " + STATES_ALL
                        + " must be the last one in '" + field + "'; it is number " + (i + 1) + " of "
                        + handlers.size());
            }
            check.check(handler, handlerAt);
        }
    }

    /** Checks ErrorEquals and says whether it is {@code ["States.ALL"]}. */
    private boolean errorEquals(JsonNode handler, JsonPointer handlerAt) {
        JsonNode errors = handler.get("ErrorEquals");
        JsonPointer at = handlerAt.field("ErrorEquals");
        if (errors == null) {
            problems.schema(handlerAt, "These fields are required: [ErrorEquals]");
            return false;
        }
        if (!errors.isArray() || errors.isEmpty()) {
            problems.schema(at, "The field 'ErrorEquals' must be a non-empty array of error names");
            return false;
        }
        boolean hasAll = false;
        for (int i = 0; i < errors.size(); i++) {
            if (!errors.get(i).isTextual()) {
                problems.schema(at.index(i), "An error name must be a string, not "
                        + ValueChecks.describe(errors.get(i)));
            } else if (STATES_ALL.equals(errors.get(i).textValue())) {
                hasAll = true;
            }
        }
        if (hasAll && errors.size() > 1) {
            problems.schema(at, STATES_ALL + " must appear alone in 'ErrorEquals'; it already matches every error");
        }
        return hasAll;
    }

    private void retrier(JsonNode retrier, JsonPointer at) {
        unknownFields(retrier, at, RETRIER_FIELDS, "a retrier");
        for (FieldBound bound : RETRIER_BOUNDS) {
            if (retrier.has(bound.field())) {
                checks.bounded(retrier.get(bound.field()), at.field(bound.field()), bound);
            }
        }
        if (retrier.has("JitterStrategy")) {
            checks.oneOf(retrier.get("JitterStrategy"), at.field("JitterStrategy"), "JitterStrategy",
                    Set.of("FULL", "NONE"));
        }
    }

    private void catcher(JsonNode catcher, JsonPointer at, QueryLanguage language) {
        String languageField = language == QueryLanguage.JSONATA ? "Output" : "ResultPath";
        for (Iterator<String> it = catcher.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!CATCHER_FIELDS_ANY.contains(field) && !field.equals(languageField)) {
                problems.schema(at.field(field), "The field '" + field + "' is not supported in a catcher of a "
                        + language.aslName() + " state; allowed fields are ErrorEquals, Next, " + languageField
                        + ", Assign and Comment");
            }
        }
        if (!catcher.has("Next")) {
            problems.schema(at, "These fields are required: [Next]");
        } else {
            checks.nonEmptyText(catcher.get("Next"), at.field("Next"), "Next");
        }
        if (language == QueryLanguage.JSONPATH && catcher.has("ResultPath")) {
            checks.referencePathOrNull(catcher.get("ResultPath"), at.field("ResultPath"), "ResultPath");
        }
        if (language == QueryLanguage.JSONATA && catcher.has("Output")) {
            templates.jsonataValue(catcher.get("Output"), at.field("Output"));
        }
        if (catcher.has("Assign")) {
            templates.assign(catcher.get("Assign"), at.field("Assign"), language);
        }
    }

    private void unknownFields(JsonNode object, JsonPointer at, Set<String> allowed, String what) {
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!allowed.contains(field)) {
                problems.schema(at.field(field), "The field '" + field + "' is not supported in " + what
                        + "; allowed fields are " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }
}
