package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.mock.TestStateMock;
import org.junit.jupiter.api.Test;

/**
 * The TestState members AWS added in November 2025, as AWS's recordings show them (LocalStack's TestState suites,
 * recorded on AWS: test_state_mock_validation, test_state_configuration, test_state_context_object): a mock of a
 * whole Map or Parallel state, which they need; {@code mapIterationFailureCount} against a Map's tolerated
 * failures; a {@code context} that is {@code $$}; and AWS's refusals of what TestState does not take.
 */
class TestStateMapParallelAndContextTest {

    private final LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();

    private static final JsonNode MAP = json("{'Type':'Map','ItemsPath':'$.Values','ItemProcessor':{"
            + "'StartAt':'Item','States':{'Item':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke',"
            + "'Parameters':{'FunctionName':'f'},'End':true}}},'ResultPath':'$.results','Next':'After'}");

    private static final JsonNode JSONATA_MAP_WITH_CATCH = json("{'Type':'Map','QueryLanguage':'JSONata',"
            + "'Items':'{% $states.input.Values %}','ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED',"
            + "'ExecutionType':'STANDARD'},'StartAt':'Item','States':{'Item':{'Type':'Pass','End':true}}},"
            + "'Catch':[{'ErrorEquals':['States.ExceedToleratedFailureThreshold'],"
            + "'Output':'{% $states.errorOutput %}','Next':'HandleThreshold'}],'ToleratedFailureCount':1,"
            + "'End':true}");

    private static final JsonNode PARALLEL = json("{'Type':'Parallel','InputPath':'$.in','Branches':["
            + "{'StartAt':'A','States':{'A':{'Type':'Pass','End':true}}},"
            + "{'StartAt':'B','States':{'B':{'Type':'Pass','End':true}}}],"
            + "'ResultSelector':{'first.$':'$[0]'},'Retry':[{'ErrorEquals':['Boom'],'MaxAttempts':2}],"
            + "'End':true}");

    private static final JsonNode VALUES = json("{'Values':['first','second','third']}");

    private TestStateResult test(JsonNode state, JsonNode input, TestStateOptions options) {
        return runtime.testState(state, input, options);
    }

    @Test
    void aMockedMapStandsForItsIterationsWhileItsOwnDataFlowApplies() {
        TestStateResult result = test(MAP, VALUES, TestStateOptions.NONE.withMock(
                TestStateMock.result(json("[1,2,3]"))));

        assertThat(result.status()).isEqualTo(TestStateStatus.SUCCEEDED);
        assertThat(result.output()).isEqualTo(json("{'Values':['first','second','third'],'results':[1,2,3]}"));
        assertThat(result.nextState()).isEqualTo("After");
        assertThat(result.inspectionData().get("afterItemsPath")).isEqualTo(json("['first','second','third']"));
        assertThat(result.inspectionData().get("maxConcurrency").intValue()).isZero();
        // AWS's inspection of a Map lists its items, not afterParameters or the result
        assertThat(result.inspectionData().has("afterParameters")).isFalse();
        assertThat(result.inspectionData().has("result")).isFalse();
    }

    @Test
    void iterationFailuresPastTheToleratedThresholdFailTheMapAsAwsRecordedIt() {
        TestStateResult tolerated = test(JSONATA_MAP_WITH_CATCH, VALUES, TestStateOptions.NONE
                .withMock(TestStateMock.result(json("[1,1,1]"))).withMapIterationFailureCount(1));
        assertThat(tolerated.status()).isEqualTo(TestStateStatus.SUCCEEDED);
        assertThat(tolerated.output()).isEqualTo(json("[1,1,1]"));
        assertThat(tolerated.inspectionData().get("toleratedFailureCount").intValue()).isEqualTo(1);
        assertThat(tolerated.inspectionData().has("afterItemsPath")).isFalse(); // not populated in JSONata

        TestStateResult exceeded = test(JSONATA_MAP_WITH_CATCH, VALUES, TestStateOptions.NONE
                .withMock(TestStateMock.result(json("[0,0,1]"))).withMapIterationFailureCount(2));
        assertThat(exceeded.status()).isEqualTo(TestStateStatus.CAUGHT_ERROR);
        assertThat(exceeded.nextState()).isEqualTo("HandleThreshold");
        assertThat(exceeded.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
        assertThat(exceeded.output()).isEqualTo(json("{'Error':'States.ExceedToleratedFailureThreshold',"
                + "'Cause':'The specified tolerated failure threshold was exceeded'}"));

        // without a threshold, failed iterations do not fail the Map
        TestStateResult noThreshold = test(MAP, VALUES, TestStateOptions.NONE
                .withMock(TestStateMock.result(json("[0,0,1]"))).withMapIterationFailureCount(2));
        assertThat(noThreshold.status()).isEqualTo(TestStateStatus.SUCCEEDED);
    }

    @Test
    void aMockedParallelTakesTheBranchResultsAndItsErrorMeetsItsRetry() {
        TestStateResult answered = test(PARALLEL, json("{'in':{'x':1}}"), TestStateOptions.NONE
                .withMock(TestStateMock.result(json("[{'branch1':'result'},{'branch2':'result'}]"))));
        assertThat(answered.status()).isEqualTo(TestStateStatus.SUCCEEDED);
        assertThat(answered.output()).isEqualTo(json("{'first':{'branch1':'result'}}"));
        assertThat(answered.inspectionData().get("afterInputPath")).isEqualTo(json("{'x':1}"));
        assertThat(answered.inspectionData().get("result"))
                .isEqualTo(json("[{'branch1':'result'},{'branch2':'result'}]"));

        TestStateResult failed = test(PARALLEL, json("{'in':{}}"), TestStateOptions.NONE
                .withMock(TestStateMock.error("Boom", "branch failed")));
        assertThat(failed.status()).isEqualTo(TestStateStatus.RETRIABLE);
        assertThat(failed.error()).isEqualTo("Boom");
        assertThat(failed.cause()).isEqualTo("branch failed");
    }

    @Test
    void mapAndParallelStatesRunOnlyMockedAsAwsRefusesThemWithout() {
        for (JsonNode state : new JsonNode[] {MAP, PARALLEL}) {
            assertThatThrownBy(() -> test(state, VALUES, TestStateOptions.NONE))
                    .isInstanceOf(TestStateRefusedException.class)
                    .hasMessage("TestState API does not support Map or Parallel states. Supported state types "
                            + "include: [Task, Wait, Pass, Succeed, Fail, Choice]")
                    .satisfies(e -> assertThat(((TestStateRefusedException) e).errorCode())
                            .isEqualTo("InvalidDefinition"));
        }
        // a state inside a Map's processor is tested like any other
        assertThat(runtime.testState(json("{'StartAt':'M','States':{'M':" + MAP.toString()
                .replace("\"Next\":\"After\"", "\"End\":true") + "}}"), "Item", json("{}"),
                TestStateOptions.NONE.withMock(TestStateMock.result(json("{'ok':1}")))).output())
                .isEqualTo(json("{'ok':1}"));
    }

    @Test
    void aMockIsRefusedForStatesWithoutWorkToMockWithAwsMessage() {
        TestStateMock mock = TestStateMock.result(json("{'mock':'the unmockable'}"));
        String[] states = {"{'Type':'Pass','End':true}", "{'Type':'Fail','Error':'E'}", "{'Type':'Succeed'}",
            "{'Type':'Wait','Seconds':1,'End':true}",
            "{'Type':'Choice','Choices':[{'Variable':'$.a','IsPresent':true,'Next':'X'}],'Default':'Y'}"};
        for (String state : states) {
            String type = json(state).get("Type").asText();
            assertThatThrownBy(() -> test(json(state), json("{}"), TestStateOptions.NONE.withMock(mock)))
                    .isInstanceOf(TestStateRefusedException.class)
                    .hasMessage("State type '" + type + "' is not supported when a mock is specified")
                    .satisfies(e -> assertThat(((TestStateRefusedException) e).errorCode())
                            .isEqualTo("ValidationException"));
        }
    }

    @Test
    void aMockedMapResultIsItsArrayOrItsResultWritersObject() {
        assertThatThrownBy(() -> test(MAP, VALUES, TestStateOptions.NONE.withMock(
                TestStateMock.result(json("{'mock':'array is expected'}")))))
                .isInstanceOf(TestStateRefusedException.class).hasMessage("Mocked result must be an array.");
        JsonNode writing = json("{'Type':'Map','ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED',"
                + "'ExecutionType':'STANDARD'},'StartAt':'Item','States':{'Item':{'Type':'Pass','End':true}}},"
                + "'ResultWriter':{'Resource':'arn:aws:states:::s3:putObject','Parameters':{'Bucket':'b',"
                + "'Prefix':'p'}},'End':true}");
        assertThatThrownBy(() -> test(writing, VALUES, TestStateOptions.NONE.withMock(
                TestStateMock.result(json("['object is expected']")))))
                .isInstanceOf(TestStateRefusedException.class).hasMessage("Mocked result must be a JSON object.");
    }

    /** AWS's recording: $$ is the context given, as given, and $$.Execution.Input reads its input. */
    @Test
    void theContextGivenIsWhatTheStateReadsAsItsContextObject() {
        JsonNode task = json("{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','Parameters':{"
                + "'FunctionName':'f','Payload':{'Input.$':'$'}},'ResultPath':'$.LambdaOutput',"
                + "'ResultSelector':{'ContextObjectValue.$':'$$.Execution.Input.values','Payload.$':'$'},"
                + "'End':true}");
        JsonNode context = json("{'Execution':{'Id':'arn:aws:states:::execution:MyStateMachine:e',"
                + "'Input':{'values':['charizard','pikachu']},'Name':'e','StartTime':'2025-01-15T10:30:00.000Z'},"
                + "'State':{'Name':'MyTaskState','RetryCount':0},'StateMachine':{'Name':'MyStateMachine'}}");
        TestStateResult result = test(task, json("{}"), TestStateOptions.NONE
                .withMock(TestStateMock.result(json("{'pokemon':1}"))).withContext(context));
        assertThat(result.output()).isEqualTo(json("{'LambdaOutput':{'ContextObjectValue':['charizard',"
                + "'pikachu'],'Payload':{'pokemon':1}}}"));

        JsonNode echo = json("{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','Parameters':{"
                + "'FunctionName':'f'},'ResultSelector':{'c.$':'$$'},'End':true}");
        assertThat(test(echo, json("{}"), TestStateOptions.NONE.withMock(TestStateMock.result(json("{}")))
                .withContext(json("{}"))).output()).isEqualTo(json("{'c':{}}"));
    }

    @Test
    void aWaitForTaskTokenTaskReadsTheTokenOfTheContextGiven() {
        JsonNode task = json("{'Type':'Task','Resource':'arn:aws:states:::sqs:sendMessage.waitForTaskToken',"
                + "'Parameters':{'QueueUrl':'q','MessageBody':{'TaskToken.$':'$$.Task.Token'}},'End':true}");
        TestStateResult result = test(task, json("{}"), TestStateOptions.NONE
                .withMock(TestStateMock.result(json("{'ok':true}")))
                .withContext(json("{'Task':{'Token':'abcd123'}}")));
        assertThat(result.inspectionData().get("afterParameters"))
                .isEqualTo(json("{'QueueUrl':'q','MessageBody':{'TaskToken':'abcd123'}}"));
    }

    @Test
    void aContextIsRefusedAsAwsRefusesIt() {
        JsonNode task = json("{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','Parameters':{"
                + "'FunctionName':'f'},'End':true}");
        TestStateOptions mocked = TestStateOptions.NONE.withMock(TestStateMock.result(json("{}")));
        String[][] refused = {
            {"{'Execution':{'Id':1}}", "Invalid Context object provided: Execution.Id must be a string"},
            {"{'Map':{}}", "Invalid Context object provided: 'Map' field is not supported when mocking a Context "
                + "object"},
            {"{'Execution':{'pokemon':'squirtle'}}", "Invalid Context object provided: Field 'pokemon' is not "
                + "allowed"},
            {"{'Pokedex':{}}", "Invalid Context object provided: Field 'Pokedex' is not allowed"},
            {"{'Task':{'Token':'abcd123'}}", "Invalid Context object provided: Context object contains 'Task' "
                + "when state is not a Task state with a '.sync' or '.waitForTaskToken' service integration "
                + "pattern"}};
        for (String[] refusal : refused) {
            assertThatThrownBy(() -> test(task, json("{}"), mocked.withContext(json(refusal[0]))))
                    .isInstanceOf(TestStateRefusedException.class).hasMessage(refusal[1]);
        }
        // the API reference: "This field may only be specified if a mock is specified in the same request."
        assertThatThrownBy(() -> test(json("{'Type':'Pass','End':true}"), json("{}"),
                TestStateOptions.NONE.withContext(json("{}"))))
                .isInstanceOf(TestStateRefusedException.class).hasMessageContaining("only when a mock");
    }
}
