package dev.stepwise.asl.data.jsonata;

/**
 * A JSONata expression that does not parse. Raised when an expression is compiled, so a definition with a broken
 * expression is rejected before any execution starts.
 */
public final class JsonataSyntaxException extends RuntimeException {

    private final String expression;
    private final String code;
    private final String reason;
    private final int position;
    private final String location;

    JsonataSyntaxException(String expression, String code, String reason, int position, String location) {
        super(describe(expression, code, reason, position, location));
        this.expression = expression;
        this.code = code;
        this.reason = reason;
        this.position = position;
        this.location = location;
    }

    private static String describe(String expression, String code, String reason, int position, String location) {
        String where = location == null ? "" : " in the field '" + location + "'";
        return "Invalid JSONata expression '" + expression + "'" + where + " at position " + position + ": "
                + (code == null ? "" : code + ": ") + reason;
    }

    /** The text that failed to parse, exactly as it was given to the compiler. */
    public String expression() {
        return expression;
    }

    /** JSONata's error code, e.g. {@code S0201}; {@code null} when the library gave none. */
    public String code() {
        return code;
    }

    /** What is wrong, in JSONata's words. */
    public String reason() {
        return reason;
    }

    /**
     * Zero-based offset into {@link #expression()} where the parser stopped (for a template field, into the whole
     * {@code "{% ... %}"} string). Add it to the column where the text starts to point at the error.
     */
    public int position() {
        return position;
    }

    /** The field the expression belongs to, e.g. {@code Output/result}; {@code null} for a bare expression. */
    public String location() {
        return location;
    }

    JsonataSyntaxException within(String fieldText, int offset, String fieldLocation) {
        return new JsonataSyntaxException(fieldText, code, reason, position + offset, fieldLocation);
    }
}
