package dev.stepwise.asl.data.path;

/**
 * A path that does not compile. Besides the plain message it carries the parts a caller may present on its own:
 * the path text, the reason without the path, and where in the text the problem is.
 */
public final class PathSyntaxException extends IllegalArgumentException {

    private final String path;
    private final String reason;
    private final int column;

    PathSyntaxException(String message, String path, String reason, int column, Throwable cause) {
        super(message, cause);
        this.path = path;
        this.reason = reason;
        this.column = column;
    }

    /** The path text as given. */
    public String path() {
        return path;
    }

    /** What is wrong, without the path text: "a path must start with '$'". */
    public String reason() {
        return reason;
    }

    /** The 0-based index of the offending character in {@link #path()}, or -1 when the JSONPath library cannot say. */
    public int column() {
        return column;
    }
}
