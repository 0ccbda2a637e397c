package dev.stepwise.processor.diag;

import java.util.ArrayList;
import java.util.List;

/** An append-only collector that stages hand to each other; {@link #snapshot()} gives the immutable result. */
public final class Problems {

    private final List<Problem> problems = new ArrayList<>();

    public void add(Message message, Where where, Object... args) {
        problems.add(Problem.of(message, where, args));
    }

    public void add(Problem problem) {
        problems.add(problem);
    }

    public void addAll(List<Problem> more) {
        problems.addAll(more);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> snapshot() {
        return List.copyOf(problems);
    }
}
