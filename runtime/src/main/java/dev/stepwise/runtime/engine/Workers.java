package dev.stepwise.runtime.engine;

import java.util.ArrayList;
import dev.stepwise.runtime.clock.VirtualClock;
import dev.stepwise.runtime.history.History;
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
 * <p>Under a virtual clock, jobs that cannot let time pass (or any jobs with a concurrency of 1) run one after the
 * other on the calling thread, in order; jobs that may (Waits, Tasks) run concurrently in virtual time but take
 * turns, so histories and timestamps are the same on every run, which is what tests want from a virtual clock.
 */
final class Workers {

    /** AWS runs at most 40 iterations of an inline Map at once, whatever MaxConcurrency says. */
    static final int MAX_WIDTH = 40;

    /**
     * Jobs that never wait (no Wait, no Task) keep a processor busy from start to end: more threads than processors
     * only adds switches between them. A 10,000-item Map of Pass states on 40 threads spent a quarter of its time on
     * them on 2 processors. MaxConcurrency is a ceiling, on AWS too, not a promise.
     */
    private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();

    private final ExecutorService pool;
    /** Threads of jobs that take turns in virtual time: mostly blocked on the clock, so not from the bounded pool. */
    private final ExecutorService turnTakers;
    private final dev.stepwise.runtime.clock.Clock clock;

    Workers(RuntimeThreads threads, dev.stepwise.runtime.clock.Clock clock) {
        this.pool = threads.workers();
        this.turnTakers = threads.turnTakers();
        this.clock = clock;
    }

    /**
     * Runs {@code job} for indexes {@code 0..count-1}. The first exception a job throws stops the remaining jobs
     * (running ones are cancelled through {@code cancellation}) and is rethrown here. {@code mayWait}: a job may
     * wait (a Wait, a Task); jobs that cannot run on no more threads than there are processors. {@code history}
     * is where the jobs record their events: it is told before they record from threads of their own.
     */
    void run(int count, int maxConcurrency, boolean sequential, boolean mayWait, Cancellation cancellation,
            History history, IntConsumer job) {
        int width = Math.min(MAX_WIDTH, maxConcurrency <= 0 ? count : Math.min(count, maxConcurrency));
        if (!mayWait) {
            width = Math.min(width, PROCESSORS);
        }
        VirtualClock.Participant parent = virtualParent(sequential, width);
        if (parent != null) {
            history.shareAmongThreads();
            runTakingTurns(parent, count, width, cancellation, job);
            return;
        }
        if (sequential || width <= 1 || pool == null) {
            for (int i = 0; i < count; i++) {
                job.accept(i);
            }
            return;
        }
        history.shareAmongThreads();
        Jobs jobs = new Jobs(count, cancellation, job);
        Runnable work = jobs::drain;
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
        jobs.rethrowFailure();
    }

    /**
     * Under a virtual clock, jobs that may let time pass run concurrently in virtual time, on helper threads that
     * take turns with the calling thread (see {@link VirtualClock#join(VirtualClock.Turns)}). Returns the calling
     * participant then, or {@code null} to run the jobs as usual.
     */
    private VirtualClock.Participant virtualParent(boolean sequential, int width) {
        if (sequential || width <= 1 || !(clock instanceof VirtualClock virtual)) {
            return null;
        }
        VirtualClock.Participant parent = virtual.participant();
        return parent != null && parent.turns() != null ? parent : null;
    }

    /**
     * {@code width} helpers take the jobs in index order; only the one whose turn it is runs, and it keeps the turn
     * until it blocks on the clock (a Wait, a retry delay, a handler's sleep, a callback), so the events come in the
     * same order on every run while each job's time runs from the same instant, as on AWS. The caller waits for the
     * helpers on a latch, which gives up its turn.
     */
    private void runTakingTurns(VirtualClock.Participant parent, int count, int width, Cancellation cancellation,
            IntConsumer job) {
        VirtualClock virtual = (VirtualClock) clock;
        Jobs jobs = new Jobs(count, cancellation, job);
        AtomicInteger running = new AtomicInteger(width);
        VirtualClock.Alarm allDone = virtual.latch();
        for (int h = 0; h < width; h++) {
            VirtualClock.Participant helper = virtual.join(parent.turns());
            turnTakers.execute(() -> {
                helper.enter();
                try {
                    jobs.drain();
                } finally {
                    if (running.decrementAndGet() == 0) {
                        allDone.wake();
                    }
                    helper.leave();
                }
            });
        }
        boolean interrupted = false;
        while (true) {
            try {
                allDone.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        jobs.rethrowFailure();
    }

    /**
     * Jobs {@code 0..count-1}, taken in index order by whichever thread asks next; the first failure cancels the
     * rest and is rethrown to the caller once every thread is done.
     */
    private static final class Jobs {
        private final int count;
        private final Cancellation cancellation;
        private final IntConsumer job;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

        Jobs(int count, Cancellation cancellation, IntConsumer job) {
            this.count = count;
            this.cancellation = cancellation;
            this.job = job;
        }

        /** Runs jobs until none is left or one has failed. */
        void drain() {
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
        }

        void rethrowFailure() {
            if (failure.get() != null) {
                throw failure.get();
            }
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
