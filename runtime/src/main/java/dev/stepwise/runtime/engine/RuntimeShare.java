package dev.stepwise.runtime.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One runtime's share of threads that every runtime of the JVM draws from: what it runs there is its own to
 * interrupt and wait for when the runtime closes, and while a task runs its thread carries the runtime's name
 * ({@code stepwise-3-virtual-7}), so a thread dump tells whose it is.
 *
 * <p>Why not a pool per runtime: a test suite builds a runtime per test, and a Parallel or Map in virtual time needs
 * a thread per branch or item; with a pool each, every test started those threads afresh (235 thread starts
 * instead of 24 for the bench's 50-case suite, a fifth of its time).
 */
final class RuntimeShare extends AbstractExecutorService {

    private final ExecutorService carriers;
    private final String name;
    private final AtomicInteger numbers = new AtomicInteger();
    /** Guarded by this: the threads running this share's tasks now, and the tasks handed over but not begun. */
    private final Set<Thread> running = new HashSet<>();
    private int handedOver;
    private boolean shutdown;

    RuntimeShare(ExecutorService carriers, String name) {
        this.carriers = carriers;
        this.name = name;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (this) {
            if (shutdown) {
                throw new RejectedExecutionException(name + ": the runtime is closed");
            }
            handedOver++;
        }
        try {
            carriers.execute(() -> run(task));
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                handedOver--;
                notifyAll();
            }
            throw e;
        }
    }

    private void run(Runnable task) {
        Thread thread = Thread.currentThread();
        String carrierName = thread.getName();
        boolean closedMeanwhile;
        synchronized (this) {
            handedOver--;
            running.add(thread);
            closedMeanwhile = shutdown;
        }
        thread.setName(name + "-" + numbers.incrementAndGet());
        if (closedMeanwhile) {
            thread.interrupt(); // accepted before the runtime closed: it runs, and learns at once that it is stopped
        }
        try {
            task.run();
        } finally {
            Thread.interrupted(); // a stop's interrupt is this task's, not the next one's on this thread
            thread.setName(carrierName);
            synchronized (this) {
                running.remove(thread);
                notifyAll();
            }
        }
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
    }

    /** Refuses new tasks and interrupts the ones running; tasks handed over run interrupted. */
    @Override
    public synchronized List<Runnable> shutdownNow() {
        shutdown = true;
        running.forEach(Thread::interrupt);
        return List.of();
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown && running.isEmpty() && handedOver == 0;
    }

    @Override
    public synchronized boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long end = System.nanoTime() + unit.toNanos(timeout);
        while (!isTerminated()) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
