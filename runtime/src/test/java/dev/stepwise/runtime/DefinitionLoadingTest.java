package dev.stepwise.runtime;

import dev.stepwise.asl.StateMachineType;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.asl.validation.DefinitionProblem;
import dev.stepwise.asl.validation.ProblemCodes;
import dev.stepwise.asl.error.StatesError;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code load} checks definitions with AWS's rules; the machine type shapes the execution's identity. */
class DefinitionLoadingTest {

    private static final String ORPHAN = "{'StartAt':'A','States':{'A':{'Type':'Pass','End':true},"
            + "'Orphan':{'Type':'Pass','End':true}}}";

    @Test
    void loadRejectsWhatAwsRejectsWithEveryProblemAndItsLocation() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        assertThatThrownBy(() -> runtime.load(json("{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'Gone'},"
                + "'Orphan':{'Type':'Pass','End':true}}}")))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.problems())
                        .extracting(DefinitionProblem::location, DefinitionProblem::code)
                        .contains(tuple("/States/A/Next",
                                        ProblemCodes.MISSING_TRANSITION_TARGET),
                                tuple("/States/Orphan",
                                        ProblemCodes.MISSING_TRANSITION_TARGET)))
                .hasMessageContaining("MISSING_TRANSITION_TARGET: Missing 'Next' target: Gone").hasMessageContaining("(2 problems)");
    }

    @Test
    void validationCanBeTurnedOffForDefinitionsTheEngineCanStillRun() {
        LocalRuntime strict = LocalRuntime.builder().clock(Clocks.virtual()).build();
        LocalRuntime lenient = LocalRuntime.builder().clock(Clocks.virtual()).validateDefinitions(false).build();
        assertThatThrownBy(() -> strict.load(json(ORPHAN))).isInstanceOf(InvalidDefinitionException.class);
        Execution run = lenient.start(lenient.load(json(ORPHAN)), json("{'a':1}")).await();
        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void compilerProblemsShareTheValidatorsProblemType() {
        LocalRuntime lenient = LocalRuntime.builder().validateDefinitions(false).build();
        assertThatThrownBy(() -> lenient.load(json("{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'B'}}}")))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.problems())
                        .containsExactly(new DefinitionProblem("/States/A/Next",
                                ProblemCodes.MISSING_TRANSITION_TARGET, "names no state in this flow: 'B'")));
    }

    @Test
    void aBranchWithoutUsableStatesIsAProblemNotACrashWhenUnvalidated() {
        LocalRuntime lenient = LocalRuntime.builder().validateDefinitions(false).build();
        assertThatThrownBy(() -> lenient.load(json("{'StartAt':'P','States':{'P':{'Type':'Parallel','End':true,"
                + "'Branches':[{'StartAt':'X','States':42}]}}}")))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.problems())
                        .extracting(DefinitionProblem::location).contains("/States/P/Branches/0/States"));
    }

    @Test
    void awsLimitsThatChangeNothingAtRunTimeAreTheValidatorsAlone() {
        String definition = "{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'arn:aws:lambda:us-east-1:"
                + "123456789012:function:f','TimeoutSeconds':5,'HeartbeatSeconds':5,'End':true,"
                + "'Retry':[{'ErrorEquals':['Flaky'],'MaxAttempts':2,'IntervalSeconds':2,'BackoffRate':0.5}]}}}";
        LocalRuntime strict = LocalRuntime.builder().clock(Clocks.virtual()).build();
        assertThatThrownBy(() -> strict.load(json(definition)))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.problems())
                        .extracting(DefinitionProblem::location)
                        .containsExactlyInAnyOrder("/States/T/HeartbeatSeconds", "/States/T/Retry/0/BackoffRate"))
                .hasMessageContaining("HeartbeatSeconds (5) must be smaller than TimeoutSeconds (5)");
        AtomicInteger calls = new AtomicInteger();
        LocalRuntime lenient = LocalRuntime.builder().clock(Clocks.virtual()).validateDefinitions(false)
                .handler("arn:aws:lambda:us-east-1:123456789012:function:f", (input, ctx) -> {
                    if (calls.incrementAndGet() < 3) {
                        throw new StatesError("Flaky", "try again");
                    }
                    return json("{'done':true}");
                }).build();
        Execution run = lenient.start(lenient.load(json(definition)), json("{}")).await();
        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(calls).hasValue(3);
        assertThat(run.stopDate()).isEqualTo(run.startDate().plusSeconds(3));
    }

    @Test
    void expressMachinesRejectCallbacksThatStandardOnesAccept() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        JsonNode callback = json("{'StartAt':'T','States':{'T':{'Type':'Task',"
                + "'Resource':'arn:aws:states:::sqs:sendMessage.waitForTaskToken','End':true}}}");
        assertThat(runtime.load("std", callback, StateMachineType.STANDARD).type())
                .isEqualTo(StateMachineType.STANDARD);
        assertThatThrownBy(() -> runtime.load("fast", callback, StateMachineType.EXPRESS))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("Express state machine");
    }

    @Test
    void expressExecutionsHaveExpressIdsAndNoRedriveCount() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        JsonNode echoContext = json("{'StartAt':'P','States':{'P':{'Type':'Pass',"
                + "'Parameters':{'execution.$':'$$.Execution'},'End':true}}}");
        JsonNode express = runtime.start(runtime.load("fast", echoContext, StateMachineType.EXPRESS), "run-1",
                json("{}")).await().output().get("execution");
        JsonNode standard = runtime.start(runtime.load("slow", echoContext), "run-1", json("{}")).await().output()
                .get("execution");
        assertThat(express.get("Id").asText())
                .matches("arn:aws:states:[^:]+:\\d{12}:express:fast:run-1:[0-9a-f-]{36}");
        assertThat(express.has("RedriveCount")).isFalse();
        assertThat(standard.get("Id").asText()).matches("arn:aws:states:[^:]+:\\d{12}:execution:slow:run-1");
        assertThat(standard.get("RedriveCount").asInt()).isZero();
    }
}
