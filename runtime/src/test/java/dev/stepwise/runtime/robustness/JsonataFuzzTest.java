package dev.stepwise.runtime.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.InvalidDefinitionException;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.StateMachine;
import dev.stepwise.runtime.clock.Clocks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Seeded JSONata fuzzing: generated expressions, put in every field that takes one (Output, Assign, Condition,
 * Seconds, Items, ItemSelector, Error, Cause, Arguments, a Catch's Assign), either load and run to an ASL outcome
 * or are rejected at load; no Java exception, error or hang escapes, and no cause names a Java class.
 */
class JsonataFuzzTest {

    private static final long SEED = Long.getLong("stepwise.fuzz.seed", 20250307L);
    private static final int EXPRESSIONS = 3_000;
    private static final long RUN_TIMEOUT_SECONDS = 30;
    /** A Java class or exception named where an ASL error or a JSONata message belongs. */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\bjava\\.|\\bcom\\.dashjoin|\\b[A-Z]\\w*Exception\\b|\\bStackOverflow|\\bOutOfMemory|Internal error");
    private static final JsonNode INPUT = Seeds.json("{'a':'x','n':3,'s':'h\u00e9llo\ud83d\ude00','arr':[1,2,3],"
            + "'o':{'k':null},'big':1e300}");

    private final List<String> problems = new ArrayList<>();
    private final BoundedSteps steps = new BoundedSteps(RUN_TIMEOUT_SECONDS, problems);
    private int rejected;
    private int succeeded;
    private int failed;

    @AfterEach
    void stopWorker() {
        steps.close();
    }

    @Test
    void generatedExpressionsInEveryJsonataFieldRunToAnAslOutcome() {
        JsonataGenerator generator = new JsonataGenerator(SEED);
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .handler(Seeds.LAMBDA, (input, context) -> input)
                .handler(Seeds.FAILING, (input, context) -> {
                    throw new StatesError("Fuzz.Failure", "the handler failed on purpose");
                })
                .build();
        List<BiFunction<String, String, ObjectNode>> placements = placements();
        for (int i = 0; i < EXPRESSIONS; i++) {
            String first = "{% " + generator.expression(1 + i % 4) + " %}";
            String second = "{% " + generator.expression(1 + i % 3) + " %}";
            JsonNode definition = machine(placements.get(i % placements.size()).apply(first, second));
            String what = "#" + i + " " + definition;
            StateMachine machine = steps.run("load " + what, () -> load(runtime, definition, what));
            if (machine != null) {
                steps.run("run " + what, () -> check(runtime.start(machine, INPUT).await(), what));
            }
        }
        System.out.println("jsonata fuzz: " + EXPRESSIONS + " definitions, " + rejected + " rejected, " + succeeded
                + " succeeded, " + failed + " failed; " + problems.size() + " problems");
        assertThat(problems).isEmpty();
        assertThat(succeeded).isPositive();
        assertThat(failed).isPositive();
    }

    /** The states that hold the two expressions; each goes on to 'Done'. */
    private static List<BiFunction<String, String, ObjectNode>> placements() {
        return List.of(
                (e, f) -> state("{'Type':'Pass','Output':'E','Assign':{'v':'F','w':'E'},'Next':'Done'}", e, f),
                (e, f) -> state("{'Type':'Choice','Choices':[{'Condition':'E','Assign':{'v':'F'},'Output':'F',"
                        + "'Next':'Done'}],'Default':'Done'}", e, f),
                (e, f) -> state("{'Type':'Wait','Seconds':'E','Output':'F','Next':'Done'}", e, f),
                (e, f) -> state("{'Type':'Wait','Timestamp':'E','Next':'Done'}", e, f),
                (e, f) -> state("{'Type':'Map','Items':'E','ItemSelector':'F','ItemProcessor':{'StartAt':'I',"
                        + "'States':{'I':{'Type':'Pass','Output':'F','Assign':{'x':'E'},'End':true}}},"
                        + "'Output':'{% $states.result %}','Next':'Done'}", e, f),
                (e, f) -> state("{'Type':'Task','Resource':'" + Seeds.LAMBDA + "','Arguments':'E','Output':'F',"
                        + "'TimeoutSeconds':'E','Next':'Done'}", e, f),
                (e, f) -> state("{'Type':'Task','Resource':'" + Seeds.FAILING + "','Arguments':{'a':'E'},"
                        + "'Catch':[{'ErrorEquals':['States.ALL'],'Assign':{'v':'F'},'Output':'E','Next':'Done'}],"
                        + "'Next':'Done'}", e, f),
                (e, f) -> state("{'Type':'Parallel','Arguments':'F','Branches':[{'StartAt':'B','States':{"
                        + "'B':{'Type':'Pass','Output':'E','End':true}}}],'Assign':{'w':'E'},'Next':'Done'}", e, f),
                (e, f) -> state("{'Type':'Fail','Error':'E','Cause':'F'}", e, f));
    }

    /** A state from a single-quoted template whose 'E' and 'F' strings are replaced by the two expressions. */
    private static ObjectNode state(String template, String first, String second) {
        ObjectNode state = (ObjectNode) Seeds.json(template);
        replaceMarkers(state, first, second);
        return state;
    }

    private static void replaceMarkers(JsonNode node, String first, String second) {
        node.properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (value.isTextual() && (value.textValue().equals("E") || value.textValue().equals("F"))) {
                ((ObjectNode) node).put(field.getKey(), value.textValue().equals("E") ? first : second);
            } else {
                replaceMarkers(value, first, second);
            }
        });
        if (node.isArray()) {
            node.forEach(item -> replaceMarkers(item, first, second));
        }
    }

    /** The state under test after a Pass that assigns the variables the expressions read. */
    private static JsonNode machine(ObjectNode state) {
        ObjectNode machine = (ObjectNode) Seeds.json("{'QueryLanguage':'JSONata','StartAt':'Vars','States':{"
                + "'Vars':{'Type':'Pass','Assign':{'v':[1,'a',null],'w':{'k':'v'}},'Next':'S'},"
                + "'Done':{'Type':'Succeed'}}}");
        ((ObjectNode) machine.get("States")).set("S", state);
        return machine;
    }

    private StateMachine load(LocalRuntime runtime, JsonNode definition, String what) {
        try {
            return runtime.load(definition);
        } catch (InvalidDefinitionException e) {
            rejected++;
            if (e.problems().isEmpty() || JAVA_NAME.matcher(e.getMessage()).find()) {
                problems.add("rejected as " + e.getMessage() + ": " + what);
            }
            return null;
        }
    }

    private Void check(Execution execution, String what) {
        if (execution.status() == ExecutionStatus.SUCCEEDED) {
            succeeded++;
            Json.write(execution.output());
            return null;
        }
        failed++;
        String error = execution.error();
        String cause = String.valueOf(execution.cause());
        if (error == null || JAVA_NAME.matcher(error).find() || JAVA_NAME.matcher(cause).find()) {
            problems.add(execution.status() + " " + error + " (" + cause + "): " + what);
        }
        return null;
    }
}
