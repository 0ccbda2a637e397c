package dev.stepwise.asl.data.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepwise.asl.error.StatesError;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonataExpressionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode eval(String expression, JsonataBindings bindings) {
        return JsonataExpression.compile(expression, "Output").evaluate(bindings);
    }

    private static JsonNode eval(String expression) {
        return eval(expression, JsonataBindings.ofInput(json("{}")));
    }

    private static QueryEvaluationException failure(String expression) {
        return (QueryEvaluationException) org.assertj.core.api.Assertions.catchThrowable(() -> eval(expression));
    }

    @Test
    void readsStatesInputResultErrorOutputAndContext() {
        JsonataBindings bindings = JsonataBindings.builder()
                .input(json("{\"a\":2}")).result(json("{\"r\":3}"))
                .errorOutput(json("{\"Error\":\"E\"}")).context(json("{\"Execution\":{\"Name\":\"x\"}}"))
                .build();
        assertThat(eval("$states.input.a + $states.result.r", bindings)).isEqualTo(json("5"));
        assertThat(eval("$states.errorOutput.Error & $states.context.Execution.Name", bindings))
                .isEqualTo(json("\"Ex\""));
        assertThat(eval("$keys($states)", bindings)).isEqualTo(json("[\"input\",\"result\",\"errorOutput\",\"context\"]"));
    }

    @Test
    void readsWorkflowVariables() {
        JsonataBindings bindings = JsonataBindings.builder().input(json("{}"))
                .variables(Map.of("total", json("40"), "items", json("[1,2]"), "nothing", json("null")))
                .build();
        assertThat(eval("$total + $sum($items)", bindings)).isEqualTo(json("43"));
        assertThat(eval("$nothing", bindings).isNull()).isTrue();
    }

    @Test
    void variableNamesMayHoldAnyLetter() {
        JsonataBindings bindings = JsonataBindings.builder().input(json("{}"))
                .variables(Map.of("café_2", json("1"))).build();
        assertThat(eval("$café_2 + 1", bindings)).isEqualTo(json("2"));
    }

    @Test
    void localBindingsInsideTheExpressionWork() {
        assertThat(eval("($x := 5; $f := function($v){$v * $x}; $f(3))")).isEqualTo(json("15"));
    }

    @Test
    void resultKeepsIntegersAndKeyOrder() {
        assertThat(eval("6 / 2").toString()).isEqualTo("3");
        assertThat(eval("10 / 4").toString()).isEqualTo("2.5");
        assertThat(eval("{'z': 1, 'a': 2}").toString()).isEqualTo("{\"z\":1,\"a\":2}");
    }

    @Test
    void jsonNullIsAValueNotUndefined() {
        JsonataExpression expression = JsonataExpression.compile("null", "Output");
        assertThat(expression.evaluateOrUndefined(JsonataBindings.ofInput(json("{}"))).isNull()).isTrue();
        assertThat(JsonataExpression.compile("$states.input.missing", "Output")
                .evaluateOrUndefined(JsonataBindings.ofInput(json("{}")))).isNull();
    }

    @Test
    void textIsTrimmedAsAwsQuotesIt() {
        assertThat(JsonataExpression.compile("  $x \n", "Output").text()).isEqualTo("$x");
    }

    // Wording recorded on AWS: assign__test_undefined_reference__BASE_UNDEFINED_OUTPUT.
    @Test
    void undefinedResultIsAQueryEvaluationError() {
        QueryEvaluationException e = failure("$doesNotExist");
        assertThat(e.location()).isEqualTo("Output");
        assertThat(e.detail()).isEqualTo(
                "The JSONata expression '$doesNotExist' specified for the field 'Output' returned nothing (undefined).");
        StatesError error = e.toStatesError("State0", 2);
        assertThat(error.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(error.cause()).isEqualTo("An error occurred while executing the state 'State0' (entered at the "
                + "event id #2). The JSONata expression '$doesNotExist' specified for the field 'Output' returned "
                + "nothing (undefined).");
    }

    // Wording recorded on AWS: intrinsic_functions__test_math_random_seeded__00.
    @Test
    void callingANonFunctionGivesTheJsonataCodeAndMessage() {
        assertThat(failure("$randomSeeded(1)").detail()).isEqualTo("The JSONata expression '$randomSeeded(1)' "
                + "specified for the field 'Output' threw an error during evaluation. T1006: Attempted to invoke a "
                + "non-function");
    }

    // Wording recorded on AWS: scenarios__test_map_state_items_eval_jsonata_fail__function.
    @Test
    void aFunctionResultIsUnsupported() {
        assertThat(failure("$fn := function($x){$x}").detail()).isEqualTo("The JSONata expression "
                + "'$fn := function($x){$x}' specified for the field 'Output' returned an unsupported result type.");
    }

    @Test
    void libraryMessagesAreWrittenAsJsonataJsWritesThem() {
        assertThat(failure("$split('a', 'b', -1)").detail())
                .endsWith("D3020: Third argument of split function must evaluate to a positive number");
        assertThat(failure("$sqrt(-1)").detail())
                .endsWith("D3060: The sqrt function cannot be applied to a negative number: -1");
        assertThat(failure("$each('x', function($v){$v})").detail())
                .endsWith("T0410: Argument 1 of function \"each\" does not match function signature");
        assertThat(failure("1 < 'a'").detail())
                .endsWith("T2009: The values 1 and \"a\" either side of operator must be of the same data type");
        assertThat(failure("1/0").detail()).endsWith("D1001: Number out of range: Infinity");
    }

    @Test
    void aJavaFailureInsideTheLibraryIsStillAQueryEvaluationError() {
        QueryEvaluationException e = failure("$toMillis('nope')");
        assertThat(e.detail()).startsWith("The JSONata expression '$toMillis('nope')' specified for the field "
                + "'Output' threw an error during evaluation. ").contains("nope");
    }

    /** jsonata-js wording (errorCodes D3070, D3010-D3012), which AWS runs, where the library slips or drops the code. */
    @Test
    void sortAndReplaceFailAsJsonataJsDoesWhereTheLibrarySlips() {
        assertThat(failure("$sort([1, 'a'])").detail()).endsWith("threw an error during evaluation. D3070: The single "
                + "argument form of the sort function can only be applied to an array of strings or an array of "
                + "numbers.  Use the second argument to specify a comparison function");
        assertThat(failure("$sort([true, false])").detail()).contains("D3070: ");
        assertThat(failure("$replace('abc', /b/, function($m){1})").detail())
                .endsWith("D3012: Attempted to replace a matched string with a non-string value");
        assertThat(failure("$replace('abc', '', 'x')").detail())
                .endsWith("D3010: Second argument of replace function cannot be an empty string");
        assertThat(failure("$replace('abc', 'b', 'x', -1)").detail())
                .endsWith("D3011: Fourth argument of replace function must evaluate to a positive number");
        assertThat(eval("$sort([3, 1, 2])")).isEqualTo(json("[1,2,3]"));
        assertThat(eval("$sort(['b', 'a'])")).isEqualTo(json("[\"a\",\"b\"]"));
        assertThat(eval("$sort([[2]])")).isEqualTo(json("[[2]]"));
        assertThat(eval("$sort([{'a':2},{'a':1}], function($l, $r){$l.a > $r.a}).a")).isEqualTo(json("[1,2]"));
        assertThat(eval("$replace('abcb', /b/, function($m){$uppercase($m.match)})")).isEqualTo(json("\"aBcB\""));
        assertThat(eval("$replace('abcb', 'b', 'x', 1)")).isEqualTo(json("\"axcb\""));
    }

    @Test
    void aJavaSlipInsideTheLibraryNamesNoJavaClassOrVariable() {
        for (String expression : new String[] {"$parseInteger('abc', 'w')", "$replace('abc', 'b', function($m){1})",
                "$substring(null, 1)", "$sort([[1], [2]])"}) {
            assertThat(failure(expression).detail()).as(expression)
                    .startsWith("The JSONata expression '" + expression + "' specified for the field 'Output' threw "
                            + "an error during evaluation. ")
                    .doesNotContainPattern("java\\.|[A-Za-z]+(Exception|Error)\\b|Cannot invoke|cannot be cast");
        }
    }

    @Test
    void syntaxErrorsAreReportedAtCompileTimeWithTheirPosition() {
        assertThatThrownBy(() -> JsonataExpression.compile("1 +", "Output"))
                .isInstanceOfSatisfying(JsonataSyntaxException.class, e -> {
                    assertThat(e.code()).isEqualTo("S0207");
                    assertThat(e.reason()).isEqualTo("Unexpected end of expression");
                    assertThat(e.position()).isEqualTo(3);
                    assertThat(e.location()).isEqualTo("Output");
                    assertThat(e.getMessage()).contains("'1 +'", "Output", "position 3", "S0207");
                });
        assertThatThrownBy(() -> JsonataExpression.checkSyntax("foo bar"))
                .isInstanceOfSatisfying(JsonataSyntaxException.class, e -> {
                    assertThat(e.code()).isEqualTo("S0201");
                    assertThat(e.reason()).isEqualTo("Syntax error: \"bar\"");
                    assertThat(e.position()).isEqualTo(7);
                });
        JsonataExpression.checkSyntax("$states.input.a + 1");
    }

    @Test
    void nowAndMillisGiveTheTimeOfThisEvaluation() throws Exception {
        JsonataExpression now = JsonataExpression.compile("$now()", "Output");
        JsonataExpression millis = JsonataExpression.compile("$millis()", "Output");
        long before = System.currentTimeMillis();
        Thread.sleep(5);
        JsonataBindings bindings = JsonataBindings.ofInput(json("{}"));
        long evaluatedAt = Instant.parse(now.evaluate(bindings).textValue()).toEpochMilli();
        assertThat(evaluatedAt).isGreaterThanOrEqualTo(before);
        assertThat(millis.evaluate(bindings).longValue()).isBetween(before, System.currentTimeMillis());
        assertThat(eval("$now() = $now()").booleanValue()).isTrue();
    }

    @Test
    void oneCompiledExpressionServesManyThreadsAtOnce() throws Exception {
        JsonataExpression expression = JsonataExpression.compile(
                "$map($states.input.values, function($v){$v * $factor}) ~> $sum()", "Output");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int task = 0; task < 200; task++) {
                int factor = task;
                checks.add(pool.submit(() -> {
                    JsonataBindings bindings = JsonataBindings.builder()
                            .input(json("{\"values\":[1,2,3,4]}"))
                            .variables(Map.of("factor", json(String.valueOf(factor))))
                            .build();
                    return expression.evaluate(bindings).longValue() == 10L * factor;
                }));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void endlessRecursionIsStoppedByTheTimeLimit() {
        JsonataExpression endless = JsonataExpression.compile("($f := function($n){$f($n + 1)}; $f(0))", "Output", 200);
        assertThatThrownBy(() -> endless.evaluate(JsonataBindings.ofInput(json("{}"))))
                .isInstanceOfSatisfying(QueryEvaluationException.class, e -> assertThat(e.detail())
                        .endsWith("threw an error during evaluation. Expression evaluation timeout: Check for infinite loop"));
    }

    @Test
    void deepRecursionIsAQueryEvaluationErrorNotACrash() {
        assertThat(failure("($f := function($n){$n = 0 ? 0 : 1 + $f($n - 1)}; $f(100000))").detail())
                .endsWith("Stack overflow: the expression recurses too deeply.");
    }

    @Test
    void aFunctionInAnErrorMessageIsWrittenAsJsonataWritesItNotAsAJavaObject() {
        for (String expression : new String[] {"$join(['a', $uppercase])", "$join(['a', function($x){$x}])",
            "$join(['a', /x/])"}) {
            assertThat(failure(expression).detail()).as(expression)
                    .contains("T0412: Argument [\"a\",\"\"]")
                    .doesNotContainPattern("dashjoin|dev\\.stepwise|Symbol|@[0-9a-f]+");
        }
    }
}
