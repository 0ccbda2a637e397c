package dev.stepwise.asl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntaxCheckersTest {

    @Nested
    class IntrinsicFunctions {

        @ParameterizedTest
        @ValueSource(strings = {
                "States.UUID()",
                "States.Format('Hello, {}!', $.name)",
                "States.Format('literal \\{braces\\} and \\'quotes\\' and \\\\ then {}', $.a)",
                "States.StringToJson('{\"a\": 1}')",
                "States.MathAdd($.n, -1)",
                "States.ArrayRange(1, 10, 2)",
                "States.Array($$.Execution.Id, $myVar, true, false, null)",
                "States.ArrayGetItem($.items[0].list, States.MathAdd(States.ArrayLength($.x), -1))",
                "States.Hash($.text, 'SHA-256')",
                "States.JsonMerge($.a, $['b c'], false)",
        })
        void acceptsWellFormedCalls(String call) {
            assertThat(IntrinsicFunctionSyntax.syntaxError(call)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "States.Unknown(1)",
                "States.Format('He said \\\"hi\\\"', $.a)",
                "States.Format('unterminated, $.a)",
                "States.MathAdd($.a 1)",
                "States.MathAdd($.a, 1",
                "States.UUID() extra",
                "States.Array(undefined)",
                "States.Array(1.2.3)",
                "States.Array($..[)",
        })
        void rejectsMalformedCalls(String call) {
            assertThat(IntrinsicFunctionSyntax.syntaxError(call)).isPresent();
        }

        @org.junit.jupiter.api.Test
        void limitsNestingToTenLevels() {
            String tenDeep = "States.MathAdd(".repeat(10) + "1" + ", 1)".repeat(10);
            String elevenDeep = "States.MathAdd(".repeat(11) + "1" + ", 1)".repeat(11);
            assertThat(IntrinsicFunctionSyntax.syntaxError(tenDeep)).isEmpty();
            assertThat(IntrinsicFunctionSyntax.syntaxError(elevenDeep)).get().asString().contains("at most 10 levels deep");
        }
    }

    @Nested
    class Paths {

        @ParameterizedTest
        @ValueSource(strings = {"$", "$.a", "$.a.b[0]", "$['a b']", "$..x", "$.a[*].b", "$.a[?(@.b > 1)]",
                "$$.Execution.Input", "$$", "$var", "$var.field[1]"})
        void acceptsPaths(String path) {
            assertThat(JsonPathSyntax.isPath(path)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "a.b", ".a", "$.", "$['a", "$[?(@.a ==]"})
        void rejectsNonPaths(String path) {
            assertThat(JsonPathSyntax.isPath(path)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"$", "$.a", "$.a.b", "$['a b'].c", "$[\"q\"]", "$.list[3]", "$.a-b.c_d"})
        void acceptsReferencePaths(String path) {
            assertThat(JsonPathSyntax.isReferencePath(path)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"$.a[*]", "$..a", "$.a[?(@.x)]", "$.a[0:2]", "$$.Execution", "$var", "a",
                "$.a.", "$['a'", "$[-1]", "$.a[0,1]"})
        void rejectsNonReferencePaths(String path) {
            assertThat(JsonPathSyntax.isReferencePath(path)).isFalse();
        }
    }

    @Nested
    class Jsonata {

        @ParameterizedTest
        @ValueSource(strings = {"{% $states.input.x + 1 %}", "{% $partition($states.input, 2) %}",
                "{%$sum([1,2])%}", "{% {'a': $x} %}"})
        void acceptsExpressionsThatParse(String expression) {
            assertThat(JsonataSyntax.isExpression(expression)).isTrue();
            assertThat(JsonataSyntax.syntaxError(expression)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"{% $states.input. %}", "{% ( %}", "{%   %}", "{% [1, 2 %}"})
        void reportsExpressionsThatDoNotParse(String expression) {
            assertThat(JsonataSyntax.syntaxError(expression)).isPresent();
        }

        @ParameterizedTest
        @ValueSource(strings = {"plain", " {% 1 %}", "{% 1", "{%}"})
        void onlyExactDelimitersMakeAnExpression(String text) {
            assertThat(JsonataSyntax.isExpression(text)).isFalse();
        }
    }

    @Nested
    class Resources {

        @ParameterizedTest
        @ValueSource(strings = {"arn:aws:states:::lambda:invoke.waitForTaskToken",
                "arn:aws:states:::aws-sdk:dynamodb:query", "arn:aws:states:::glue:startJobRun.sync",
                "arn:aws-us-gov:states:::sqs:sendMessage", "arn:aws:states:::states:startExecution.sync:2"})
        void recognisesIntegrations(String arn) {
            assertThat(TaskResources.recognise(arn)).isPresent();
        }

        @ParameterizedTest
        @ValueSource(strings = {"arn:aws:states:::dynamodb:query", "arn:aws:states:::lambda:invoke.sync",
                "arn:aws:states:::aws-sdk:s3:getObject.sync", "arn:aws:states:::sns:publish.sync:2",
                "arn:aws:lambda:us-east-1:123:function:short-account", "lambda", "arn:aws:states:::nosuch:thing"})
        void rejectsUnknownResources(String arn) {
            assertThat(TaskResources.recognise(arn)).isEmpty();
        }

        @org.junit.jupiter.api.Test
        void reportsTheIntegrationPattern() {
            assertThat(TaskResources.recognise("arn:aws:states:::ecs:runTask.sync"))
                    .contains(TaskResources.IntegrationPattern.SYNC);
            assertThat(TaskResources.recognise("arn:aws:states:::aws-sdk:s3:listBuckets.waitForTaskToken"))
                    .contains(TaskResources.IntegrationPattern.WAIT_FOR_TASK_TOKEN);
            assertThat(TaskResources.recognise("arn:aws:lambda:us-east-1:123456789012:function:f"))
                    .contains(TaskResources.IntegrationPattern.REQUEST_RESPONSE);
        }
    }
}
