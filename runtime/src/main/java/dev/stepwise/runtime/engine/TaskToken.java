package dev.stepwise.runtime.engine;

/**
 * One Task attempt's token ({@code $$.Task.Token}), drawn when first read: by a callback, an activity, a handler or
 * an expression. Most attempts never read it, and drawing it for each was 6% of a retried Task's attempt
 * (async-profiler). A handler keeps its attempt's token even if it outlives the attempt.
 */
final class TaskToken {

    private final ExecutionRun run;
    private String value;

    TaskToken(ExecutionRun run) {
        this.run = run;
    }

    synchronized String value() {
        if (value == null) {
            value = run.newTaskToken();
        }
        return value;
    }
}
