package dev.stepwise.runtime.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.asl.validation.DefinitionProblem;
import dev.stepwise.asl.validation.DefinitionValidator;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.InvalidDefinitionException;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.StateMachine;
import dev.stepwise.runtime.clock.Clocks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing: mutated definitions and extreme inputs never end in a Java error, a hang, a rejection without
 * located problems or a failure named after a Java exception. Each load and run gets its own bounded wait
 * ({@link BoundedSteps}).
 */
class FuzzTest {

    private static final long SEED = Long.getLong("stepwise.fuzz.seed", 20240611L);
    private static final int MUTANTS = 5_000;
    private static final long RUN_TIMEOUT_SECONDS = 20;
    /** A Java exception's class name, qualified or simple, where an ASL error name belongs. */
    private static final Pattern JAVA_EXCEPTION = Pattern.compile("([a-z][\\w$]*\\.)*[A-Z][\\w$]*(Exception|Error)");

    private final Tally tally = new Tally();
    private final BoundedSteps steps = new BoundedSteps(RUN_TIMEOUT_SECONDS, tally.problems);

    @AfterEach
    void stopWorker() {
        steps.close();
    }

    @Test
    void mutatedDefinitionsLoadOrAreRejectedAndRunToAnAslOutcome() {
        List<JsonNode> seeds = Seeds.all();
        Mutator mutator = new Mutator(SEED);
        LocalRuntime runtime = runtime();
        for (int i = 0; i < MUTANTS; i++) {
            JsonNode definition = mutator.mutate(seeds.get(i % seeds.size()));
            tally.tried++;
            StateMachine machine = bounded("load #" + i, () -> load(runtime, definition));
            if (machine != null) {
                tally.valid++;
                bounded("run #" + i, () -> check(runtime.start(machine, Seeds.input()).await()));
            }
        }
        System.out.println("fuzz: " + tally);
        assertThat(tally.problems).isEmpty();
        assertThat(tally.valid).isPositive();
        assertThat(tally.rejected).isPositive();
        assertThat(tally.succeeded + tally.failed).isEqualTo(tally.valid);
    }

    @Test
    void extremeInputsAreRefusedAtStartOrRunToAnAslOutcome() {
        LocalRuntime runtime = runtime();
        List<StateMachine> machines = List.of(
                runtime.load(Seeds.json("{'StartAt':'P','States':{'P':{'Type':'Pass','Parameters':{"
                        + "'all.$':'$','text.$':'States.JsonToString($)','a.$':'States.Array($, $)'},'Next':'C'},"
                        + "'C':{'Type':'Choice','Choices':[{'Variable':'$.all','IsPresent':true,'Next':'S'}],"
                        + "'Default':'S'},'S':{'Type':'Succeed'}}}")),
                runtime.load(Seeds.json("{'QueryLanguage':'JSONata','StartAt':'P','States':{'P':{'Type':'Pass',"
                        + "'Output':{'s':'{% $string($states.input) %}','i':'{% $states.input %}',"
                        + "'k':'{% $keys($states.input) %}'},'Assign':{'v':'{% $states.input %}'},'End':true}}}")),
                runtime.load(Seeds.json("{'StartAt':'M','States':{'M':{'Type':'Map','ItemsPath':'$',"
                        + "'ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Pass','End':true}}},'End':true}}}")),
                runtime.load(Seeds.json("{'StartAt':'W','States':{'W':{'Type':'Wait','SecondsPath':'$','End':true}}}")));
        List<JsonNode> inputs = extremeInputs();
        assertThat(inputs).hasSizeGreaterThanOrEqualTo(50);
        int refused = 0;
        for (JsonNode input : inputs) {
            for (StateMachine machine : machines) {
                Boolean started = bounded("extreme input", () -> {
                    try {
                        check(runtime.start(machine, input).await());
                        return true;
                    } catch (IllegalArgumentException e) {
                        return false; // StartExecution's refusal of an input over the limits
                    }
                });
                refused += Boolean.FALSE.equals(started) ? 1 : 0;
            }
        }
        System.out.println("extreme inputs: " + inputs.size() + " inputs x " + machines.size() + " definitions, "
                + refused + " refused at start, " + tally);
        assertThat(tally.problems).isEmpty();
        assertThat(refused).isPositive();
        assertThat(tally.succeeded).isPositive();
    }

    private static List<JsonNode> extremeInputs() {
        List<JsonNode> inputs = new ArrayList<>();
        for (int depth : new int[] {998, 999, 1000, 1001, 5_000, 10_000}) {
            inputs.add(deep(depth, true));
            inputs.add(deep(depth, false));
        }
        for (int length : new int[] {262_140, 262_142, 262_143, 262_144, 100_000}) {
            inputs.add(Json.NODES.textNode("x".repeat(length)));
            inputs.add(Json.NODES.objectNode().put("a", "x".repeat(length - 8)));
            inputs.add(Json.NODES.arrayNode().add("\u00e9".repeat(length / 2 - 2)));
            inputs.add(Json.NODES.objectNode().put("a", "\n\"".repeat(length / 4 - 2)));
        }
        for (String number : new String[] {"1e400", "-1e400", "-0", "-0.0", "9e15", "1e-400", "99999999",
            "100000000", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "0.1", "1E+2"}) {
            inputs.add(Json.NODES.numberNode(new BigDecimal(number)));
            inputs.add(Json.NODES.objectNode().set("n", Json.NODES.numberNode(new BigDecimal(number))));
        }
        inputs.add(Json.NODES.numberNode(BigInteger.TEN.pow(2_000)));
        inputs.add(Json.NODES.numberNode(Double.MIN_VALUE));
        for (String text : new String[] {"\ud800", "\udc00", "\ud83d\ude00", "\u0000", "\uffff", "", "{% 1 %}",
            "$.a", "States.Format('x')"}) {
            inputs.add(Json.NODES.textNode(text));
            inputs.add(Json.NODES.objectNode().put(text, text));
        }
        ObjectNode keys = Json.NODES.objectNode();
        for (String key : new String[] {"", "a.b", "a[0]", "['a']", "\"", "'", "$", "$$", "..", "a b", "\\", "*",
            "@", "a.$", "\ud800"}) {
            keys.put(key, key);
            inputs.add(Json.NODES.objectNode().set(key, Json.NODES.objectNode().put(key, 1)));
        }
        inputs.add(keys);
        ArrayNode wide = Json.NODES.arrayNode();
        for (int i = 0; i < 40_000; i++) {
            wide.add(i);
        }
        inputs.add(wide);
        inputs.add(Json.NODES.nullNode());
        inputs.add(Json.NODES.booleanNode(true));
        inputs.add(Json.NODES.arrayNode());
        return inputs;
    }

    private static JsonNode deep(int levels, boolean arrays) {
        JsonNode node = Json.NODES.numberNode(1);
        for (int i = 0; i < levels; i++) {
            node = arrays ? Json.NODES.arrayNode().add(node) : Json.NODES.objectNode().set("a", node);
        }
        return node;
    }

    private StateMachine load(LocalRuntime runtime, JsonNode definition) {
        try {
            return runtime.load(definition);
        } catch (InvalidDefinitionException e) {
            tally.rejected++;
            if (e.problems().isEmpty()) {
                tally.problems.add("a rejection without problems");
            }
            for (DefinitionProblem problem : e.problems()) {
                if (problem.location() == null || problem.code() == null || problem.message() == null) {
                    tally.problems.add("a problem without location, code or message: " + problem);
                }
            }
            // ValidateStateMachineDefinition, `stepwise validate` and the processor see only the validator
            if (DefinitionValidator.validate(definition).isValid()) {
                tally.problems.add("the validator accepts what the runtime refuses: " + e.problems());
            }
            return null;
        }
    }

    private Void check(Execution execution) {
        if (execution.status() == ExecutionStatus.SUCCEEDED) {
            tally.succeeded++;
            return null;
        }
        tally.failed++;
        String error = execution.error();
        // a Fail state may leave its Error out, as on AWS; every other failure is named
        boolean unnamedFail = error == null && execution.history().stream()
                .anyMatch(event -> event.type().equals("FailStateEntered"));
        if (!unnamedFail && (error == null || JAVA_EXCEPTION.matcher(error).matches())) {
            tally.problems.add("error '" + error + "' (" + execution.cause() + ")");
        } else if (execution.cause() != null && execution.cause().contains("Internal error")) {
            tally.problems.add("an internal error: " + execution.cause());
        }
        return null;
    }

    private <T> T bounded(String what, Supplier<T> step) {
        return steps.run(what, step);
    }

    private static LocalRuntime runtime() {
        return LocalRuntime.builder().clock(Clocks.virtual()).keepHistory(true)
                .handler(Seeds.LAMBDA, (input, context) -> input)
                .handler(Seeds.FAILING, (input, context) -> {
                    throw new StatesError("Fuzz.Failure", "the handler failed on purpose");
                })
                .build();
    }

    /** The counts the test prints, and every problem found. */
    private static final class Tally {
        int tried;
        int valid;
        int rejected;
        int succeeded;
        int failed;
        final List<String> problems = new ArrayList<>();

        @Override
        public String toString() {
            return tried + " definitions tried, " + valid + " valid, " + rejected + " rejected; executions: "
                    + succeeded + " succeeded, " + failed + " failed; " + problems.size() + " problems";
        }
    }
}
