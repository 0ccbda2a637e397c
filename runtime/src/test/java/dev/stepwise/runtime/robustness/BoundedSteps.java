package dev.stepwise.runtime.robustness;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs each fuzz step on a worker thread with the default stack size (what a caller's thread has), bounded in
 * time: a hang or an escaping Java exception or error is recorded as a problem instead of failing the whole run.
 */
final class BoundedSteps implements AutoCloseable {

    private final long timeoutSeconds;
    private final List<String> problems;
    private ExecutorService worker = newWorker();

    BoundedSteps(long timeoutSeconds, List<String> problems) {
        this.timeoutSeconds = timeoutSeconds;
        this.problems = problems;
    }

    /** The step's result, or {@code null} when it hung or threw (and a problem was recorded). */
    <T> T run(String what, Supplier<T> step) {
        Future<T> future = worker.submit(step::get);
        try {
            return future.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            problems.add(what + " hung");
            worker.shutdownNow();
            worker = newWorker();
        } catch (ExecutionException e) {
            problems.add(what + " threw " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return null;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "fuzz");
            thread.setDaemon(true);
            return thread;
        });
    }
}
