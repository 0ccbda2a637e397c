package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.clock.Clock;
import dev.stepwise.asl.AslLimits;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.definition.NumberSetting;
import dev.stepwise.runtime.definition.TaskPlan;
import dev.stepwise.runtime.definition.TaskResource;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.asl.error.StatesErrors;
import dev.stepwise.runtime.history.EventChain;
import dev.stepwise.runtime.history.EventDetails;
import dev.stepwise.runtime.history.History;
import dev.stepwise.runtime.task.TaskContext;
import dev.stepwise.runtime.task.TaskErrors;
import dev.stepwise.runtime.task.TaskHandler;
import dev.stepwise.runtime.clock.VirtualClock;
import dev.stepwise.runtime.task.SubmittingHandler;
import java.time.Duration;
import java.time.Instant;

/**
 * One attempt of a Task state: the scheduled/started/succeeded-or-failed events (in the event family AWS uses for
 * the resource), the handler call, and the state's TimeoutSeconds and HeartbeatSeconds.
 *
 * <p>Under a virtual clock the handler runs on the calling thread and its time is the virtual time it spends
 * sleeping on {@link TaskContext#clock()}; the sleep that would pass the Task's timeout, its heartbeat deadline or
 * the execution's deadline ends at exactly that instant, and the task times out there. A callback or activity
 * waits for its answer ({@link PendingTask}) until the same deadlines; a {@code .sync} job's token may end its
 * handler early. Under the system clock the handler runs on a thread of its own ({@link HandlerCall}),
 * interrupted and abandoned at the Task's or the execution's deadline, or when the execution is stopped.
 */
final class TaskStep {

    /** AWS's default Task timeout. */
    private static final long DEFAULT_TIMEOUT_SECONDS = AslLimits.MAX_SECONDS;

    private final ExecutionRun run;
    private final History history;

    TaskStep(ExecutionRun run) {
        this.run = run;
        this.history = run.history();
    }

    /**
     * Runs one attempt of the Task: its output, or {@code null} when its handler failed, the error then waiting in
     * {@link StateScope#taskFailure()}. A handler's failure is the common way a retried Task fails, and as a value it
     * crosses no frames: thrown, each compiled frame it left cost the JIT a handler lookup and a stack walk (10% of
     * task-retry's warm unit, async-profiler). Every other error is thrown.
     */
    JsonNode run(TaskPlan task, JsonNode input, StateScope scope, EventChain chain, Cancellation cancellation) {
        TaskResource resource = task.resource();
        long timeout = seconds(task.timeout(), scope, DEFAULT_TIMEOUT_SECONDS);
        long heartbeat = seconds(task.heartbeat(), scope, 0);
        TaskHandler handler = run.handlers().lookup(task.name(), resource.arn());
        boolean activity = handler == null && resource.kind() == TaskResource.Kind.ACTIVITY;
        if (activity && !run.activities().exists(resource.arn())) {
            throw StatesErrors.runtime("The activity " + resource.arn() + " does not exist.");
        }
        Events events = Events.of(resource);
        chain.record(events.scheduled, history.retains() ? scheduled(task, resource, input, timeout, heartbeat)
                : null);
        TaskDeadlines deadlines = new TaskDeadlines(run.clock().now(), timeout, heartbeat,
                run.deadline(cancellation));
        try {
            JsonNode output;
            if (activity) {
                output = awaitWorker(task, input, scope.taskToken(), deadlines, chain, events, cancellation);
            } else {
                chain.record(events.started, history.retains() ? startedDetails(resource, events) : null);
                deadlines.beat(run.clock().now());
                boolean callback = (handler == null || handler instanceof SubmittingHandler)
                        && resource.waitsForTaskToken();
                if (callback) {
                    output = awaitCallback(task, handler, input, scope.taskToken(), scope, deadlines, chain, events,
                            cancellation);
                } else {
                    Invocation invocation = new Invocation(task.name(), resource.arn(), scope, run.clock(), deadlines);
                    if (resource.runsJob() || resource.waitsForTaskToken()) {
                        if (handler == null) {
                            handler = run.handlers().find(task.name(), resource.arn()); // throws: no handler
                        }
                        // AWS records TaskSubmitted between TaskStarted and the end of every .sync and callback
                        // Task (the recorded callback and timeouts cases); a handler that does the whole job made
                        // no separate service call, so its submission answers nothing, as a handler-less callback
                        submitted(resource, Json.NODES.objectNode(), events, chain);
                    }
                    output = resource.runsJob()
                            ? runJob(task, handler, input, invocation, timeout, heartbeat, deadlines, cancellation)
                            : invoke(task, handler, input, invocation, timeout, heartbeat, deadlines, cancellation);
                }
            }
            if (output == null) { // the handler failed: its error waits in the scope
                recordFailure(scope.taskFailure(), resource, events, chain);
                return null;
            }
            StatesError oversized = run.enforcesPayloadLimit() ? ResultLimit.exceededBy(returnedBy(resource), output)
                    : null;
            if (oversized != null) { // AWS fails the task itself (TaskFailed), before ResultSelector sees it
                scope.taskFailed(oversized.asTaskFailure());
                recordFailure(scope.taskFailure(), resource, events, chain);
                return null;
            }
            ObjectNode details = null;
            if (history.retains()) {
                details = resourceDetails(resource, events);
                details.setAll(EventDetails.withOutput(output));
            }
            chain.record(events.succeeded, details);
            return output;
        } catch (StatesError error) {
            StatesError failure = error.asTaskFailure();
            recordFailure(failure, resource, events, chain);
            throw failure;
        }
    }

    /**
     * Who AWS says returned a result too large: the service of an integration ({@code 'lambda'} for
     * {@code arn:aws:states:::lambda:invoke}), else the resource's ARN (recorded in the conformance cases
     * {@code error_handling__test_*_data_limit_exceeded_on_large_utf8_response}).
     */
    private static String returnedBy(TaskResource resource) {
        return resource.kind() == TaskResource.Kind.SERVICE_INTEGRATION ? resource.resourceType() : resource.arn();
    }

    /** TaskSubmitted: the service call of a .sync or callback Task answered, its job or callback still to come. */
    private void submitted(TaskResource resource, JsonNode answer, Events events, EventChain chain) {
        ObjectNode details = null;
        if (history.retains()) {
            details = resourceDetails(resource, events);
            details.setAll(EventDetails.withOutput(answer));
        }
        chain.record("TaskSubmitted", details);
    }

    private void recordFailure(StatesError error, TaskResource resource, Events events, EventChain chain) {
        boolean timedOut = StatesErrors.TIMEOUT.equals(error.error());
        ObjectNode details = null;
        if (history.retains()) {
            details = resourceDetails(resource, events);
            details.setAll(EventDetails.failure(error.error(), error.cause()));
        }
        chain.record(timedOut ? events.timedOut : events.failed, details);
    }

    private JsonNode invoke(TaskPlan task, TaskHandler handler, JsonNode input, Invocation invocation, long timeout,
            long heartbeat, TaskDeadlines deadlines, Cancellation cancellation) {
        if (handler == null) {
            handler = run.handlers().find(task.name(), task.resource().arn()); // throws: no handler
        }
        TaskHandler found = handler;
        try {
            if (run.clock() instanceof VirtualClock virtual) {
                return invokeInVirtualTime(virtual, found, input, invocation, deadlines, cancellation);
            }
            invocation.startBeating();
            HandlerCall.Limits limits = HandlerCall.Limits.of(timeout, heartbeat, invocation::lastBeatNanos,
                    run.untilDeadline(cancellation));
            return HandlerCall.run(() -> call(found, input, invocation), limits, run, cancellation);
        } catch (HandlerFailure failure) {
            throw TaskErrors.fromException(failure.getCause());
        }
    }

    /**
     * Calls the handler on this thread, which keeps histories reproducible. Its sleeps on the virtual clock may not
     * pass the first of the Task's timeout, its heartbeat deadline (moved by each heartbeat) and the execution's
     * deadline: the sleep that would ends at exactly that instant with an InterruptedException, and the task times
     * out there, whatever the handler then returns.
     */
    private JsonNode invokeInVirtualTime(VirtualClock clock, TaskHandler handler, JsonNode input,
            Invocation invocation, TaskDeadlines deadlines, Cancellation cancellation) {
        VirtualClock.Participant participant = clock.participant();
        VirtualClock.Participant joined = null;
        if (participant == null) {
            // TestState, or an execution started by a handler's own thread: this call is the only work in sight
            joined = clock.join();
            joined.enter();
            joined.drives(true);
            participant = joined;
        }
        java.util.function.Supplier<Instant> outer = participant.limit();
        boolean expired;
        JsonNode output = null;
        StatesError failure = null;
        VirtualClock.Participant sleeper = participant;
        try (Cancellation.Registration ignored = cancellation.onCancel(sleeper::interrupt)) {
            // once the flow is stopped or the task answered, every later sleep ends at once, as a deadline's would
            participant.limit(() -> cancellation.isCancelled() ? clock.now() : deadlines.next());
            try {
                output = resultOf(handler.handle(input, invocation));
            } catch (Exception e) {
                // caught here, on the handler's own frame, and made the ASL error once: each frame an exception
                // unwinds through costs the JIT a lookup (a retried Task's failures were 7% of its attempt)
                failure = TaskErrors.fromException(e);
            }
            expired = participant.expired() || !clock.now().isBefore(deadlines.next());
        } finally {
            participant.limit(outer);
            if (joined != null) {
                joined.leave();
            }
        }
        run.checkStopped(cancellation); // stopped, or a sibling failed: whatever the handler made of it is dropped
        if (expired) {
            throw deadlines.expiry();
        }
        if (failure != null) {
            invocation.scope.taskFailed(failure.asTaskFailure());
            return null;
        }
        return output;
    }

    /**
     * A callback Task ({@code .waitForTaskToken}) answered with its token: the service call (a
     * {@link SubmittingHandler}, or none), TaskSubmitted, then the wait for SendTaskSuccess or SendTaskFailure,
     * under the Task's deadlines.
     */
    private JsonNode awaitCallback(TaskPlan task, TaskHandler handler, JsonNode input, String token,
            StateScope scope, TaskDeadlines deadlines, EventChain chain, Events events, Cancellation cancellation) {
        PendingTask pending = new PendingTask(token, run.clock(), deadlines, input);
        run.tokens().open(pending);
        run.tokenLog().handedOut(task.name(), token);
        try {
            JsonNode submitted = handler == null ? Json.NODES.objectNode()
                    : invoke(task, handler, input, new Invocation(task.name(), task.resource().arn(), scope,
                            run.clock(), deadlines), DEFAULT_TIMEOUT_SECONDS, 0, deadlines, cancellation);
            if (submitted == null) {
                throw scope.taskFailure();
            }
            submitted(task.resource(), submitted, events, chain);
            return awaitAnswer(pending, cancellation);
        } finally {
            run.tokens().close(pending);
        }
    }

    /**
     * A job-run Task ({@code .sync}): its handler is the job, and its token is open while the job runs, as on AWS
     * (the recorded callback test_sync_with_task_token). SendTaskSuccess or SendTaskFailure ends the task with that
     * answer, interrupting the handler as a stop does (its sleep on the virtual clock, its thread on the system
     * clock) and dropping whatever it makes of that; SendTaskHeartbeat restarts its HeartbeatSeconds as the
     * handler's own heartbeat does. The token closes when the task ends either way.
     */
    private JsonNode runJob(TaskPlan task, TaskHandler handler, JsonNode input, Invocation invocation, long timeout,
            long heartbeat, TaskDeadlines deadlines, Cancellation cancellation) {
        TaskHandler job = handler != null ? handler : run.handlers().find(task.name(), task.resource().arn());
        Cancellation answerable = cancellation.child(); // cancelled by an answer: ends the handler's call
        PendingTask pending = new PendingTask(invocation.taskToken(), run.clock(), deadlines, input,
                new PendingTask.Job() {
                    @Override
                    public void answered() {
                        answerable.cancel();
                    }

                    @Override
                    public void beaten() {
                        invocation.heartbeat();
                    }
                });
        run.tokens().open(pending);
        run.tokenLog().handedOut(task.name(), pending.token());
        run.tokenLog().waiting(1);
        JsonNode output = null;
        RuntimeException ended = null;
        try {
            output = invoke(task, job, input, invocation, timeout, heartbeat, deadlines, answerable);
        } catch (RuntimeException e) {
            ended = e;
        } finally {
            run.tokenLog().waiting(-1);
            run.tokens().close(pending); // from here on the answer, if any, is final
        }
        if (pending.answered() && !cancellation.isCancelled()) {
            return pending.answer(); // came first, or as the job ended: the task's outcome, as on AWS
        }
        if (ended != null) {
            throw ended;
        }
        return output;
    }

    /**
     * An activity Task with no handler: the task waits in the activity's queue for a worker (ActivityStarted when
     * one takes it, its heartbeat interval starting then), then for the worker's answer. TimeoutSeconds counts
     * from ActivityScheduled, time in the queue included.
     */
    private JsonNode awaitWorker(TaskPlan task, JsonNode input, String token, TaskDeadlines deadlines,
            EventChain chain, Events events, Cancellation cancellation) {
        String arn = task.resource().arn();
        PendingTask pending = new PendingTask(token, run.clock(), deadlines, input);
        run.tokens().open(pending);
        run.tokenLog().handedOut(task.name(), token);
        run.tokenLog().waiting(1);
        try {
            run.activities().schedule(arn, pending);
            while (true) {
                PendingTask.Wake wake = pending.await(cancellation);
                if (wake == PendingTask.Wake.TAKEN) {
                    chain.record(events.started, history.retains()
                            ? Json.NODES.objectNode().put("workerName", pending.worker())
                            : null);
                    continue;
                }
                return answered(pending, wake, cancellation);
            }
        } finally {
            run.tokenLog().waiting(-1);
            run.activities().unschedule(arn, pending);
            run.tokens().close(pending);
        }
    }

    private JsonNode awaitAnswer(PendingTask pending, Cancellation cancellation) {
        run.tokenLog().waiting(1);
        try {
            return answered(pending, pending.await(cancellation), cancellation);
        } finally {
            run.tokenLog().waiting(-1);
        }
    }

    private JsonNode answered(PendingTask pending, PendingTask.Wake wake, Cancellation cancellation) {
        return switch (wake) {
            case ANSWERED -> pending.answer();
            case EXPIRED -> throw pending.expiry();
            case STOPPED -> {
                run.checkStopped(cancellation);
                throw new FlowStopped(FlowStopped.Reason.ABORTED); // interrupted
            }
            case TAKEN -> throw new IllegalStateException("a taken task is handled by its caller");
        };
    }

    /** A handler that returns {@code null} returned JSON {@code null}. */
    private static JsonNode resultOf(JsonNode output) {
        return output == null ? Json.NODES.nullNode() : output;
    }

    private static JsonNode call(TaskHandler handler, JsonNode input, Invocation invocation) {
        try {
            return resultOf(handler.handle(input, invocation));
        } catch (StatesError e) {
            throw e;
        } catch (Exception e) {
            throw new HandlerFailure(e);
        }
    }

    /**
     * Carries a checked handler exception out of the handler's thread. A bare carrier: no message and no stack
     * trace of its own, since retried tasks create one per failed attempt.
     */
    private static final class HandlerFailure extends RuntimeException {
        HandlerFailure(Exception cause) {
            super(null, cause, false, false);
        }
    }

    private static long seconds(NumberSetting setting, StateScope scope, long fallback) {
        if (setting.literal() != null) {
            return setting.literal().longValue();
        }
        if (setting.expression() != null) {
            return setting.expression().evaluateNonNegativeInteger(scope.jsonata(), DEFAULT_TIMEOUT_SECONDS);
        }
        if (setting.path() == null) {
            return fallback;
        }
        JsonNode value = setting.path().evaluate(scope);
        if (value == null) {
            throw StatesErrors.runtime(setting.path().notFoundCause(scope));
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber() || value.longValue() <= 0) {
            throw StatesErrors.runtime("The " + setting.field() + "Path field refers to value "
                    + value + " which is not a valid positive integer: "
                    + setting.path().source());
        }
        return value.longValue();
    }

    private static ObjectNode scheduled(TaskPlan task, TaskResource resource, JsonNode input, long timeout,
            long heartbeat) {
        ObjectNode details = Json.NODES.objectNode();
        switch (resource.kind()) {
            case LAMBDA_FUNCTION, ACTIVITY -> {
                details.put("resource", resource.arn());
                details.set("input", input);
                details.putObject("inputDetails").put("truncated", false);
            }
            default -> {
                details.put("resourceType", resource.resourceType());
                details.put("resource", resource.resource());
                details.put("region", resource.region());
                details.set("parameters", input);
            }
        }
        if (!task.timeout().isAbsent()) {
            details.put("timeoutInSeconds", timeout);
        }
        // LambdaFunctionScheduledEventDetails has no heartbeatInSeconds in AWS's API model
        if (heartbeat > 0 && resource.kind() != TaskResource.Kind.LAMBDA_FUNCTION) {
            details.put("heartbeatInSeconds", heartbeat);
        }
        return details;
    }

    /**
     * TaskStarted names the resource; LambdaFunctionStarted has no details in AWS's API (nor in its recorded
     * histories), and ActivityStarted only a worker's name, which a local handler does not have.
     */
    private static ObjectNode startedDetails(TaskResource resource, Events events) {
        return events.withResource ? resourceDetails(resource, events) : null;
    }

    private static ObjectNode resourceDetails(TaskResource resource, Events events) {
        return events.withResource ? EventDetails.resource(resource.resourceType(), resource.resource())
                : Json.NODES.objectNode();
    }

    /** The event family: {@code Task*} for service integrations, {@code LambdaFunction*}, {@code Activity*}. */
    private record Events(String scheduled, String started, String succeeded, String failed, String timedOut,
            boolean withResource) {

        static final Events TASK = new Events("TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskFailed",
                "TaskTimedOut", true);
        static final Events LAMBDA = new Events("LambdaFunctionScheduled", "LambdaFunctionStarted",
                "LambdaFunctionSucceeded", "LambdaFunctionFailed", "LambdaFunctionTimedOut", false);
        static final Events ACTIVITY = new Events("ActivityScheduled", "ActivityStarted", "ActivitySucceeded",
                "ActivityFailed", "ActivityTimedOut", false);

        static Events of(TaskResource resource) {
            return switch (resource.kind()) {
                case LAMBDA_FUNCTION -> LAMBDA;
                case ACTIVITY -> ACTIVITY;
                default -> TASK;
            };
        }
    }

    /** The {@link TaskContext} of one handler call. */
    private static final class Invocation implements TaskContext {
        private final String stateName;
        private final String resource;
        private final TaskToken token;
        private final StateScope scope;
        private final Clock clock;
        private final TaskDeadlines deadlines;
        /** When the handler last sent a heartbeat, in real time: read only when the handler runs on its own thread. */
        private volatile long lastBeatNanos;

        Invocation(String stateName, String resource, StateScope scope, Clock clock, TaskDeadlines deadlines) {
            this.stateName = stateName;
            this.resource = resource;
            this.token = scope.attemptToken();
            this.scope = scope;
            this.clock = clock;
            this.deadlines = deadlines;
        }

        @Override
        public String stateName() {
            return stateName;
        }

        @Override
        public String resource() {
            return resource;
        }

        @Override
        public String taskToken() {
            return token == null ? null : token.value();
        }

        @Override
        public JsonNode contextObject() {
            return scope.context();
        }

        @Override
        public Clock clock() {
            return clock;
        }

        @Override
        public void heartbeat() {
            lastBeatNanos = System.nanoTime();
            deadlines.beat(clock.now());
        }

        /** The handler starts now, in real time: its first heartbeat interval begins. */
        void startBeating() {
            lastBeatNanos = System.nanoTime();
        }

        long lastBeatNanos() {
            return lastBeatNanos;
        }
    }
}
