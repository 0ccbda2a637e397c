package dev.stepwise.runtime.engine;

import dev.stepwise.runtime.TestStateOptions;
import dev.stepwise.runtime.TestStateResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.StateMachineType;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.clock.Clock;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.definition.MachinePlan;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.asl.error.StatesErrors;
import dev.stepwise.runtime.history.EventChain;
import dev.stepwise.runtime.history.EventDetails;
import dev.stepwise.runtime.history.History;
import dev.stepwise.runtime.history.HistoryLimitExceededException;
import dev.stepwise.runtime.task.TaskHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.function.Supplier;

/**
 * One execution of a machine: everything its states share (identity, clock, history, handlers, deadline), and the
 * top-level run from ExecutionStarted to the final event.
 */
public final class ExecutionRun {

    /** The cause an execution that ran out of time ends with. */
    static final String TIMED_OUT_CAUSE = "The execution timed out.";

    private final MachinePlan plan;
    private final ExecutionIdentity identity;
    private final JsonNode input;
    private final Clock clock;
    private final History history;
    private final TaskHandlers handlers;
    private final RuntimeThreads threads;
    private final Workers workers;
    private final Random random;
    private final Instant deadline;
    /**
     * Whether transitions look at the deadline: only when the machine sets TimeoutSeconds or is Express. A Standard
     * machine's one-year limit is reached only by letting time pass (a Wait, a retry interval, a Task), whose own
     * deadlines end at it; reading the clock at every transition for it cost a clock read per state.
     */
    private final boolean transitionsCheckDeadline;
    private final Cancellation root = Cancellation.root();
    private final RedriveMemory memory;
    /** {@code $$.Execution} and {@code $$.StateMachine}, built on first use: most executions never read them. */
    private volatile ObjectNode executionNode;
    private volatile ObjectNode stateMachineNode;
    private boolean payloadLimit = true;
    private volatile boolean abortRequested;
    private volatile String abortError;
    private volatile String abortCause;
    private final Object sleepers = new Object();
    private TaskTokens tokens;
    private ActivityQueues activities;
    private TokenLog tokenLog;
    /** The execution's Map Runs ({@link #mapRuns(MapRuns)}); a TestState run, which has none, makes its own. */
    private MapRuns mapRuns;

    public ExecutionRun(MachinePlan plan, ExecutionIdentity identity, JsonNode input, Clock clock, History history,
            TaskHandlers handlers, RuntimeThreads threads, long seed) {
        this(plan, identity, input, clock, history, handlers, threads, seed, null);
    }

    /**
     * @param memory what this execution's runs remember for a redrive, shared by all of them; {@code null} when the
     *     execution cannot be redriven (Express, TestState)
     */
    public ExecutionRun(MachinePlan plan, ExecutionIdentity identity, JsonNode input, Clock clock, History history,
            TaskHandlers handlers, RuntimeThreads threads, long seed, RedriveMemory memory) {
        this.plan = plan;
        this.identity = identity;
        this.input = input;
        this.clock = clock;
        this.history = history;
        this.handlers = handlers;
        this.threads = threads;
        this.workers = new Workers(threads, clock);
        this.random = new Random(runSeed(seed, identity.redriveCount()));
        this.deadline = identity.clockStart().plusSeconds(timeoutSeconds(plan, identity));
        this.transitionsCheckDeadline = plan.timeoutSeconds() > 0 || identity.express();
        this.memory = memory;
    }

    /**
     * Each run of an execution, its first and every redrive, draws from a sequence of its own: a redrive drawing the
     * first run's again handed out that run's task tokens, so a token AWS refuses as closed answered the rescheduled
     * task. The first run keeps the plain seed, and with it its reproducible tokens.
     */
    private static long runSeed(long seed, int redriveCount) {
        return seed + redriveCount * 0x9E3779B97F4A7C15L; // the golden-ratio step that spreads SplittableRandom's seeds
    }

    /** The machine's TimeoutSeconds, within the longest AWS lets an execution of its type run. */
    private static long timeoutSeconds(MachinePlan plan, ExecutionIdentity identity) {
        long limit = (identity.express() ? StateMachineType.EXPRESS : StateMachineType.STANDARD).maxSeconds();
        return plan.timeoutSeconds() > 0 ? Math.min(plan.timeoutSeconds(), limit) : limit;
    }

    /**
     * Turns AWS's data limits on or off (on by default): 256 KiB per state output and per variable, 10 MiB for all
     * variables of the execution together. Call before {@link #start()}.
     */
    public ExecutionRun payloadLimit(boolean enforce) {
        this.payloadLimit = enforce;
        return this;
    }

    /**
     * Where this execution's callback and activity tasks register their tokens, and the runtime's activities. Call
     * before {@link #start()}; without it, the execution's tokens cannot be answered from outside.
     */
    public ExecutionRun answers(TaskTokens tokens, ActivityQueues activities, TokenLog tokenLog) {
        this.tokens = tokens;
        this.activities = activities;
        this.tokenLog = tokenLog;
        return this;
    }

    /**
     * Where this run's Distributed Maps keep their Map Runs: the execution's, shared by its runs so that a redrive
     * runs the same Map Runs again. Call before {@link #start()}.
     */
    public ExecutionRun mapRuns(MapRuns runs) {
        this.mapRuns = runs;
        return this;
    }

    /** The outcome of a finished execution. */
    public record Outcome(ExecutionStatus status, JsonNode output, String error, String cause) {
    }

    /**
     * Records {@code ExecutionStarted} and returns the run of the machine from there to its end, which never throws
     * for anything the machine does. The event is recorded on the starter's thread, the run may go on elsewhere:
     * as on AWS, the history has ExecutionStarted once StartExecution has returned.
     */
    public Supplier<Outcome> start() {
        history.record("ExecutionStarted", 0, history.retains() ? EventDetails.executionStarted(input,
                identity.roleArn(), identity.aliasArn(), identity.versionArn()) : null);
        EventChain chain = new EventChain(history, 0);
        return () -> runFlow(chain);
    }

    /**
     * Runs a stopped execution again (RedriveExecution): records {@code ExecutionRedriven} at once and returns the
     * run that resumes every flow at the state where it stopped, reusing the results of the branches and iterations
     * that succeeded before.
     */
    public Supplier<Outcome> redrive() {
        if (memory == null) {
            throw new IllegalStateException("this execution keeps nothing to redrive from");
        }
        memory.beginRedrive();
        long redriven = history.record("ExecutionRedriven", history.lastId(), history.retains()
                ? Json.NODES.objectNode().put("redriveCount", identity.redriveCount()) : null);
        EventChain chain = new EventChain(history, redriven);
        return () -> runFlow(chain);
    }

    private Outcome runFlow(EventChain chain) {
        try {
            JsonNode output = new FlowRunner(this).run(plan.flow(), input, chain, root, memory == null ? null : FlowKey.ROOT);
            chain.record("ExecutionSucceeded", history.retains() ? EventDetails.withOutput(output) : null);
            if (memory != null) {
                memory.forget(); // a succeeded execution is never redriven
            }
            return new Outcome(ExecutionStatus.SUCCEEDED, output, null, null);
        } catch (StatesError e) {
            chain.record("ExecutionFailed", history.retains() ? EventDetails.failure(e.error(), e.cause()) : null);
            return new Outcome(ExecutionStatus.FAILED, null, e.error(), e.cause());
        } catch (FlowStopped e) {
            if (e.reason() == FlowStopped.Reason.TIMED_OUT) {
                chain.record("ExecutionTimedOut", history.retains()
                        ? EventDetails.failure(StatesErrors.TIMEOUT, TIMED_OUT_CAUSE) : null);
                return new Outcome(ExecutionStatus.TIMED_OUT, null, StatesErrors.TIMEOUT, TIMED_OUT_CAUSE);
            }
            chain.record("ExecutionAborted", history.retains() ? EventDetails.failure(abortError, abortCause) : null);
            return new Outcome(ExecutionStatus.ABORTED, null, abortError, abortCause);
        } catch (HistoryLimitExceededException e) {
            chain.record("ExecutionFailed", history.retains()
                    ? EventDetails.failure(StatesErrors.RUNTIME, e.getMessage()) : null);
            return new Outcome(ExecutionStatus.FAILED, null, StatesErrors.RUNTIME, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            StatesError error = internalError(e);
            chain.record("ExecutionFailed", history.retains()
                    ? EventDetails.failure(error.error(), error.cause()) : null);
            return new Outcome(ExecutionStatus.FAILED, null, error.error(), error.cause());
        }
    }

    /**
     * A bug or an unexpected library failure, reported as the execution's {@code States.Runtime} error rather than a
     * stack trace. A stack overflow is caught here as a last resort only: the depth guards (payload checks, input
     * and definition bounds, JSONata's nesting limit) keep every recursion shallow, but with the data limits off a
     * state may still build a document deep enough to overflow a later walk, and that must end this execution, not
     * the caller's thread. The stack is unwound by the time this runs, so recording the failure is safe.
     */
    private static StatesError internalError(Throwable e) {
        return new StatesError(StatesErrors.RUNTIME, e instanceof StackOverflowError
                ? "The execution's data nests too deeply to be processed (more than " + Json.MAX_DEPTH + " levels)."
                : "Internal error in the local runtime: " + e);
    }

    /**
     * TestState: runs {@code state} alone on the execution's input, with inspection data, recording no history
     * beyond what the state itself records. The options' variables (if any) are set before the state runs, their
     * retrierRetryCount retries of the Retry that takes its error count as made (see {@link TestedAttempt}), their
     * context is {@code $$}, and their mock of a Map or Parallel state stands for its work ({@link MockedWork}).
     */
    public TestStateResult runAlone(dev.stepwise.runtime.definition.StatePlan state, TestStateOptions options) {
        VariableScope scope = VariableScope.root();
        TestedAttempt attempt = new TestedAttempt(options.retrierRetryCount());
        ObjectNode variables = options.variables();
        // a mock of a Task answers its service call (a handler); one of a Map or Parallel stands for its work
        MockedWork mockedWork = options.mock() == null || state instanceof dev.stepwise.runtime.definition.TaskPlan
                ? null : new MockedWork(options.mock(), options.mapIterationFailureCount());
        FlowRunner.TestedState tested;
        try {
            if (variables != null && !variables.isEmpty()) {
                scope.assign(state.name(), variables, enforcesPayloadLimit());
            }
            tested = new FlowRunner(this).runAlone(state, input, scope, attempt, options.context(), mockedWork,
                    new EventChain(history, 0), root);
        } catch (StatesError e) { // variables over AWS's limits
            tested = new FlowRunner.TestedState(null, null, e, Json.NODES.objectNode().set("input", input));
        } catch (FlowStopped e) {
            // AWS's API reference: a state that runs too long "fails with the States.Timeout error"
            tested = new FlowRunner.TestedState(null, null, new StatesError(StatesErrors.TIMEOUT,
                    "The state did not end within the time TestState gives it."), Json.NODES.objectNode());
        } catch (RuntimeException | StackOverflowError e) {
            tested = new FlowRunner.TestedState(null, null, internalError(e), Json.NODES.objectNode());
        }
        ObjectNode inspection = tested.inspection();
        if (attempt.errorDetails() != null) {
            inspection.set("errorDetails", attempt.errorDetails());
        }
        ObjectNode after = scope.snapshot();
        if (!after.isEmpty()) { // AWS's recordings of states without variables have no "variables" member
            inspection.set("variables", after);
        }
        StatesError error = tested.error() != null ? tested.error() : attempt.handledError();
        return new TestStateResult(tested.error() != null ? attempt.failedStatus() : attempt.endedStatus(),
                tested.output(), tested.next(), error == null ? null : error.error(),
                error == null ? null : error.cause(), inspection);
    }

    /** Asks the execution to stop at its next transition (StopExecution). */
    public void abort() {
        abort(null, null);
    }

    /** StopExecution with the error and cause that {@code ExecutionAborted} reports (either may be {@code null}). */
    public void abort(String error, String cause) {
        abortError = error;
        abortCause = cause;
        abortRequested = true;
        root.cancel(); // wakes the Waits, retry delays and handler calls of every flow, which then record the abort
    }

    /**
     * Called at every transition: stops the flow when the execution or the flow timed out, was stopped or was
     * cancelled.
     */
    void checkpoint(Cancellation cancellation) {
        if (cancellation.isCancelled()) {
            throw new FlowStopped(abortRequested ? FlowStopped.Reason.ABORTED : FlowStopped.Reason.CANCELLED);
        }
        if ((transitionsCheckDeadline || cancellation.deadline() != null)
                && !clock.now().isBefore(deadline(cancellation))) {
            throw new FlowStopped(FlowStopped.Reason.TIMED_OUT);
        }
    }

    /** Stops the flow when the execution was stopped or the flow cancelled, without looking at the deadline. */
    void checkStopped(Cancellation cancellation) {
        if (cancellation.isCancelled()) {
            throw new FlowStopped(abortRequested ? FlowStopped.Reason.ABORTED : FlowStopped.Reason.CANCELLED);
        }
    }

    /**
     * Lets time pass (a Wait, a retry delay), ending at exactly the flow's deadline if that comes first. Under
     * a virtual clock this is an alarm on the clock's schedule, which a stop wakes.
     */
    void sleep(Duration duration, Cancellation cancellation) {
        if (duration.isZero() || duration.isNegative()) {
            checkpoint(cancellation);
            return;
        }
        Instant now = clock.now();
        Instant deadline = deadline(cancellation);
        boolean timesOut = !plusSaturated(now, duration).isBefore(deadline);
        Duration span = timesOut ? Duration.between(now, deadline) : duration;
        try {
            if (clock instanceof dev.stepwise.runtime.clock.VirtualClock virtual) {
                Instant end = plusSaturated(now, span);
                if (!virtual.passAlone(end)) {
                    dev.stepwise.runtime.clock.VirtualClock.Alarm alarm = virtual.alarm(end);
                    try (Cancellation.Registration ignored = cancellation.onCancel(alarm::wake)) {
                        alarm.await();
                    }
                }
            } else {
                sleepUnlessStopped(span, cancellation);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlowStopped(FlowStopped.Reason.ABORTED);
        }
        checkStopped(cancellation);
        if (timesOut) {
            throw new FlowStopped(FlowStopped.Reason.TIMED_OUT);
        }
        checkpoint(cancellation);
    }

    private static Instant plusSaturated(Instant now, Duration duration) {
        try {
            return now.plus(duration);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            return Instant.MAX;
        }
    }

    /** A real wait that {@link #abort()} and sibling cancellation cut short. */
    private void sleepUnlessStopped(Duration span, Cancellation cancellation) throws InterruptedException {
        // saturated: a wait of centuries must not overflow the nanosecond count
        long total = span.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : span.toNanos();
        long start = System.nanoTime();
        try (Cancellation.Registration ignored = cancellation.onCancel(this::wakeSleepers)) {
            synchronized (sleepers) {
                long left;
                while ((left = total - (System.nanoTime() - start)) > 0 && !cancellation.isCancelled()) {
                    java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(sleepers, left);
                }
            }
        }
    }

    private void wakeSleepers() {
        synchronized (sleepers) {
            sleepers.notifyAll();
        }
    }

    /**
     * When a flow times out: its execution's TimeoutSeconds, or the longest the execution's type may run, or the
     * flow's own deadline (an Express child workflow's) if that comes first.
     */
    Instant deadline(Cancellation flow) {
        Instant own = flow.deadline();
        return own != null && own.isBefore(deadline) ? own : deadline;
    }

    synchronized TaskTokens tokens() {
        if (tokens == null) {
            tokens = new TaskTokens();
        }
        return tokens;
    }

    synchronized ActivityQueues activities() {
        if (activities == null) {
            activities = new ActivityQueues("arn:aws:states:us-east-1:123456789012:activity:", clock);
        }
        return activities;
    }

    synchronized TokenLog tokenLog() {
        if (tokenLog == null) {
            tokenLog = new TokenLog();
        }
        return tokenLog;
    }

    /** How long until the flow times out. */
    Duration untilDeadline(Cancellation flow) {
        return Duration.between(clock.now(), deadline(flow));
    }

    /** Whether state outputs and variables are held to AWS's data limits. */
    boolean enforcesPayloadLimit() {
        return payloadLimit;
    }

    ObjectNode executionNode() {
        ObjectNode node = executionNode;
        if (node == null) {
            // Concurrent first reads may each build one; they are equal, and the last one written wins.
            node = identity.executionNode(input);
            executionNode = node;
        }
        return node;
    }

    ObjectNode stateMachineNode() {
        ObjectNode node = stateMachineNode;
        if (node == null) {
            node = identity.stateMachineNode();
            stateMachineNode = node;
        }
        return node;
    }

    /** What this execution remembers for a redrive, or {@code null}. */
    RedriveMemory memory() {
        return memory;
    }

    synchronized MapRuns mapRuns() {
        if (mapRuns == null) {
            mapRuns = new MapRuns();
        }
        return mapRuns;
    }

    ExecutionIdentity identity() {
        return identity;
    }

    Clock clock() {
        return clock;
    }

    History history() {
        return history;
    }

    TaskHandlers handlers() {
        return handlers;
    }

    Workers workers() {
        return workers;
    }

    RuntimeThreads threads() {
        return threads;
    }

    /**
     * Whether the branches or iterations of {@code flow} run in order on the calling thread: under a virtual clock,
     * when none of them can let time pass (see {@link Workers}).
     */
    boolean sequential(dev.stepwise.runtime.definition.FlowPlan flow) {
        return clock.isVirtual() && !flow.mayLetTimePass();
    }

    synchronized double nextRandom() {
        return random.nextDouble();
    }

    synchronized String newTaskToken() {
        return new java.util.UUID(random.nextLong(), random.nextLong()).toString();
    }
}
