package dev.stepwise.asl.data.jsonata;

/**
 * The {@code "{% expression %}"} form that makes an ASL string a JSONata expression: {@code {%} first and
 * {@code %}} last, with no space outside them (AWS reads {@code " {% 1 %}"} as a literal) and not overlapping
 * ({@code "{%}"} is a literal too). The text between them is the expression, spaces and all.
 */
public final class JsonataDelimiters {

    public static final String OPEN = "{%";
    public static final String CLOSE = "%}";

    private JsonataDelimiters() {
    }

    /** Whether an ASL string is an expression rather than a literal. */
    public static boolean isExpression(String text) {
        return text.length() >= OPEN.length() + CLOSE.length() && text.startsWith(OPEN) && text.endsWith(CLOSE);
    }

    /** The text between the delimiters of a string {@link #isExpression} accepts, as written. */
    public static String body(String expressionString) {
        return expressionString.substring(OPEN.length(), expressionString.length() - CLOSE.length());
    }

    /** An expression as an ASL string: {@code {% expression %}}. */
    public static String wrap(String expression) {
        return OPEN + " " + expression + " " + CLOSE;
    }
}
