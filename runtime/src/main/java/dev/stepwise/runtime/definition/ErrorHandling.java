package dev.stepwise.runtime.definition;

import java.util.List;

/** A state's compiled {@code Retry} and {@code Catch} lists, in declaration order. */
public record ErrorHandling(List<Retrier> retriers, List<Catcher> catchers) {

    public static final ErrorHandling NONE = new ErrorHandling(List.of(), List.of());

    public ErrorHandling {
        retriers = List.copyOf(retriers);
        catchers = List.copyOf(catchers);
    }

    public boolean isEmpty() {
        return retriers.isEmpty() && catchers.isEmpty();
    }
}
