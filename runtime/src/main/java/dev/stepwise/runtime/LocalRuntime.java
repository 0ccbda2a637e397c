package dev.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.clock.Clock;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.data.Json;
import dev.stepwise.runtime.definition.DefinitionCheck;
import dev.stepwise.runtime.definition.DefinitionCompiler;
import dev.stepwise.runtime.definition.InvalidDefinitionException;
import dev.stepwise.runtime.definition.MachinePlan;
import dev.stepwise.runtime.engine.ExecutionIdentity;
import dev.stepwise.runtime.engine.ExecutionRun;
import dev.stepwise.runtime.history.History;
import dev.stepwise.runtime.task.TaskHandler;
import dev.stepwise.runtime.task.TaskHandlers;
import dev.stepwise.runtime.task.TaskMethodHandler;
import dev.stepwise.workflow.WorkflowSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs Amazon States Language definitions in-process with AWS's semantics.
 *
 * <pre>{@code
 * LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
 *         .handler("arn:aws:lambda:us-east-1:123456789012:function:charge", (input, ctx) -> ...)
 *         .build();
 * StateMachine machine = runtime.load(aslJson);
 * Execution run = runtime.start(machine, input).await();
 * }</pre>
 *
 * <p>Under a virtual clock an execution runs to its end inside {@code start} (time costs nothing, and Parallel
 * branches and Map items run in order, so every run gives the same history); under the system clock it runs on a
 * background thread and {@code await} waits for it. Many executions may run at once without sharing any state but
 * the clock.
 */
public final class LocalRuntime {

    private static final String REGION = "us-east-1";
    private static final String ACCOUNT = "123456789012";
    private static final String ROLE_ARN = "arn:aws:iam::" + ACCOUNT + ":role/stepwise-local";

    private final Clock clock;
    private final TaskHandlers handlers;
    private final boolean keepHistory;
    private final boolean payloadLimit;
    private final DefinitionCompiler compiler;
    private final ExecutorService pool;
    private final AtomicLong executions = new AtomicLong();
    private final AtomicInteger machines = new AtomicInteger();
    /** Generated workflows compiled once per runtime, keyed by their definition text. */
    private final Map<String, StateMachine> workflows = new java.util.concurrent.ConcurrentHashMap<>();

    private LocalRuntime(Builder builder) {
        this.clock = builder.clock;
        this.handlers = new TaskHandlers(builder.byResource, builder.byState);
        this.keepHistory = builder.keepHistory;
        this.payloadLimit = builder.payloadLimit;
        this.compiler = new DefinitionCompiler(builder.checks);
        this.pool = newPool(builder.poolSize);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses and compiles a definition.
     *
     * @throws InvalidDefinitionException listing every problem (malformed JSON included)
     */
    public StateMachine load(String definitionJson) {
        JsonNode definition;
        try {
            definition = Json.parse(definitionJson);
        } catch (IllegalArgumentException e) {
            throw new InvalidDefinitionException(List.of(
                    new dev.stepwise.runtime.definition.DefinitionProblem("", "not valid JSON: " + e.getMessage())));
        }
        return load(definition);
    }

    /** Compiles a definition under a generated name. */
    public StateMachine load(JsonNode definition) {
        return load("machine-" + machines.incrementAndGet(), definition);
    }

    /** Compiles a definition under the given state machine name. */
    public StateMachine load(String name, JsonNode definition) {
        MachinePlan plan = compiler.compile(definition);
        return new StateMachine(name, "arn:aws:states:" + REGION + ":" + ACCOUNT + ":stateMachine:" + name, plan);
    }

    public Execution start(StateMachine machine, JsonNode input) {
        return start(machine, null, input);
    }

    /** Starts an execution; {@code name} may be {@code null} for a generated one. */
    public Execution start(StateMachine machine, String name, JsonNode input) {
        return start(machine, name, input, handlers);
    }

    /**
     * Starts a generated workflow: its Task methods are bound by state name, on top of this runtime's handlers; the
     * input is converted to JSON with Jackson.
     */
    public Execution start(WorkflowSpec spec, Object input) {
        Map<String, TaskHandler> bound = new HashMap<>();
        spec.tasks().forEach((state, method) -> bound.put(state, new TaskMethodHandler(method)));
        StateMachine machine = workflows.computeIfAbsent(spec.name() + "\n" + spec.definition(),
                key -> load(spec.name(), Json.parse(spec.definition())));
        JsonNode json = input instanceof JsonNode node ? node : Json.MAPPER.valueToTree(input);
        return start(machine, null, json, handlers.withStates(bound));
    }

    private Execution start(StateMachine machine, String name, JsonNode input, TaskHandlers taskHandlers) {
        long number = executions.incrementAndGet();
        String executionName = name != null ? name : new UUID(number, System.identityHashCode(this)).toString();
        if (executionName.isEmpty() || executionName.length() > 80) {
            throw new IllegalArgumentException("an execution name must have 1 to 80 characters: '" + executionName
                    + "'");
        }
        JsonNode effectiveInput = input == null ? Json.NODES.objectNode() : input;
        if (payloadLimit && ExecutionRun.exceedsPayloadLimit(effectiveInput)) {
            throw new IllegalArgumentException("the execution input is larger than the 262144-byte payload limit");
        }
        String arn = "arn:aws:states:" + REGION + ":" + ACCOUNT + ":execution:" + machine.name() + ":"
                + executionName;
        ExecutionIdentity identity = new ExecutionIdentity(arn, executionName, machine.arn(), machine.name(),
                ROLE_ARN, clock.now());
        History history = new History(clock, keepHistory);
        ExecutionRun run = new ExecutionRun(machine.plan(), identity, effectiveInput, clock, history, taskHandlers,
                pool, number).payloadLimit(payloadLimit);
        CompletableFuture<ExecutionRun.Outcome> outcome = clock.isVirtual()
                ? CompletableFuture.completedFuture(run.run())
                : CompletableFuture.supplyAsync(run::run, pool);
        return new Execution(executionName, arn, run, history, outcome);
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Runs one state alone, as AWS's TestState API does: {@code state} is a single state definition, whose
     * Next targets need not exist.
     */
    public ExecutionRun.TestOutcome testState(JsonNode state, JsonNode input) {
        return testState(compiler.compileState("TestState", state), input);
    }

    /**
     * Runs the state named {@code stateName} of a whole machine alone (it may sit inside a Parallel branch or a Map
     * processor).
     *
     * @throws IllegalArgumentException when the machine has no state of that name
     */
    public ExecutionRun.TestOutcome testState(JsonNode machine, String stateName, JsonNode input) {
        JsonNode state = findState(machine, stateName);
        if (state == null) {
            throw new IllegalArgumentException("the definition has no state named '" + stateName + "'");
        }
        return testState(compiler.compileState(stateName, state), input);
    }

    private ExecutionRun.TestOutcome testState(dev.stepwise.runtime.definition.StatePlan plan, JsonNode input) {
        StateMachine machine = new StateMachine("TestState", "arn:aws:states:" + REGION + ":" + ACCOUNT
                + ":stateMachine:TestState", new MachinePlan(
                        new dev.stepwise.runtime.definition.FlowPlan(plan.name(), Map.of(plan.name(), plan)), 0,
                        null, null));
        JsonNode effectiveInput = input == null ? Json.NODES.objectNode() : input;
        ExecutionIdentity identity = new ExecutionIdentity(machine.arn().replace(":stateMachine:", ":execution:")
                + ":test", "test", machine.arn(), machine.name(), ROLE_ARN, clock.now());
        ExecutionRun run = new ExecutionRun(machine.plan(), identity, effectiveInput, clock,
                new History(clock, false), handlers, pool, executions.incrementAndGet()).payloadLimit(payloadLimit);
        return run.runAlone(plan);
    }

    /** Depth-first search through States, Parallel Branches and Map processors. */
    private static JsonNode findState(JsonNode flow, String name) {
        JsonNode states = flow.path("States");
        if (states.has(name)) {
            return states.get(name);
        }
        for (JsonNode state : states) {
            for (JsonNode branch : state.path("Branches")) {
                JsonNode found = findState(branch, name);
                if (found != null) {
                    return found;
                }
            }
            for (String processor : new String[] {"ItemProcessor", "Iterator"}) {
                if (state.has(processor)) {
                    JsonNode found = findState(state.get(processor), name);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private static ExecutorService newPool(int size) {
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "stepwise-worker-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ThreadPoolExecutor executor = new ThreadPoolExecutor(size, size, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory);
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /** Configures a {@link LocalRuntime}. */
    public static final class Builder {
        private Clock clock = Clocks.system();
        private final Map<String, TaskHandler> byResource = new HashMap<>();
        private final Map<String, TaskHandler> byState = new HashMap<>();
        private final List<DefinitionCheck> checks = new ArrayList<>();
        private boolean keepHistory = true;
        private boolean payloadLimit = true;
        private int poolSize = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);

        private Builder() {
        }

        /** The clock; {@link Clocks#virtual()} makes waits, retries and timeouts instant. Default: system. */
        public Builder clock(Clock clock) {
            this.clock = java.util.Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The handler for every Task whose Resource is {@code resourceArn}. */
        public Builder handler(String resourceArn, TaskHandler handler) {
            byResource.put(resourceArn, java.util.Objects.requireNonNull(handler, "handler"));
            return this;
        }

        /** The handler for the Task state named {@code stateName}; wins over a resource handler. */
        public Builder stateHandler(String stateName, TaskHandler handler) {
            byState.put(stateName, java.util.Objects.requireNonNull(handler, "handler"));
            return this;
        }

        /** Whether executions keep their event history (default true); off keeps memory flat on long runs. */
        public Builder keepHistory(boolean keep) {
            this.keepHistory = keep;
            return this;
        }

        /**
         * Whether AWS's 256 KiB limit on inputs and state outputs applies (default true). Off lets a local run move
         * larger documents than AWS would, e.g. a benchmark's 10,000-item Map.
         */
        public Builder payloadLimit(boolean enforce) {
            this.payloadLimit = enforce;
            return this;
        }

        /** A check run on every definition before it is compiled, e.g. the full AWS validator. */
        public Builder definitionCheck(DefinitionCheck check) {
            checks.add(java.util.Objects.requireNonNull(check, "check"));
            return this;
        }

        /** Threads shared by Parallel branches and Map items under the system clock. */
        public Builder poolSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("the pool needs at least one thread");
            }
            this.poolSize = size;
            return this;
        }

        public LocalRuntime build() {
            return new LocalRuntime(this);
        }
    }
}
