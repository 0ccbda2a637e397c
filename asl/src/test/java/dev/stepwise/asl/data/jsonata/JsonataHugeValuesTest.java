package dev.stepwise.asl.data.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.stepwise.asl.data.Json;
import org.junit.jupiter.api.Test;

/**
 * Values far larger than the expression that builds them, and Java errors the library wraps, end in a
 * {@link QueryEvaluationException} that says what happened: never a Java error, a Java message or a full heap.
 */
class JsonataHugeValuesTest {

    /** An object whose two fields hold the previous step's object: 2^steps leaves, built from steps objects. */
    private static String doubled(int steps) {
        return "$reduce([1.." + steps + "], function($a, $b){ {\"a\": $a, \"b\": $a} }, {\"x\": \"leaf\"})";
    }

    private static QueryEvaluationException failure(String expression) {
        Throwable thrown = catchThrowable(() -> JsonataExpression.compile(expression, "Output")
                .evaluate(JsonataBindings.ofInput(Json.NODES.objectNode())));
        assertThat(thrown).as(expression).isInstanceOf(QueryEvaluationException.class);
        return (QueryEvaluationException) thrown;
    }

    @Test
    void aResultSharingOneValueMillionsOfTimesFailsBeforeItsTreeIsBuilt() {
        assertThat(failure(doubled(40)).detail()).endsWith(
                "returned a result that is too large: its JSON text would be longer than 10485760 characters.");
    }

    @Test
    void stringOfSuchAValueFailsBeforeItsTextFillsTheHeap() {
        assertThat(failure("$string(" + doubled(40) + ")").detail()).contains(
                "The $string function would return a string of", "more than the 10485760 allowed");
    }

    @Test
    void sharedValuesWithinTheBoundStillConvert() {
        // 2^10 leaves of {"x":"leaf"}: small enough to be a result
        JsonataExpression expression = JsonataExpression.compile("$string(" + doubled(10) + ") = $string("
                + doubled(10) + ") and $count(" + doubled(10) + ".**.x) = 1024", "Output");
        assertThat(expression.evaluate(JsonataBindings.ofInput(Json.NODES.objectNode())).booleanValue()).isTrue();
        assertThat(Json.write(JsonataExpression.compile(doubled(2), "Output")
                .evaluate(JsonataBindings.ofInput(Json.NODES.objectNode())))).isEqualTo(
                "{\"a\":{\"a\":{\"x\":\"leaf\"},\"b\":{\"x\":\"leaf\"}},\"b\":{\"a\":{\"x\":\"leaf\"},\"b\":{\"x\":\"leaf\"}}}");
    }

    @Test
    void aStackOverflowInsideAFunctionArgumentIsReportedAsOneAtTheTopLevel() {
        // the library wraps what a function's callback throws in a RuntimeException whose message is the Java
        // error's class name; a regex that recurses per character overflows inside $match the same way
        for (String expression : new String[] {
            "$map([1], function($v){ ($f := function($n){ 1 + $f($n + 1) }; $f(0)) })",
            "$sort([2, 1], function($a, $b){ ($f := function($n){ 1 + $f($n + 1) }; $f(0)) })",
            "$match($pad(\"\", 200000, \"ab\"), /(a|b)*/)"}) {
            assertThat(failure(expression).detail()).as(expression)
                    .endsWith("threw an error during evaluation. Stack overflow: the expression recurses too deeply.");
        }
    }
}
