package dev.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.engine.ExecutionRun;
import dev.stepwise.runtime.history.History;
import dev.stepwise.runtime.history.HistoryEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One run of a state machine: its status, result and history. */
public final class Execution {

    private final String name;
    private final String arn;
    private final ExecutionRun run;
    private final History history;
    private final CompletableFuture<ExecutionRun.Outcome> outcome;

    Execution(String name, String arn, ExecutionRun run, History history,
            CompletableFuture<ExecutionRun.Outcome> outcome) {
        this.name = name;
        this.arn = arn;
        this.run = run;
        this.history = history;
        this.outcome = outcome;
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    /** Waits until the execution ends and returns it (for chaining: {@code runtime.start(sm, in).await()}). */
    public Execution await() {
        try {
            outcome.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for execution " + name, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("execution " + name + " crashed", e.getCause());
        }
        return this;
    }

    /** Waits at most {@code timeout}; returns whether the execution ended. */
    public boolean await(Duration timeout) {
        try {
            outcome.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("execution " + name + " crashed", e.getCause());
        }
    }

    /** Stops the execution at its next transition (StopExecution); its status becomes ABORTED. */
    public void stop() {
        run.abort();
    }

    public ExecutionStatus status() {
        ExecutionRun.Outcome done = outcome.getNow(null);
        return done == null ? ExecutionStatus.RUNNING : done.status();
    }

    /** The output of a SUCCEEDED execution, else {@code null}. */
    public JsonNode output() {
        ExecutionRun.Outcome done = outcome.getNow(null);
        return done == null ? null : done.output();
    }

    /** The error name of a FAILED or TIMED_OUT execution, else {@code null}. */
    public String error() {
        ExecutionRun.Outcome done = outcome.getNow(null);
        return done == null ? null : done.error();
    }

    /** The cause of a FAILED or TIMED_OUT execution, else {@code null}. */
    public String cause() {
        ExecutionRun.Outcome done = outcome.getNow(null);
        return done == null ? null : done.cause();
    }

    /** The events so far (empty when the runtime does not keep history). */
    public List<HistoryEvent> history() {
        return history.events();
    }

    @Override
    public String toString() {
        return "Execution " + name + " " + status();
    }
}
