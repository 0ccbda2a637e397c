package dev.stepwise.processor.model;

/** Where a state goes when it completes: to {@code next}, or nowhere when {@code next} is null ({@code End}). */
public record Transition(String next) {

    public static final Transition END = new Transition(null);

    public static Transition to(String next) {
        return new Transition(next);
    }

    public boolean isEnd() {
        return next == null;
    }
}
