package dev.stepwise.asl.data.jsonata;

/**
 * A string a regular expression reads through, which stops the match once the evaluation's deadline has passed.
 * {@code java.util.regex} reads its input only through {@link #charAt}, and a backtracking match reads it again
 * and again, so counting those reads bounds the match however it backtracks; the library's own time limit is
 * checked only between the steps of an expression, never inside one match.
 */
final class DeadlineText implements CharSequence {

    /** Reads between two looks at the clock: a few microseconds of matching. */
    private static final int READS_PER_CHECK = 4096;

    private final String text;
    private final long deadlineNanos;
    private int readsUntilCheck = READS_PER_CHECK;

    DeadlineText(String text, long deadlineNanos) {
        this.text = text;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public char charAt(int index) {
        if (--readsUntilCheck == 0) {
            readsUntilCheck = READS_PER_CHECK;
            if (System.nanoTime() - deadlineNanos > 0) {
                throw new StepFunctionsFunctions.FunctionException(RegexFunctions.TIMEOUT);
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    /** A plain string: what a match hands back ({@code group()}, split parts) is no longer read by the regex. */
    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
