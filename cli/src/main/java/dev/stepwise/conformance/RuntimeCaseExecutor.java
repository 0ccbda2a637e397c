package dev.stepwise.conformance;

import dev.stepwise.runtime.TestStateResult;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.StateMachine;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.validation.DefinitionProblem;
import dev.stepwise.runtime.InvalidDefinitionException;
import dev.stepwise.asl.validation.ProblemCodes;
import dev.stepwise.runtime.history.HistoryEvent;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs conformance cases on a {@link LocalRuntime} under a virtual clock, so that waits, retries and timeouts cost
 * nothing: executions run to their end, TestState cases run their one state alone, and CreateStateMachine cases
 * only load the definition. A definition the runtime rejects ends as AWS's rejections do: status
 * {@value #CREATE_FAILED}, error {@value #INVALID_DEFINITION}.
 */
public final class RuntimeCaseExecutor implements CaseExecutor {

    static final String CREATE_FAILED = "CREATE_FAILED";
    static final String INVALID_DEFINITION = "InvalidDefinition";

    /** Nothing but counters is shared between runs, so one runtime serves every case. */
    private final LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
    private final boolean replayServices;

    /** Runs cases that need no AWS service. */
    public RuntimeCaseExecutor() {
        this(false);
    }

    private RuntimeCaseExecutor(boolean replayServices) {
        this.replayServices = replayServices;
    }

    /**
     * Runs execution cases that called AWS services too: each Task answers, in order, what the service answered
     * when AWS recorded the case (see {@link RecordedServiceResponses}).
     */
    public static RuntimeCaseExecutor replayingRecordedServices() {
        return new RuntimeCaseExecutor(true);
    }

    @Override
    public CaseOutcome execute(ConformanceCase c) {
        try {
            return switch (c.kind()) {
                case "execution" -> execution(c);
                case "test_state" -> testState(c);
                case "create_state_machine" -> creation(c);
                default -> throw new IllegalArgumentException("unknown kind of conformance case: '" + c.kind() + "'");
            };
        } catch (InvalidDefinitionException e) {
            return new CaseOutcome(CREATE_FAILED, null, INVALID_DEFINITION, awsCause(e.problems()), List.of(), null,
                    null);
        }
    }

    private CaseOutcome execution(ConformanceCase c) {
        LocalRuntime runtime = replayServices
                ? RecordedServiceResponses.replaying(c, LocalRuntime.builder().clock(Clocks.virtual())).build()
                : this.runtime;
        JsonNode definition = replayServices ? RecordedServiceResponses.resolvePlaceholders(definition(c)) : definition(c);
        StateMachine machine = runtime.load(machineName(c), definition, c.machineType());
        Execution execution = runtime.start(machine, c.input()).await();
        List<HistoryEvent> history = execution.history();
        return new CaseOutcome(execution.status().name(), execution.output(), execution.error(), execution.cause(),
                history.stream().map(HistoryEvent::type).toList(), null, null,
                history.stream().map(e -> new CaseOutcome.Link(e.id(), e.previousEventId())).toList());
    }

    private CaseOutcome testState(ConformanceCase c) {
        String stateName = c.testState().path("stateName").asText(null);
        TestStateResult outcome = stateName == null
                ? runtime.testState(definition(c), c.input())
                : runtime.testState(definition(c), stateName, c.input());
        return new CaseOutcome(outcome.status().name(), outcome.output(), outcome.error(), outcome.cause(), List.of(),
                outcome.nextState(), outcome.inspectionData());
    }

    /** CreateStateMachine: the definition either loads or is rejected. */
    private CaseOutcome creation(ConformanceCase c) {
        runtime.load(machineName(c), definition(c), c.machineType());
        return new CaseOutcome("CREATED", null, null, null, List.of(), null, null);
    }

    /** Some recorded definitions are JSON text (possibly malformed, which AWS rejects as well). */
    private static JsonNode definition(ConformanceCase c) {
        JsonNode definition = c.definition();
        if (!definition.isTextual()) {
            return definition;
        }
        try {
            return Json.parse(definition.textValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidDefinitionException(List.of(new DefinitionProblem("",
                    ProblemCodes.SCHEMA_VALIDATION_FAILED,
                    "not valid JSON: " + e.getMessage())));
        }
    }

    /** State machine names allow letters, digits, '-' and '_' only, and at most 80 characters. */
    private static String machineName(ConformanceCase c) {
        String name = c.name().replaceAll("[^A-Za-z0-9_-]", "_");
        return name.length() > 80 ? name.substring(0, 80) : name;
    }

    /** The cause the way CreateStateMachine words it. */
    private static String awsCause(List<DefinitionProblem> problems) {
        return problems.stream().map(DefinitionProblem::toString)
                .collect(Collectors.joining(", ", "Invalid State Machine Definition: '", "'"));
    }
}
