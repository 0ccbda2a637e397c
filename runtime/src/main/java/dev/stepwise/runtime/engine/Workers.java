package dev.stepwise.runtime.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs the jobs of a Parallel state or a Map on a shared bounded pool, at most {@code maxConcurrency} at once.
 *
 * <p>The calling thread works too, taking jobs from the same counter as its helpers. So a nested Map whose helpers
 * find the pool full still makes progress on its own, and nothing can deadlock waiting for a pool thread: before
 * waiting, the caller withdraws every helper that has not started yet.
 *
 * <p>Under a virtual clock (or with a concurrency of 1) jobs run one after the other on the calling thread, in
 * order: histories and timestamps are then the same on every run, which is what tests want from a virtual clock.
 */
final class Workers {

    /** AWS runs at most 40 iterations of an inline Map at once, whatever MaxConcurrency says. */
    static final int MAX_WIDTH = 40;

    private final ExecutorService pool;

    Workers(ExecutorService pool) {
        this.pool = pool;
    }

    /**
     * Runs {@code job} for indexes {@code 0..count-1}. The first exception a job throws stops the remaining jobs
     * (running ones are cancelled through {@code cancellation}) and is rethrown here.
     */
    void run(int count, int maxConcurrency, boolean sequential, Cancellation cancellation, IntConsumer job) {
        int width = Math.min(MAX_WIDTH, maxConcurrency <= 0 ? count : Math.min(count, maxConcurrency));
        if (sequential || width <= 1 || pool == null) {
            for (int i = 0; i < count; i++) {
                job.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable work = () -> {
            int i;
            while (failure.get() == null && (i = next.getAndIncrement()) < count) {
                try {
                    job.accept(i);
                } catch (RuntimeException e) {
                    if (failure.compareAndSet(null, e)) {
                        cancellation.cancel();
                    }
                }
            }
        };
        List<Helper> helpers = new ArrayList<>(width - 1);
        for (int h = 1; h < width; h++) {
            Helper helper = new Helper(work);
            helpers.add(helper);
            pool.execute(helper);
        }
        work.run();
        for (Helper helper : helpers) {
            helper.awaitOrWithdraw();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** A helper that runs at most once, and can be withdrawn while still queued. */
    private static final class Helper implements Runnable {
        private static final int QUEUED = 0;
        private static final int RUNNING = 1;
        private static final int DONE = 2;

        private final Runnable work;
        private final AtomicInteger state = new AtomicInteger(QUEUED);

        Helper(Runnable work) {
            this.work = work;
        }

        @Override
        public void run() {
            if (!state.compareAndSet(QUEUED, RUNNING)) {
                return;
            }
            try {
                work.run();
            } finally {
                synchronized (this) {
                    state.set(DONE);
                    notifyAll();
                }
            }
        }

        void awaitOrWithdraw() {
            if (state.compareAndSet(QUEUED, DONE)) {
                return;
            }
            synchronized (this) {
                while (state.get() != DONE) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }
}
