package dev.stepwise.asl.data.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.asl.error.StatesErrors;

/**
 * A JSONata expression failed while a state ran: AWS reports it as {@code States.QueryEvaluationError} with an
 * {@code EvaluationFailed} history event. This carries the parts of that event the expression layer knows (the
 * field {@link #location()} and the {@link #detail()} of the cause); the interpreter adds the state.
 */
public final class QueryEvaluationException extends RuntimeException {

    private final String location;
    private final String detail;

    QueryEvaluationException(String location, String detail) {
        super(detail, null, false, false);
        this.location = location;
        this.detail = detail;
    }

    /** The field that failed, as AWS names it in the event: {@code Arguments}, {@code Output/result}, {@code Items}. */
    public String location() {
        return location;
    }

    /** The cause without AWS's state prefix, e.g. {@code The JSONata expression '$x' ... returned nothing (undefined).} */
    public String detail() {
        return detail;
    }

    /** The error as AWS reports it for a state entered at the given history event. */
    public StatesError toStatesError(String stateName, long enteredEventId) {
        return new StatesError(StatesErrors.QUERY_EVALUATION_ERROR, causeFor(stateName, enteredEventId, detail));
    }

    /** AWS's cause wording: the state prefix followed by what went wrong. */
    public static String causeFor(String stateName, long enteredEventId, String detail) {
        return "An error occurred while executing the state '" + stateName + "' (entered at the event id #"
                + enteredEventId + "). " + detail;
    }

    /** A Map state without {@code Items} whose input is not an array (AWS reports no location for it). */
    public static QueryEvaluationException mapInputNotArray(JsonNode input) {
        return new QueryEvaluationException(null, "Map state input must be an array but was: " + JsonTypes.compact(input));
    }

    static QueryEvaluationException returnedNothing(String expression, String location) {
        return new QueryEvaluationException(location, prefix(expression, location) + " returned nothing (undefined).");
    }

    static QueryEvaluationException unsupportedResult(String expression, String location) {
        return new QueryEvaluationException(location, prefix(expression, location) + " returned an unsupported result type.");
    }

    static QueryEvaluationException unexpectedType(String expression, String location, String expected, JsonNode value) {
        return new QueryEvaluationException(location, prefix(expression, location)
                + " returned an unexpected result type. Expected '" + expected + "', but was '" + JsonTypes.name(value)
                + "' for value: " + JsonTypes.compact(value));
    }

    static QueryEvaluationException outOfRange(String expression, String location, String expected, JsonNode value) {
        return new QueryEvaluationException(location, prefix(expression, location)
                + " returned an unexpected value. Expected " + expected + ", but was: " + JsonTypes.compact(value));
    }

    /** A result (or a value on the way to it) past what an evaluation may build; {@code why} says which bound. */
    static QueryEvaluationException tooLarge(String expression, String location, String why) {
        return new QueryEvaluationException(location, prefix(expression, location)
                + " returned a result that is too large: " + why + ".");
    }

    static QueryEvaluationException threw(String expression, String location, String reason) {
        return new QueryEvaluationException(location, prefix(expression, location)
                + " threw an error during evaluation. " + reason);
    }

    private static String prefix(String expression, String location) {
        return "The JSONata expression '" + expression + "' specified for the field '" + location + "'";
    }
}
