package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.clock.Clock;
import dev.stepwise.asl.AslLimits;
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
import java.time.Duration;
import java.time.Instant;

/**
 * One attempt of a Task state: the scheduled/started/succeeded-or-failed events (in the event family AWS uses for
 * the resource), the handler call, and the state's TimeoutSeconds and HeartbeatSeconds.
 *
 * <p>Under a virtual clock the handler runs on the calling thread and its time is the virtual time it spent
 * sleeping on {@link TaskContext#clock()}; a task that overran its timeout or went too long between heartbeats
 * times out when it returns. Under the system clock the handler runs on a thread of its own ({@link HandlerCall}),
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

    JsonNode run(TaskPlan task, JsonNode input, StateScope scope, EventChain chain, Cancellation cancellation) {
        TaskResource resource = task.resource();
        long timeout = seconds(task.timeout(), scope, DEFAULT_TIMEOUT_SECONDS);
        long heartbeat = seconds(task.heartbeat(), scope, 0);
        Events events = Events.of(resource);
        chain.record(events.scheduled, history.retains() ? scheduled(task, resource, input, timeout, heartbeat)
                : null);
        chain.record(events.started, history.retains() ? resourceDetails(resource, events) : null);
        String token = scope.taskToken();
        Invocation invocation = new Invocation(task.name(), resource.arn(), token, scope, run.clock());
        try {
            TaskHandler handler = run.handlers().find(task.name(), resource.arn());
            JsonNode output = invoke(handler, input, invocation, timeout, heartbeat, cancellation);
            ObjectNode details = null;
            if (history.retains()) {
                details = resourceDetails(resource, events);
                details.setAll(EventDetails.withOutput(output));
            }
            chain.record(events.succeeded, details);
            return output;
        } catch (StatesError error) {
            boolean timedOut = StatesErrors.TIMEOUT.equals(error.error())
                    || StatesErrors.HEARTBEAT_TIMEOUT.equals(error.error());
            ObjectNode details = null;
            if (history.retains()) {
                details = resourceDetails(resource, events);
                details.setAll(EventDetails.failure(error.error(), error.cause()));
            }
            chain.record(timedOut ? events.timedOut : events.failed, details);
            throw error;
        }
    }

    private JsonNode invoke(TaskHandler handler, JsonNode input, Invocation invocation, long timeout,
            long heartbeat, Cancellation cancellation) {
        try {
            if (run.clock().isVirtual()) {
                return invokeInVirtualTime(handler, input, invocation, timeout, heartbeat);
            }
            HandlerCall.Limits limits = HandlerCall.Limits.of(timeout, heartbeat, invocation::lastBeatNanos,
                    run.untilDeadline());
            return HandlerCall.run(() -> call(handler, input, invocation), limits, run, cancellation);
        } catch (HandlerFailure failure) {
            throw TaskErrors.fromException(failure.getCause());
        }
    }

    /**
     * Calls the handler on this thread, which keeps histories reproducible, and measures the virtual time it let
     * pass. A handler that overran the execution's deadline, its timeout or its heartbeat interval has its result
     * dropped when it returns, with the outcome the first of those limits would have had under the system clock.
     */
    private JsonNode invokeInVirtualTime(TaskHandler handler, JsonNode input, Invocation invocation, long timeout,
            long heartbeat) {
        Clock clock = run.clock();
        Instant start = clock.now();
        Duration untilDeadline = run.untilDeadline();
        JsonNode output = call(handler, input, invocation);
        invocation.lastBeat(clock.now());
        Duration spent = Duration.between(start, clock.now());
        Duration allowed = Duration.ofSeconds(timeout);
        if (untilDeadline != null && spent.compareTo(untilDeadline) > 0 && untilDeadline.compareTo(allowed) <= 0) {
            throw new FlowStopped(FlowStopped.Reason.TIMED_OUT);
        }
        if (spent.compareTo(allowed) > 0) {
            throw new StatesError(StatesErrors.TIMEOUT, null);
        }
        if (heartbeat > 0 && invocation.longestSilence().compareTo(Duration.ofSeconds(heartbeat)) > 0) {
            throw new StatesError(StatesErrors.HEARTBEAT_TIMEOUT, null);
        }
        return output;
    }

    private static JsonNode call(TaskHandler handler, JsonNode input, Invocation invocation) {
        try {
            JsonNode output = handler.handle(input, invocation);
            return output == null ? dev.stepwise.asl.data.Json.NODES.nullNode() : output;
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
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber() || value.longValue() <= 0) {
            throw StatesErrors.runtime("The " + setting.field() + "Path field refers to value "
                    + (value == null ? "null" : value) + " which is not a valid positive integer: "
                    + setting.path().source());
        }
        return value.longValue();
    }

    private static ObjectNode scheduled(TaskPlan task, TaskResource resource, JsonNode input, long timeout,
            long heartbeat) {
        ObjectNode details = dev.stepwise.asl.data.Json.NODES.objectNode();
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
        if (heartbeat > 0) {
            details.put("heartbeatInSeconds", heartbeat);
        }
        return details;
    }

    private static ObjectNode resourceDetails(TaskResource resource, Events events) {
        return events.withResource ? EventDetails.resource(resource.resourceType(), resource.resource())
                : dev.stepwise.asl.data.Json.NODES.objectNode();
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
        private final String token;
        private final StateScope scope;
        private final Clock clock;
        private volatile long lastBeatNanos = System.nanoTime();
        private Instant lastBeat;
        private Duration longestSilence = Duration.ZERO;

        Invocation(String stateName, String resource, String token, StateScope scope, Clock clock) {
            this.stateName = stateName;
            this.resource = resource;
            this.token = token;
            this.scope = scope;
            this.clock = clock;
            this.lastBeat = clock.now();
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
            return token;
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
            lastBeat(clock.now());
        }

        synchronized void lastBeat(Instant now) {
            Duration silence = Duration.between(lastBeat, now);
            if (silence.compareTo(longestSilence) > 0) {
                longestSilence = silence;
            }
            lastBeat = now;
        }

        synchronized Duration longestSilence() {
            return longestSilence;
        }

        long lastBeatNanos() {
            return lastBeatNanos;
        }
    }
}
