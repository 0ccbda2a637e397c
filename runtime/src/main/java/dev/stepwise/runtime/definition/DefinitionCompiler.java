package dev.stepwise.runtime.definition;

import dev.stepwise.runtime.DefinitionCheck;
import dev.stepwise.asl.ExecutionTimeout;
import dev.stepwise.asl.QueryLanguage;
import dev.stepwise.asl.validation.Problems;
import dev.stepwise.runtime.InvalidDefinitionException;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Compiles an ASL definition into an immutable {@link MachinePlan}: every path, payload template, intrinsic function,
 * Choice rule and JSONata expression is compiled here, once, so running a state never parses anything. Each state
 * is compiled in the query language {@link QueryLanguage#ofState} gives it.
 *
 * <p>Problems are collected, not thrown one by one: a definition with three mistakes reports all three, each at its
 * JSON Pointer location. The checks given to the constructor run first, and their problems are reported together
 * with the compiler's own.
 *
 * <p>AWS's rules belong to {@code definition.validation}, which {@code LocalRuntime.load} and {@code testState} run
 * first. The compiler still sees unvalidated definitions ({@code validateDefinitions(false)}, direct callers), so
 * it rejects what it cannot build a plan from or would read two ways (both Next and End, a field of the other query
 * language); AWS limits that change nothing about how a plan runs, such as HeartbeatSeconds below TimeoutSeconds
 * or a BackoffRate of at least 1, are the validator's alone.
 *
 * <p>This class is the entry point; the work is split by concern. {@link FlowCompiler} compiles a flow and checks
 * its transitions, {@link StateCompiler} settles a state's language and dispatches on its Type to one compiler per
 * state family ({@link TaskCompiler}, {@link MapCompiler}, {@link ParallelCompiler}, {@link ChoiceCompiler},
 * {@link SimpleStateCompiler}), which share {@link DataFlowCompiler}, {@link ErrorHandlingCompiler} and
 * {@link FieldCompiler}. Problems are reported in the order the fields are read, so that order is kept stable.
 */
public final class DefinitionCompiler {

    private final List<DefinitionCheck> checks;

    public DefinitionCompiler() {
        this(List.of());
    }

    public DefinitionCompiler(List<DefinitionCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /**
     * Compiles a definition.
     *
     * @throws InvalidDefinitionException listing every problem found
     */
    public MachinePlan compile(JsonNode definition) {
        Problems problems = new Problems();
        if (definition == null || !definition.isObject()) {
            problems.schema("", "a state machine definition must be a JSON object");
            throw new InvalidDefinitionException(problems.list());
        }
        for (DefinitionCheck check : checks) {
            problems.addAll(check.check(definition));
        }
        Fields top = new Fields(definition, "", problems);
        QueryLanguage language = StateCompiler.language(top, QueryLanguage.JSONPATH);
        JsonNode timeout = definition.get("TimeoutSeconds");
        if (timeout != null && !ExecutionTimeout.isValid(timeout)) {
            problems.schema("/TimeoutSeconds", "must be " + ExecutionTimeout.EXPECTED + " (seconds)");
        }
        FlowPlan flow = FlowCompiler.compile(top, problems, language);
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(problems.list());
        }
        return new MachinePlan(flow, timeout == null ? 0 : timeout.longValue(), top.string("Comment"), definition);
    }

    /**
     * Compiles one state on its own, as the TestState API takes it (its Next and Catch targets need not exist),
     * taken from a machine whose top-level language is {@code machineLanguage}.
     *
     * @throws InvalidDefinitionException listing every problem found
     */
    public StatePlan compileState(String name, JsonNode state, QueryLanguage machineLanguage) {
        Problems problems = new Problems();
        if (state == null || !state.isObject()) {
            problems.schema("", "a state definition must be a JSON object");
            throw new InvalidDefinitionException(problems.list());
        }
        StatePlan plan = StateCompiler.compile(name, new Fields(state, "", problems), problems, machineLanguage);
        if (!problems.isEmpty() || plan == null) {
            throw new InvalidDefinitionException(problems.list());
        }
        return plan;
    }
}
