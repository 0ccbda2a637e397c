package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.history.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EngineDataFlowTest {

    private final LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();

    private Execution run(String definition, String input) {
        return runtime.start(runtime.load(json(definition)), json(input)).await();
    }

    @Test
    void passAppliesInputPathParametersResultPathAndOutputPath() {
        Execution ex = run("{'StartAt':'P','States':{'P':{'Type':'Pass','InputPath':'$.order',"
                + "'Parameters':{'id.$':'$.id','fixed':1},'ResultPath':'$.shaped','OutputPath':'$.shaped','End':true}}}",
                "{'order':{'id':7}}");
        assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(ex.output()).isEqualTo(json("{'id':7,'fixed':1}"));
    }

    @Test
    void nullPathsMeanEmptyInputKeptInputAndEmptyOutput() {
        assertThat(run("{'StartAt':'P','States':{'P':{'Type':'Pass','InputPath':null,'End':true}}}", "{'a':1}")
                .output()).isEqualTo(json("{}"));
        assertThat(run("{'StartAt':'P','States':{'P':{'Type':'Pass','Result':5,'ResultPath':null,'End':true}}}",
                "{'a':1}").output()).isEqualTo(json("{'a':1}"));
        assertThat(run("{'StartAt':'P','States':{'P':{'Type':'Pass','OutputPath':null,'End':true}}}", "{'a':1}")
                .output()).isEqualTo(json("{}"));
    }

    @Test
    void resultPathWritesIntoNestedObjectsWithoutChangingTheInput() {
        Execution ex = run("{'StartAt':'P','States':{'P':{'Type':'Pass','Result':{'x':1},'ResultPath':'$.a.b',"
                + "'End':true}}}", "{'a':{'keep':true}}");
        assertThat(ex.output()).isEqualTo(json("{'a':{'keep':true,'b':{'x':1}}}"));
        assertThat(ex.history().get(0).detail("input")).isEqualTo(json("{'a':{'keep':true}}"));
    }

    @Test
    void missingInputPathFailsWithAwsCause() {
        Execution ex = run("{'StartAt':'P','States':{'P':{'Type':'Pass','InputPath':'$.nope','End':true}}}", "{}");
        assertThat(ex.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(ex.error()).isEqualTo("States.Runtime");
        assertThat(ex.cause()).isEqualTo("An error occurred while executing the state 'P' (entered at the event id"
                + " #2). Invalid path '$.nope' : No results for path: $['nope']");
    }

    @Test
    void everyPathFieldThatSelectsNothingFailsWithTheSameAwsCause() {
        // recorded on AWS: OutputPath '$.no.such.result.path' and HeartbeatSecondsPath/TimeoutSecondsPath
        // '$.NoSuchTimeoutSecondsPath' (conformance: scenarios__test_catch_states_runtime, test_invalid_jsonpath)
        String entered = "An error occurred while executing the state 'S' (entered at the event id #2). ";
        assertThat(run("{'StartAt':'S','States':{'S':{'Type':'Pass','OutputPath':'$.no.such.result.path',"
                + "'End':true}}}", "{}").cause())
                .isEqualTo(entered + "Invalid path '$.no.such.result.path' : Missing property in path $['no']");
        for (String field : new String[] {"TimeoutSecondsPath", "HeartbeatSecondsPath"}) {
            Execution task = run("{'StartAt':'S','States':{'S':{'Type':'Task','Resource':"
                    + "'arn:aws:states:::aws-sdk:s3:listBuckets.waitForTaskToken','Parameters':{},'" + field
                    + "':'$.NoSuchTimeoutSecondsPath','End':true}}}", "{'int-literal':0}");
            assertThat(task.error()).isEqualTo("States.Runtime");
            assertThat(task.cause()).isEqualTo(entered + "Invalid path '$.NoSuchTimeoutSecondsPath' : No results for"
                    + " path: $['NoSuchTimeoutSecondsPath']");
        }
        assertThat(run("{'StartAt':'S','States':{'S':{'Type':'Wait','SecondsPath':'$.a.b','End':true}}}", "{}")
                .cause()).isEqualTo(entered + "Invalid path '$.a.b' : Missing property in path $['a']");
        assertThat(run("{'StartAt':'S','States':{'S':{'Type':'Wait','TimestampPath':'$.t','End':true}}}", "{}")
                .cause()).isEqualTo(entered + "Invalid path '$.t' : No results for path: $['t']");
        String map = "{'StartAt':'S','States':{'S':{'Type':'Map',%s,'ItemProcessor':{'StartAt':'X',"
                + "'States':{'X':{'Type':'Succeed'}}},'End':true}}}";
        assertThat(run(String.format(map, "'MaxConcurrencyPath':'$.limit'"), "[]").cause())
                .isEqualTo(entered + "Invalid path '$.limit' : No results for path: $['limit']");
        assertThat(run(String.format(map, "'ItemsPath':'$.items'"), "{}").cause())
                .isEqualTo(entered + "Invalid path '$.items' : No results for path: $['items']");
    }

    @Test
    void contextObjectGivesExecutionAndStateValues() {
        Execution ex = runtime.start(runtime.load("Ctx", json("{'StartAt':'First','States':{'First':{'Type':'Pass',"
                + "'Parameters':{'name.$':'$$.State.Name','input.$':'$$.Execution.Input','sm.$':'$$.StateMachine.Name',"
                + "'entered.$':'$$.State.EnteredTime'},'End':true}}}")), "run-1", json("{'k':1}")).await();
        assertThat(ex.output().get("name").asText()).isEqualTo("First");
        assertThat(ex.output().get("input")).isEqualTo(json("{'k':1}"));
        assertThat(ex.output().get("sm").asText()).isEqualTo("Ctx");
        assertThat(ex.output().get("entered").asText()).isEqualTo("2024-01-01T00:00:00.000Z");
    }

    @Test
    void waitStatesAdvanceTheVirtualClockExactly() {
        Execution ex = run("{'StartAt':'W1','States':{'W1':{'Type':'Wait','Seconds':3600,'Next':'W2'},"
                + "'W2':{'Type':'Wait','SecondsPath':'$.s','Next':'W3'},"
                + "'W3':{'Type':'Wait','TimestampPath':'$.until','End':true}}}",
                "{'s':60,'until':'2024-07-01T00:00:00Z'}");
        assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        HistoryEvent last = ex.history().get(ex.history().size() - 1);
        assertThat(last.timestamp()).isEqualTo(Instant.parse("2024-07-01T00:00:00Z"));
        HistoryEvent w2Entered = ex.history().get(3);
        assertThat(w2Entered.type()).isEqualTo("WaitStateEntered");
        assertThat(Duration.between(ex.history().get(1).timestamp(), w2Entered.timestamp()))
                .isGreaterThanOrEqualTo(Duration.ofHours(1));
    }

    @Test
    void timestampPathTakesWhatTheWaitStateTakes() {
        String wait = "{'StartAt':'W','States':{'W':{'Type':'Wait','TimestampPath':'$.until','End':true}}}";
        Execution nanos = run(wait, "{'until':'2024-07-01T00:00:00.123456789+01:00'}");
        assertThat(nanos.history().get(nanos.history().size() - 1).timestamp())
                .isEqualTo(Instant.parse("2024-06-30T23:00:00.123456789Z"));
        for (String until : new String[] {"2030-01-01t00:00:00z", "2030-01-01T00:00:00", "2030-02-30T00:00:00Z"}) {
            Execution ex = run(wait, "{'until':'" + until + "'}");
            assertThat(ex.error()).as(until).isEqualTo("States.Runtime");
            assertThat(ex.cause()).as(until).endsWith("The TimestampPath parameter does not reference a valid"
                    + " ISO-8601 extended offset date-time format string: $.until == \"" + until + "\"");
        }
    }

    @Test
    void aTimestampPast32BitSecondsAheadFailsTheWaitAsAwsDoes() {
        // recorded on AWS (base__test_timestamp_too_far_in_future_boundary__24856): 24,856 days ahead fails at
        // once, 24,855 days do not; the execution starts at 2024-01-01T00:00:00Z on the virtual clock
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        String tooFar = start.plus(Duration.ofDays(24_856)).toString();
        String farEnough = start.plus(Duration.ofDays(24_855)).toString();
        String[] waits = {
            "{'StartAt':'W','States':{'W':{'Type':'Wait','TimestampPath':'$.until','End':true}}}",
            "{'StartAt':'W','States':{'W':{'Type':'Wait','Timestamp':'" + tooFar + "','End':true}}}",
            "{'QueryLanguage':'JSONata','StartAt':'W','States':{'W':{'Type':'Wait',"
                    + "'Timestamp':'{% $states.input.until %}','End':true}}}"};
        for (String wait : waits) {
            Execution ex = run(wait, "{'until':'" + tooFar + "'}");
            assertThat(ex.error()).as(wait).isEqualTo("States.Runtime");
            assertThat(ex.cause()).as(wait).isEqualTo("An error occurred while executing the state 'W' (entered at"
                    + " the event id #2). Wait state delay is too long.");
            assertThat(ex.history()).extracting(HistoryEvent::type)
                    .containsExactly("ExecutionStarted", "WaitStateEntered", "ExecutionFailed");
        }
        // within the delay AWS keeps, the wait runs into the execution's one-year limit instead
        assertThat(run(waits[0], "{'until':'" + farEnough + "'}").status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    }

    @Test
    void negativeSecondsPathFailsAsAwsDoes() {
        Execution ex = run("{'StartAt':'W','States':{'W':{'Type':'Wait','SecondsPath':'$.s','End':true}}}",
                "{'s':-1}");
        assertThat(ex.error()).isEqualTo("States.Runtime");
        assertThat(ex.cause()).endsWith("The SecondsPath parameter references a negative value: $.s == -1");
    }

    @Test
    void failStateReadsErrorAndCauseFromPaths() {
        Execution ex = run("{'StartAt':'F','States':{'F':{'Type':'Fail','ErrorPath':'$.e','CausePath':'$.c'}}}",
                "{'e':'Bad','c':'because'}");
        assertThat(ex.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(ex.error()).isEqualTo("Bad");
        assertThat(ex.cause()).isEqualTo("because");
    }

    @Test
    void resultsOverThePayloadLimitFailUncatchably() {
        String big = "x".repeat(140_000);
        Execution ex = run("{'StartAt':'Par','States':{'Par':{'Type':'Parallel','Branches':[{'StartAt':'P',"
                + "'States':{'P':{'Type':'Pass','Parameters':{'a.$':'$.big','b.$':'$.big'},'End':true}}}],"
                + "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'Caught'}],'End':true},"
                + "'Caught':{'Type':'Pass','End':true}}}", "{'big':'" + big + "'}");
        assertThat(ex.error()).isEqualTo("States.DataLimitExceeded");
    }

    @Test
    void executionTimeoutEndsLongWaitsAsTimedOut() {
        Execution ex = run("{'TimeoutSeconds':10,'StartAt':'W','States':{'W':{'Type':'Wait','Seconds':60,"
                + "'End':true}}}", "{}");
        assertThat(ex.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(ex.history().get(ex.history().size() - 1).type()).isEqualTo("ExecutionTimedOut");
    }
}
