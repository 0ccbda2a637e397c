package dev.stepwise.runtime.engine;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one runtime, which {@link #shutdown} ends together when the runtime is closed. Whole executions,
 * handlers and virtual-time turn-takers run on threads all runtimes of the JVM share ({@link RuntimeShare}), so a
 * runtime per test does not start threads of its own each time; the bounded workers of Parallel and Map under the
 * system clock are the runtime's own pool. Idle threads go after a while, so an unclosed runtime holds none for long
 * once its executions have ended. While they work for a runtime, threads carry its name ({@code stepwise-3-task-1}).
 */
public final class RuntimeThreads {

    private static final long IDLE_SECONDS = 30;
    private static final AtomicInteger RUNTIMES = new AtomicInteger();
    /** The JVM's idle threads, lent to whichever runtime has work (unbounded: see {@link #executions}). */
    private static final ExecutorService CARRIERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS,
            TimeUnit.SECONDS, new SynchronousQueue<>(), new DaemonThreads("stepwise-idle"));

    private final String prefix = "stepwise-" + RUNTIMES.incrementAndGet() + "-";

    /** Parallel branches and Map items under the system clock: bounded, as they keep processors busy. */
    private final ExecutorService workers;
    /**
     * Whole executions: under the system clock every execution's, under a virtual clock those that wait for answers
     * from outside. Unbounded: an execution may hold its thread for as long as a Wait or a Task lasts, and a few
     * waiting ones must not queue every later one, where Step Functions runs them all at once.
     */
    private final ExecutorService executions;
    /** Task handlers under the system clock, each on a thread of its own that a timeout or a stop interrupts. */
    private final ExecutorService handlers;
    /** Parallel branches and Map items that take turns in virtual time: mostly blocked on the clock. */
    private final ExecutorService turnTakers;

    public RuntimeThreads(int workerCount) {
        ThreadPoolExecutor bounded = new ThreadPoolExecutor(workerCount, workerCount, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), new DaemonThreads(prefix + "worker"));
        bounded.allowCoreThreadTimeOut(true);
        this.workers = bounded;
        this.executions = new RuntimeShare(CARRIERS, prefix + "execution");
        this.handlers = new RuntimeShare(CARRIERS, prefix + "task");
        this.turnTakers = new RuntimeShare(CARRIERS, prefix + "virtual");
    }

    public ExecutorService executions() {
        return executions;
    }

    ExecutorService workers() {
        return workers;
    }

    ExecutorService handlers() {
        return handlers;
    }

    ExecutorService turnTakers() {
        return turnTakers;
    }

    /**
     * Refuses new work, interrupts what still runs (a handler that ignores its stop included) and waits up to
     * {@code grace} for every thread to end.
     *
     * @return whether every thread ended in time (a handler that ignores interrupts may not)
     */
    public boolean shutdown(Duration grace) {
        List<ExecutorService> all = List.of(executions, workers, handlers, turnTakers);
        all.forEach(ExecutorService::shutdownNow);
        long end = System.nanoTime() + grace.toNanos();
        boolean ended = true;
        for (ExecutorService pool : all) {
            try {
                ended &= pool.awaitTermination(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return ended;
    }
}
