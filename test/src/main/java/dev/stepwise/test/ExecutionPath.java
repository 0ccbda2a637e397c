package dev.stepwise.test;

import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.history.HistoryEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The path an execution took, read from its history: each state entered, in order, with the errors raised in it and
 * what became of each (retried, caught, or neither). Events are tied to the state entry they follow through
 * {@code previousEventId}, so interleaved Parallel branches and Map iterations are read right as well.
 */
final class ExecutionPath {

    /** What became of an error raised in a state. */
    enum Outcome { RETRIED, CAUGHT, UNHANDLED }

    record Failure(String error, String cause, Outcome outcome) {
    }

    record Step(String state, List<Failure> failures) {
        long retries() {
            return failures.stream().filter(f -> f.outcome() == Outcome.RETRIED).count();
        }
    }

    private final List<Step> steps;

    private ExecutionPath(List<Step> steps) {
        this.steps = steps;
    }

    static ExecutionPath of(Execution execution) {
        List<HistoryEvent> history = execution.history();
        Map<Long, Long> entryOf = entries(history);
        Map<Long, Step> stepByEntry = new HashMap<>();
        Map<Long, HistoryEvent> byId = new HashMap<>();
        Map<Long, HistoryEvent> next = new HashMap<>();
        List<Step> steps = new ArrayList<>();
        for (HistoryEvent event : history) {
            byId.put(event.id(), event);
            next.putIfAbsent(event.previousEventId(), event);
            if (event.type().endsWith("StateEntered")) {
                Step step = new Step(event.detail("name").asText(), new ArrayList<>());
                steps.add(step);
                stepByEntry.put(event.id(), step);
            }
        }
        java.util.Set<Long> started = new java.util.HashSet<>();
        for (HistoryEvent event : history) {
            Long entry = entryOf.get(event.id());
            if (entry != null && isContainerStart(event) && !started.add(entry)) {
                // AWS records no failure of a Parallel or Map that a Retry takes: its next start is the retry, of
                // the error of the branch or iteration failure it follows
                stepByEntry.get(entry).failures().add(failure(event, byId, execution, Outcome.RETRIED));
            }
            if (entry == null || !isFailure(event)) {
                continue;
            }
            Step step = stepByEntry.get(entry);
            HistoryEvent following = next.get(event.id());
            Outcome outcome = Outcome.UNHANDLED;
            if (following != null && following.type().endsWith("StateExited")
                    && entry.equals(entryOf.get(following.id()))) {
                outcome = Outcome.CAUGHT;
            } else if (following != null && entry.equals(entryOf.get(following.id()))
                    && (following.type().endsWith("Scheduled") || following.type().endsWith("StateStarted"))) {
                outcome = Outcome.RETRIED;
            }
            step.failures().add(failure(event, byId, execution, outcome));
        }
        return new ExecutionPath(List.copyOf(steps));
    }

    /**
     * A Parallel or Map state fails with the error of the branch or iteration its failure event follows, through
     * the failures of nested Parallels, Maps and iterations (none records an error), down to the failed Task, or to
     * a Fail state, whose error is read from the definition.
     */
    private static Failure failure(HistoryEvent event, Map<Long, HistoryEvent> byId, Execution execution,
            Outcome outcome) {
        HistoryEvent source = event;
        while (text(source, "error") == null && byId.containsKey(source.previousEventId())
                && (source == event || CARRIERS.contains(source.type()))) {
            source = byId.get(source.previousEventId());
        }
        if (source.type().equals("FailStateEntered")) {
            String[] raised = FailStateErrors.of(source, execution.stateMachine().definition());
            return new Failure(raised[0], raised[1], outcome);
        }
        return new Failure(text(source, "error"), text(source, "cause"), outcome);
    }

    /** Failure events that pass on the error of the event they follow without recording it. */
    private static final java.util.Set<String> CARRIERS = java.util.Set.of("ParallelStateFailed", "MapStateFailed",
            "MapIterationFailed");

    /**
     * The state entry (the id of its {@code StateEntered} event) each event belongs to. An event follows its
     * {@code previousEventId} into the entry of the event it follows, except a Parallel's or a Map's own events
     * (started, failed, exited, iterations), which belong to the innermost such state still open, since they follow
     * the last event of a branch or an iteration; the execution's own events belong to no state.
     *
     * <p>A Parallel or Map is open until it exits or fails: AWS records its failure once, when no Retry takes it,
     * and then only an exit right after it (a Catch took it) is still its own; a failed inner Parallel leaves the
     * outer one's next events (its retry, its own failure) to the outer one.
     */
    static Map<Long, Long> entries(List<HistoryEvent> history) {
        Map<Long, Long> entryOf = new HashMap<>();
        Map<Long, String> kindOf = new HashMap<>();
        List<Long> open = new ArrayList<>();
        Long failedEntry = null;
        long failedEvent = -1;
        for (HistoryEvent event : history) {
            String type = event.type();
            String container = type.startsWith("Parallel") ? "Parallel" : type.startsWith("Map") ? "Map" : null;
            if (failedEntry != null && !(type.endsWith("StateExited") && event.previousEventId() == failedEvent)) {
                open.remove(failedEntry);
                failedEntry = null;
            }
            Long entry = null;
            if (type.endsWith("StateEntered")) {
                entry = event.id();
                if (container != null) {
                    kindOf.put(entry, container);
                    open.add(entry);
                }
            } else if (container != null) {
                for (int i = open.size() - 1; i >= 0 && entry == null; i--) {
                    if (container.equals(kindOf.get(open.get(i)))) {
                        entry = open.get(i);
                    }
                }
                if (entry != null && type.endsWith("StateExited")) {
                    open.remove(entry);
                    failedEntry = null;
                } else if (entry != null && type.endsWith("StateFailed")) {
                    failedEntry = entry;
                    failedEvent = event.id();
                }
            } else if (!type.startsWith("Execution")) {
                entry = entryOf.get(event.previousEventId());
            }
            if (entry != null) {
                entryOf.put(event.id(), entry);
            }
        }
        return entryOf;
    }

    /** The name of the state each event belongs to, by event id (absent for the execution's own events). */
    static Map<Long, String> stateNames(List<HistoryEvent> history) {
        Map<Long, String> names = new HashMap<>();
        for (HistoryEvent event : history) {
            if (event.type().endsWith("StateEntered")) {
                names.put(event.id(), event.detail("name").asText());
            }
        }
        Map<Long, String> stateOf = new HashMap<>();
        entries(history).forEach((id, entry) -> stateOf.put(id, names.get(entry)));
        return stateOf;
    }

    private static boolean isContainerStart(HistoryEvent event) {
        return event.type().equals("ParallelStateStarted") || event.type().equals("MapStateStarted");
    }

    /** A state's failed or timed-out event (not the execution's, not a Map iteration's or a map run's). */
    private static boolean isFailure(HistoryEvent event) {
        String type = event.type();
        return (type.endsWith("Failed") || type.endsWith("TimedOut")) && !type.startsWith("Execution")
                && !type.startsWith("MapIteration") && !type.startsWith("MapRun");
    }

    private static String text(HistoryEvent event, String field) {
        return event.detail(field) == null || event.detail(field).isNull() ? null : event.detail(field).asText();
    }

    List<Step> steps() {
        return steps;
    }

    List<String> enteredStates() {
        return steps.stream().map(Step::state).toList();
    }

    long retries(String state) {
        return steps.stream().filter(step -> step.state().equals(state)).mapToLong(Step::retries).sum();
    }

    boolean caught(String state, String error) {
        return steps.stream().filter(step -> step.state().equals(state)).flatMap(step -> step.failures().stream())
                .anyMatch(f -> f.outcome() == Outcome.CAUGHT && error.equals(f.error()));
    }

    /** The errors raised in a state, with their outcomes, as text: what an assertion's message shows. */
    List<String> failuresOf(String state) {
        return steps.stream().filter(step -> step.state().equals(state)).flatMap(step -> step.failures().stream())
                .map(ExecutionPath::describe).toList();
    }

    /** The execution's outcome and path, one numbered line per state entered, for assertion messages. */
    static String describe(Execution execution) {
        StringBuilder text = new StringBuilder("path of execution '").append(execution.name()).append("' (")
                .append(execution.status());
        if (execution.error() != null) {
            text.append(": ").append(execution.error());
            if (execution.cause() != null && !execution.cause().isEmpty()) {
                text.append(" - ").append(shorten(execution.cause()));
            }
        }
        text.append("):");
        List<Step> steps = of(execution).steps();
        if (steps.isEmpty()) {
            text.append("\n  (no state entered)");
        }
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            text.append("\n  ").append(i + 1).append(". ").append(step.state());
            for (Failure failure : step.failures()) {
                text.append("\n       ! ").append(describe(failure));
            }
        }
        return text.toString();
    }

    private static String describe(Failure failure) {
        String outcome = switch (failure.outcome()) {
            case RETRIED -> "retried";
            case CAUGHT -> "caught";
            case UNHANDLED -> "not handled";
        };
        return failure.error() + (failure.cause() == null || failure.cause().isEmpty() ? ""
                : " (" + shorten(failure.cause()) + ")") + ", " + outcome;
    }

    static String shorten(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= 100 ? line : line.substring(0, 97) + "...";
    }
}
