package dev.stepwise.asl;

import java.util.regex.Pattern;

/**
 * What a workflow variable may be called: up to 80 letters, digits and underscores, not starting with a digit, and
 * not {@code states}, which names the reserved {@code $states}. The validator and the annotation processor both ask
 * here.
 */
public final class VariableNames {

    /** AWS's limit on a variable name's length. */
    public static final int MAX_LENGTH = 80;
    /** The name JSONata's {@code $states} takes; no variable may have it. */
    public static final String RESERVED = "states";

    private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]{0," + (MAX_LENGTH - 1) + "}");

    private VariableNames() {
    }

    /** Whether {@code name} (without the {@code $}, and without a JSONPath key's {@code .$}) may name a variable. */
    public static boolean isValid(String name) {
        return !name.equals(RESERVED) && NAME.matcher(name).matches();
    }
}
