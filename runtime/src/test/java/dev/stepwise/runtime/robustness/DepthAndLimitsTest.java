package dev.stepwise.runtime.robustness;

import static dev.stepwise.runtime.robustness.Seeds.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.InvalidDefinitionException;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;

/**
 * Deep documents, deep definitions and values at AWS's limits end in an ASL outcome, never a Java error. Deep cases
 * run on a new thread with the default stack size, smaller than the main thread's.
 */
class DepthAndLimitsTest {

    private final LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();

    private static final String PASS = "{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}";

    static <T> T onDefaultStack(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task);
        thread.start();
        thread.join();
        try {
            return task.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw new AssertionError("a Java error escaped", e.getCause());
        }
    }

    static JsonNode deep(int levels, boolean arrays) {
        JsonNode node = Json.NODES.textNode("x");
        for (int i = 0; i < levels; i++) {
            node = arrays ? Json.NODES.arrayNode().add(node) : Json.NODES.objectNode().set("a", node);
        }
        return node;
    }

    private Execution run(String definition, JsonNode input) throws Exception {
        return onDefaultStack(() -> runtime.start(runtime.load(json(definition)), input).await());
    }

    @Test
    void anInputDeeperThanTheLimitIsRefusedAtStartEvenWithoutDataLimits() throws Exception {
        LocalRuntime unlimited = LocalRuntime.builder().clock(Clocks.virtual()).payloadLimit(false).build();
        for (int levels : new int[] {1_001, 5_000, 10_000}) {
            for (boolean arrays : new boolean[] {true, false}) {
                JsonNode input = deep(levels, arrays);
                assertThatThrownBy(() -> onDefaultStack(() -> runtime.start(runtime.load(json(PASS)), input)))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nests deeper than 1000");
                assertThatThrownBy(() -> onDefaultStack(() -> unlimited.start(unlimited.load(json(PASS)), input)))
                        .isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> runtime.testState(json("{'Type':'Pass','End':true}"), input))
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Test
    void anInputAtTheDepthLimitFlowsThroughPathsTemplatesIntrinsicsChoiceAndJsonata() throws Exception {
        JsonNode input = Json.NODES.objectNode().set("d", deep(998, true));
        Execution jsonPath = run("{'StartAt':'P','States':{'P':{'Type':'Pass','Parameters':{'d.$':'$.d',"
                + "'u.$':'States.ArrayUnique($.d)','c.$':'States.ArrayContains($.d, $.d[0])'},'Next':'C'},"
                + "'C':{'Type':'Choice','Choices':[{'Variable':'$.d[0][0]','IsPresent':true,'Next':'S'}]},"
                + "'S':{'Type':'Succeed','OutputPath':'$.c'}}}", input);
        assertThat(jsonPath.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(jsonPath.output().booleanValue()).isTrue();
        Execution jsonata = run("{'QueryLanguage':'JSONata','StartAt':'P','States':{'P':{'Type':'Pass',"
                + "'Output':'{% $length($string($states.input)) %}','End':true}}}", input);
        assertThat(jsonata.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(jsonata.output().intValue()).isEqualTo(Json.write(input).length());
        assertThat(jsonata.history()).isNotEmpty();
    }

    @Test
    void aStateThatNestsItsOutputPastTheLimitFailsWithDataLimitExceeded() throws Exception {
        Execution looped = run("{'StartAt':'P','States':{'P':{'Type':'Pass','Parameters':{'a.$':'$'},'Next':'C'},"
                + "'C':{'Type':'Choice','Choices':[{'Variable':'$.never','IsPresent':true,'Next':'S'}],'Default':'P'},"
                + "'S':{'Type':'Succeed'}}}", Json.NODES.objectNode());
        assertThat(looped.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(looped.cause()).contains("'P' returned a result nested deeper than 1000 levels");
    }

    @Test
    void aJsonataResultNestedPastTheLimitIsAQueryEvaluationError() throws Exception {
        Execution built = run("{'QueryLanguage':'JSONata','StartAt':'P','States':{'P':{'Type':'Pass',"
                + "'Output':'{% $reduce([1..5000], function($a, $v){ {\\'a\\': $a} }, {}) %}','End':true}}}", null);
        assertThat(built.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(built.cause()).contains("too large").contains("nests deeper than 1000");
    }

    @Test
    void deeplyBracketedJsonataIsAListedDefinitionProblem() {
        for (int levels : new int[] {201, 3_000, 20_000}) {
            String expression = "(".repeat(levels) + "1" + ")".repeat(levels);
            assertThatThrownBy(() -> onDefaultStack(() -> runtime.load(json("{'QueryLanguage':'JSONata',"
                    + "'StartAt':'P','States':{'P':{'Type':'Pass','Output':'{% " + expression + " %}','End':true}}}"))))
                    .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.problems())
                            .singleElement().satisfies(p -> assertThat(p.location()).isEqualTo("/States/P/Output")));
        }
    }

    @Test
    void jsonataNestedWithinTheLimitRuns() throws Exception {
        String expression = "(".repeat(198) + "[{'a': 1}]" + ")".repeat(198); // 200 levels with [ and {
        Execution run = run("{'QueryLanguage':'JSONata','StartAt':'P','States':{'P':{'Type':'Pass',"
                + "'Output':'{% " + expression.replace("'", "\\'") + ".a %}','End':true}}}", null);
        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output().intValue()).isEqualTo(1);
    }

    @Test
    void longOperatorChainsInJsonataAreADefinitionProblemOrRun() throws Exception {
        String chain = "- ".repeat(50_000) + "1";
        assertThatThrownBy(() -> onDefaultStack(() -> runtime.load(json("{'QueryLanguage':'JSONata','StartAt':'P',"
                + "'States':{'P':{'Type':'Pass','Output':'{% " + chain + " %}','End':true}}}"))))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("too deeply");
    }

    @Test
    void hundredsOfNestedParallelStatesRun() throws Exception {
        String state = "{'Type':'Pass','Result':'leaf','End':true}";
        for (int i = 0; i < 240; i++) {
            state = "{'Type':'Parallel','Branches':[{'StartAt':'S" + i + "','States':{'S" + i + "':" + state
                    + "}}],'OutputPath':'$[0]','End':true}";
        }
        Execution run = run("{'StartAt':'Top','States':{'Top':" + state + "}}", null);
        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output().textValue()).isEqualTo("leaf");
        LocalRuntime system = LocalRuntime.builder().build();
        String definition = "{'StartAt':'Top','States':{'Top':" + state + "}}";
        Execution threaded = onDefaultStack(() -> system.start(system.load(json(definition)), null).await());
        assertThat(threaded.output().textValue()).isEqualTo("leaf");
    }

    @Test
    void hundredsOfNestedNotAndAndConditionsRun() throws Exception {
        String not = "{'Variable':'$.a','IsPresent':true}";
        for (int i = 0; i < 900; i++) {
            not = "{'Not':" + not + "}";
        }
        String and = "{'Variable':'$.a','IsPresent':true}";
        for (int i = 0; i < 450; i++) {
            and = "{'And':[" + and + ",{'Variable':'$.b','IsPresent':false}]}";
        }
        for (String rule : new String[] {not, and}) {
            Execution run = run("{'StartAt':'C','States':{'C':{'Type':'Choice','Choices':["
                    + rule.substring(0, rule.length() - 1) + ",'Next':'Yes'}],'Default':'No'},"
                    + "'Yes':{'Type':'Succeed'},'No':{'Type':'Fail','Error':'No'}}}", json("{'a':1}"));
            assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        }
    }

    @Test
    void aDefinitionDeeperThanTheLimitIsRejectedWithTheLocationOfTheDeepPart() throws Exception {
        JsonNode definition = json(PASS);
        ((com.fasterxml.jackson.databind.node.ObjectNode) definition.get("States").get("P")).set("Result",
                deep(5_000, false));
        assertThatThrownBy(() -> onDefaultStack(() -> runtime.load(definition)))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.location())
                                .startsWith("/States/P/Result/a/a").hasSize("/States/P/Result".length() + 997 * 2)));
        String text = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":" + "[".repeat(5_000)
                + "]".repeat(5_000) + ",\"End\":true}}}";
        assertThatThrownBy(() -> runtime.load(text)).isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("nesting depth");
    }

    @Test
    void aDefinitionOverOneMegabyteIsRejected() {
        String comment = "x".repeat(1_048_576);
        assertThatThrownBy(() -> runtime.load(Seeds.json("{'Comment':'" + comment + "','StartAt':'P','States':"
                + "{'P':{'Type':'Pass','End':true}}}"))).isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("1048576 bytes");
        String fits = "x".repeat(1_048_576 - 200);
        assertThat(runtime.load(Seeds.json("{'Comment':'" + fits + "','StartAt':'P','States':"
                + "{'P':{'Type':'Pass','End':true}}}"))).isNotNull();
    }

    @Test
    void textWithTrailingContentOrNoContentIsNotADefinition() {
        for (String text : new String[] {PASS.replace('\'', '"') + " x", PASS.replace('\'', '"') + "{}", "", "  "}) {
            assertThatThrownBy(() -> runtime.load(text)).isInstanceOfSatisfying(InvalidDefinitionException.class,
                    e -> assertThat(e.problems()).isNotEmpty());
        }
    }
}
