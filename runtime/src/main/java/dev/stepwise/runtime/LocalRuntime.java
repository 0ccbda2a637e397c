package dev.stepwise.runtime;

import dev.stepwise.asl.validation.DefinitionBounds;
import dev.stepwise.asl.AslLimits;
import dev.stepwise.asl.data.PayloadSize;
import dev.stepwise.asl.DefinitionStates;
import dev.stepwise.asl.StateMachineType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.clock.Clock;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.data.JsonBinding;
import dev.stepwise.runtime.definition.DefinitionCompiler;
import dev.stepwise.asl.validation.DefinitionProblem;
import dev.stepwise.runtime.definition.MachinePlan;
import dev.stepwise.asl.validation.ProblemCodes;
import dev.stepwise.asl.QueryLanguage;
import dev.stepwise.asl.validation.DefinitionValidator;
import dev.stepwise.asl.validation.ValidationReport;
import dev.stepwise.runtime.engine.RuntimeThreads;
import dev.stepwise.runtime.engine.ExecutionIdentity;
import dev.stepwise.runtime.engine.ExecutionRun;
import dev.stepwise.runtime.engine.ActivityQueues;
import dev.stepwise.runtime.engine.TaskTokens;
import dev.stepwise.runtime.engine.TokenLog;
import dev.stepwise.runtime.activities.Activity;
import dev.stepwise.runtime.activities.ActivityTask;
import dev.stepwise.runtime.events.ExecutionListener;
import dev.stepwise.runtime.events.ExecutionListeners;
import dev.stepwise.runtime.executions.ApiRefusedException;
import dev.stepwise.runtime.executions.ExecutionRecord;
import dev.stepwise.runtime.executions.SyncExecutionResult;
import dev.stepwise.runtime.history.History;
import dev.stepwise.runtime.logging.LogSink;
import dev.stepwise.runtime.logging.LoggingConfiguration;
import dev.stepwise.runtime.mock.MockConfig;
import dev.stepwise.runtime.mock.MockTestCase;
import dev.stepwise.runtime.definition.TaskPlan;
import dev.stepwise.runtime.definition.TaskResource;
import dev.stepwise.runtime.mock.TestStateMock;
import dev.stepwise.runtime.task.TaskHandler;
import dev.stepwise.runtime.task.TaskHandlers;
import dev.stepwise.runtime.task.TaskMethodHandler;
import dev.stepwise.runtime.versions.Route;
import dev.stepwise.runtime.versions.StateMachineAlias;
import dev.stepwise.runtime.versions.StateMachineVersion;
import dev.stepwise.runtime.versions.Versions;
import dev.stepwise.workflow.WorkflowMetadata;
import dev.stepwise.workflow.WorkflowSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

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
 * <p>Under a virtual clock {@code start} returns once the execution has ended or waits for an answer from outside
 * (a callback's token, an activity worker): time costs nothing, deadlines fire at their exact virtual instants, and
 * every run gives the same history (see {@link dev.stepwise.runtime.clock.VirtualClock}); under the system clock it
 * runs on a background thread and {@code await} waits for it. Many executions may run at once without sharing any state but
 * the clock.
 *
 * <p>Beyond running, the runtime offers what the Step Functions API does around executions: named starts with AWS's
 * name rules, describe and list, stop, redrive, paged history, Express synchronous starts, published versions,
 * aliases and {@code @Publish} deployments, CloudWatch-style logs to a {@link LogSink} and EventBridge-style
 * status events to {@link ExecutionListener}s.
 *
 * <p>A runtime holds threads while executions run (and for a short while after); {@link #close()} stops the
 * executions still running, as StopExecution does, and ends its threads, so a long-lived process or a test suite
 * that builds many runtimes can release each one: {@code try (LocalRuntime runtime = LocalRuntime.builder().build())}.
 */
public final class LocalRuntime implements AutoCloseable {

    /** How long {@link #close} waits for starts under way, stopped executions and their threads, each. */
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    private static final String REGION = "us-east-1";
    private static final String ACCOUNT = "123456789012";
    private static final String ROLE_ARN = "arn:aws:iam::" + ACCOUNT + ":role/stepwise-local";

    private final Clock clock;
    private final TaskHandlers handlers;
    private final boolean keepHistory;
    private final boolean validate;
    private final boolean historyLimit;
    private final boolean payloadLimit;
    private final DefinitionCompiler compiler;
    /** Whether loads share plans with other runtimes ({@link CompiledPlans}): not when the builder added checks. */
    private final boolean sharesPlans;
    private final RuntimeThreads threads;
    private final RuntimeLifecycle lifecycle = new RuntimeLifecycle();
    private final AtomicLong executions = new AtomicLong();
    private final AtomicInteger machines = new AtomicInteger();
    /** Generated workflows compiled once per runtime, keyed by their definition text. */
    private final Map<String, StateMachine> workflows = new java.util.concurrent.ConcurrentHashMap<>();
    private final LoggingConfiguration defaultLogging;
    private final LoggingConfiguration forcedLogging;
    private final LogSink logSink;
    private final ExecutionListeners listeners;
    private final StatusChangeRouting statusChanges;
    private final ExecutionRegistry registry;
    private final Versions versions = new Versions();
    private final Random routing;
    private final MockConfig mockConfig;
    private final String defaultTestCase;
    private final TaskTokens tokens = new TaskTokens();
    private final ActivityQueues activities;

    private LocalRuntime(Builder builder) {
        this.clock = builder.clock;
        this.handlers = new TaskHandlers(builder.byResource, builder.byState, builder.fallback);
        this.keepHistory = builder.keepHistory;
        this.validate = builder.validate;
        this.historyLimit = builder.historyLimit != null ? builder.historyLimit : builder.keepHistory;
        this.payloadLimit = builder.payloadLimit;
        this.compiler = new DefinitionCompiler(builder.checks);
        this.sharesPlans = builder.checks.isEmpty();
        this.threads = new RuntimeThreads(builder.poolSize);
        this.defaultLogging = builder.logging;
        this.forcedLogging = builder.forcedLogging;
        this.logSink = builder.logSink;
        this.statusChanges = new StatusChangeRouting(builder.eventTargets);
        List<ExecutionListener> all = new ArrayList<>(builder.listeners);
        if (!builder.eventTargets.isEmpty()) {
            all.add(statusChanges);
        }
        this.listeners = new ExecutionListeners(all);
        this.registry = new ExecutionRegistry(builder.rememberedExecutions);
        this.routing = builder.seed == null ? new Random() : new Random(builder.seed);
        this.mockConfig = builder.mockConfig;
        this.defaultTestCase = builder.testCase;
        this.activities = new ActivityQueues("arn:aws:states:" + REGION + ":" + ACCOUNT + ":activity:", clock);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses, validates and compiles a definition.
     *
     * @throws InvalidDefinitionException listing every problem (malformed JSON included)
     */
    public StateMachine load(String definitionJson) {
        StateMachineSettings settings = StateMachineSettings.of(StateMachineType.STANDARD, defaultLogging);
        // the same text loaded before (a test suite loading its workflows into a runtime per test) is not even read
        MachinePlan plan = sharesPlans ? CompiledPlans.find(definitionJson, settings.type(), validate) : null;
        if (plan == null) {
            DefinitionBounds.checkText(definitionJson).ifPresent(problem -> {
                throw new InvalidDefinitionException(List.of(problem));
            });
            JsonNode definition;
            try {
                definition = Json.parse(definitionJson);
            } catch (IllegalArgumentException e) {
                throw new InvalidDefinitionException(List.of(new DefinitionProblem("",
                        ProblemCodes.SCHEMA_VALIDATION_FAILED, "not valid JSON: " + e.getMessage())));
            }
            plan = plan(definition, settings.type());
            if (sharesPlans) {
                CompiledPlans.remember(definitionJson, settings.type(), validate, plan);
            }
        }
        return machine("machine-" + machines.incrementAndGet(), plan, settings);
    }

    /** Validates and compiles a definition under a generated name. */
    public StateMachine load(JsonNode definition) {
        return load("machine-" + machines.incrementAndGet(), definition);
    }

    /** Validates and compiles a Standard state machine with the default logging under the given name. */
    public StateMachine load(String name, JsonNode definition) {
        return load(name, definition, StateMachineType.STANDARD);
    }

    /** Validates and compiles a state machine of the given type, with the default logging. */
    public StateMachine load(String name, JsonNode definition, StateMachineType type) {
        return load(name, definition, StateMachineSettings.of(type, defaultLogging));
    }

    /**
     * Validates a definition with AWS's rules for the settings' machine type (unless the builder turned validation
     * off), then compiles it with its type and logging. An Express machine's executions end after 5 minutes at
     * most, a Standard one's after a year, whatever its TimeoutSeconds says.
     *
     * @throws InvalidDefinitionException listing every problem found
     */
    public StateMachine load(String name, JsonNode definition, StateMachineSettings settings) {
        return machine(name, plan(definition, settings.type()), settings);
    }

    /** The definition's plan: validated (unless turned off) and compiled, or the one made before for an equal one. */
    private MachinePlan plan(JsonNode definition, StateMachineType type) {
        rejectOutOfBounds(definition);
        MachinePlan plan = sharesPlans ? CompiledPlans.find(definition, type, validate) : null;
        if (plan == null) {
            if (validate) {
                rejectInvalid(DefinitionValidator.validate(definition, type));
            }
            plan = compiler.compile(definition);
            if (sharesPlans) {
                CompiledPlans.remember(definition, type, validate, plan);
            }
        }
        return plan;
    }

    private StateMachine machine(String name, MachinePlan plan, StateMachineSettings settings) {
        if (forcedLogging != null) {
            settings = settings.withLogging(forcedLogging);
        }
        return new StateMachine(name, "arn:aws:states:" + REGION + ":" + ACCOUNT + ":stateMachine:" + name, plan,
                settings);
    }

    /**
     * Publishes the machine's definition as its next version (PublishStateMachineVersion). Versions are numbered
     * from 1 per state machine ARN; publishing an unchanged definition again returns the latest version.
     */
    public StateMachineVersion publish(StateMachine machine, String description) {
        return versions.publish(machine, description, clock.now());
    }

    /**
     * Publishes the machine as its next version even when the latest version has the same definition and settings
     * (PublishStateMachineVersion as AWS keeps it: a version per revision). For a caller that keeps revisions
     * itself: AWS makes a revision of every update that changes something, also of one that changes only what the
     * runtime does not run by (tracing, log destinations) or that changes a definition back, and publishing such a
     * revision makes a version of its own.
     */
    public StateMachineVersion publishRevision(StateMachine machine, String description) {
        return versions.publishNew(machine, description, clock.now());
    }

    /** The versions published for a machine (by ARN), oldest first. */
    public List<StateMachineVersion> versions(StateMachine machine) {
        return versions.versions(machine);
    }

    /**
     * Creates an alias routing to one version, or to two split by weight (CreateStateMachineAlias); the weights
     * add up to 100.
     */
    public StateMachineAlias createAlias(String name, String description, Route... routes) {
        return versions.createAlias(name, description, Arrays.asList(routes));
    }

    /**
     * Deletes a published version (DeleteStateMachineVersion). Its number is not given out again.
     *
     * @throws ApiRefusedException {@code ConflictException} while an alias routes to it
     */
    public void deleteVersion(StateMachineVersion version) {
        versions.deleteVersion(version);
    }

    /** Deletes an alias (DeleteStateMachineAlias); its name may then be used again. */
    public void deleteAlias(StateMachineAlias alias) {
        versions.deleteAlias(alias);
    }

    public Execution start(StateMachine machine, JsonNode input) {
        return start(machine, null, input);
    }

    /**
     * Starts an execution (StartExecution); {@code name} may be {@code null} for a generated one.
     *
     * @throws ApiRefusedException {@code ExecutionAlreadyExists} when a Standard machine already has an execution
     *     of that name, unless it is running with the same input (then that execution is returned)
     */
    public Execution start(StateMachine machine, String name, JsonNode input) {
        return start(machine, null, null, name, input, defaultMocks(machine));
    }

    /**
     * Starts an execution whose mocked states answer as the test case {@code testCase} of this machine (by the
     * machine's name) in the runtime's mock configuration says, as Step Functions Local runs
     * {@code stateMachineArn#testCase}; a {@code null} test case runs without mocks. States the test case does not
     * list run their handlers as usual.
     *
     * @throws IllegalArgumentException when the runtime has no mock configuration, it has no such test case for
     *     this machine, or the test case mocks a state that is not one of the machine's Task states (or Map states
     *     with an ItemReader)
     */
    public Execution start(StateMachine machine, String name, JsonNode input, String testCase) {
        return start(machine, null, null, name, input, testCase == null ? null : mocks(machine, testCase));
    }

    /** Starts an execution of a published version; ExecutionStarted records the version ARN. */
    public Execution start(StateMachineVersion version, String name, JsonNode input) {
        return start(version.machine(), version.arn(), null, name, input, defaultMocks(version.machine()));
    }

    /**
     * Starts an execution through an alias: the alias picks the version (by weight, with this runtime's random,
     * seeded by {@link Builder#seed}); ExecutionStarted records both the alias and the version ARN.
     */
    public Execution start(StateMachineAlias alias, String name, JsonNode input) {
        double draw;
        synchronized (routing) {
            draw = routing.nextDouble();
        }
        StateMachineVersion version = alias.pick(draw);
        return start(version.machine(), version.arn(), alias.arn(), name, input, defaultMocks(version.machine()));
    }

    /**
     * Runs an Express execution to its end and returns what StartSyncExecution returns.
     *
     * @throws ApiRefusedException {@code StateMachineTypeNotSupported} for a Standard machine
     */
    public SyncExecutionResult startSync(StateMachine machine, String name, JsonNode input) {
        if (machine.type() != StateMachineType.EXPRESS) {
            throw new ApiRefusedException(ApiRefusedException.STATE_MACHINE_TYPE_NOT_SUPPORTED,
                    "StartSyncExecution runs Express state machines only; " + machine.arn() + " is STANDARD");
        }
        Execution execution = start(machine, name, input).await();
        return new SyncExecutionResult(execution.arn(), machine.arn(), execution.name(), execution.startDate(),
                execution.stopDate(), execution.status(), execution.input(), execution.output(), execution.error(),
                execution.cause(), SyncExecutionResult.BillingDetails.of(
                        Duration.between(execution.startDate(), execution.stopDate())));
    }

    /** A remembered Standard execution by ARN (DescribeExecution's lookup). */
    public Optional<Execution> execution(String executionArn) {
        return registry.find(executionArn);
    }

    /**
     * A remembered Standard execution, or a child workflow execution one of its Distributed Maps dispatched, by ARN:
     * what DescribeExecution and GetExecutionHistory read.
     */
    public Optional<ExecutionRecord> executionRecord(String executionArn) {
        Optional<Execution> execution = registry.find(executionArn);
        return execution.isPresent() ? Optional.of(execution.get()) : registry.findChild(executionArn);
    }

    /**
     * A Map Run of a remembered Standard execution, by ARN (DescribeMapRun, UpdateMapRun, ListExecutions by
     * {@code mapRunArn}); {@link Execution#mapRuns()} lists an execution's.
     */
    public Optional<dev.stepwise.runtime.mapruns.MapRun> mapRun(String mapRunArn) {
        return registry.findMapRun(mapRunArn);
    }

    /** ListExecutions: a machine's remembered Standard executions, newest first, of one status or all (null). */
    public List<Execution> executions(StateMachine machine, ExecutionStatus status) {
        return registry.list(machine.arn(), status);
    }

    /**
     * Loads a generated workflow (compiled once per runtime) with the type and logging its annotations declare; a
     * {@code ${Name}} placeholder in a Resource, which CloudFormation fills at deployment, gets a local stand-in
     * ({@code arn:aws:lambda:us-east-1:123456789012:function:Name} for a whole placeholder). When
     * the spec is bound to an instance, the machine carries its Task methods by state name: every execution of it, of
     * a version published from it or through an alias to such a version runs them for each Task state this runtime
     * has no handler of its own for (so a handler registered on the builder, per state or per resource, mocks the
     * method away).
     */
    public StateMachine load(WorkflowSpec spec) {
        Map<String, TaskHandler> bound = new HashMap<>();
        spec.tasks().forEach((state, method) -> bound.put(state, new TaskMethodHandler(method)));
        StateMachine machine = workflows.computeIfAbsent(spec.name() + "\n" + spec.definition(),
                key -> load(spec.name(), ResourcePlaceholders.standIns(spec.definition(),
                        Json.parse(spec.definition()), REGION, ACCOUNT), StateMachineSettings.of(spec.metadata())));
        if (spec.metadata() != null) {
            statusChanges.register(machine.arn(), spec.metadata().statusRules());
        }
        return machine.boundTo(bound);
    }

    /**
     * Starts a generated workflow bound to its methods (see {@link #load(WorkflowSpec)}); the input is converted to
     * JSON with Jackson.
     */
    public Execution start(WorkflowSpec spec, Object input) {
        return start(load(spec), null, typedInput(input));
    }

    /**
     * Starts an execution through an alias (see {@link #start(StateMachineAlias, String, JsonNode)}) with a typed
     * input, such as a generated {@code Input} record, converted to JSON with Jackson.
     */
    public Execution start(StateMachineAlias alias, String name, Object input) {
        return start(alias, name, typedInput(input));
    }

    private static JsonNode typedInput(Object input) {
        return input instanceof JsonNode node ? node : JsonBinding.MAPPER.valueToTree(input);
    }

    /** Starts a generated workflow bound to its methods, with the mocked states of one of its test cases. */
    public Execution start(WorkflowSpec spec, Object input, String testCase) {
        JsonNode json = input instanceof JsonNode node ? node : JsonBinding.MAPPER.valueToTree(input);
        return start(load(spec), null, json, testCase);
    }

    /** The mock configuration this runtime was built with, if any. */
    public Optional<MockConfig> mockConfig() {
        return Optional.ofNullable(mockConfig);
    }

    /** The builder's default test case, for machines the mock configuration lists it for; else no mocks. */
    private MockTestCase defaultMocks(StateMachine machine) {
        if (defaultTestCase == null || mockConfig == null) {
            return null;
        }
        return mockConfig.testCase(machine.name(), defaultTestCase)
                .map(mocks -> mocks.requireStatesOf(machine.definition())).orElse(null);
    }

    private MockTestCase mocks(StateMachine machine, String testCase) {
        if (mockConfig == null) {
            throw new IllegalArgumentException("test case '" + testCase + "' asked for, but the runtime has no mock "
                    + "configuration (LocalRuntime.builder().mockConfig(...))");
        }
        return mockConfig.testCase(machine.name(), testCase).map(mocks -> mocks.requireStatesOf(machine.definition()))
                .orElseThrow(() -> new IllegalArgumentException(
                mockConfig.stateMachines().contains(machine.name())
                        ? "the mock configuration has no test case '" + testCase + "' for state machine '"
                                + machine.name() + "'; it has " + mockConfig.testCases(machine.name())
                        : "the mock configuration has no state machine named '" + machine.name() + "'; it has "
                                + mockConfig.stateMachines()));
    }

    /**
     * Deploys a generated workflow as its {@code @Publish} declares: publishes it as the machine's next version, with
     * the declared description, and points the declared alias at it as the deployment begins. A new alias, or an
     * ALL_AT_ONCE deployment, routes everything to the new version; a CANARY or LINEAR deployment routes its first
     * increment ({@code percentage}) to it and the rest to the version the alias pointed to; fixed routing weights
     * are applied as declared. The later increments of a gradual deployment are the caller's to apply, with
     * {@link StateMachineAlias#update}.
     *
     * @throws IllegalArgumentException when the workflow declares no {@code @Publish}, or its routing names a
     *     version this runtime has not published
     */
    public StateMachineAlias deploy(WorkflowSpec spec) {
        WorkflowMetadata.Publication publication = spec.metadata() == null ? null : spec.metadata().publish();
        if (publication == null) {
            throw new IllegalArgumentException("workflow " + spec.name() + " declares no @Publish to deploy");
        }
        StateMachineVersion version = publish(load(spec), publication.description());
        return versions.deploy(publication, version);
    }

    private Execution start(StateMachine machine, String versionArn, String aliasArn, String name,
            JsonNode input, MockTestCase mocks) {
        lifecycle.launching("start an execution");
        Execution started = null;
        try {
            started = launch(machine, versionArn, aliasArn, name, input, mocks);
            return started;
        } finally {
            if (lifecycle.launched(started)) {
                started.stop(); // the runtime closed while this start was under way
            }
        }
    }

    private Execution launch(StateMachine machine, String versionArn, String aliasArn, String name,
            JsonNode input, MockTestCase mocks) {
        TaskHandlers taskHandlers = handlers.withDefaults(machine.boundTasks());
        if (mocks != null) {
            taskHandlers = taskHandlers.withMocks(mocks.handlersForOneExecution());
        }
        TaskHandlers executionHandlers = taskHandlers;
        long number = executions.incrementAndGet();
        String executionName = name != null ? name : new UUID(number, System.identityHashCode(this)).toString();
        if (executionName.isEmpty() || executionName.length() > 80) {
            throw new IllegalArgumentException("an execution name must have 1 to 80 characters: '" + executionName
                    + "'");
        }
        JsonNode effectiveInput = checkedInput(input, "execution input");
        boolean express = machine.type() == StateMachineType.EXPRESS;
        // Express execution ARNs carry an id of their own, since their names need not be unique.
        String arn = express
                ? "arn:aws:states:" + REGION + ":" + ACCOUNT + ":express:" + machine.name() + ":" + executionName
                        + ":" + new UUID(System.identityHashCode(this), number)
                : machine.executionArn(executionName);
        String role = machine.settings().roleArn() != null ? machine.settings().roleArn() : ROLE_ARN;
        ExecutionIdentity identity = new ExecutionIdentity(arn, executionName, machine.arn(), machine.name(),
                role, clock.now(), express, 0, null, versionArn, aliasArn);
        Execution.RunFactory runs = (who, history, memory) -> new ExecutionRun(machine.plan(), who, effectiveInput,
                clock, history, executionHandlers, threads, number, memory).payloadLimit(payloadLimit);
        Supplier<Execution> create = () -> {
            Execution execution = new Execution(machine, identity, effectiveInput, clock,
                    clock.isVirtual() ? null : threads.executions(), keepHistory, historyLimit, logSink, listeners,
                    runs, lifecycle);
            execution.answers(tokens, activities, machine.mayAwaitAnswers() ? threads.executions() : null);
            return execution;
        };
        if (express) {
            // Express executions are neither listed nor described, and their names need not be unique.
            Execution execution = create.get();
            execution.begin();
            return execution;
        }
        ExecutionRegistry.Claim claim = registry.claim(arn, effectiveInput, create);
        if (claim.isNew()) {
            claim.execution().begin();
        }
        return claim.execution();
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Closes the runtime: every execution still running is stopped as {@link Execution#stop()} (StopExecution) stops
     * it, so it ends ABORTED with its {@code ExecutionAborted} event, its waits for callbacks, workers, Waits and
     * retries cut short and its task tokens refused from then on ({@code TaskTimedOut}); then the runtime's threads
     * end (a Java handler still running is interrupted). Later starts, redrives and TestState calls are refused with
     * an {@link IllegalStateException}; describing executions and reading their histories still works. Closing
     * again does nothing. The clock is not the runtime's own and is left as it is.
     */
    @Override
    public void close() {
        List<Execution> running = lifecycle.close(CLOSE_GRACE);
        running.forEach(Execution::stop);
        for (Execution execution : running) {
            execution.await(CLOSE_GRACE);
        }
        threads.shutdown(CLOSE_GRACE);
    }

    /**
     * SendTaskSuccess: answers the callback, activity or {@code .sync} job task that handed out {@code taskToken};
     * the task succeeds with {@code output} as its result (a job's handler is interrupted: the answer ends it).
     *
     * @throws ApiRefusedException {@code InvalidToken} (not a token this runtime makes), {@code TaskDoesNotExist}
     *     (never handed out), {@code TaskTimedOut} (the task timed out, was answered or its state moved on),
     *     {@code InvalidOutput} (no output, over 262,144 bytes, or nested too deep)
     */
    public void sendTaskSuccess(String taskToken, JsonNode output) {
        tokens.succeed(taskToken, output);
    }

    /** SendTaskSuccess with the output as JSON text, as the API carries it; text that is not JSON is InvalidOutput. */
    public void sendTaskSuccess(String taskToken, String outputJson) {
        tokens.succeed(taskToken, outputJson);
    }

    /**
     * SendTaskFailure: the task fails with {@code error} and {@code cause} (either may be {@code null}), which its
     * Retry and Catch see as any task error.
     *
     * @throws ApiRefusedException as {@link #sendTaskSuccess(String, JsonNode)}, but for the output
     */
    public void sendTaskFailure(String taskToken, String error, String cause) {
        tokens.fail(taskToken, error, cause);
    }

    /**
     * SendTaskHeartbeat: restarts the task's HeartbeatSeconds interval (its TimeoutSeconds still counts from when it
     * was scheduled).
     *
     * @throws ApiRefusedException as {@link #sendTaskSuccess(String, JsonNode)}, but for the output
     */
    public void sendTaskHeartbeat(String taskToken) {
        tokens.heartbeat(taskToken);
    }

    /** CreateActivity: idempotent for the same name. @throws ApiRefusedException {@code InvalidName} */
    public Activity createActivity(String name) {
        return activities.create(name);
    }

    /** DescribeActivity. @throws ApiRefusedException {@code ActivityDoesNotExist} */
    public Activity describeActivity(String activityArn) {
        return activities.describe(activityArn);
    }

    /**
     * DeleteActivity: Task states that name it afterwards fail with {@code States.Runtime}; tasks already queued
     * can still be taken and answered.
     */
    public void deleteActivity(String activityArn) {
        activities.delete(activityArn);
    }

    /** ListActivities, oldest first. */
    public List<Activity> activities() {
        return activities.list();
    }

    /**
     * GetActivityTask: the oldest task queued for the activity, taken for {@code workerName} (ActivityStarted
     * records it), or empty when none arrives within {@code longPoll} (AWS's is 60 seconds). Under a virtual clock
     * the long poll is virtual time, and this wait lets time pass like {@link Execution#await()}.
     *
     * @throws ApiRefusedException {@code ActivityDoesNotExist}
     */
    public Optional<ActivityTask> getActivityTask(String activityArn, String workerName, Duration longPoll) {
        return activities.take(activityArn, workerName, longPoll);
    }

    /**
     * The input of an execution or a TestState call, refused (as StartExecution refuses it) when it is over the
     * payload limit or nests deeper than {@link Json#MAX_DEPTH}: the depth is checked even with the data limits
     * off, since no state could walk such a document safely.
     */
    private JsonNode checkedInput(JsonNode input, String what) {
        JsonNode effective = input == null ? Json.NODES.objectNode() : input;
        switch (PayloadSize.fit(effective, payloadLimit ? AslLimits.MAX_PAYLOAD_BYTES : PayloadSize.UNLIMITED)) {
            case TOO_DEEP -> throw new IllegalArgumentException("the " + what + " nests deeper than " + Json.MAX_DEPTH
                    + " levels of objects and arrays");
            case TOO_LARGE -> throw new IllegalArgumentException("the " + what + " is larger than the "
                    + AslLimits.MAX_PAYLOAD_BYTES + "-byte payload limit");
            case FITS -> {
            }
        }
        return effective;
    }

    private static void rejectOutOfBounds(JsonNode definition) {
        DefinitionBounds.checkTree(definition).ifPresent(problem -> {
            throw new InvalidDefinitionException(List.of(problem));
        });
    }

    private static void rejectInvalid(ValidationReport report) {
        if (!report.isValid()) {
            throw new InvalidDefinitionException(report.problems());
        }
    }

    /**
     * Runs one state alone, as AWS's TestState API does: {@code state} is a single state definition, whose
     * Next targets need not exist. Like {@code load}, both forms first check the state with AWS's rules (unless the
     * builder turned validation off).
     *
     * @throws InvalidDefinitionException listing every problem found
     */
    public TestStateResult testState(JsonNode state, JsonNode input) {
        return testState(state, input, TestStateOptions.NONE);
    }

    /**
     * Runs one Task state alone with its service call mocked, as AWS's TestState API does with its {@code mock}
     * parameter; {@code null} runs it unmocked.
     *
     * @throws InvalidDefinitionException listing every problem found
     * @throws TestStateRefusedException when AWS's TestState refuses the state with that mock (see
     *     {@link #testState(JsonNode, JsonNode, TestStateOptions)})
     */
    public TestStateResult testState(JsonNode state, JsonNode input, TestStateMock mock) {
        return testState(state, input, TestStateOptions.NONE.withMock(mock));
    }

    /**
     * Runs one state alone with TestState's optional members: a mock, variables, a context, the retries already
     * made, the failed iterations of a mocked Map. As AWS's TestState, it runs a Map or Parallel state only mocked
     * (the mock stands for its iterations or branches; its own data flow, Retry and Catch apply), mocks no other
     * state than Task, Map and Parallel, and takes a context only with a mock.
     *
     * @throws InvalidDefinitionException listing every problem found
     * @throws TestStateRefusedException when AWS's TestState refuses the state with these options, with AWS's
     *     exception name and message
     */
    public TestStateResult testState(JsonNode state, JsonNode input, TestStateOptions options) {
        return testState("TestState", state, QueryLanguage.JSONPATH, input, options);
    }

    /**
     * Runs the state named {@code stateName} of a whole machine alone (it may sit inside a Parallel branch or a Map
     * processor), in the machine's query language unless the state sets its own.
     *
     * @throws InvalidDefinitionException listing every problem found
     * @throws IllegalArgumentException when the machine has no state of that name
     */
    public TestStateResult testState(JsonNode machine, String stateName, JsonNode input) {
        return testState(machine, stateName, input, TestStateOptions.NONE);
    }

    /**
     * Runs the Task state named {@code stateName} of a whole machine alone with its service call mocked (AWS's
     * TestState with {@code stateName} and {@code mock}); {@code null} runs it unmocked.
     *
     * @throws InvalidDefinitionException listing every problem found
     * @throws IllegalArgumentException when the machine has no state of that name
     * @throws TestStateRefusedException when AWS's TestState refuses the state with that mock
     */
    public TestStateResult testState(JsonNode machine, String stateName, JsonNode input, TestStateMock mock) {
        return testState(machine, stateName, input, TestStateOptions.NONE.withMock(mock));
    }

    /**
     * Runs the state named {@code stateName} of a whole machine alone with TestState's optional members.
     *
     * @throws InvalidDefinitionException listing every problem found
     * @throws IllegalArgumentException when the machine has no state of that name
     * @throws TestStateRefusedException when AWS's TestState refuses the state with these options
     */
    public TestStateResult testState(JsonNode machine, String stateName, JsonNode input, TestStateOptions options) {
        rejectOutOfBounds(machine);
        JsonNode state = DefinitionStates.find(machine, stateName);
        if (state == null) {
            throw new IllegalArgumentException("the definition has no state named '" + stateName + "'");
        }
        return testState(stateName, state, QueryLanguage.ofMachine(machine), input, options);
    }

    private TestStateResult testState(String name, JsonNode state, QueryLanguage machineLanguage,
            JsonNode input, TestStateOptions options) {
        rejectOutOfBounds(state);
        if (validate) {
            rejectInvalid(DefinitionValidator.validateState(name, state, machineLanguage));
        }
        dev.stepwise.runtime.definition.StatePlan plan = compiler.compileState(name, state, machineLanguage);
        TestStateRules.check(state, options, plan instanceof TaskPlan task && takesTaskToken(task.resource()));
        TestStateMock mock = options.mock();
        TaskHandlers stateHandlers = mock == null || !(plan instanceof TaskPlan) ? handlers
                : handlers.withMocks(Map.of(name, mock.handler()));
        if (plan instanceof TaskPlan task && waitsForAnAnswerFromOutside(task.resource())
                && !stateHandlers.answersItself(name, task.resource().arn())) {
            // AWS: "Without a mock, invoking these states via TestState API will return a validation exception."
            throw new IllegalArgumentException("TestState runs an activity, .sync or .waitForTaskToken Task only "
                    + "with a mock (or a handler that answers it), as AWS's TestState does: '" + name
                    + "' would wait for an answer nothing sends");
        }
        return testState(plan, input, stateHandlers, options);
    }

    /** An activity, a .sync job or a callback: AWS's TestState runs these Tasks only with a mock. */
    private static boolean waitsForAnAnswerFromOutside(TaskResource resource) {
        return resource.answerableWithToken();
    }

    /** A .sync job or a callback, whose Context object TestState's {@code context} may give a {@code Task}. */
    private static boolean takesTaskToken(TaskResource resource) {
        return resource.waitsForTaskToken() || resource.runsJob();
    }

    private TestStateResult testState(dev.stepwise.runtime.definition.StatePlan plan, JsonNode input,
            TaskHandlers stateHandlers, TestStateOptions options) {
        StateMachine machine = new StateMachine("TestState", "arn:aws:states:" + REGION + ":" + ACCOUNT
                + ":stateMachine:TestState", new MachinePlan(
                        new dev.stepwise.runtime.definition.FlowPlan(plan.name(), Map.of(plan.name(), plan)), 0,
                        null, null), StateMachineSettings.STANDARD);
        JsonNode effectiveInput = checkedInput(input, "state input");
        if (options.variables() != null) {
            checkedInput(options.variables(), "variables");
        }
        if (options.context() != null) {
            checkedInput(options.context(), "context");
        }
        lifecycle.launching("run TestState");
        try {
            return testState(machine, plan, effectiveInput, stateHandlers, options);
        } finally {
            lifecycle.launched(null); // TestState runs on the caller's thread, to its end
        }
    }

    private TestStateResult testState(StateMachine machine, dev.stepwise.runtime.definition.StatePlan plan,
            JsonNode effectiveInput, TaskHandlers stateHandlers, TestStateOptions options) {
        ExecutionIdentity identity = new ExecutionIdentity(machine.executionArn("test"), "test", machine.arn(),
                machine.name(), ROLE_ARN, clock.now(), false);
        ExecutionRun run = new ExecutionRun(machine.plan(), identity, effectiveInput, clock,
                new History(clock, false), stateHandlers, threads, executions.incrementAndGet())
                .payloadLimit(payloadLimit).answers(tokens, activities, new TokenLog());
        return run.runAlone(plan, options);
    }

    /** Configures a {@link LocalRuntime}. */
    public static final class Builder {
        private Clock clock = Clocks.system();
        private final Map<String, TaskHandler> byResource = new HashMap<>();
        private final Map<String, TaskHandler> byState = new HashMap<>();
        private TaskHandler fallback;
        private final List<DefinitionCheck> checks = new ArrayList<>();
        private boolean keepHistory = true;
        private boolean validate = true;
        private boolean payloadLimit = true;
        private int poolSize = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
        private LoggingConfiguration logging = LoggingConfiguration.OFF;
        private LoggingConfiguration forcedLogging;
        private LogSink logSink;
        private final List<ExecutionListener> listeners = new ArrayList<>();
        private final Map<String, List<java.util.function.Consumer<JsonNode>>> eventTargets = new java.util.LinkedHashMap<>();
        private int rememberedExecutions = 1_000;
        private Long seed;
        private Boolean historyLimit;
        private MockConfig mockConfig;
        private String testCase;

        private Builder() {
        }

        /** The clock; {@link Clocks#virtual()} makes waits, retries and timeouts instant. Default: system. */
        public Builder clock(Clock clock) {
            this.clock = java.util.Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The handler for every Task whose Resource is {@code resourceArn}.
         *
         * @throws IllegalArgumentException when {@code resourceArn} is not an ARN: no Task Step Functions accepts
         *                                  names it, so the handler would never run (a state's name goes to
         *                                  {@link #stateHandler})
         */
        public Builder handler(String resourceArn, TaskHandler handler) {
            if (!resourceArn.startsWith("arn:")) {
                throw new IllegalArgumentException("'" + resourceArn + "' is not a resource ARN (arn:...), which"
                        + " every Task's Resource is: for the Task state named so, register"
                        + " stateHandler(\"" + resourceArn + "\", handler)");
            }
            byResource.put(resourceArn, java.util.Objects.requireNonNull(handler, "handler"));
            return this;
        }

        /** The handler for the Task state named {@code stateName}; wins over a resource handler. */
        public Builder stateHandler(String stateName, TaskHandler handler) {
            byState.put(stateName, java.util.Objects.requireNonNull(handler, "handler"));
            return this;
        }

        /**
         * The handler for every Task that no mock, state, resource or workflow-method handler covers, e.g. one that
         * forwards Lambda calls to a local Lambda emulator. Activity Tasks still wait for a worker, and on a
         * {@code .waitForTaskToken} Task it makes the service call only ({@link TaskHandler#submitting}): the
         * answer comes with the token. Without one an uncovered Task fails with {@code States.TaskFailed} naming
         * the missing handler.
         */
        public Builder fallbackHandler(TaskHandler handler) {
            this.fallback = java.util.Objects.requireNonNull(handler, "handler");
            return this;
        }

        /** Whether executions keep their event history (default true); off keeps memory flat on long runs. */
        public Builder keepHistory(boolean keep) {
            this.keepHistory = keep;
            return this;
        }

        /**
         * Whether {@code load} checks definitions with AWS's full rule set first (default true), so that a definition
         * AWS would reject is rejected here too, with every problem and its location.
         */
        public Builder validateDefinitions(boolean validate) {
            this.validate = validate;
            return this;
        }

        /**
         * Whether a Standard execution fails, as on AWS, when its history would pass 25,000 events. Default: on
         * when the runtime keeps history, off without it (load runs whose Maps outgrow one AWS history).
         */
        public Builder historyLimit(boolean enforce) {
            this.historyLimit = enforce;
            return this;
        }

        /**
         * Whether AWS's data limits apply (default true): 256 KiB for an execution's input (refused at start), each
         * state output and each variable, and 10 MiB for all variables of an execution together (a finished branch's
         * or iteration's variables stop counting); a state that passes one fails with
         * {@code States.DataLimitExceeded}. Off lets a local run move larger documents than AWS would, e.g. a
         * benchmark's 10,000-item Map, and skips the size checks.
         */
        public Builder payloadLimit(boolean enforce) {
            this.payloadLimit = enforce;
            return this;
        }

        /** An extra check run on every definition before it is compiled, on top of AWS's rules. */
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

        /**
         * Where execution logs go (the local CloudWatch Logs group). Without a sink nothing is logged, whatever the
         * state machines' log levels.
         */
        public Builder logSink(LogSink sink) {
            this.logSink = java.util.Objects.requireNonNull(sink, "sink");
            return this;
        }

        /** The logging of machines loaded without settings of their own (default OFF). */
        public Builder logging(LoggingConfiguration configuration) {
            this.logging = java.util.Objects.requireNonNull(configuration, "configuration");
            return this;
        }

        /**
         * The logging of every machine, overriding what it was loaded with (a generated workflow's {@code @Logging}
         * included): what a command line's {@code --log-level} asks for.
         */
        public Builder forceLogging(LoggingConfiguration configuration) {
            this.forcedLogging = java.util.Objects.requireNonNull(configuration, "configuration");
            return this;
        }

        /**
         * Receives, as EventBridge delivers them, the status change events a generated workflow's
         * {@code @OnStatusChange} rules send to {@code targetArn} (the topic, queue, function, ... the deployment
         * template's rule targets).
         */
        public Builder eventTarget(String targetArn, java.util.function.Consumer<JsonNode> events) {
            eventTargets.computeIfAbsent(java.util.Objects.requireNonNull(targetArn, "targetArn"), arn -> new ArrayList<>())
                    .add(java.util.Objects.requireNonNull(events, "events"));
            return this;
        }

        /** Hears every execution's status changes and, if it wants them, its history events. */
        public Builder listener(ExecutionListener listener) {
            listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * How many finished Standard executions the runtime remembers for describe, list and name checks (default
         * 1,000; the oldest are forgotten first, so memory stays bounded however many executions run).
         */
        public Builder rememberedExecutions(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("the runtime must remember at least one execution");
            }
            this.rememberedExecutions = count;
            return this;
        }

        /** Seeds the random that alias routing draws from, so weighted routing is repeatable. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Reads a Step Functions Local mock configuration file ({@code MockConfigFile.json}); executions started with
         * a test case answer its mocked states from it.
         *
         * @throws dev.stepwise.runtime.mock.MockConfigException listing every mistake in the file
         * @throws java.io.UncheckedIOException when the file cannot be read
         */
        public Builder mockConfig(java.nio.file.Path file) {
            return mockConfig(MockConfig.read(file));
        }

        /** The mock configuration executions started with a test case answer their mocked states from. */
        public Builder mockConfig(MockConfig config) {
            this.mockConfig = java.util.Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * The test case an execution started without one runs with, when the mock configuration lists it for the
         * execution's machine (others run unmocked): what a JUnit test's {@code @MockConfig(testCase)} sets.
         */
        public Builder testCase(String testCase) {
            this.testCase = testCase;
            return this;
        }

        public LocalRuntime build() {
            return new LocalRuntime(this);
        }
    }
}
