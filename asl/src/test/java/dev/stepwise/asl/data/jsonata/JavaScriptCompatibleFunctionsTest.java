package dev.stepwise.asl.data.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Where the Java library differs from jsonata-js (which AWS runs), the expected values are jsonata-js's. */
class JavaScriptCompatibleFunctionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode eval(String expression) {
        try {
            return JsonataExpression.compile(expression, "Output").evaluate(JsonataBindings.ofInput(JSON.readTree("{}")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String string(String expression) {
        return eval(expression).textValue();
    }

    @Test
    void stringWritesNumbersInJavaScriptNotation() {
        assertThat(string("$string(1e20)")).isEqualTo("100000000000000000000");
        assertThat(string("$string(1e21)")).isEqualTo("1e+21");
        assertThat(string("$string(-1.5e21)")).isEqualTo("-1.5e+21");
        assertThat(string("$string(0.000001)")).isEqualTo("0.000001");
        assertThat(string("$string(1e-7)")).isEqualTo("1e-7");
        assertThat(string("$string(5)")).isEqualTo("5");
        assertThat(string("$string(2.50)")).isEqualTo("2.5");
    }

    @Test
    void stringRoundsToFifteenSignificantDigits() {
        assertThat(string("$string(1/3)")).isEqualTo("0.333333333333333");
        assertThat(string("$string(0.1 + 0.2)")).isEqualTo("0.3");
    }

    /** jsonata-js applies toPrecision(15) to every number, whole ones too (jsonata-js issue 669). */
    @Test
    void stringRoundsWholeNumbersOfMoreThanFifteenDigits() throws Exception {
        assertThat(string("$string(123456789012345)")).isEqualTo("123456789012345");
        assertThat(string("$string(1234567890123456)")).isEqualTo("1234567890123460");
        assertThat(string("$string(-1234567890123456789)")).isEqualTo("-1234567890123460000");
        JsonataBindings input = JsonataBindings.ofInput(JSON.readTree("{\"id\": 12345678901234567, \"big\": 123456789012345678901}"));
        assertThat(JsonataExpression.compile("$string($states.input)", "Output").evaluate(input).textValue())
                .isEqualTo("{\"id\":12345678901234600,\"big\":123456789012346000000}");
    }

    @Test
    void stringOfStructuresIsJsonWithTheSameNumbers() {
        assertThat(string("$string({'a': 1e20, 'b': [0.1 + 0.2, 'x', null, true], 'f': function($x){1}})"))
                .isEqualTo("{\"a\":100000000000000000000,\"b\":[0.3,\"x\",null,true],\"f\":\"\"}");
        assertThat(string("$string({'a': 1, 'b': [1, 2], 'c': {}}, true)"))
                .isEqualTo("{\n  \"a\": 1,\n  \"b\": [\n    1,\n    2\n  ],\n  \"c\": {}\n}");
        assertThat(string("$string('say \"hi\"')")).isEqualTo("say \"hi\"");
        assertThat(string("$string(true)")).isEqualTo("true");
        assertThat(eval("$map([1e20, 1e21], $string)")).isEqualTo(JSON.valueToTree(new String[] {"100000000000000000000", "1e+21"}));
    }

    /** jsonata-js sorts by merge sort, taking the right item first only when the comparator says so. */
    @Test
    void sortKeepsTheOrderOfItemsTheComparatorDoesNotOrder() {
        assertThat(eval("$sort([{'a':1,'b':1},{'a':0,'b':2},{'a':1,'b':3},{'a':1,'b':4}], "
                + "function($l, $r){$l.a > $r.a}).b")).isEqualTo(JSON.valueToTree(new int[] {2, 1, 3, 4}));
        List<Integer> evensThenOdds = new ArrayList<>();
        for (int parity : new int[] {0, 1}) {
            for (int i = 1; i <= 40; i++) {
                if (i % 2 == parity) {
                    evensThenOdds.add(i);
                }
            }
        }
        assertThat(eval("$sort([1..40], function($l, $r){$l % 2 > $r % 2})"))
                .isEqualTo(JSON.valueToTree(evensThenOdds));
    }

    @Test
    void sortWithoutComparatorOrdersIntegersAndFractionsTogether() {
        assertThat(eval("$sort([1, 2.5, 0, -1.5, 2])")).isEqualTo(json("[-1.5, 0, 1, 2, 2.5]"));
        assertThat(eval("$sort(['b', 'B', 'a', 'é'])")).isEqualTo(JSON.valueToTree(new String[] {"B", "a", "b", "é"}));
    }

    /** jsonata-js casts only decimal literals and 0x/0o/0b integers; everything else is D3030. */
    @Test
    void numberCastsStringsAsJsonataJsDoes() {
        assertThat(eval("[$number('12'), $number('-1.5e2'), $number('012'), $number('0x1F'), $number('0o17'), "
                + "$number('0B101'), $number(true), $number(false), $number(2.5)]"))
                .isEqualTo(json("[12, -150, 12, 31, 15, 5, 1, 0, 2.5]"));
        assertThat(eval("['7', '8'].$number()")).isEqualTo(json("[7, 8]"));
        assertThat(eval("[1..$number('3')]")).isEqualTo(json("[1, 2, 3]"));
        for (String text : new String[] {" 12 ", "+5", ".5", "1.", "12abc", "", "1e400", "Infinity", "-0x10", "0x1g"}) {
            assertThat(catchThrowableOfType(QueryEvaluationException.class, () -> eval("$number('" + text + "')"))
                    .detail()).as(text).endsWith("threw an error during evaluation. D3030: Unable to cast value to a "
                            + "number: \"" + text + "\"");
        }
    }

    @Test
    void encodeUrlEncodesLikeEncodeUri() {
        assertThat(string("$encodeUrl('https://x.com/a b?q=é&r=1#frag')"))
                .isEqualTo("https://x.com/a%20b?q=%C3%A9&r=1#frag");
        assertThat(string("$encodeUrlComponent('a b/é?')")).isEqualTo("a%20b%2F%C3%A9%3F");
    }

    @Test
    void errorAndAssertCarryTheirOwnMessage() {
        assertThat(catchThrowableOfType(QueryEvaluationException.class, () -> eval("$error('boom')")).detail())
                .endsWith("threw an error during evaluation. D3137: boom");
        assertThat(catchThrowableOfType(QueryEvaluationException.class, () -> eval("$assert(false, 'nope')")).detail())
                .endsWith("threw an error during evaluation. D3141: nope");
    }
}
