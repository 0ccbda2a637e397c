package dev.stepwise.runtime;

import dev.stepwise.asl.StateMachineType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.clock.Clock;
import dev.stepwise.runtime.clock.VirtualClock;
import dev.stepwise.runtime.engine.ActivityQueues;
import dev.stepwise.runtime.engine.TaskTokens;
import dev.stepwise.runtime.engine.TokenLog;
import dev.stepwise.runtime.engine.ExecutionIdentity;
import dev.stepwise.runtime.engine.ExecutionRun;
import dev.stepwise.runtime.engine.MapRuns;
import dev.stepwise.runtime.engine.RedriveMemory;
import dev.stepwise.runtime.events.ExecutionListeners;
import dev.stepwise.runtime.events.ExecutionStatusChange;
import dev.stepwise.runtime.executions.ApiRefusedException;
import dev.stepwise.runtime.executions.ExecutionDescription;
import dev.stepwise.runtime.executions.ExecutionRecord;
import dev.stepwise.runtime.executions.RedriveEligibility;
import dev.stepwise.runtime.executions.RedriveStatus;
import dev.stepwise.runtime.history.History;
import dev.stepwise.runtime.history.HistoryEvent;
import dev.stepwise.runtime.history.HistoryListener;
import dev.stepwise.runtime.history.HistoryPage;
import dev.stepwise.runtime.history.HistoryPager;
import dev.stepwise.runtime.history.HistoryQuery;
import dev.stepwise.runtime.logging.ExecutionLogger;
import dev.stepwise.runtime.logging.LogSink;
import dev.stepwise.runtime.logging.LoggingConfiguration;
import dev.stepwise.runtime.report.ExecutionReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import dev.stepwise.runtime.mapruns.MapRun;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One run of a state machine: its status, result and history, and the operations AWS offers on it (describe, stop,
 * redrive, paged history). Status changes are announced to the runtime's listeners; history events go to its log
 * sink at the state machine's log level.
 */
public final class Execution implements ExecutionRecord {

    /** Makes the engine run for the execution's first run or a redrive. */
    @FunctionalInterface
    interface RunFactory {
        ExecutionRun create(ExecutionIdentity identity, History history, RedriveMemory memory);
    }

    private final StateMachine machine;
    private final JsonNode input;
    private final Clock clock;
    private final Executor background;
    private final ExecutionListeners listeners;
    private final RunFactory runs;
    private final History history;
    private final HistoryPager pager;
    private final RedriveMemory memory;
    private final MapRuns mapRuns = new MapRuns();
    private final RuntimeLifecycle lifecycle;
    private volatile ExecutionIdentity identity;
    private volatile ExecutionRun run;
    private volatile RunOutcome outcome;
    /** The run handed to the background pool, which {@link #await()} runs itself if no pool thread has yet. */
    private volatile QueuedRun queued;
    private volatile Instant stopDate;
    /** The tokens this execution hands out for an answer, for {@link #awaitTaskToken}. */
    private final TokenLog tokenLog = new TokenLog();
    /**
     * Under a virtual clock, where a run goes when it may wait for an answer from outside (a callback or an
     * activity): a thread of its own, so that {@code start} can return while it waits. {@code null}: runs inside
     * the call.
     */
    private Executor answerable;
    private TaskTokens tokens;
    private ActivityQueues activities;

    /**
     * @param background where a run goes under the system clock; under a virtual clock it runs inside the call
     * @param sink where log records go, or {@code null} for none
     * @param lifecycle the runtime's, which a redrive joins as a start does
     */
    Execution(StateMachine machine, ExecutionIdentity identity, JsonNode input, Clock clock, Executor background,
            boolean keepHistory, boolean historyLimit, LogSink sink, ExecutionListeners listeners, RunFactory runs,
            RuntimeLifecycle lifecycle) {
        this.machine = machine;
        this.identity = identity;
        this.input = input;
        this.clock = clock;
        this.background = background;
        this.listeners = listeners;
        this.runs = runs;
        boolean standard = machine.type() == StateMachineType.STANDARD;
        this.history = new History(clock, keepHistory, standard && historyLimit ? History.STANDARD_LIMIT : 0,
                historyListener(machine.settings().logging(), sink));
        this.pager = new HistoryPager(identity.executionArn());
        this.memory = standard ? new RedriveMemory() : null;
        this.lifecycle = lifecycle;
    }

    /** The log writer and the progress listeners, or {@code null} when nobody reads events (the fast path). */
    private HistoryListener historyListener(LoggingConfiguration logging, LogSink sink) {
        String arn = identity.executionArn();
        HistoryListener logger = sink == null || logging.isOff() ? null
                : new ExecutionLogger(logging, sink, arn, this::redriveCount);
        HistoryListener progress = listeners.wantsEvents() ? event -> listeners.eventRecorded(arn, event) : null;
        if (logger == null || progress == null) {
            return logger != null ? logger : progress;
        }
        return event -> {
            logger.recorded(event);
            progress.recorded(event);
        };
    }

    /**
     * Where callback and activity tokens go; {@code background}, under a virtual clock, runs executions that wait for
     * answers from outside on a thread of their own. Called before {@link #begin()}.
     */
    void answers(TaskTokens tokens, ActivityQueues activities, Executor background) {
        this.tokens = tokens;
        this.activities = activities;
        this.answerable = background;
    }

    /** Starts the first run. */
    void begin() {
        if (!listeners.isEmpty()) {
            listeners.executionCreated(this);
        }
        launch(ExecutionRun::start);
    }

    /**
     * Runs a new run of this execution; {@code begin} records the run's first event on this thread (the caller's of
     * StartExecution or RedriveExecution, which then finds it in the history) and returns the rest of the run.
     */
    private void launch(Function<ExecutionRun, Supplier<ExecutionRun.Outcome>> begin) {
        ExecutionRun next = runs.create(identity, history, memory);
        next.answers(tokens, activities, tokenLog);
        next.mapRuns(mapRuns);
        RunOutcome pending = new RunOutcome();
        run = next;
        stopDate = null;
        outcome = pending;
        announce(ExecutionStatus.RUNNING, null);
        Supplier<ExecutionRun.Outcome> body = begin.apply(next);
        Runnable work = () -> {
            ExecutionRun.Outcome done;
            try {
                done = finished(body.get());
            } catch (Throwable t) {
                pending.crash(t);
                return;
            }
            pending.complete(done);
        };
        if (clock instanceof VirtualClock virtual) {
            launchInVirtualTime(virtual, work);
        } else if (background == null) {
            work.run();
        } else {
            QueuedRun run = new QueuedRun(work);
            queued = run;
            background.execute(run);
        }
    }

    /**
     * A run queued for the pool that whoever comes first runs: a pool thread, or a caller of {@link #await()} who
     * would otherwise sleep until a pool thread has woken up, run it and woken the caller again. Those two thread
     * switches per execution were a fifth of a short execution's CPU and more of its wall time (async-profiler).
     */
    private static final class QueuedRun implements Runnable {
        private final Runnable work;
        private final AtomicBoolean taken = new AtomicBoolean();

        QueuedRun(Runnable work) {
            this.work = work;
        }

        @Override
        public void run() {
            if (taken.compareAndSet(false, true)) {
                work.run();
            }
        }
    }

    /**
     * Under a virtual clock {@code start} returns once the execution has ended, or waits for an answer from outside
     * with none of its branches still at work: time passes meanwhile only as far as the execution needs it. A run that cannot wait for outside answers runs
     * on the caller's thread; one that can runs on a thread of its own, counted by the clock from this moment on.
     */
    private void launchInVirtualTime(VirtualClock clock, Runnable work) {
        VirtualClock.Participant caller = clock.participant();
        if (answerable == null && caller != null) {
            work.run(); // started from inside another run on this clock: that run's thread carries it
            return;
        }
        VirtualClock.Participant participant = clock.join(clock.turns());
        if (answerable == null) {
            participant.enter();
            participant.drives(true);
            try {
                work.run();
            } finally {
                participant.leave();
            }
            return;
        }
        answerable.execute(() -> {
            participant.enter();
            try {
                work.run();
            } finally {
                participant.leave();
            }
        });
        clock.drive(() -> outcome.isDone() || (tokenLog.awaitsAnswer() && clock.settled()), null);
    }

    /** Runs on the finishing thread before anyone waiting on the outcome wakes up. */
    private ExecutionRun.Outcome finished(ExecutionRun.Outcome done) {
        stopDate = clock.now();
        announce(done.status(), done);
        return done;
    }

    /**
     * Tells the listeners of a status change, as EventBridge would: Express workflows emit no status change events
     * (AWS's EventBridge guide, "Standard versus Express workflows"), so theirs announce none.
     */
    private void announce(ExecutionStatus status, ExecutionRun.Outcome done) {
        if (listeners.isEmpty() || machine.type() == StateMachineType.EXPRESS) {
            return;
        }
        ExecutionIdentity current = identity;
        listeners.statusChanged(new ExecutionStatusChange(current.executionArn(), current.stateMachineArn(),
                current.executionName(), status, current.startTime(), done == null ? null : stopDate, input,
                done == null ? null : done.output(), done == null ? null : done.error(),
                done == null ? null : done.cause(), current.redriveCount(), current.redriveTime(),
                RedriveStatus.of(notRedrivableReason(status), false), current.versionArn(), current.aliasArn(),
                clock.now()));
    }

    public String name() {
        return identity.executionName();
    }

    public String arn() {
        return identity.executionArn();
    }

    /** The state machine this execution runs (for a version or alias start: the version's). */
    public StateMachine stateMachine() {
        return machine;
    }

    public JsonNode input() {
        return input;
    }

    public Instant startDate() {
        return identity.startTime();
    }

    /** When the execution (or its latest redrive) ended, or {@code null} while it runs. */
    public Instant stopDate() {
        return status().isFinished() ? stopDate : null;
    }

    public int redriveCount() {
        return identity.redriveCount();
    }

    /** Waits until the execution ends and returns it (for chaining: {@code runtime.start(sm, in).await()}). */
    public Execution await() {
        if (clock instanceof VirtualClock virtual) {
            virtual.drive(outcome::isDone, null);
        }
        QueuedRun run = queued;
        if (run != null) {
            run.run(); // no pool thread has taken it yet: this thread has nothing else to do but wait for it
        }
        try {
            outcome.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for execution " + name(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("execution " + name() + " crashed", e.getCause());
        }
        return this;
    }

    /** Waits at most {@code timeout}; returns whether the execution ended. */
    public boolean await(Duration timeout) {
        if (clock instanceof VirtualClock virtual) {
            return virtual.drive(outcome::isDone, timeout);
        }
        try {
            outcome.get(timeout.toNanos());
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("execution " + name() + " crashed", e.getCause());
        }
    }

    /**
     * Waits until the state {@code stateName} hands out a task token for an answer (a callback Task waiting for
     * {@code sendTaskSuccess}, a {@code .sync} Task whose job an answer would end, or an activity Task queued for a
     * worker) and returns it: the oldest such token of that
     * state not returned by an earlier call, so a state entered again hands out the next one.
     *
     * <p>Under a virtual clock time passes while this waits, as far as the execution needs to reach the state, and
     * never past the hand-out: the task's deadlines only start to run out once the test waits again ({@link
     * #await()}, {@link VirtualClock#advance}).
     *
     * @throws IllegalStateException when the execution ends before the state hands out a token
     * @throws IllegalArgumentException when the machine has no such state, or it is not a Task that hands out tokens
     *     (on a {@code .waitForTaskToken} or {@code .sync} integration, or an activity)
     */
    public String awaitTaskToken(String stateName) {
        return awaitTaskToken(stateName, null);
    }

    /**
     * {@link #awaitTaskToken(String)} waiting at most {@code realTimeout} of real time.
     *
     * @throws IllegalStateException when the execution ends, or the time is up, before the state hands out a token
     */
    public String awaitTaskToken(String stateName, Duration realTimeout) {
        TokenStates.require(machine, stateName);
        boolean handedOut;
        if (clock instanceof VirtualClock virtual) {
            handedOut = virtual.drive(() -> (tokenLog.hasNext(stateName) && virtual.settled()) || outcome.isDone(),
                    realTimeout);
        } else {
            handedOut = waitForToken(stateName, realTimeout);
        }
        String token = tokenLog.take(stateName);
        if (token != null) {
            return token;
        }
        if (outcome.isDone()) {
            throw new IllegalStateException("execution " + name() + " ended " + status() + " before state '"
                    + stateName + "' handed out a task token");
        }
        throw new IllegalStateException((handedOut ? "interrupted" : "timed out after " + realTimeout)
                + " waiting for state '" + stateName + "' of execution " + name() + " to hand out a task token");
    }

    /** Polls for a token in real time (system clock): token hand-outs are rare, a short poll keeps this simple. */
    private boolean waitForToken(String stateName, Duration realTimeout) {
        long end = realTimeout == null ? Long.MAX_VALUE : System.nanoTime() + realTimeout.toNanos();
        while (!tokenLog.hasNext(stateName) && !outcome.isDone()) {
            if (System.nanoTime() - end >= 0) {
                return false;
            }
            try {
                outcome.get(TimeUnit.MILLISECONDS.toNanos(5));
            } catch (TimeoutException | ExecutionException e) {
                // look again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /**
     * Stops the execution (StopExecution): the running states record their {@code *Aborted} events, running Map
     * iterations and Parallel branches stop too, and the status becomes ABORTED. No effect once it has ended.
     *
     * <p>Under the system clock the Java task handlers running at that moment are interrupted and their late
     * results dropped; the execution ends without waiting for them, so {@link #await()} returns at once even if a
     * handler ignores the interrupt. Under a virtual clock a stop ends a Wait, a retry delay or a wait for a
     * callback's answer at once (the execution has ended when this returns); a handler running on the virtual clock
     * is not interrupted, and the stop takes effect when it returns.
     */
    public void stop() {
        stop(null, null);
    }

    /** StopExecution with the error and cause {@code ExecutionAborted} reports; either may be {@code null}. */
    public void stop(String error, String cause) {
        run.abort(error, cause);
        if (clock instanceof VirtualClock virtual && virtual.participant() == null) {
            virtual.drive(outcome::isDone, null); // the woken run records its abort without letting time pass
        }
    }

    /**
     * Runs a FAILED, TIMED_OUT or ABORTED Standard execution again (RedriveExecution): same definition and input;
     * each flow resumes at the state where it stopped, and only the Map iterations and Parallel branches that did
     * not succeed run again. Appends {@code ExecutionRedriven}; the redrive count grows by one.
     *
     * @throws ApiRefusedException {@code ExecutionNotRedrivable} when AWS would refuse the redrive
     * @throws IllegalStateException when the runtime has been closed
     */
    public synchronized Execution redrive() {
        lifecycle.launching("redrive execution " + name());
        boolean relaunched = false;
        try {
            String reason = notRedrivableReason();
            if (reason != null) {
                throw new ApiRefusedException(ApiRefusedException.EXECUTION_NOT_REDRIVABLE, reason);
            }
            identity = identity.redriven(identity.redriveCount() + 1, clock.now());
            launch(ExecutionRun::redrive);
            relaunched = true;
        } finally {
            if (lifecycle.launched(relaunched ? this : null)) {
                stop(); // the runtime closed while this redrive was under way
            }
        }
        return this;
    }

    /** Why a redrive would be refused (AWS's redriveStatusReason), or {@code null} when it is allowed. */
    public String notRedrivableReason() {
        return notRedrivableReason(status());
    }

    /**
     * Why a redrive would be refused were the execution in {@code status}: a status change is announced before the
     * outcome that {@link #status()} reads is settled.
     */
    private String notRedrivableReason(ExecutionStatus status) {
        return RedriveEligibility.refusal(status, memory == null, history.lastId() >= History.STANDARD_LIMIT,
                identity.startTime(), stopDate, clock.now());
    }

    public ExecutionStatus status() {
        ExecutionRun.Outcome done = outcome.getNow();
        return done == null ? ExecutionStatus.RUNNING : done.status();
    }

    /** The output of a SUCCEEDED execution, else {@code null}. */
    public JsonNode output() {
        ExecutionRun.Outcome done = outcome.getNow();
        return done == null ? null : done.output();
    }

    /** The error name of a FAILED or TIMED_OUT execution (or a stopped one, if given), else {@code null}. */
    public String error() {
        ExecutionRun.Outcome done = outcome.getNow();
        return done == null ? null : done.error();
    }

    /** The cause of a FAILED or TIMED_OUT execution (or a stopped one, if given), else {@code null}. */
    public String cause() {
        ExecutionRun.Outcome done = outcome.getNow();
        return done == null ? null : done.cause();
    }

    /**
     * Writes this execution, as it is now, as one self-contained HTML file: its graph coloured by what happened to
     * each state, each state's input, output and error, a timeline and the history (see {@code ExecutionReport}).
     *
     * @return the file written
     */
    public Path report(Path file) throws IOException {
        return ExecutionReport.write(this, file);
    }

    /** What DescribeExecution reports, as of now. */
    @Override
    public ExecutionDescription describe() {
        ExecutionIdentity current = identity;
        ExecutionRun.Outcome done = outcome.getNow();
        return new ExecutionDescription(current.executionArn(), current.stateMachineArn(), current.executionName(),
                done == null ? ExecutionStatus.RUNNING : done.status(), current.startTime(),
                done == null ? null : stopDate, input, done == null ? null : done.output(),
                done == null ? null : done.error(), done == null ? null : done.cause(), current.redriveCount(),
                current.redriveTime(), current.versionArn(), current.aliasArn(), null);
    }

    /** The Map Runs its Distributed Maps started, in start order (ListMapRuns). */
    public List<MapRun> mapRuns() {
        return mapRuns.all();
    }

    /** One of its Map Runs by ARN (DescribeMapRun's lookup). */
    public Optional<MapRun> mapRun(String mapRunArn) {
        return mapRuns.find(mapRunArn);
    }

    /** A child workflow execution its Distributed Maps dispatched, by ARN (DescribeExecution, GetExecutionHistory). */
    public Optional<ExecutionRecord> childExecution(String executionArn) {
        return mapRuns.all().isEmpty() ? Optional.empty() : mapRuns.child(executionArn, notRedrivableReason());
    }

    /** The events so far (empty when the runtime does not keep history). */
    public List<HistoryEvent> history() {
        return history.events();
    }

    /**
     * One page of the history (GetExecutionHistory).
     *
     * @throws dev.stepwise.runtime.history.InvalidTokenException for a token this execution did not hand out
     */
    @Override
    public HistoryPage history(HistoryQuery query) {
        return pager.page(history.events(), query);
    }

    @Override
    public RedriveStatus redriveStatus() {
        return RedriveStatus.of(notRedrivableReason(), false);
    }

    @Override
    public boolean hasHistory() {
        return true;
    }

    @Override
    public String toString() {
        return "Execution " + name() + " " + status();
    }
}
