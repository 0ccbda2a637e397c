package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.mock.TestStateMock;
import org.junit.jupiter.api.Test;

/**
 * TestState runs a state once: an error a Retry takes is RETRIABLE while the Retry has attempts left, one a Catch
 * takes is CAUGHT_ERROR with the Catch's Next and output, and {@code inspectionData.errorDetails} says which Retry
 * or Catch, as AWS's developer guide shows ("Testing retry and error handling", test-state-isolation). The variables
 * of TestState's {@code variables} member are what the state reads, and {@code inspectionData.variables} what it
 * leaves.
 */
class TestStateErrorHandlingTest {

    private final LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();

    /** AWS's example: a Lambda task with a Retry of three attempts and a Catch of everything. */
    private static final JsonNode CHARGE = json("{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke',"
            + "'Parameters':{'FunctionName':'charge','Payload.$':'$'},"
            + "'Retry':[{'ErrorEquals':['Throttled'],'MaxAttempts':1},"
            + "{'ErrorEquals':['Lambda.ServiceException'],'IntervalSeconds':2,'MaxAttempts':3,'BackoffRate':2.0}],"
            + "'Catch':[{'ErrorEquals':['Card.Declined'],'ResultPath':'$.declined','Next':'Declined'},"
            + "{'ErrorEquals':['States.ALL'],'ResultPath':'$.error','Next':'Recover'}],"
            + "'Next':'Done'}");

    private TestStateResult charge(TestStateMock mock, int retriesMade) {
        return runtime.testState(CHARGE, json("{'data':'value'}"),
                TestStateOptions.NONE.withMock(mock).withRetrierRetryCount(retriesMade));
    }

    @Test
    void anErrorARetryTakesIsRetriableWithTheRetryAndItsBackoffInsteadOfBeingRetried() {
        TestStateResult first = charge(TestStateMock.error("Lambda.ServiceException", "Service error"), 0);

        assertThat(first.status()).isEqualTo(TestStateStatus.RETRIABLE);
        assertThat(first.error()).isEqualTo("Lambda.ServiceException");
        assertThat(first.cause()).isEqualTo("Service error");
        assertThat(first.nextState()).isNull();
        assertThat(first.output()).isNull();
        assertThat(first.inspectionData().get("errorDetails"))
                .isEqualTo(json("{'retryBackoffIntervalSeconds':2,'retryIndex':1}"));

        // AWS's example: one retry made, IntervalSeconds 2, BackoffRate 2.0: the next waits 2 x 2.0^1 = 4 seconds
        TestStateResult second = charge(TestStateMock.error("Lambda.ServiceException", "Service error"), 1);
        assertThat(second.status()).isEqualTo(TestStateStatus.RETRIABLE);
        assertThat(second.inspectionData().get("errorDetails"))
                .isEqualTo(json("{'retryBackoffIntervalSeconds':4,'retryIndex':1}"));
    }

    @Test
    void whenTheRetriesHaveRunOutACatchTakesTheErrorAsCaughtError() {
        TestStateResult exhausted = charge(TestStateMock.error("Lambda.ServiceException", "Service error"), 3);

        assertThat(exhausted.status()).isEqualTo(TestStateStatus.CAUGHT_ERROR);
        assertThat(exhausted.nextState()).isEqualTo("Recover");
        assertThat(exhausted.error()).isEqualTo("Lambda.ServiceException");
        assertThat(exhausted.cause()).isEqualTo("Service error");
        assertThat(exhausted.output()).isEqualTo(json("{'data':'value','error':{'Error':'Lambda.ServiceException',"
                + "'Cause':'Service error'}}"));
        assertThat(exhausted.inspectionData().get("errorDetails")).isEqualTo(json("{'catchIndex':1}"));
    }

    @Test
    void anErrorNoRetryTakesGoesToTheFirstCatchThatMatchesIt() {
        TestStateResult declined = charge(TestStateMock.error("Card.Declined", "no funds"), 0);

        assertThat(declined.status()).isEqualTo(TestStateStatus.CAUGHT_ERROR);
        assertThat(declined.nextState()).isEqualTo("Declined");
        assertThat(declined.output()).isEqualTo(json("{'data':'value','declined':{'Error':'Card.Declined',"
                + "'Cause':'no funds'}}"));
        assertThat(declined.inspectionData().get("errorDetails")).isEqualTo(json("{'catchIndex':0}"));
    }

    @Test
    void anErrorNeitherTakesFailsAndASuccessHasNoErrorDetails() {
        JsonNode noCatch = json("{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','Parameters':"
                + "{'FunctionName':'f'},'Retry':[{'ErrorEquals':['Other'],'MaxAttempts':0}],'End':true}");
        TestStateResult failed = runtime.testState(noCatch, json("{}"), TestStateMock.error("Boom", "it broke"));
        assertThat(failed.status()).isEqualTo(TestStateStatus.FAILED);
        assertThat(failed.error()).isEqualTo("Boom");
        assertThat(failed.inspectionData().has("errorDetails")).isFalse();

        // MaxAttempts 0: the Retry matches but never retries, so the error is not retriable
        TestStateResult never = runtime.testState(noCatch, json("{}"), TestStateMock.error("Other", null));
        assertThat(never.status()).isEqualTo(TestStateStatus.FAILED);

        TestStateResult paid = charge(TestStateMock.result(json("{'Payload':{'ok':true}}")), 0);
        assertThat(paid.status()).isEqualTo(TestStateStatus.SUCCEEDED);
        assertThat(paid.nextState()).isEqualTo("Done");
        assertThat(paid.error()).isNull();
        assertThat(paid.inspectionData().has("errorDetails")).isFalse();
    }

    @Test
    void aJsonataCatchAssignsAndOutputsFromTheErrorOutput() {
        JsonNode machine = json("{'QueryLanguage':'JSONata','StartAt':'Pay','States':{'Pay':{'Type':'Task',"
                + "'Resource':'arn:aws:states:::lambda:invoke','Arguments':{'FunctionName':'pay'},"
                + "'Catch':[{'ErrorEquals':['States.ALL'],'Assign':{'failure':'{% $states.errorOutput.Error %}'},"
                + "'Output':{'failed':true},'Next':'Failed'}],'End':true},'Failed':{'Type':'Fail'}}}");

        TestStateResult caught = runtime.testState(machine, "Pay", json("{}"),
                TestStateOptions.NONE.withMock(TestStateMock.error("Pay.Error", "down")));

        assertThat(caught.status()).isEqualTo(TestStateStatus.CAUGHT_ERROR);
        assertThat(caught.nextState()).isEqualTo("Failed");
        assertThat(caught.output()).isEqualTo(json("{'failed':true}"));
        assertThat(caught.inspectionData().get("variables")).isEqualTo(json("{'failure':'Pay.Error'}"));
    }

    @Test
    void theVariablesGivenAreWhatTheStateReadsAndTheInspectionShowsThemAfterItsAssign() {
        JsonNode pass = json("{'Type':'Pass','QueryLanguage':'JSONata','Output':'{% $total * 2 %}',"
                + "'Assign':{'seen':'{% $total %}'},'End':true}");

        TestStateResult result = runtime.testState(pass, json("{}"),
                TestStateOptions.NONE.withVariables(json("{'total':21,'currency':'EUR'}")));

        assertThat(result.status()).isEqualTo(TestStateStatus.SUCCEEDED);
        assertThat(result.output()).isEqualTo(json("42"));
        assertThat(result.inspectionData().get("variables"))
                .isEqualTo(json("{'currency':'EUR','seen':21,'total':21}"));

        JsonNode jsonPath = json("{'Type':'Pass','Parameters':{'who.$':'$name'},'End':true}");
        assertThat(runtime.testState(jsonPath, json("{}"), TestStateOptions.NONE.withVariables(
                json("{'name':'Ada'}"))).output()).isEqualTo(json("{'who':'Ada'}"));
    }

    @Test
    void aStateWithoutVariablesHasNoVariablesInItsInspectionAsAwsRecordedIt() {
        TestStateResult result = runtime.testState(json("{'Type':'Pass','End':true}"), json("{'a':1}"));

        assertThat(result.inspectionData().has("variables")).isFalse();
    }

    @Test
    void variablesThatAreNotAnObjectOrARetryCountBelowZeroAreRefused() {
        assertThatThrownBy(() -> TestStateOptions.NONE.withVariables(json("[1]")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the variables are a JSON object of names and values, not array");
        assertThatThrownBy(() -> TestStateOptions.NONE.withRetrierRetryCount(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("retrierRetryCount is 0 or more, not -1");
    }
}
