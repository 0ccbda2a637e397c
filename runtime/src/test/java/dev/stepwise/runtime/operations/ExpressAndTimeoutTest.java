package dev.stepwise.runtime.operations;

import static dev.stepwise.runtime.operations.Machines.json;
import static dev.stepwise.runtime.operations.Machines.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.StateMachine;
import dev.stepwise.runtime.StateMachineSettings;
import dev.stepwise.asl.StateMachineType;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.executions.ApiRefusedException;
import dev.stepwise.runtime.executions.SyncExecutionResult;
import dev.stepwise.runtime.logging.LoggingConfiguration;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Execution time-outs, Express's 5-minute limit, and StartSyncExecution. */
class ExpressAndTimeoutTest {

    private static final StateMachineSettings EXPRESS = StateMachineSettings.of(StateMachineType.EXPRESS,
            LoggingConfiguration.OFF);

    private final LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();

    private static String waiting(int seconds, String timeout) {
        return "{" + timeout + "'StartAt':'W','States':{'W':{'Type':'Wait','Seconds':" + seconds + ",'Next':'P'},"
                + "'P':{'Type':'Pass','Result':'done','End':true}}}";
    }

    @Test
    void aStandardExecutionPastItsTimeoutSecondsTimesOut() {
        Execution execution = runtime.start(runtime.load(json(waiting(60, "'TimeoutSeconds':10,"))), json("{}"))
                .await();
        assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(execution.error()).isEqualTo("States.Timeout");
        assertThat(types(execution)).endsWith("ExecutionTimedOut");
        assertThat(Duration.between(execution.startDate(), execution.stopDate()).getSeconds()).isEqualTo(10);
    }

    @Test
    void anExpressExecutionEndsAfterFiveMinutesWhateverItsTimeout() {
        StateMachine untimed = runtime.load("Untimed", json(waiting(400, "")), EXPRESS);
        StateMachine longTimeout = runtime.load("Long", json(waiting(400, "'TimeoutSeconds':3600,")), EXPRESS);
        for (StateMachine machine : new StateMachine[] {untimed, longTimeout}) {
            Execution execution = runtime.start(machine, json("{}")).await();
            assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
            assertThat(Duration.between(execution.startDate(), execution.stopDate()).toMillis()).isEqualTo(
                    Duration.ofMinutes(5).toMillis());
        }
        StateMachine quick = runtime.load("Quick", json(waiting(200, "")), EXPRESS);
        assertThat(runtime.start(quick, json("{}")).await().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    /** AWS's quotas: a Standard execution runs a year at most, then fails with States.Timeout. */
    @Test
    void aStandardExecutionEndsAfterAYearWhateverItsTimeout() {
        int days400 = 400 * 24 * 60 * 60;
        StateMachine untimed = runtime.load(json(waiting(days400, "")));
        StateMachine longTimeout = runtime.load(json(waiting(days400, "'TimeoutSeconds':99999999,")));
        for (StateMachine machine : new StateMachine[] {untimed, longTimeout}) {
            Execution execution = runtime.start(machine, json("{}")).await();
            assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
            assertThat(execution.error()).isEqualTo("States.Timeout");
            assertThat(Duration.between(execution.startDate(), execution.stopDate())).isEqualTo(Duration.ofDays(365));
        }
        int days300 = 300 * 24 * 60 * 60;
        assertThat(runtime.start(runtime.load(json(waiting(days300, ""))), json("{}")).await().status())
                .isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void aShorterExpressTimeoutStillApplies() {
        StateMachine machine = runtime.load("Short", json(waiting(60, "'TimeoutSeconds':30,")), EXPRESS);
        Execution execution = runtime.start(machine, json("{}")).await();
        assertThat(Duration.between(execution.startDate(), execution.stopDate()).toMillis()).isEqualTo(30_000);
    }

    @Test
    void aSynchronousStartReturnsStartSyncExecutionsShape() {
        StateMachine machine = runtime.load("Sync", json(waiting(1, "")), EXPRESS);
        SyncExecutionResult result = runtime.startSync(machine, "s1", json("{'a':1}"));

        assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(result.name()).isEqualTo("s1");
        assertThat(result.executionArn()).startsWith("arn:aws:states:us-east-1:123456789012:express:Sync:s1:");
        assertThat(result.billingDetails().billedDurationInMilliseconds()).isEqualTo(1000);
        assertThat(result.billingDetails().billedMemoryUsedInMB()).isEqualTo(64);
        ObjectNode json = result.toJson();
        assertThat(json.fieldNames()).toIterable().contains("executionArn", "stateMachineArn", "name", "startDate",
                "stopDate", "status", "input", "output", "billingDetails");
        assertThat(json.get("input").asText()).isEqualTo("{\"a\":1}");
        assertThat(json.get("output").asText()).isEqualTo("\"done\"");
        assertThat(json.has("error")).isFalse();
    }

    @Test
    void aFailedSynchronousStartCarriesErrorAndCause() {
        StateMachine machine = runtime.load("SyncFail", json("{'StartAt':'F','States':{'F':{'Type':'Fail',"
                + "'Error':'Nope','Cause':'because'}}}"), EXPRESS);
        ObjectNode json = runtime.startSync(machine, null, json("{}")).toJson();
        assertThat(json.get("status").asText()).isEqualTo("FAILED");
        assertThat(json.get("error").asText()).isEqualTo("Nope");
        assertThat(json.get("cause").asText()).isEqualTo("because");
        assertThat(json.has("output")).isFalse();
    }

    @Test
    void billingRoundsUpToTheNextHundredMilliseconds() {
        assertThat(SyncExecutionResult.BillingDetails.of(Duration.ofMillis(101)).billedDurationInMilliseconds())
                .isEqualTo(200);
        assertThat(SyncExecutionResult.BillingDetails.of(Duration.ZERO).billedDurationInMilliseconds())
                .isEqualTo(100);
    }

    @Test
    void aStandardMachineCannotBeStartedSynchronously() {
        StateMachine machine = runtime.load("Std", json(waiting(1, "")));
        assertThatThrownBy(() -> runtime.startSync(machine, null, json("{}")))
                .isInstanceOfSatisfying(ApiRefusedException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("StateMachineTypeNotSupported"));
    }

    @Test
    void anExpressMapOrParallelThatFailsAfterSomeChildrenSucceededFailsWithTheChildsError() {
        // A Standard execution notes such children for a redrive; an Express one keeps nothing and must not try
        String map = "{'StartAt':'M','States':{'M':{'Type':'Map','ItemsPath':'$.items','ItemProcessor':{"
                + "'StartAt':'C','States':{'C':{'Type':'Choice','Choices':[{'Variable':'$','NumericEquals':3,"
                + "'Next':'Bad'}],'Default':'Ok'},'Bad':{'Type':'Fail','Error':'Bad','Cause':'three'},"
                + "'Ok':{'Type':'Pass','End':true}}},'End':true}}}";
        String parallel = "{'StartAt':'P','States':{'P':{'Type':'Parallel','Branches':["
                + "{'StartAt':'Ok','States':{'Ok':{'Type':'Pass','End':true}}},"
                + "{'StartAt':'Bad','States':{'Bad':{'Type':'Fail','Error':'Bad','Cause':'branch'}}}],'End':true}}}";
        for (String definition : new String[] {map, parallel}) {
            StateMachine machine = runtime.load("Failing" + definition.length(), json(definition), EXPRESS);
            Execution execution = runtime.start(machine, json("{'items':[1,2,3,4]}")).await();
            assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(execution.error()).isEqualTo("Bad");
        }
    }
}
