package dev.stepwise.asl.validation;

import static dev.stepwise.asl.validation.ValidationAssertions.assertProblem;
import static dev.stepwise.asl.validation.ValidationAssertions.assertSchemaProblem;
import static dev.stepwise.asl.validation.ValidationAssertions.assertValid;
import static dev.stepwise.asl.validation.ValidationAssertions.json;
import static dev.stepwise.asl.validation.ValidationAssertions.single;
import static dev.stepwise.asl.validation.ValidationAssertions.validate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.QueryLanguage;
import dev.stepwise.asl.StateMachineType;
import dev.stepwise.asl.data.Json;
import java.io.InputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DefinitionValidatorTest {

    private static final String LAMBDA = "\"Resource\":\"arn:aws:states:::lambda:invoke\"";

    @Nested
    class TopLevel {

        @Test
        void definitionMustBeAnObject() {
            ValidationReport report = DefinitionValidator.validate(json("[1]"));
            assertThat(report.problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("must be a JSON object"));
            assertThat(DefinitionValidator.validate(null).isValid()).isFalse();
            assertThat(DefinitionValidator.validate(NullNode.getInstance()).isValid()).isFalse();
        }

        @Test
        void startAtAndStatesAreRequired() {
            assertSchemaProblem("{\"Comment\":\"x\"}", "", "These fields are required: [StartAt, States]");
        }

        @Test
        void startAtMustNameAState() {
            assertProblem("{\"StartAt\":\"Nope\",\"States\":{\"A\":{\"Type\":\"Succeed\"}}}", "/StartAt",
                    ProblemCodes.MISSING_TRANSITION_TARGET, "Missing 'StartAt' target: Nope");
        }

        @Test
        void unknownTopLevelFieldsAreRejected() {
            assertSchemaProblem("{\"StartAt\":\"A\",\"Timeout\":5,\"States\":{\"A\":{\"Type\":\"Succeed\"}}}",
                    "/Timeout", "The field 'Timeout' is not supported");
        }

        @Test
        void versionQueryLanguageAndTimeoutAreChecked() {
            String definition = "{\"StartAt\":\"A\",\"Version\":\"2.0\",\"QueryLanguage\":\"XPath\","
                    + "\"TimeoutSeconds\":-1,\"States\":{\"A\":{\"Type\":\"Succeed\"}}}";
            assertSchemaProblem(definition, "/Version", "must be one of 1.0");
            assertSchemaProblem(definition, "/QueryLanguage", "must be one of JSONPath, JSONata, not 'XPath'");
            assertSchemaProblem(definition, "/TimeoutSeconds", "must be an integer from 0 to 99999999");
        }

        @Test
        void aDefinitionPastTheSizeOrDepthBoundIsRefusedBeforeAnythingElse() {
            // the runtime refused these while validate (ValidateStateMachineDefinition, `stepwise validate`) accepted
            // built as a tree: the JSON parser itself refuses text nested this deep
            ArrayNode deep = Json.NODES.arrayNode();
            for (int level = 1; level < 1_000; level++) {
                deep = Json.NODES.arrayNode().add(deep);
            }
            ObjectNode pass = (ObjectNode)
                    json("{\"Type\":\"Pass\",\"End\":true}");
            pass.set("Result", deep);
            ObjectNode definition = (ObjectNode)
                    json(single("{}"));
            ((ObjectNode) definition.get("States")).set("A", pass);
            ValidationReport tooDeep = DefinitionValidator.validate(definition);
            assertThat(tooDeep.problems()).singleElement().satisfies(p -> {
                assertThat(p.message()).isEqualTo("the definition nests deeper than 1000 levels of objects and arrays");
                assertThat(p.location()).startsWith("/States/A/Result/0/0/0");
            });
            assertThat(DefinitionValidator.validateState("S", pass, QueryLanguage.JSONPATH).problems())
                    .singleElement().satisfies(p -> assertThat(p.message()).contains("nests deeper than 1000"));
            String big = "x".repeat(1_100_000);
            ValidationReport tooLarge = validate(single("{\"Type\":\"Pass\",\"Comment\":\"" + big + "\",\"End\":true}"));
            assertThat(tooLarge.problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("larger than AWS's limit of 1048576 bytes"));
        }
    }

    @Nested
    class States {

        @Test
        void typeMustBeOneOfTheEight() {
            assertSchemaProblem(single("{\"Type\":\"Sleep\",\"End\":true}"), "/States/A/Type",
                    "must be one of Pass, Task, Choice, Wait, Succeed, Fail, Parallel, Map");
            assertSchemaProblem(single("{\"End\":true}"), "/States/A", "These fields are required: [Type]");
        }

        @Test
        void unknownFieldsAreRejectedWithTheAllowedOnesListed() {
            assertSchemaProblem(single("{\"Type\":\"Pass\",\"Reslt\":1,\"End\":true}"), "/States/A/Reslt",
                    "not supported by Step Functions in a Pass state; allowed fields are");
        }

        @Test
        void jsonPathFieldsAreRejectedInJsonataStates() {
            assertSchemaProblem(single("{\"Type\":\"Pass\",\"QueryLanguage\":\"JSONata\",\"Parameters\":{},"
                    + "\"End\":true}"), "/States/A/Parameters", "not supported for JSONata query language");
        }

        @Test
        void jsonataFieldsAreRejectedInJsonPathStates() {
            assertSchemaProblem(single("{\"Type\":\"Task\"," + LAMBDA + ",\"Arguments\":{},\"End\":true}"),
                    "/States/A/Arguments", "not supported for JSONPath query language");
        }

        @Test
        void topLevelQueryLanguageAppliesToEveryState() {
            assertValid("{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\","
                    + "\"Output\":\"{% $states.input %}\",\"End\":true}}}");
        }

        @Test
        void aJsonataMachineCannotSwitchStatesBackToJsonPath() {
            assertSchemaProblem("{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":"
                    + "\"Pass\",\"QueryLanguage\":\"JSONPath\",\"End\":true}}}", "/States/A/QueryLanguage",
                    "cannot use JSONPath when the state machine's QueryLanguage is JSONata");
            assertValid("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"QueryLanguage\":\"JSONata\","
                    + "\"End\":true}}}");
        }

        @Test
        void exactlyOneOfNextOrEnd() {
            assertSchemaProblem("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\",\"End\":true},"
                    + "\"B\":{\"Type\":\"Succeed\"}}}", "/States/A", "either 'Next' or 'End': true, not both");
            assertSchemaProblem(single("{\"Type\":\"Pass\"}"), "/States/A", "needs 'Next'");
            assertSchemaProblem(single("{\"Type\":\"Pass\",\"End\":false}"), "/States/A", "needs 'Next'");
        }

        @Test
        void terminalTypesHaveNeitherNextNorEnd() {
            assertSchemaProblem(single("{\"Type\":\"Succeed\",\"End\":true}"), "/States/A/End",
                    "The field 'End' is not supported by Step Functions in a Succeed state");
        }

        @Test
        void transitionTargetsMustExist() {
            assertProblem("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"Gone\"},"
                            + "\"B\":{\"Type\":\"Succeed\"}}}", "/States/A/Next",
                    ProblemCodes.MISSING_TRANSITION_TARGET, "Missing 'Next' target: Gone");
        }

        @Test
        void unreachableStatesAreRejected() {
            assertProblem("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Succeed\"},\"Orphan\":{\"Type\":\"Succeed\"}}}",
                    "/States/Orphan", ProblemCodes.MISSING_TRANSITION_TARGET, "State \"Orphan\" is not reachable.");
        }

        @Test
        void statesReachedOnlyThroughCatchOrDefaultAreReachable() {
            assertValid("{\"StartAt\":\"C\",\"States\":{"
                    + "\"C\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.x\",\"IsPresent\":true,\"Next\":\"T\"}],"
                    + "\"Default\":\"D\"},"
                    + "\"T\":{\"Type\":\"Task\"," + LAMBDA + ",\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],"
                    + "\"Next\":\"F\"}],\"End\":true},"
                    + "\"D\":{\"Type\":\"Succeed\"},\"F\":{\"Type\":\"Fail\",\"Error\":\"E\"}}}");
        }

        @Test
        void aMachineNeedsATerminalState() {
            assertProblem("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"},"
                            + "\"B\":{\"Type\":\"Pass\",\"Next\":\"A\"}}}", "/States",
                    ProblemCodes.MISSING_END_STATE, "No state ends this machine");
        }

        @Test
        void stateNamesHaveAtMost80Characters() {
            String name = "N".repeat(81);
            assertProblem("{\"StartAt\":\"" + name + "\",\"States\":{\"" + name + "\":{\"Type\":\"Succeed\"}}}",
                    "/States/" + name, ProblemCodes.INVALID_STATE_NAME, "at most 80 characters");
        }

        @Test
        void stateNamesAreUniqueAcrossBranches() {
            assertProblem("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Parallel\",\"End\":true,\"Branches\":["
                            + "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Succeed\"}}}]}}}",
                    "/States/P/Branches/0/States/P", ProblemCodes.DUPLICATE_STATE_NAME, "Duplicate State name: P");
        }

        @Test
        void slashesInStateNamesAreEscapedInLocations() {
            assertProblem("{\"StartAt\":\"a/b\",\"States\":{\"a/b\":{\"Type\":\"Pass\",\"Next\":\"x\"}}}",
                    "/States/a~1b/Next", ProblemCodes.MISSING_TRANSITION_TARGET, "Missing 'Next' target: x");
        }
    }

    @Nested
    class Tasks {

        @Test
        void resourceIsRequired() {
            assertSchemaProblem(single("{\"Type\":\"Task\",\"End\":true}"), "/States/A",
                    "These fields are required: [Resource]");
        }

        @Test
        void unknownIntegrationsAreRejectedInAwsWords() {
            assertSchemaProblem(single("{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::dynamodb:query\","
                            + "\"End\":true}"), "/States/A/Resource",
                    "The resource provided arn:aws:states:::dynamodb:query is not recognized.");
            assertSchemaProblem(single("{\"Type\":\"Task\",\"Resource\":\"my-function\",\"End\":true}"),
                    "/States/A/Resource", "is not recognized");
        }

        @Test
        void knownResourceFormsAreAccepted() {
            for (String arn : new String[] {"arn:aws:lambda:eu-west-1:123456789012:function:fn",
                    "arn:aws:lambda:eu-west-1:123456789012:function:fn:live",
                    "arn:aws:states:eu-west-1:123456789012:activity:approve",
                    "arn:aws:states:::aws-sdk:s3:getObject", "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                    "arn:aws:states:::states:startExecution.sync:2", "arn:aws:states:::ecs:runTask.sync",
                    "arn:aws-cn:states:::http:invoke"}) {
                assertValid(single("{\"Type\":\"Task\",\"Resource\":\"" + arn + "\",\"End\":true}"));
            }
        }

        @Test
        void integrationsMayNameRegionAndAccountInAnyPartition() {
            for (String arn : new String[] {"arn:aws:states:us-east-1:123456789012:aws-sdk:s3:getObject",
                    "arn:aws:states:us-east-1:123456789012:athena:startQueryExecution.sync",
                    "arn:aws:states:us-east-1:123456789012:lambda:invoke",
                    "arn:aws:states:us-east-1:123456789012:lambda:invoke.waitForTaskToken",
                    "arn:aws-cn:states:cn-north-1:123456789012:sqs:sendMessage",
                    "arn:aws-us-gov:states:us-gov-west-1:123456789012:aws-sdk:dynamodb:listTables",
                    "arn:aws-us-gov:states:::lambda:invoke"}) {
                assertValid(single("{\"Type\":\"Task\",\"Resource\":\"" + arn + "\",\"End\":true}"));
            }
        }

        @Test
        void aRegionalIntegrationIsCheckedLikeTheRegionlessOne() {
            for (String arn : new String[] {"arn:aws:states:us-east-1:123456789012:dynamodb:query",
                    "arn:aws:states:us-east-1:123456789012:dynamodb:getItem.sync",
                    // a region needs its account and an account its region
                    "arn:aws:states:us-east-1::lambda:invoke", "arn:aws:states::123456789012:lambda:invoke",
                    "arn:aws:states:us-east-1:1234:lambda:invoke"}) {
                assertSchemaProblem(single("{\"Type\":\"Task\",\"Resource\":\"" + arn + "\",\"End\":true}"),
                        "/States/A/Resource", "The resource provided " + arn + " is not recognized");
            }
            ValidationReport express = DefinitionValidator.validate(json(single("{\"Type\":\"Task\","
                    + "\"Resource\":\"arn:aws:states:us-east-1:123456789012:athena:startQueryExecution.sync\","
                    + "\"End\":true}")), StateMachineType.EXPRESS);
            assertThat(express.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                    .startsWith("Express state machine does not support '.sync' service integration"));
        }

        @Test
        void unsupportedIntegrationPatternsAreRejected() {
            assertSchemaProblem(single("{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::dynamodb:getItem.sync\","
                    + "\"End\":true}"), "/States/A/Resource", "is not recognized");
        }

        @Test
        void expressMachinesRejectSyncAndCallbacks() {
            ValidationReport report = DefinitionValidator.validate(json(single("{\"Type\":\"Task\","
                    + "\"Resource\":\"arn:aws:states:::sns:publish.waitForTaskToken\",\"End\":true}")),
                    StateMachineType.EXPRESS);
            assertThat(report.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.location()).isEqualTo("/States/A/Resource");
                assertThat(problem.message())
                        .startsWith("Express state machine does not support '.waitForTaskToken' service integration");
            });
        }

        /** AWS's "Standard vs. Express Workflows": Express does not support Step Functions activities. */
        @Test
        void expressMachinesRejectActivities() {
            String activity = single("{\"Type\":\"Task\",\"Resource\":"
                    + "\"arn:aws:states:us-east-1:123456789012:activity:approve\",\"End\":true}");
            assertValid(activity);
            ValidationReport report = DefinitionValidator.validate(json(activity), StateMachineType.EXPRESS);
            assertThat(report.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.location()).isEqualTo("/States/A/Resource");
                assertThat(problem.message()).startsWith("Express state machine does not support Activity ARN");
            });
            assertThat(DefinitionValidator.validate(json(single("{\"Type\":\"Task\"," + LAMBDA
                    + ",\"End\":true}")), StateMachineType.EXPRESS).isValid()).isTrue();
        }

        @Test
        void timeoutsArePositiveAndHeartbeatIsShorter() {
            assertSchemaProblem(single("{\"Type\":\"Task\"," + LAMBDA + ",\"TimeoutSeconds\":0,\"End\":true}"),
                    "/States/A/TimeoutSeconds", "must be an integer from 1 to 99999999, but is 0");
            assertSchemaProblem(single("{\"Type\":\"Task\"," + LAMBDA + ",\"TimeoutSeconds\":10,"
                    + "\"HeartbeatSeconds\":10,\"End\":true}"), "/States/A/HeartbeatSeconds",
                    "must be smaller than TimeoutSeconds");
            assertSchemaProblem(single("{\"Type\":\"Task\"," + LAMBDA + ",\"TimeoutSeconds\":10,"
                    + "\"TimeoutSecondsPath\":\"$.t\",\"End\":true}"), "/States/A/TimeoutSecondsPath",
                    "cannot both be set");
            assertSchemaProblem(single("{\"Type\":\"Task\"," + LAMBDA + ",\"TimeoutSeconds\":1.5,\"End\":true}"),
                    "/States/A/TimeoutSeconds", "must be an integer");
        }

        @Test
        void credentialsNeedARoleArn() {
            assertSchemaProblem(single("{\"Type\":\"Task\"," + LAMBDA + ",\"Credentials\":{},\"End\":true}"),
                    "/States/A/Credentials", "These fields are required: [RoleArn]");
            assertSchemaProblem(single("{\"Type\":\"Task\"," + LAMBDA + ",\"Credentials\":{\"Role\":\"r\"},"
                    + "\"End\":true}"), "/States/A/Credentials", "These fields are required: [RoleArn]");
            assertValid(single("{\"Type\":\"Task\"," + LAMBDA + ",\"Credentials\":{\"RoleArn\":"
                    + "\"arn:aws:iam::123456789012:role/x\"},\"End\":true}"));
            assertValid(single("{\"Type\":\"Task\"," + LAMBDA + ",\"Credentials\":{\"RoleArn.$\":\"$.role\"},"
                    + "\"End\":true}"));
            assertValid(single("{\"Type\":\"Task\",\"QueryLanguage\":\"JSONata\"," + LAMBDA
                    + ",\"Credentials\":{\"RoleArn\":\"{% $states.input.role %}\"},\"End\":true}"));
        }

        @Test
        void aJsonataStateNamesItsRoleWithoutDollarKeys() {
            assertSchemaProblem(single("{\"Type\":\"Task\",\"QueryLanguage\":\"JSONata\"," + LAMBDA
                    + ",\"Credentials\":{\"RoleArn.$\":\"$.role\"},\"End\":true}"), "/States/A/Credentials",
                    "These fields are required: [RoleArn]");
        }

        @Test
        void jsonataTimeoutsMayBeExpressions() {
            assertValid(single("{\"Type\":\"Task\",\"QueryLanguage\":\"JSONata\"," + LAMBDA
                    + ",\"TimeoutSeconds\":\"{% $states.input.t %}\",\"End\":true}"));
        }
    }

    @Nested
    class RetryAndCatch {

        private String task(String handlers) {
            return "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Task\"," + LAMBDA + "," + handlers
                    + ",\"End\":true},\"H\":{\"Type\":\"Succeed\"}}}";
        }

        @Test
        void errorEqualsIsRequiredAndNonEmpty() {
            assertSchemaProblem(task("\"Retry\":[{\"MaxAttempts\":1}]"), "/States/A/Retry/0",
                    "These fields are required: [ErrorEquals]");
            assertSchemaProblem(task("\"Retry\":[{\"ErrorEquals\":[]}]"), "/States/A/Retry/0/ErrorEquals",
                    "must be a non-empty array of error names");
        }

        @Test
        void statesAllStandsAloneAndLast() {
            assertSchemaProblem(task("\"Retry\":[{\"ErrorEquals\":[\"States.ALL\",\"Custom\"]}]"),
                    "/States/A/Retry/0/ErrorEquals", "States.ALL must appear alone");
            assertSchemaProblem(task("\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"H\"},"
                            + "{\"ErrorEquals\":[\"Custom\"],\"Next\":\"H\"}]"), "/States/A/Catch/0/ErrorEquals",
                    "must be the last one in 'Catch'");
        }

        @Test
        void retrierNumbersAreInRange() {
            String definition = task("\"Retry\":[{\"ErrorEquals\":[\"E\"],\"IntervalSeconds\":-1,"
                    + "\"MaxAttempts\":-1,\"BackoffRate\":0.5,\"MaxDelaySeconds\":0,\"JitterStrategy\":\"SOME\"}]");
            assertSchemaProblem(definition, "/States/A/Retry/0/IntervalSeconds", "from 0 to 99999999");
            assertSchemaProblem(definition, "/States/A/Retry/0/MaxAttempts", "from 0 to 99999999");
            assertSchemaProblem(definition, "/States/A/Retry/0/BackoffRate", "must be a number >= 1, but is 0.5");
            assertSchemaProblem(definition, "/States/A/Retry/0/MaxDelaySeconds", "from 1 to 31622400");
            assertSchemaProblem(definition, "/States/A/Retry/0/JitterStrategy", "must be one of FULL, NONE");
        }

        @Test
        void catcherNeedsAnExistingNext() {
            assertSchemaProblem(task("\"Catch\":[{\"ErrorEquals\":[\"E\"]}]"), "/States/A/Catch/0",
                    "These fields are required: [Next]");
            assertProblem(task("\"Catch\":[{\"ErrorEquals\":[\"E\"],\"Next\":\"Nowhere\"}]"),
                    "/States/A/Catch/0/Next", ProblemCodes.MISSING_TRANSITION_TARGET,
                    "Missing 'Next' target: Nowhere");
        }

        @Test
        void catcherResultPathIsAReferencePath() {
            assertSchemaProblem(task("\"Catch\":[{\"ErrorEquals\":[\"E\"],\"Next\":\"H\",\"ResultPath\":\"$..e\"}]"),
                    "/States/A/Catch/0/ResultPath", "must be a valid reference path");
        }
    }

    @Nested
    class Paths {

        @Test
        void inputAndOutputPathsAreJsonPathsOrNull() {
            assertSchemaProblem(single("{\"Type\":\"Pass\",\"InputPath\":\"input\",\"End\":true}"),
                    "/States/A/InputPath", "must be a valid JSONPath, but 'input' is not");
            assertValid(single("{\"Type\":\"Pass\",\"InputPath\":null,\"OutputPath\":\"$.items[?(@.ok)]\","
                    + "\"End\":true}"));
        }

        @Test
        void resultPathIsAReferencePath() {
            assertSchemaProblem(single("{\"Type\":\"Pass\",\"ResultPath\":\"$.a[*]\",\"End\":true}"),
                    "/States/A/ResultPath", "must be a valid reference path");
            assertValid(single("{\"Type\":\"Pass\",\"ResultPath\":\"$.a['b c'][0].d\",\"End\":true}"));
            assertValid(single("{\"Type\":\"Pass\",\"ResultPath\":null,\"End\":true}"));
        }

        @Test
        void quotedNamesMayHoldEscapedQuotesAndBackslashes() {
            assertValid(single("{\"Type\":\"Pass\",\"ResultPath\":\"$['it\\\\'s'][\\\"say \\\\\\\"hi\\\\\\\"\\\"]\","
                    + "\"InputPath\":\"$['a\\\\\\\\b']\",\"Parameters\":{\"x.$\":\"$['it\\\\'s]']\"},\"End\":true}"));
            assertSchemaProblem(single("{\"Type\":\"Pass\",\"ResultPath\":\"$['it\\\\'s]\",\"End\":true}"),
                    "/States/A/ResultPath", "must be a valid reference path");
        }

        @Test
        void filtersComparingWithABareWordAreLeftToRunTime() {
            assertValid(single("{\"Type\":\"Pass\",\"Parameters\":{\"es.$\":\"$[?(@.TargetLanguageCode==es)]\"},"
                    + "\"End\":true}"));
            assertValid(single("{\"Type\":\"Map\",\"ItemsPath\":\"$.t[?(@.TargetLanguageCode==es)]\",\"End\":true,"
                    + "\"ItemProcessor\":{\"StartAt\":\"X\",\"States\":{\"X\":{\"Type\":\"Succeed\"}}}}"));
            assertSchemaProblem(single("{\"Type\":\"Pass\",\"Parameters\":{\"es.$\":\"$[?(@.code==)]\"},"
                    + "\"End\":true}"), "/States/A/Parameters", "'es.$'");
        }

        @Test
        void dynamicKeysHoldPathsOrIntrinsicCalls() {
            assertSchemaProblem(single("{\"Type\":\"Pass\",\"Parameters\":{\"nested\":{\"x.$\":\"x\"}},"
                    + "\"End\":true}"), "/States/A/Parameters/nested",
                    "The value for the field 'x.$' must be a valid JSONPath or a valid intrinsic function call");
            assertSchemaProblem(single("{\"Type\":\"Pass\",\"Parameters\":{\"x.$\":\"States.Nope(1)\"},"
                    + "\"End\":true}"), "/States/A/Parameters", "unknown intrinsic function 'States.Nope'");
            assertValid(single("{\"Type\":\"Pass\",\"Parameters\":{\"a.$\":\"$$.Execution.Id\",\"b.$\":\"$myVar.x\","
                    + "\"c.$\":\"States.Format('{} of {}', $.n, States.ArrayLength($.items))\"},"
                    + "\"Result\":{\"notChecked.$\":\"anything\"},\"End\":true}"));
        }

        @Test
        void resultSelectorAndAssignAreTemplatesToo() {
            assertSchemaProblem(single("{\"Type\":\"Task\"," + LAMBDA + ",\"ResultSelector\":{\"p.$\":\"Payload\"},"
                    + "\"End\":true}"), "/States/A/ResultSelector", "'p.$'");
            assertSchemaProblem(single("{\"Type\":\"Pass\",\"Assign\":{\"v.$\":\"States.UUID(\"},\"End\":true}"),
                    "/States/A/Assign", "'v.$'");
        }

        @Test
        void everyAssignIsAnObjectOfValidVariableNames() {
            // Choice rules', catchers' Assign and all variable names were left to the runtime, which refused what this accepted
            String definition = "{\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":"
                    + "\"$.a\",\"IsPresent\":true,\"Assign\":5,\"Next\":\"D\"}],\"Default\":\"D\"},\"D\":{\"Type\":"
                    + "\"Task\"," + LAMBDA + ",\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Assign\":[1],"
                    + "\"Next\":\"E\"}],\"End\":true},\"E\":{\"Type\":\"Succeed\"}}}";
            assertSchemaProblem(definition, "/States/C/Choices/0/Assign",
                    "The field 'Assign' must be an object mapping variable names to values, not 5");
            assertSchemaProblem(definition, "/States/D/Catch/0/Assign", "must be an object mapping variable names");
            String longest = "v".repeat(80);
            assertValid(single("{\"Type\":\"Pass\",\"Assign\":{\"" + longest + ".$\":\"$\",\"größe_2\":1,\"_x\":2},"
                    + "\"End\":true}"));
            assertSchemaProblem(single("{\"Type\":\"Pass\",\"Assign\":{\"" + longest + "w\":1},\"End\":true}"),
                    "/States/A/Assign/" + longest + "w", "is not a valid variable name: up to 80 letters, digits and"
                            + " underscores, not starting with a digit");
            assertSchemaProblem(single("{\"Type\":\"Pass\",\"QueryLanguage\":\"JSONata\",\"Assign\":{\"1x\":1},"
                    + "\"End\":true}"), "/States/A/Assign/1x", "'1x' is not a valid variable name");
            assertSchemaProblem(single("{\"Type\":\"Pass\",\"Assign\":{\"a-b.$\":\"$\"},\"End\":true}"),
                    "/States/A/Assign/a-b.$", "'a-b' is not a valid variable name");
            assertSchemaProblem(single("{\"Type\":\"Pass\",\"Assign\":{\"states\":1},\"End\":true}"),
                    "/States/A/Assign/states", "'states' is reserved for $states");
        }

        @Test
        void jsonataExpressionsMustParse() {
            assertSchemaProblem(single("{\"Type\":\"Pass\",\"QueryLanguage\":\"JSONata\","
                    + "\"Output\":{\"x\":\"{% $states.input.( %}\"},\"End\":true}"), "/States/A/Output/x",
                    "is not valid");
        }
    }

    @Nested
    class Choices {

        private String choice(String rule) {
            return "{\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":\"Choice\",\"Choices\":[" + rule + "],"
                    + "\"Default\":\"D\"},\"D\":{\"Type\":\"Succeed\"}}}";
        }

        @Test
        void choicesAreRequiredAndNonEmpty() {
            assertSchemaProblem("{\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":\"Choice\",\"Choices\":[],"
                    + "\"Default\":\"D\"},\"D\":{\"Type\":\"Succeed\"}}}", "/States/C/Choices", "non-empty array");
        }

        @Test
        void aLeafRuleHasExactlyOneOperator() {
            assertSchemaProblem(choice("{\"Variable\":\"$.x\",\"Next\":\"D\"}"), "/States/C/Choices/0",
                    "exactly one comparison operator, but has none");
            assertSchemaProblem(choice("{\"Variable\":\"$.x\",\"StringEquals\":\"a\",\"IsNull\":false,\"Next\":\"D\"}"),
                    "/States/C/Choices/0", "but has 2: StringEquals, IsNull");
            assertSchemaProblem(choice("{\"Variable\":\"$.x\",\"StringEqual\":\"a\",\"Next\":\"D\"}"),
                    "/States/C/Choices/0/StringEqual", "not a known choice rule field or comparison operator");
        }

        @Test
        void operandsHaveTheOperatorsType() {
            assertSchemaProblem(choice("{\"Variable\":\"$.x\",\"StringEquals\":1,\"Next\":\"D\"}"),
                    "/States/C/Choices/0/StringEquals", "takes a string");
            assertSchemaProblem(choice("{\"Variable\":\"$.x\",\"NumericEquals\":\"1\",\"Next\":\"D\"}"),
                    "/States/C/Choices/0/NumericEquals", "takes a number");
            assertSchemaProblem(choice("{\"Variable\":\"$.x\",\"TimestampEquals\":\"yesterday\",\"Next\":\"D\"}"),
                    "/States/C/Choices/0/TimestampEquals", "takes an RFC 3339 timestamp string");
            assertSchemaProblem(choice("{\"Variable\":\"$.x\",\"IsPresent\":\"yes\",\"Next\":\"D\"}"),
                    "/States/C/Choices/0/IsPresent", "takes true or false");
            assertSchemaProblem(choice("{\"Variable\":\"$.x\",\"NumericEqualsPath\":\"y\",\"Next\":\"D\"}"),
                    "/States/C/Choices/0/NumericEqualsPath", "takes a JSONPath string");
        }

        @Test
        void combinatorsNestRulesWithoutNext() {
            assertSchemaProblem(choice("{\"And\":[],\"Next\":\"D\"}"), "/States/C/Choices/0/And",
                    "must be a non-empty array");
            assertSchemaProblem(choice("{\"Not\":[{\"Variable\":\"$.x\",\"IsNull\":true}],\"Next\":\"D\"}"),
                    "/States/C/Choices/0/Not", "must be a single choice rule object");
            assertSchemaProblem(choice("{\"Or\":[{\"Variable\":\"$.x\",\"IsNull\":true,\"Next\":\"D\"}],\"Next\":\"D\"}"),
                    "/States/C/Choices/0/Or/0/Next", "only allowed on a top-level choice rule");
            assertSchemaProblem(choice("{\"Variable\":\"$.x\",\"IsNull\":true}"), "/States/C/Choices/0",
                    "These fields are required: [Next]");
        }

        @Test
        void choiceRuleTargetsMustExist() {
            assertProblem(choice("{\"Variable\":\"$.x\",\"IsNull\":true,\"Next\":\"Elsewhere\"}"),
                    "/States/C/Choices/0/Next", ProblemCodes.MISSING_TRANSITION_TARGET,
                    "Missing 'Next' target: Elsewhere");
        }

        @Test
        void jsonataRulesHaveACondition() {
            String definition = "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":"
                    + "\"Choice\",\"Choices\":[{\"Next\":\"D\"},{\"Condition\":\"{% $states.input.x > 1 %}\","
                    + "\"Variable\":\"$.x\",\"Next\":\"D\"}]},\"D\":{\"Type\":\"Succeed\"}}}";
            assertSchemaProblem(definition, "/States/C/Choices/0", "These fields are required: [Condition]");
            assertSchemaProblem(definition, "/States/C/Choices/1/Variable", "not supported in a JSONata choice rule");
        }
    }

    @Nested
    class WaitAndFail {

        @Test
        void waitHasExactlyOneDuration() {
            assertSchemaProblem(single("{\"Type\":\"Wait\",\"End\":true}"), "/States/A", "but has none");
            assertSchemaProblem(single("{\"Type\":\"Wait\",\"Seconds\":1,\"SecondsPath\":\"$.s\",\"End\":true}"),
                    "/States/A", "but has Seconds, SecondsPath");
            assertSchemaProblem(single("{\"Type\":\"Wait\",\"Seconds\":-5,\"End\":true}"), "/States/A/Seconds",
                    "from 0 to 99999999");
        }

        @Test
        void waitTimestampIsRfc3339() {
            assertSchemaProblem(single("{\"Type\":\"Wait\",\"Timestamp\":\"2016-02-30T00:00:00Z\",\"End\":true}"),
                    "/States/A/Timestamp", "String does not match RFC3339 timestamp");
            assertValid(single("{\"Type\":\"Wait\",\"Timestamp\":\"2016-03-14T01:59:00.123+02:00\",\"End\":true}"));
        }

        @Test
        void failTakesAValueOrAPathNotBoth() {
            assertSchemaProblem(single("{\"Type\":\"Fail\",\"Error\":\"E\",\"ErrorPath\":\"$.e\"}"),
                    "/States/A/ErrorPath", "cannot both be set");
            assertSchemaProblem(single("{\"Type\":\"Fail\",\"CausePath\":\"cause\"}"), "/States/A/CausePath",
                    "The value for the field 'CausePath' must be a valid JSONPath or a valid intrinsic function call");
            assertValid(single("{\"Type\":\"Fail\",\"ErrorPath\":\"$.e\",\"CausePath\":\"States.Format('{}', $.c)\"}"));
        }
    }

    @Nested
    class ParallelAndMap {

        @Test
        void branchesAreValidatedWithTheirOwnLocations() {
            assertProblem("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Parallel\",\"End\":true,\"Branches\":["
                            + "{\"StartAt\":\"X\",\"States\":{\"X\":{\"Type\":\"Succeed\"}}},"
                            + "{\"StartAt\":\"Y\",\"States\":{\"Y\":{\"Type\":\"Pass\",\"Next\":\"P\"}}}]}}}",
                    "/States/P/Branches/1/States/Y/Next", ProblemCodes.MISSING_TRANSITION_TARGET,
                    "cannot leave or enter a branch");
            assertSchemaProblem("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Parallel\",\"End\":true,"
                    + "\"Branches\":[]}}}", "/States/P/Branches", "non-empty array of branches");
        }

        @Test
        void mapNeedsAnItemProcessor() {
            assertSchemaProblem(single("{\"Type\":\"Map\",\"End\":true}"), "/States/A",
                    "These fields are required: [ItemProcessor]");
        }

        @Test
        void itemProcessorIsValidatedRecursively() {
            assertProblem(single("{\"Type\":\"Map\",\"End\":true,\"ItemProcessor\":{\"StartAt\":\"X\",\"States\":"
                            + "{\"X\":{\"Type\":\"Pass\",\"Next\":\"Y\"}}}}"), "/States/A/ItemProcessor/States/X/Next",
                    ProblemCodes.MISSING_TRANSITION_TARGET, "Missing 'Next' target: Y");
        }

        @Test
        void distributedOnlyFieldsNeedDistributedMode() {
            String definition = single("{\"Type\":\"Map\",\"End\":true,\"ItemReader\":{\"Resource\":"
                    + "\"arn:aws:states:::s3:getObject\"},\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"INLINE\"},"
                    + "\"StartAt\":\"X\",\"States\":{\"X\":{\"Type\":\"Succeed\"}}}}");
            assertSchemaProblem(definition, "/States/A/ItemReader", "Mode is DISTRIBUTED");
            assertValid(definition.replace("INLINE", "DISTRIBUTED"));
            assertValid(definition.replace("INLINE", "DISTRIBUTED")
                    .replace("arn:aws:states:::", "arn:aws:states:eu-west-1:123456789012:"));
        }

        @Test
        void processorConfigValuesAreChecked() {
            String definition = single("{\"Type\":\"Map\",\"End\":true,\"ItemProcessor\":{\"ProcessorConfig\":"
                    + "{\"Mode\":\"PARALLEL\",\"ExecutionType\":\"FAST\"},\"StartAt\":\"X\",\"States\":"
                    + "{\"X\":{\"Type\":\"Succeed\"}}}}");
            assertSchemaProblem(definition, "/States/A/ItemProcessor/ProcessorConfig/Mode",
                    "must be one of DISTRIBUTED, INLINE");
            assertSchemaProblem(definition, "/States/A/ItemProcessor/ProcessorConfig/ExecutionType",
                    "must be one of EXPRESS, STANDARD");
        }

        @Test
        void distributedMapObjectsAreChecked() {
            String definition = single("""
                    {"Type": "Map", "End": true,
                     "ItemReader": {"Resource": "arn:aws:states:::s3:getObjectAttributes",
                                    "ReaderConfig": {"InputType": "XML", "MaxItems": 5, "MaxItemsPath": "$.n"},
                                    "Arguments": {}},
                     "ItemBatcher": {"MaxItemsPerBatch": 0},
                     "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject", "Parameters": {"Bucket.$": "b"}},
                     "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                                       "StartAt": "X", "States": {"X": {"Type": "Succeed"}}}}
                    """);
            assertSchemaProblem(definition, "/States/A/ItemReader/Resource", "expected arn:aws:states:::s3:getObject");
            assertSchemaProblem(definition, "/States/A/ItemReader/ReaderConfig/InputType",
                    "must be one of CSV, JSON, JSONL, MANIFEST, PARQUET");
            assertSchemaProblem(definition, "/States/A/ItemReader/ReaderConfig/MaxItemsPath", "cannot both be set");
            assertSchemaProblem(definition, "/States/A/ItemReader/Arguments",
                    "not supported in ItemReader of a JSONPath state");
            assertSchemaProblem(definition, "/States/A/ItemBatcher/MaxItemsPerBatch", "must be an integer >= 1");
            assertSchemaProblem(definition, "/States/A/ResultWriter/Parameters", "'Bucket.$'");
        }

        @Test
        void readerConfigIsCheckedAsTheRuntimeReadsIt() {
            String map = single("""
                    {"Type": "Map", "End": true,
                     "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "Parameters": {"Bucket": "b", "Key": "k"},
                                    "ReaderConfig": %s},
                     "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                                       "StartAt": "X", "States": {"X": {"Type": "Succeed"}}}}
                    """);
            assertValid(map.formatted("{\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"GIVEN\","
                    + " \"CSVHeaders\": [\"a\", \"b\"], \"CSVDelimiter\": \"SEMICOLON\", \"MaxItems\": 100000000}"));
            String wrong = map.formatted("{\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"GIVEN\","
                    + " \"CSVDelimiter\": \"COLON\", \"MaxItems\": 100000001}");
            assertSchemaProblem(wrong, "/States/A/ItemReader/ReaderConfig", "These fields are required: [CSVHeaders]");
            assertSchemaProblem(wrong, "/States/A/ItemReader/ReaderConfig/CSVDelimiter",
                    "must be one of COMMA, PIPE, SEMICOLON, SPACE, TAB, not 'COLON'");
            assertSchemaProblem(wrong, "/States/A/ItemReader/ReaderConfig/MaxItems", "from 0 to 100000000");
            assertThat(validate(wrong).problems()).hasSize(3);
            assertSchemaProblem(map.formatted("{\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"GIVEN\","
                    + " \"CSVHeaders\": \"a,b\"}"), "/States/A/ItemReader/ReaderConfig/CSVHeaders",
                    "must be an array of column names");
        }

        @Test
        void resultWriterNeedsOneOfAwsFieldSetsAndAKnownWriterConfig() {
            String map = "{\"Type\":\"Map\",\"End\":true,\"ResultWriter\":%s,\"ItemProcessor\":{\"ProcessorConfig\":"
                    + "{\"Mode\":\"DISTRIBUTED\"},\"StartAt\":\"X\",\"States\":{\"X\":{\"Type\":\"Succeed\"}}}}";
            String put = "\"Resource\":\"arn:aws:states:::s3:putObject\"";
            String location = "\"Parameters\":{\"Bucket\":\"b\",\"Prefix\":\"p\"}";
            String config = "\"WriterConfig\":{\"Transformation\":\"FLATTEN\",\"OutputType\":\"JSON\"}";
            // the ResultWriter page's required field combinations: WriterConfig; Resource and Parameters; all three
            assertValid(single(map.formatted("{" + config + "}")));
            assertValid(single(map.formatted("{" + put + "," + location + "}")));
            assertValid(single(map.formatted("{" + put + "," + location + "," + config + "}")));
            assertSchemaProblem(single(map.formatted("{}")), "/States/A/ResultWriter", "cannot be empty");
            assertSchemaProblem(single(map.formatted("{" + put + "}")), "/States/A/ResultWriter", "go together");
            assertSchemaProblem(single(map.formatted("{" + location + "," + config + "}")), "/States/A/ResultWriter",
                    "go together");
            String wrong = single(map.formatted("{\"WriterConfig\":{\"Transformation\":\"DEEP\","
                    + "\"OutputType\":\"CSV\",\"Format\":1}}"));
            assertSchemaProblem(wrong, "/States/A/ResultWriter/WriterConfig/Transformation",
                    "must be one of COMPACT, FLATTEN, NONE");
            assertSchemaProblem(wrong, "/States/A/ResultWriter/WriterConfig/OutputType", "must be one of JSON, JSONL");
            assertSchemaProblem(wrong, "/States/A/ResultWriter/WriterConfig/Format", "not supported in WriterConfig");
        }

        @Test
        void concurrencyAndToleranceAreInRange() {
            String definition = single("{\"Type\":\"Map\",\"End\":true,\"MaxConcurrency\":-1,"
                    + "\"ToleratedFailurePercentage\":101,\"ToleratedFailureCount\":-2,\"ItemProcessor\":"
                    + "{\"StartAt\":\"X\",\"States\":{\"X\":{\"Type\":\"Succeed\"}}}}");
            assertSchemaProblem(definition, "/States/A/MaxConcurrency", "must be an integer >= 0");
            assertSchemaProblem(definition, "/States/A/ToleratedFailurePercentage", "from 0 to 100");
            assertSchemaProblem(definition, "/States/A/ToleratedFailureCount", "must be an integer >= 0");
        }
    }

    @Test
    void reportsEveryProblemTogether() {
        ValidationReport report = validate("{\"StartAt\":\"A\",\"Extra\":1,\"States\":{"
                + "\"A\":{\"Type\":\"Task\",\"Resource\":\"nope\",\"Retry\":[{\"ErrorEquals\":[]}],\"Next\":\"Z\"},"
                + "\"B\":{\"Type\":\"Wait\",\"Timestamp\":\"tomorrow\",\"End\":true}}}");
        assertThat(report.isValid()).isFalse();
        assertThat(report.problems()).extracting(DefinitionProblem::location).containsExactlyInAnyOrder(
                "/Extra", "/States/A/Resource", "/States/A/Retry/0/ErrorEquals", "/States/A/Next",
                "/States/B/Timestamp", "/States/B");
        assertThat(report.describe()).startsWith("Invalid state machine definition (6 problems):")
                .contains("MISSING_TRANSITION_TARGET: State \"B\" is not reachable. No transition leads to it"
                        + " from StartAt (A) at /States/B");
    }

    @Test
    void aValidMachineUsingEveryStateTypeHasNoProblems() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/validation/every-state-type.asl.json")) {
            ValidationReport report = DefinitionValidator.validate(new ObjectMapper().readTree(in));
            assertThat(report.problems()).as(report.describe()).isEmpty();
            assertThat(report.describe()).isEqualTo("The state machine definition is valid.");
        }
    }
}
