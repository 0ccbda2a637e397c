package dev.stepwise.runtime.clock;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Virtual time as a discrete-event scheduler: time stands still while anyone it knows of is working, and jumps to
 * the next pending deadline once every participant is blocked on the clock and someone is waiting for time to pass.
 *
 * <p>Three kinds of thread meet here:
 * <ul>
 *   <li><b>participants</b>: the threads running executions (and the Task handlers they call, on the same thread).
 *       While any participant is working, time does not move; a participant that sleeps, or waits for an
 *       {@link Alarm} (a callback's answer with a deadline), is blocked on the clock.</li>
 *   <li><b>drivers</b>: threads waiting for something to happen in virtual time ({@link #drive}): a test awaiting an
 *       execution or a task token, an activity worker's long poll, a thread sleeping on the clock without being a
 *       participant, and the thread running an execution inside {@code start}. Time moves only while someone drives,
 *       and then only to the earliest pending deadline; deadlines at the same instant fire one at a time, the executions' before the
 *       outsiders' and otherwise in the order they were set, so runs are reproducible.</li>
 *   <li>everyone else: a test thread answering a task token, reading the time, or doing nothing. While the test does
 *       not wait, time stands still (as in Temporal's test environment), so an execution waiting for a callback
 *       cannot time out behind the test's back.</li>
 * </ul>
 *
 * <p>A participant may carry a limit (a Task's timeout, heartbeat or the execution's deadline, {@link
 * Participant#limit}): a sleep that would pass it ends at the limit with an {@link InterruptedException}, and every
 * later sleep of that handler is interrupted at once, which is how a handler is stopped at exactly its deadline.
 *
 * <p>One clock may serve many executions at once; time only ever moves forward.
 */
public final class VirtualClock implements Clock {

    private final Object lock = new Object();
    /** Threads waiting on the lock; guarded by it. A notification with none is skipped (see notifyWaiters). */
    private int waiters;
    /** An instant rather than epoch nanoseconds, which end in 2262: a Wait may target any year up to 9999. */
    private volatile Instant time;
    /** Participants not blocked on the clock; guarded by {@link #lock}. */
    private int active;
    private final PriorityQueue<Alarm> alarms = new PriorityQueue<>();
    private long sequence;
    private final ThreadLocal<Participant> current = new ThreadLocal<>();

    VirtualClock(Instant start) {
        this.time = start;
    }

    @Override
    public Instant now() {
        return time;
    }

    /**
     * Lets {@code duration} of virtual time pass for the calling thread. A participant blocks until time reaches the
     * end of the sleep (or its limit); any other thread drives time there itself.
     *
     * @throws InterruptedException when the participant's limit came first (time then stands at the limit), or the
     *     thread was interrupted
     */
    @Override
    public void sleep(Duration duration) throws InterruptedException {
        Participant participant = current.get();
        if (participant != null && participant.expired) {
            throw new InterruptedException("the task's deadline has passed");
        }
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        Instant target = plusSaturated(now(), duration);
        if (participant == null) {
            Alarm alarm = alarm(target);
            drive(alarm::hasRung, null);
            return;
        }
        while (true) {
            Instant limit = participant.limit == null ? null : participant.limit.get();
            boolean limited = limit != null && !limit.isAfter(target);
            Instant end = limited ? limit : target;
            if (!passAlone(end) && !alarm(end).await()) {
                throw new InterruptedException("the task was stopped"); // woken early: Participant.interrupt
            }
            if (!limited) {
                return;
            }
            Instant moved = participant.limit == null ? null : participant.limit.get();
            if (moved == null || !moved.isAfter(now())) {
                participant.expired = true;
                throw new InterruptedException("the task's deadline has passed");
            }
            // a heartbeat from outside (SendTaskHeartbeat) moved the limit while this slept: sleep on
        }
    }

    /**
     * Moves time forward by {@code duration}, firing every deadline on the way at its instant (negative durations
     * are ignored): what a test does to let time pass while an execution waits for it.
     */
    public void advance(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        Alarm alarm = alarm(plusSaturated(now(), duration));
        drive(alarm::hasRung, null);
    }

    /**
     * Moves time to {@code at} at once when the calling participant drives and is the only one working, and no other
     * deadline comes first (or at the same instant): exactly where blocking on an alarm for {@code at} would leave
     * it, without the alarm, the queue and the wake-ups. A retried Task's backoff spent 17% of its attempt on them
     * (async-profiler).
     *
     * @return whether time is now at {@code at}; {@code false}: wait on an {@link #alarm} as usual
     */
    public boolean passAlone(Instant at) {
        Participant self = current.get();
        if (self == null || !self.drives) {
            return false;
        }
        synchronized (lock) {
            if (active != 1 || !alarms.isEmpty() && !alarms.peek().at.isAfter(at)) {
                return false;
            }
            if (at.isAfter(time)) {
                time = at;
            }
            return true;
        }
    }

    /** A deadline that {@link Alarm#await} waits for and {@link Alarm#wake} cuts short. */
    public Alarm alarm(Instant at) {
        synchronized (lock) {
            Alarm alarm = new Alarm(at, current.get() == null, sequence++);
            if (at == null) {
                return alarm; // a latch: only wake() ends it
            }
            if (!at.isAfter(time)) {
                alarm.state = Alarm.RANG;
            } else {
                alarms.add(alarm);
            }
            return alarm;
        }
    }

    /** An alarm without a deadline: {@link Alarm#await} waits until someone calls {@link Alarm#wake}. */
    public Alarm latch() {
        return alarm(null);
    }

    /**
     * Waits until {@code done} holds, letting time pass meanwhile: whenever every participant is blocked, time jumps
     * to the next deadline. {@code done} is checked under the clock's lock whenever something changes on the clock,
     * so it must be cheap and lock-free, and whatever makes it true must be followed by a participant blocking or
     * leaving, or by {@link #changed()}.
     *
     * @param realTimeout how long to wait in real time at most, or {@code null} for no limit
     * @return whether {@code done} holds (false: the real timeout passed, or the thread was interrupted)
     */
    public boolean drive(BooleanSupplier done, Duration realTimeout) {
        long end = realTimeout == null ? 0 : System.nanoTime() + saturatedNanos(realTimeout);
        Participant self = current.get();
        synchronized (lock) {
            if (self != null) {
                active--; // a participant that waits for time to pass is blocked on the clock like a sleeper
                self.yieldTurn();
                notifyWaiters();
            }
            try {
                while (!done.getAsBoolean()) {
                    if (active == 0 && !alarms.isEmpty()) {
                        ringNext();
                        continue;
                    }
                    if (realTimeout == null) {
                        waitForChange();
                    } else {
                        long left = end - System.nanoTime();
                        if (left <= 0) {
                            return false;
                        }
                        waitForChange(left);
                    }
                }
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                if (self != null) {
                    active++;
                    self.ready();
                    self.awaitTurnUninterruptibly();
                }
            }
        }
    }

    /**
     * Whether no participant is at work (every one is blocked on the clock, or there is none): for a {@link #drive}
     * condition only, which the clock checks under its lock. An outsider that gets control back when an execution
     * hands out a task token waits for this too, since the execution's other branches may still be moving at the
     * same instant, and returning before they block would make what the outsider sees a race.
     */
    public boolean settled() {
        return active == 0;
    }

    /** Tells drivers that something their condition reads has changed. */
    public void changed() {
        synchronized (lock) {
            notifyWaiters();
        }
    }

    /** Counts a participant that will run on some thread; time stands still until it blocks or leaves. */
    public Participant join() {
        return join(null);
    }

    /**
     * Counts a participant that takes turns with the others of {@code turns}: at most one of them runs at a time,
     * and the next to run is the one that became ready first (joined, or woken by its deadline or an answer). The
     * branches of one execution take turns this way, so they run concurrently in virtual time and yet record their
     * events in the same order on every run.
     */
    public Participant join(Turns turns) {
        Participant participant = new Participant(turns);
        synchronized (lock) {
            active++;
            participant.ready();
        }
        return participant;
    }

    /** A new group of participants that take turns (see {@link #join(Turns)}). */
    public Turns turns() {
        return new Turns();
    }

    /** Participants that run one at a time, in the order they became ready; guarded by the clock's lock. */
    public final class Turns {
        private Participant holder;
        private final java.util.ArrayDeque<Participant> waiting = new java.util.ArrayDeque<>();

        private Turns() {
        }
    }

    /** Under the lock: waits until notified. */
    private void waitForChange() throws InterruptedException {
        waitForChange(0);
    }

    /** Under the lock: waits until notified, or at most {@code nanos} of real time when it is positive. */
    private void waitForChange(long nanos) throws InterruptedException {
        waiters++;
        try {
            if (nanos > 0) {
                TimeUnit.NANOSECONDS.timedWait(lock, nanos);
            } else {
                lock.wait();
            }
        } finally {
            waiters--;
        }
    }

    /**
     * Under the lock: wakes the threads waiting on it, if there are any. Most changes have none to wake (an execution
     * alone on the clock), and {@code notifyAll} enters the VM whether or not anyone waits: 2.6% of a short execution
     * (async-profiler).
     */
    private void notifyWaiters() {
        if (waiters > 0) {
            lock.notifyAll();
        }
    }

    /** The participant running on the calling thread, or {@code null}. */
    public Participant participant() {
        return current.get();
    }

    /** Fires the earliest deadline: time moves to it, and its waiter (if a participant) counts as working again. */
    private void ringNext() {
        Alarm next = alarms.poll();
        if (next.at.isAfter(time)) {
            time = next.at;
        }
        next.state = Alarm.RANG;
        if (next.waiter != null) {
            active++;
            next.waiter.ready();
        }
        notifyWaiters();
    }

    private static Instant plusSaturated(Instant now, Duration duration) {
        try {
            return now.plus(duration);
        } catch (DateTimeException | ArithmeticException e) {
            return Instant.MAX;
        }
    }

    private static long saturatedNanos(Duration duration) {
        try {
            return Math.max(0, duration.toNanos());
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE / 4;
        }
    }

    @Override
    public boolean isVirtual() {
        return true;
    }

    @Override
    public String toString() {
        return "virtual clock at " + now();
    }

    /**
     * A thread of work the clock waits for before letting time pass: made by {@link #join()} (which already counts
     * it), bound to the thread that runs it with {@link #enter()}, and ended with {@link #leave()}.
     */
    public final class Participant {
        private final Turns turns;
        private volatile Supplier<Instant> limit;
        private volatile boolean expired;
        private volatile boolean drives;
        private Participant previous;
        private boolean left;
        /** The alarm this participant waits for, if any; guarded by the clock's lock. */
        private Alarm waitingOn;

        private Participant(Turns turns) {
            this.turns = turns;
        }

        /** The group this participant takes turns with, or {@code null}. */
        public Turns turns() {
            return turns;
        }

        /** Binds this participant to the calling thread, once it is its turn. */
        public void enter() {
            previous = current.get();
            current.set(this);
            synchronized (lock) {
                awaitTurnUninterruptibly();
            }
        }

        /** Under the lock: this participant can run; it queues for its turn. */
        private void ready() {
            if (turns == null || turns.holder == this || turns.waiting.contains(this)) {
                return;
            }
            if (turns.holder == null) {
                turns.holder = this;
            } else {
                turns.waiting.add(this);
            }
        }

        /** Under the lock: hands the turn to the next ready participant. */
        private void yieldTurn() {
            if (turns != null && turns.holder == this) {
                turns.holder = turns.waiting.poll();
                notifyWaiters();
            }
        }

        private void awaitTurn() throws InterruptedException {
            while (turns != null && turns.holder != this) {
                waitForChange();
            }
        }

        private void awaitTurnUninterruptibly() {
            boolean interrupted = false;
            while (turns != null && turns.holder != this) {
                try {
                    waitForChange();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /**
         * Ends this participant's current wait on the clock early, as if interrupted: a sleeping handler's sleep
         * throws {@link InterruptedException} (what a stopped execution or a failed sibling branch does to it).
         */
        public void interrupt() {
            Alarm alarm;
            synchronized (lock) {
                alarm = waitingOn;
            }
            if (alarm != null) {
                alarm.wake();
            }
        }

        /** Unbinds it and stops counting it: time may move without it. */
        public void leave() {
            // set, not remove: removing expunges the thread's table, 3% of a short execution (async-profiler)
            current.set(previous);
            synchronized (lock) {
                if (!left) {
                    left = true;
                    active--;
                    yieldTurn();
                    if (turns != null) {
                        turns.waiting.remove(this);
                    }
                    notifyWaiters();
                }
            }
        }

        /**
         * Whether this participant lets time pass when it blocks, as a driver would: the thread that runs an execution
         * inside {@code start} does, since nobody else waits for it.
         */
        public void drives(boolean drives) {
            this.drives = drives;
        }

        /**
         * Sets the instant this participant's sleeps may not pass (re-read at every sleep, so a heartbeat can move
         * it), or {@code null} for none; clears the expired mark.
         */
        public void limit(Supplier<Instant> limit) {
            this.limit = limit;
            this.expired = false;
        }

        /** The limit set now, or {@code null}. */
        public Supplier<Instant> limit() {
            return limit;
        }

        /** Whether a sleep was ended by the limit since it was set. */
        public boolean expired() {
            return expired;
        }
    }

    /** A deadline a participant waits for, unless someone wakes it first. */
    public final class Alarm implements Comparable<Alarm> {
        private static final int SET = 0;
        private static final int RANG = 1;
        private static final int WOKEN = 2;

        private final Instant at;
        /** Set by a thread outside the executions (a test advancing time, a worker's long poll). */
        private final boolean outsider;
        private final long order;
        private int state;
        private Participant waiter;

        private Alarm(Instant at, boolean outsider, long order) {
            this.at = at;
            this.outsider = outsider;
            this.order = order;
        }

        /**
         * By instant; at one instant the executions' deadlines fire before an outsider's, so a test that advances to
         * a task's deadline and then answers finds the task timed out, as AWS would; then in the order they were set.
         */
        @Override
        public int compareTo(Alarm other) {
            int byTime = at.compareTo(other.at);
            if (byTime != 0) {
                return byTime;
            }
            return outsider != other.outsider ? Boolean.compare(outsider, other.outsider)
                    : Long.compare(order, other.order);
        }

        /** Whether the deadline has come (read it under {@link #drive}, or after {@link #await}). */
        public boolean hasRung() {
            synchronized (lock) {
                return state == RANG;
            }
        }

        /**
         * Blocks the calling participant until the deadline comes or {@link #wake()} is called.
         *
         * @return {@code true} when the deadline came, {@code false} when woken
         */
        public boolean await() throws InterruptedException {
            Participant self = current.get();
            synchronized (lock) {
                if (state != SET) {
                    return state == RANG;
                }
                if (self == null) {
                    // an outsider waits by driving time to the deadline itself
                    while (state == SET) {
                        if (active == 0 && !alarms.isEmpty()) {
                            ringNext();
                        } else {
                            waitForChange();
                        }
                    }
                    return state == RANG;
                }
                waiter = self;
                self.waitingOn = this;
                active--;
                self.yieldTurn();
                notifyWaiters();
                try {
                    while (state == SET) {
                        if (self.drives && active == 0 && !alarms.isEmpty()) {
                            ringNext();
                        } else {
                            waitForChange();
                        }
                    }
                } catch (InterruptedException e) {
                    if (state == SET) {
                        if (at != null) {
                            alarms.remove(this);
                        }
                        state = WOKEN;
                        active++;
                        self.ready();
                    }
                    self.awaitTurn();
                    throw e;
                } finally {
                    self.waitingOn = null;
                }
                self.awaitTurn();
                return state == RANG;
            }
        }

        /**
         * Ends the wait before the deadline; the waiting participant counts as working from this moment, so time
         * cannot move past it before it has run. No effect once the deadline has come.
         */
        public void wake() {
            synchronized (lock) {
                if (state != SET) {
                    return;
                }
                if (at != null) {
                    alarms.remove(this);
                }
                state = WOKEN;
                if (waiter != null) {
                    active++;
                    waiter.ready();
                }
                notifyWaiters();
            }
        }
    }
}
