package dev.stepwise.runtime.definition;

/** Where a state goes when it completes: the next state's name, or {@code null} when it ends its flow. */
public record Transition(String next) {

    public static final Transition END = new Transition(null);

    public boolean isEnd() {
        return next == null;
    }
}
