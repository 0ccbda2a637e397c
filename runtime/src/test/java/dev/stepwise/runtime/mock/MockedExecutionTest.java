package dev.stepwise.runtime.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.StateMachine;
import dev.stepwise.runtime.TestStateResult;
import dev.stepwise.runtime.TestStateStatus;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.history.HistoryEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Executions answered from a mock configuration: AWS's documented LambdaSQSIntegration example run unchanged, and
 * how invocations are counted, what an unanswered invocation does, callbacks, ItemReaders and TestState mocks.
 */
class MockedExecutionTest {

    private static final String SQS = "arn:aws:states:::sqs:sendMessage";

    private final List<JsonNode> sqsCalls = new ArrayList<>();

    private static Path resource(String name) throws Exception {
        return Path.of(MockedExecutionTest.class.getResource("/mock/" + name).toURI());
    }

    private static JsonNode json(String singleQuoted) {
        return Json.parse(singleQuoted.replace('\'', '"'));
    }

    private LocalRuntime awsExampleRuntime() throws Exception {
        return LocalRuntime.builder().clock(Clocks.virtual()).mockConfig(resource("MockConfigFile.json"))
                .handler(SQS, (input, ctx) -> {
                    sqsCalls.add(input);
                    return json("{'MessageId':'real'}");
                })
                .build();
    }

    private StateMachine awsExampleMachine(LocalRuntime runtime) throws Exception {
        return runtime.load("LambdaSQSIntegration", Json.parse(Files.readString(resource(
                "LambdaSQSIntegration.asl.json"))));
    }

    private static List<String> types(Execution execution) {
        return execution.history().stream().map(HistoryEvent::type).toList();
    }

    @Test
    void happyPathAnswersBothStatesFromTheFile() throws Exception {
        LocalRuntime runtime = awsExampleRuntime();
        Execution run = runtime.start(awsExampleMachine(runtime), "happy", json("{'order':1}"), "HappyPath");

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output()).isEqualTo(json("{'MD5OfMessageBody':'3bcb6e8e-7h85-4375-b0bc-1a59812c6e51',"
                + "'MessageId':'3bcb6e8e-8b51-4375-b0bc-1a59812c6e51'}"));
        assertThat(sqsCalls).isEmpty();
        assertThat(types(run)).containsExactly("ExecutionStarted", "TaskStateEntered", "TaskScheduled",
                "TaskStarted", "TaskSucceeded", "TaskStateExited", "TaskStateEntered", "TaskScheduled", "TaskStarted",
                "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded");
        // the mocked state still evaluates its Parameters: the scheduled event shows what the service would get
        assertThat(run.history().get(2).detail("parameters"))
                .isEqualTo(json("{'Payload':{'order':1},'FunctionName':'HelloWorldFunction'}"));
    }

    @Test
    void retryPathFailsThreeTimesThenSucceedsAfterTheRetryIntervals() throws Exception {
        LocalRuntime runtime = awsExampleRuntime();
        Execution run = runtime.start(awsExampleMachine(runtime), "retry", json("{}"), "RetryPath");

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        List<String> lambdaErrors = run.history().stream().filter(e -> e.type().equals("TaskFailed"))
                .map(e -> e.detail("error").asText()).toList();
        assertThat(lambdaErrors).containsExactly("Lambda.ResourceNotReadyException", "Lambda.TimeoutException",
                "Lambda.TimeoutException");
        // 2 s, 4 s and 8 s between the attempts, in virtual time
        assertThat(Duration.between(run.startDate(), run.stopDate())).isEqualTo(Duration.ofSeconds(14));
    }

    @Test
    void hybridPathRunsTheStatesTheTestCaseDoesNotList() throws Exception {
        LocalRuntime runtime = awsExampleRuntime();
        Execution run = runtime.start(awsExampleMachine(runtime), "hybrid", json("{}"), "HybridPath");

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output()).isEqualTo(json("{'MessageId':'real'}"));
        assertThat(sqsCalls).containsExactly(json("{'QueueUrl':'https://sqs.us-east-1.amazonaws.com/123456789012/"
                + "myQueue','MessageBody':{'StatusCode':200,'Payload':{'StatusCode':200,'body':'Hello from Lambda!'}}}"));
    }

    @Test
    void withoutATestCaseNothingIsMockedAndEachExecutionCountsFromZero() throws Exception {
        LocalRuntime runtime = awsExampleRuntime();
        StateMachine machine = awsExampleMachine(runtime);

        Execution plain = runtime.start(machine, "plain", json("{}"), null);
        assertThat(plain.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(plain.cause()).contains("No local handler for resource 'arn:aws:states:::lambda:invoke'")
                .contains("stepwise run --mock-config FILE --test-case NAME"); // what a command-line user can do
        for (int i = 0; i < 2; i++) {
            assertThat(runtime.start(machine, "again-" + i, json("{}"), "RetryPath").status())
                    .isEqualTo(ExecutionStatus.SUCCEEDED);
        }
    }

    @Test
    void anInvocationWithoutAnAnswerFailsTheExecutionWithStatesRuntimeWhichNoCatchHandles() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).mockConfig(MockConfig.parse(("{"
                + "'StateMachines':{'Loop':{'TestCases':{'Twice':{'Call':'Once'}}}},"
                + "'MockedResponses':{'Once':{'0':{'Return':{'n':1}}}}}").replace('\'', '"'))).build();
        StateMachine machine = runtime.load("Loop", json("{'StartAt':'Call','States':{"
                + "'Call':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','ResultPath':'$.r',"
                + "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'Caught'}],'Next':'Again'},"
                + "'Again':{'Type':'Choice','Choices':[{'Variable':'$.r.n','NumericEquals':1,'Next':'Call'}],"
                + "'Default':'Caught'},'Caught':{'Type':'Succeed'}}}"));

        Execution run = runtime.start(machine, "twice", json("{}"), "Twice");

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("States.Runtime");
        assertThat(run.cause()).isEqualTo("An error occurred while executing the state 'Call' (entered at the event "
                + "id #9). The mocked response 'Once' of state 'Call' (test case 'Twice' of state "
                + "machine 'Loop') has no answer for invocation 1.");
    }

    @Test
    void mapIterationsShareTheStatesInvocationCount() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).mockConfig(MockConfig.parse(("{"
                + "'StateMachines':{'Fan':{'TestCases':{'SecondFails':{'Work':'OkThenFail'}}}},"
                + "'MockedResponses':{'OkThenFail':{'0':{'Return':'ok'},"
                + "'1-3':{'Throw':{'Error':'Lambda.AWSLambdaException','Cause':'Some Lambda error.'}}}}}")
                .replace('\'', '"'))).build();
        StateMachine machine = runtime.load("Fan", json("{'StartAt':'Each','States':{'Each':{'Type':'Map',"
                + "'MaxConcurrency':1,'ItemProcessor':{'StartAt':'Work','States':{'Work':{'Type':'Task',"
                + "'Resource':'arn:aws:states:::lambda:invoke','Catch':[{'ErrorEquals':['States.ALL'],"
                + "'Next':'Failed'}],'End':true},'Failed':{'Type':'Pass','Result':'caught','End':true}}},"
                + "'End':true}}}"));

        Execution run = runtime.start(machine, "fan", json("[1,2,3]"), "SecondFails");

        assertThat(run.output()).isEqualTo(json("['ok','caught','caught']"));
    }

    @Test
    void aMockedCallbackTaskAnswersWithTheMocksReturn() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).mockConfig(MockConfig.parse(("{"
                + "'StateMachines':{'Approval':{'TestCases':{'Approved':{'Ask':'Decision'}}}},"
                + "'MockedResponses':{'Decision':{'0':{'Return':{'approved':true}}}}}").replace('\'', '"'))).build();
        StateMachine machine = runtime.load("Approval", json("{'StartAt':'Ask','States':{'Ask':{'Type':'Task',"
                + "'Resource':'arn:aws:states:::sqs:sendMessage.waitForTaskToken','Parameters':{'QueueUrl':'q',"
                + "'MessageBody':{'token.$':'$$.Task.Token'}},'HeartbeatSeconds':60,'End':true}}}"));

        Execution run = runtime.start(machine, "approve", json("{}"), "Approved");

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output()).isEqualTo(json("{'approved':true}"));
    }

    @Test
    void aMockedActivityStateFailsAsStepFunctionsLocalRefusesIt() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).mockConfig(MockConfig.parse(("{"
                + "'StateMachines':{'Work':{'TestCases':{'T':{'Act':'R'}}}},"
                + "'MockedResponses':{'R':{'0':{'Return':1}}}}").replace('\'', '"'))).build();
        StateMachine machine = runtime.load("Work", json("{'StartAt':'Act','States':{'Act':{'Type':'Task',"
                + "'Resource':'arn:aws:states:us-east-1:123456789012:activity:review','End':true}}}"));

        Execution run = runtime.start(machine, "act", json("{}"), "T");

        assertThat(run.error()).isEqualTo("States.Runtime");
        assertThat(run.cause()).endsWith(". " + MockedTask.ACTIVITY_CANNOT_BE_MOCKED);
    }

    @Test
    void aTestCaseNamingADistributedMapMocksItsItemReaderNotItsResultWriter() {
        List<JsonNode> writes = new ArrayList<>();
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).mockConfig(MockConfig.parse(("{"
                + "'StateMachines':{'Batch':{'TestCases':{'ThreeItems':{'Each':'Items'}}}},"
                + "'MockedResponses':{'Items':{'0':{'Return':{'Body':'[{\\\"v\\\":1},{\\\"v\\\":2},{\\\"v\\\":3}]'}}}}}")
                .replace('\'', '"')))
                .handler("arn:aws:states:::s3:putObject", (input, ctx) -> {
                    writes.add(input);
                    return json("{}");
                })
                .build();
        StateMachine machine = runtime.load("Batch", json("{'StartAt':'Each','States':{'Each':{'Type':'Map',"
                + "'ItemReader':{'Resource':'arn:aws:states:::s3:getObject','ReaderConfig':{'InputType':'JSON'},"
                + "'Parameters':{'Bucket':'b','Key':'items.json'}},"
                + "'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED','ExecutionType':'STANDARD'},"
                + "'StartAt':'Double','States':{'Double':{'Type':'Pass','Parameters':{'w.$':'States.MathAdd($.v,$.v)'},"
                + "'End':true}}},'ResultWriter':{'Resource':'arn:aws:states:::s3:putObject',"
                + "'Parameters':{'Bucket':'out','Prefix':'runs'}},'End':true}}}"));

        Execution run = runtime.start(machine, "batch", json("{}"), "ThreeItems");

        assertThat(run.status()).as(run.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(writes).hasSize(2); // the results and the manifest: the mock answered the reader only
        assertThat(Json.parse(writes.get(0).get("Body").asText()).findValuesAsText("Output"))
                .containsExactly("{\"w\":2}", "{\"w\":4}", "{\"w\":6}");
    }

    @Test
    void aMockedThrowFromAnItemReaderFailsTheMapWithItemReaderFailed() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).mockConfig(MockConfig.parse(("{"
                + "'StateMachines':{'Batch':{'TestCases':{'NoBucket':{'Each':'Missing'}}}},"
                + "'MockedResponses':{'Missing':{'0':{'Throw':{'Error':'S3.NoSuchBucket','Cause':'gone'}}}}}")
                .replace('\'', '"'))).build();
        StateMachine machine = runtime.load("Batch", json("{'StartAt':'Each','States':{'Each':{'Type':'Map',"
                + "'ItemReader':{'Resource':'arn:aws:states:::s3:getObject','ReaderConfig':{'InputType':'JSON'},"
                + "'Parameters':{'Bucket':'b','Key':'items.json'}},"
                + "'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED','ExecutionType':'STANDARD'},"
                + "'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}},'End':true}}}"));

        Execution run = runtime.start(machine, "batch", json("{}"), "NoBucket");

        assertThat(run.error()).isEqualTo("States.ItemReaderFailed");
        assertThat(run.cause()).contains("S3.NoSuchBucket").contains("gone");
    }

    @Test
    void aTestCaseMockWinsOverAStateHandlerAndTheDefaultTestCaseAppliesToListedMachinesOnly() throws Exception {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .mockConfig(resource("MockConfigFile.json")).testCase("HappyPath")
                .stateHandler("LambdaState", (input, ctx) -> json("'handler'"))
                .handler(SQS, (input, ctx) -> input.get("MessageBody"))
                .build();

        Execution mocked = runtime.start(awsExampleMachine(runtime), json("{}"));
        assertThat(mocked.output().path("MessageId").asText()).isEqualTo("3bcb6e8e-8b51-4375-b0bc-1a59812c6e51");

        StateMachine unlisted = runtime.load("Unlisted", Json.parse(Files.readString(resource(
                "LambdaSQSIntegration.asl.json"))));
        assertThat(runtime.start(unlisted, json("{}")).output()).isEqualTo(json("'handler'"));
    }

    @Test
    void unknownTestCasesAndMachinesAreRefusedNamingWhatExists() throws Exception {
        LocalRuntime runtime = awsExampleRuntime();
        StateMachine machine = awsExampleMachine(runtime);
        assertThatThrownBy(() -> runtime.start(machine, "x", json("{}"), "SadPath"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the mock configuration has no test case 'SadPath' for state machine "
                        + "'LambdaSQSIntegration'; it has [HappyPath, RetryPath, HybridPath]");
        StateMachine other = runtime.load("Other", machine.definition());
        assertThatThrownBy(() -> runtime.start(other, "x", json("{}"), "HappyPath"))
                .hasMessage("the mock configuration has no state machine named 'Other'; it has "
                        + "[LambdaSQSIntegration]");
        LocalRuntime unmocked = LocalRuntime.builder().clock(Clocks.virtual()).build();
        assertThatThrownBy(() -> unmocked.start(unmocked.load("M", machine.definition()), "x", json("{}"), "T"))
                .hasMessageContaining("the runtime has no mock configuration");
    }

    /**
     * AWS's guide: a test case specifies "a mocked response to use for Task states in the state machine". A
     * misspelt state, or one that calls nothing, was ignored and the Task it meant ran unmocked (here its retries
     * and Catch took the missing handler's failure, and the execution succeeded on the wrong path).
     */
    @Test
    void aTestCaseMockingAStateThatIsNoTaskOfTheMachineIsRefusedAtTheStart() {
        MockConfig config = MockConfig.parse(("{'StateMachines':{'M':{'TestCases':{"
                + "'Misspelt':{'wrok':'Ok','work':'Ok'},'OnAPass':{'prepare':'Ok'},'Right':{'work':'Ok'}}}},"
                + "'MockedResponses':{'Ok':{'0':{'Return':{'ok':true}}}}}").replace('\'', '"'));
        JsonNode definition = json("{'StartAt':'prepare','States':{'prepare':{'Type':'Pass','Next':'par'},"
                + "'par':{'Type':'Parallel','Branches':[{'StartAt':'work','States':{'work':{'Type':'Task',"
                + "'Resource':'arn:aws:states:::lambda:invoke','Catch':[{'ErrorEquals':['States.ALL'],"
                + "'Next':'fallback'}],'End':true},'fallback':{'Type':'Pass','End':true}}}],'End':true}}}");
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).mockConfig(config).build();
        StateMachine machine = runtime.load("M", definition);

        assertThatThrownBy(() -> runtime.start(machine, "a", json("{}"), "Misspelt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test case 'Misspelt' of state machine 'M' in the mock configuration mocks states its "
                        + "mocked responses cannot answer: 'wrok' is no state of the machine. Map its Task states (or "
                        + "a Map state with an ItemReader) to mocked responses instead; the machine's are [work]");
        assertThatThrownBy(() -> runtime.start(machine, "b", json("{}"), "OnAPass"))
                .hasMessageContaining("'prepare' is a Pass state, which calls nothing");
        // a builder's default test case (a JUnit @MockConfig(testCase)) is checked as well
        LocalRuntime byDefault = LocalRuntime.builder().clock(Clocks.virtual()).mockConfig(config)
                .testCase("Misspelt").build();
        assertThatThrownBy(() -> byDefault.start(byDefault.load("M", definition), json("{}")))
                .hasMessageContaining("'wrok' is no state of the machine");
        // a Task nested in a branch is found
        assertThat(runtime.start(machine, "c", json("{}"), "Right").output()).isEqualTo(json("[{'ok':true}]"));
    }

    @Test
    void testStateTakesAMockedResultOrErrorAsAwsTestStateDoes() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        JsonNode machine = json("{'StartAt':'Charge','States':{'Charge':{'Type':'Task',"
                + "'Resource':'arn:aws:states:::lambda:invoke','ResultSelector':{'paid.$':'$.Payload.ok'},"
                + "'ResultPath':'$.charge','Catch':[{'ErrorEquals':['Card.Declined'],'ResultPath':'$.error',"
                + "'Next':'Declined'}],'Next':'Done'},'Declined':{'Type':'Fail'},'Done':{'Type':'Succeed'}}}");

        TestStateResult paid = runtime.testState(machine, "Charge", json("{'id':7}"),
                TestStateMock.result(json("{'Payload':{'ok':true}}")));
        assertThat(paid.status()).isEqualTo(TestStateStatus.SUCCEEDED);
        assertThat(paid.output()).isEqualTo(json("{'id':7,'charge':{'paid':true}}"));
        assertThat(paid.nextState()).isEqualTo("Done");

        TestStateResult declined = runtime.testState(machine, "Charge", json("{'id':7}"),
                TestStateMock.error("Card.Declined", "insufficient funds"));
        assertThat(declined.status()).isEqualTo(TestStateStatus.CAUGHT_ERROR);
        assertThat(declined.nextState()).isEqualTo("Declined");
        assertThat(declined.output()).isEqualTo(json("{'id':7,'error':{'Error':'Card.Declined',"
                + "'Cause':'insufficient funds'}}"));

        TestStateResult uncaught = runtime.testState(machine, "Charge", json("{}"),
                TestStateMock.error("Card.Expired", null));
        assertThat(uncaught.status()).isEqualTo(TestStateStatus.FAILED);
        assertThat(uncaught.error()).isEqualTo("Card.Expired");

        assertThatThrownBy(() -> runtime.testState(json("{'Type':'Pass','End':true}"), json("{}"),
                TestStateMock.result(json("1")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("State type 'Pass' is not supported when a mock is specified");
    }
}
