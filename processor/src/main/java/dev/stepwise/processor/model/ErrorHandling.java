package dev.stepwise.processor.model;

import java.util.List;

/** The retriers and catchers of a Task, Parallel or Map state, in declaration order. */
public record ErrorHandling(List<Retrier> retry, List<Catcher> catchers) {

    public static final ErrorHandling NONE = new ErrorHandling(List.of(), List.of());

    public ErrorHandling {
        retry = List.copyOf(retry);
        catchers = List.copyOf(catchers);
    }
}
