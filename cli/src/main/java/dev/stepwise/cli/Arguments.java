package dev.stepwise.cli;

import dev.stepwise.cli.StepwiseCli.UsageException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * A command's arguments, read one at a time, as every command reads them: an option's value follows it
 * ({@code --input x.json}) or is joined to it by '=' ({@code --input=x.json}, which users of other command lines
 * type); an option that takes a value is given once (a second {@code --input} silently replaced the first).
 */
final class Arguments {

    private final Deque<String> rest;
    private final Set<String> valuedOptionsGiven = new HashSet<>();
    /** The name of the option last read and the value joined to it by '=', until {@link #value} takes it. */
    private String lastOption;
    private String joinedValue;

    Arguments(Collection<String> args) {
        this.rest = new ArrayDeque<>(args);
    }

    boolean hasNext() {
        refuseAnUntakenJoinedValue();
        return !rest.isEmpty();
    }

    /** The next option's name (without a joined value) or operand. */
    String next() {
        refuseAnUntakenJoinedValue();
        String arg = rest.poll();
        int equals = arg == null ? -1 : arg.indexOf('=');
        if (arg != null && arg.startsWith("--") && equals > 2) {
            lastOption = arg.substring(0, equals);
            joinedValue = arg.substring(equals + 1);
            return lastOption;
        }
        lastOption = arg;
        return arg;
    }

    /** The value of {@code option}, just read with {@link #next}: joined to it, else the next argument. */
    String value(String option) {
        if (!valuedOptionsGiven.add(option)) {
            throw new UsageException(option + " is given twice; give it once");
        }
        if (joinedValue != null) {
            String value = joinedValue;
            joinedValue = null;
            return value;
        }
        String value = rest.poll();
        if (value == null) {
            throw new UsageException(option + " needs a value");
        }
        return value;
    }

    /** {@code --history=yes}: a flag has no value, and silently dropping one would hide the mistake. */
    private void refuseAnUntakenJoinedValue() {
        if (joinedValue != null) {
            throw new UsageException(lastOption + " takes no value, not '" + joinedValue + "'");
        }
    }
}
