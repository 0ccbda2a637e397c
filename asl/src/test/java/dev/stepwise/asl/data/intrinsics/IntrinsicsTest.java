package dev.stepwise.asl.data.intrinsics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.DataScope;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.data.ValueExpression;
import dev.stepwise.asl.error.StatesError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IntrinsicsTest {

    private static final JsonNode INPUT = Json.parse("""
            {"name": "Ada", "n": 3, "list": [1, 2, 2, 1.0, "2", {"a": 1}, {"a": 1.0}], "obj": {"a": 1, "b": [true, null]},
             "text": "a,b,,c", "flag": true, "dec": 2.5}""");
    private static final JsonNode CONTEXT = Json.parse("{\"Execution\": {\"Name\": \"run-1\"}}");

    private static JsonNode eval(String expression) {
        return Intrinsics.compile(expression).evaluate(DataScope.of(INPUT, CONTEXT));
    }

    private static String evalJson(String expression) {
        return Json.write(eval(expression));
    }

    private static StatesError failure(String expression) {
        try {
            eval(expression);
        } catch (StatesError e) {
            return e;
        }
        throw new AssertionError("expected a StatesError from " + expression);
    }

    @Nested
    class Parsing {

        @Test
        void stringLiteralsUnescapeQuotesBracesAndBackslashes() {
            assertThat(eval("States.Format('it\\'s \\{x\\} \\\\ {}', $.name)").textValue())
                    .isEqualTo("it's {x} \\ Ada");
        }

        @Test
        void literalsOfEveryKind() {
            assertThat(evalJson("States.Array('s', 1, -2.50, true, false, null)"))
                    .isEqualTo("[\"s\",1,-2.50,true,false,null]");
        }

        @Test
        void pathsIntoInputContextAndFiltersWithCommasAndParentheses() {
            assertThat(evalJson("States.Array($$.Execution.Name, $.list[?(@.a)], $['name','n'])"))
                    .isEqualTo("[\"run-1\",[{\"a\":1},{\"a\":1.0}],{\"name\":\"Ada\",\"n\":3}]");
        }

        @Test
        void variablesAreRoots() {
            DataScope scope = new DataScope() {
                public JsonNode input() { return INPUT; }
                public JsonNode context() { return CONTEXT; }
                public JsonNode variable(String name) { return name.equals("cfg") ? Json.parse("{\"x\":7}") : null; }
            };
            assertThat(Intrinsics.compile("States.MathAdd($cfg.x, 1)").evaluate(scope).intValue()).isEqualTo(8);
        }

        @Test
        void nestedCallsAndWhitespace() {
            assertThat(eval(" States.ArrayGetItem( States.StringSplit( 'a-b' , '-' ) , 1 ) ").textValue())
                    .isEqualTo("b");
        }

        @Test
        void nestsTenDeepButNotEleven() {
            String ten = "States.ArrayLength(" + "States.Array(".repeat(9) + ")".repeat(9) + ")";
            assertThat(eval(ten).intValue()).isEqualTo(1);
            String eleven = "States.ArrayLength(" + "States.Array(".repeat(10) + ")".repeat(10) + ")";
            assertThatThrownBy(() -> Intrinsics.compile(eleven))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 10 levels");
        }

        @Test
        void sourceIsTheExpressionText() {
            ValueExpression expression = Intrinsics.compile("States.UUID()");
            assertThat(expression.source()).isEqualTo("States.UUID()");
        }

        @Test
        void missingPathArgumentYieldsNullSoTheCallerCanNameTheField() {
            assertThat(eval("States.Format('{}', $.nope)")).isNull();
            assertThat(eval("States.ArrayLength(States.Array($.nope))")).isNull();
        }
    }

    @Nested
    class CompileErrors {

        private void rejects(String expression, String message) {
            assertThatThrownBy(() -> Intrinsics.compile(expression))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(message);
        }

        @Test
        void unknownFunction() {
            rejects("States.Nope(1)", "unknown intrinsic function 'States.Nope'");
        }

        @Test
        void wrongArgumentCount() {
            rejects("States.ArrayLength()", "States.ArrayLength takes 1 argument, but 0 were given");
            rejects("States.MathRandom(1)", "States.MathRandom takes 2 to 3 arguments, but 1 was given");
            rejects("States.Format()", "States.Format takes at least 1 argument");
        }

        @Test
        void literalOfWrongType() {
            rejects("States.ArrayLength('x')", "argument 1 of States.ArrayLength must be an array, but is \"x\"");
            rejects("States.MathAdd(1, 'two')", "argument 2 of States.MathAdd must be a number");
            rejects("States.ArrayGetItem($.list, 1.5)", "must be an integer");
        }

        @Test
        void syntax() {
            rejects("States.Array(1", "unexpected end");
            rejects("States.Array(1 2)", "expected ',' or ')'");
            rejects("States.Array('open)", "unterminated string literal");
            rejects("States.Array(1) extra", "unexpected text after the closing parenthesis");
            rejects("States.Array(foo)", "expected an argument");
        }

        @Test
        void onlyQuoteBraceAndBackslashMayBeEscaped() {
            // Both rejected by AWS at CreateStateMachine (corpus: test_illegal_escapes).
            rejects("States.StringToJson('{\"text\":\"An \\\"escaped double quote\\\" here\"}')",
                    "may only escape");
            rejects("States.Format('He said, \\\"Hello, {}!\\\"', 'Test \\\"Name\\\" Here')", "may only escape");
        }

        @Test
        void formatPlaceholdersMustMatchTheValues() {
            rejects("States.Format('{} and {}', $.name)", "the template has 2 placeholders but 1 value was given");
            rejects("States.Format('a { b')", "unescaped '{'");
        }

        @Test
        void jsonMergeIsShallowOnly() {
            rejects("States.JsonMerge($.obj, $.obj, true)", "third argument must be false");
        }

        @Test
        void literalHashAlgorithmMustBeSupported() {
            rejects("States.Hash('x', 'SHA-3')", "the hash algorithm 'SHA-3' is not supported");
        }
    }

    @Nested
    class ArrayFamily {

        @Test
        void array() {
            assertThat(evalJson("States.Array()")).isEqualTo("[]");
            assertThat(evalJson("States.Array($.n, $.obj)")).isEqualTo("[3,{\"a\":1,\"b\":[true,null]}]");
        }

        @Test
        void partitionKeepsARemainderChunk() {
            assertThat(evalJson("States.ArrayPartition(States.Array(1,2,3,4,5), 2)")).isEqualTo("[[1,2],[3,4],[5]]");
            assertThat(evalJson("States.ArrayPartition(States.Array(), 2)")).isEqualTo("[]");
            assertThat(failure("States.ArrayPartition($.list, 0)").cause()).contains("positive integer");
        }

        @Test
        void containsComparesJsonValues() {
            assertThat(eval("States.ArrayContains($.list, 1.00)").booleanValue()).isTrue();
            assertThat(eval("States.ArrayContains($.list, $.obj)").booleanValue()).isFalse();
            assertThat(eval("States.ArrayContains($.list, '2')").booleanValue()).isTrue();
            assertThat(eval("States.ArrayContains($.list, 'x')").booleanValue()).isFalse();
        }

        @Test
        void rangeIsInclusiveAndCapped() {
            assertThat(evalJson("States.ArrayRange(1, 9, 2)")).isEqualTo("[1,3,5,7,9]");
            assertThat(evalJson("States.ArrayRange(0, 10, 3)")).isEqualTo("[0,3,6,9]");
            assertThat(evalJson("States.ArrayRange(5, 1, -2)")).isEqualTo("[5,3,1]");
            assertThat(evalJson("States.ArrayRange(5, 1, 2)")).isEqualTo("[]");
            assertThat(eval("States.ArrayRange(1, 1000, 1)").size()).isEqualTo(1000);
            StatesError tooMany = failure("States.ArrayRange(0, 1000, 1)");
            assertThat(tooMany.error()).isEqualTo("States.IntrinsicFailure");
            assertThat(tooMany.cause()).contains("1001 items, more than the maximum of 1000");
            assertThat(failure("States.ArrayRange(0, 5, 0)").cause()).contains("step must not be 0");
        }

        @Test
        void getItemChecksBounds() {
            assertThat(eval("States.ArrayGetItem($.list, 5)")).isEqualTo(Json.parse("{\"a\":1}"));
            StatesError error = failure("States.ArrayGetItem($.list, 7)");
            assertThat(error.cause()).isEqualTo(
                    "Invalid arguments in States.ArrayGetItem: index 7 is out of bounds for an array of 7 items");
        }

        @Test
        void lengthAndUnique() {
            assertThat(eval("States.ArrayLength($.list)").intValue()).isEqualTo(7);
            assertThat(evalJson("States.ArrayUnique($.list)")).isEqualTo("[1,2,\"2\",{\"a\":1}]");
        }

        @Test
        void runtimeTypeErrorsAreIntrinsicFailures() {
            StatesError error = failure("States.ArrayLength($.name)");
            assertThat(error.error()).isEqualTo("States.IntrinsicFailure");
            assertThat(error.cause()).isEqualTo(
                    "Invalid arguments in States.ArrayLength: argument 1 must be an array, but was \"Ada\"");
        }
    }

    @Nested
    class EncodingHashAndJson {

        @Test
        void base64RoundTripsUtf8() {
            assertThat(eval("States.Base64Encode('Data to encode')").textValue()).isEqualTo("RGF0YSB0byBlbmNvZGU=");
            assertThat(eval("States.Base64Decode(States.Base64Encode('héllo ✓'))").textValue()).isEqualTo("héllo ✓");
            assertThat(failure("States.Base64Decode('***')").cause()).contains("not Base64");
        }

        @Test
        void base64LimitsItsInput() {
            String big = "x".repeat(10_001);
            DataScope scope = DataScope.of(Json.NODES.objectNode().put("big", big), CONTEXT);
            assertThatThrownBy(() -> Intrinsics.compile("States.Base64Encode($.big)").evaluate(scope))
                    .isInstanceOf(StatesError.class).hasMessageContaining("more than the maximum of 10000");
        }

        @Test
        void hashEveryAlgorithm() {
            assertThat(eval("States.Hash('input data', 'MD5')").textValue())
                    .isEqualTo("812f45842bc6d66ee14572ce20db8e86");
            assertThat(eval("States.Hash('input data', 'SHA-1')").textValue())
                    .isEqualTo("aaff4a450a104cd177d28d18d74485e8cae074b7");
            assertThat(eval("States.Hash('input data', 'SHA-256')").textValue())
                    .isEqualTo("b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3");
            assertThat(eval("States.Hash('input data', 'SHA-384')").textValue()).hasSize(96);
            assertThat(eval("States.Hash('input data', 'SHA-512')").textValue()).hasSize(128);
            assertThat(failure("States.Hash('x', $.name)").cause()).contains("'Ada' is not supported");
        }

        @Test
        void stringToJsonAndBack() {
            assertThat(eval("States.StringToJson('{\"a\": [1, 2.5]}')")).isEqualTo(Json.parse("{\"a\":[1,2.5]}"));
            assertThat(eval("States.StringToJson('  ')").isNull()).isTrue();
            assertThat(failure("States.StringToJson('{nope')").error()).isEqualTo("States.IntrinsicFailure");
            assertThat(eval("States.JsonToString($.obj)").textValue()).isEqualTo("{\"a\":1,\"b\":[true,null]}");
            assertThat(eval("States.JsonToString($.name)").textValue()).isEqualTo("\"Ada\"");
        }

        @Test
        void jsonMergeIsShallowAndTheSecondWins() {
            JsonNode merged = eval("States.JsonMerge(States.StringToJson('{\"a\":{\"x\":1},\"b\":2}'), "
                    + "States.StringToJson('{\"a\":{\"y\":2},\"c\":3}'), false)");
            assertThat(merged).isEqualTo(Json.parse("{\"a\":{\"y\":2},\"b\":2,\"c\":3}"));
            assertThat(INPUT.get("obj")).isEqualTo(Json.parse("{\"a\": 1, \"b\": [true, null]}"));
        }
    }

    @Nested
    class MathStringAndIds {

        @Test
        void mathAddRoundsEachOperandHalfUp() {
            assertThat(eval("States.MathAdd(1.49, 1.5)").intValue()).isEqualTo(3);
            assertThat(eval("States.MathAdd(-1.5, -1.51)").intValue()).isEqualTo(-3);
            assertThat(eval("States.MathAdd(-0.5, 0)").intValue()).isEqualTo(0);
            assertThat(eval("States.MathAdd($.n, -10)").intValue()).isEqualTo(-7);
            assertThat(eval("States.MathAdd($.dec, 0)").intValue()).isEqualTo(3);
        }

        @Test
        void mathAddOfWholeNumbersIsExactBeyondTheRangeOfLong() {
            assertThat(evalJson("States.MathAdd(2, 3)")).isEqualTo("5");
            assertThat(evalJson("States.MathAdd(2.0, 3)")).isEqualTo("5");
            assertThat(evalJson("States.MathAdd(9223372036854775807, 1)")).isEqualTo("9223372036854775808");
            assertThat(evalJson("States.MathAdd(-9223372036854775808, -1)")).isEqualTo("-9223372036854775809");
            assertThat(eval("States.MathAdd(2, 3)")).isEqualTo(eval("States.MathAdd(2.4, 3)"));
        }

        @Test
        void mathRandomStaysInRangeAndSeedsRepeat() {
            for (int i = 0; i < 50; i++) {
                int value = eval("States.MathRandom(3, 6)").intValue();
                assertThat(value).isBetween(3, 5);
            }
            assertThat(eval("States.MathRandom(0, 1000000, 42)")).isEqualTo(eval("States.MathRandom(0, 1000000, 42)"));
            assertThat(failure("States.MathRandom(5, 5)").cause()).contains("must be less than the end");
        }

        @Test
        void formatPrintsValuesAsAwsDoes() {
            assertThat(eval("States.Format('{} {} {} {} {}', $.name, $.n, $.flag, $.obj, $.obj.b[1])").textValue())
                    .isEqualTo("Ada 3 true {a=1, b=[true, null]} null");
        }

        @Test
        void formatWithATemplateFromAPath() {
            DataScope scope = DataScope.of(Json.parse("{\"t\": \"<{}>\", \"v\": 1}"), CONTEXT);
            assertThat(Intrinsics.compile("States.Format($.t, $.v)").evaluate(scope).textValue()).isEqualTo("<1>");
            assertThatThrownBy(() -> Intrinsics.compile("States.Format($.t)").evaluate(scope))
                    .isInstanceOf(StatesError.class).hasMessageContaining("1 placeholders but 0 values");
        }

        @Test
        void stringSplitDropsEmptyPieces() {
            assertThat(evalJson("States.StringSplit($.text, ',')")).isEqualTo("[\"a\",\"b\",\"c\"]");
            assertThat(evalJson("States.StringSplit('a;b,c', ',;')")).isEqualTo("[\"a\",\"b\",\"c\"]");
            assertThat(evalJson("States.StringSplit('', ',')")).isEqualTo("[]");
        }

        @Test
        void uuidIsRandomVersion4() {
            String first = eval("States.UUID()").textValue();
            assertThat(first).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(eval("States.UUID()").textValue()).isNotEqualTo(first);
        }
    }
}
