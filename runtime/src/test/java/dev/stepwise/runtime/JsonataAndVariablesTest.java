package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.clock.VirtualClock;
import dev.stepwise.runtime.history.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** JSONata states and workflow variables in the engine, beyond what the recorded corpus exercises. */
class JsonataAndVariablesTest {

    private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:work";

    private static Execution run(LocalRuntime runtime, String definition, String input) {
        return runtime.start(runtime.load(json(definition)), json(input)).await();
    }

    private static Execution run(String definition, String input) {
        return run(LocalRuntime.builder().clock(Clocks.virtual()).build(), definition, input);
    }

    private static HistoryEvent event(Execution ex, String type) {
        return ex.history().stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void taskArgumentsAndOutputReadStatesInputAndResult() {
        List<JsonNode> calls = new ArrayList<>();
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).handler(FN, (input, ctx) -> {
            calls.add(input);
            return json("{'total':" + (input.get("n").asInt() * 2) + "}");
        }).build();
        Execution ex = run(runtime, "{'QueryLanguage':'JSONata','StartAt':'T','States':{'T':{'Type':'Task',"
                + "'Resource':'" + FN + "','Arguments':{'n':'{% $states.input.value + 1 %}'},"
                + "'Output':{'doubled':'{% $states.result.total %}','was':'{% $states.input.value %}'},"
                + "'End':true}}}", "{'value':20}");
        assertThat(calls).containsExactly(json("{'n':21}"));
        assertThat(ex.output()).isEqualTo(json("{'doubled':42,'was':20}"));
    }

    @Test
    void withoutOutputATaskGivesItsResultAndAPassItsInput() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .handler(FN, (input, ctx) -> json("{'from':'task'}")).build();
        Execution ex = run(runtime, "{'QueryLanguage':'JSONata','StartAt':'P','States':{"
                + "'P':{'Type':'Pass','Next':'T'},"
                + "'T':{'Type':'Task','Resource':'" + FN + "','End':true}}}", "{'in':1}");
        assertThat(event(ex, "PassStateExited").detail("output")).isEqualTo(json("{'in':1}"));
        assertThat(ex.output()).isEqualTo(json("{'from':'task'}"));
    }

    @Test
    void parallelArgumentsFeedEveryBranchAndOutputReadsTheBranchResults() {
        Execution ex = run("{'QueryLanguage':'JSONata','StartAt':'P','States':{'P':{'Type':'Parallel',"
                + "'Arguments':{'n':'{% $states.input.n * 10 %}'},"
                + "'Branches':[{'StartAt':'A','States':{'A':{'Type':'Pass','Output':'{% $states.input.n + 1 %}',"
                + "'End':true}}},{'StartAt':'B','States':{'B':{'Type':'Pass','Output':'{% $states.input.n + 2 %}',"
                + "'End':true}}}],'Output':{'sum':'{% $sum($states.result) %}'},'End':true}}}", "{'n':2}");
        assertThat(ex.output()).isEqualTo(json("{'sum':43}"));
    }

    @Test
    void everyExpressionOfAStateSeesTheVariablesAsTheyWereOnEntry() {
        Execution ex = run("{'QueryLanguage':'JSONata','StartAt':'A','States':{"
                + "'A':{'Type':'Pass','Assign':{'x':1},'Next':'B'},"
                + "'B':{'Type':'Pass','Assign':{'x':'{% $x + 10 %}','y':'{% $x %}'},"
                + "'Output':{'x':'{% $x %}'},'Next':'C'},"
                + "'C':{'Type':'Pass','Output':{'x':'{% $x %}','y':'{% $y %}'},'End':true}}}", "{}");
        assertThat(event(ex, "PassStateExited").detail("assignedVariables")).isEqualTo(json("{'x':'1'}"));
        assertThat(ex.history().get(4).detail("output")).isEqualTo(json("{'x':1}"));
        assertThat(ex.output()).isEqualTo(json("{'x':11,'y':1}"));
    }

    @Test
    void jsonPathAssignReadsTheResultAndVariablesByName() {
        Execution ex = run("{'StartAt':'A','States':{"
                + "'A':{'Type':'Pass','Result':{'v':7},'ResultPath':'$.r','Assign':{'fromResult.$':'$.v',"
                + "'literal':'$.not.a.path'},'Next':'B'},"
                + "'B':{'Type':'Pass','Parameters':{'a.$':'$fromResult','b.$':'$literal','c.$':'$.r.v'},"
                + "'End':true}}}", "{}");
        assertThat(ex.output()).isEqualTo(json("{'a':7,'b':'$.not.a.path','c':7}"));
    }

    @Test
    void anEmptyAssignListsNoVariablesInTheExitedEvent() {
        // recorded on AWS (assign__test_base_cases__BASE_EMPTY): PassStateExited has name, output, outputDetails
        Execution ex = run("{'StartAt':'S','States':{'S':{'Type':'Pass','Assign':{},'End':true}}}", "{'a':1}");
        assertThat(event(ex, "PassStateExited").details()).isEqualTo(json("{'name':'S','output':{'a':1},"
                + "'outputDetails':{'truncated':false}}"));
    }

    @Test
    void mapIterationsReadOuterVariablesButKeepTheirOwnAssignments() {
        Execution ex = run("{'QueryLanguage':'JSONata','StartAt':'A','States':{"
                + "'A':{'Type':'Pass','Assign':{'base':100,'seen':'outer'},'Next':'M'},"
                + "'M':{'Type':'Map','Items':[1,2,3],'ItemProcessor':{'StartAt':'I','States':{"
                + "  'I':{'Type':'Pass','Assign':{'mine':'{% $states.input %}'},'Next':'J'},"
                + "  'J':{'Type':'Pass','Output':'{% $base + $mine %}','End':true}}},"
                + "'Next':'After'},"
                + "'After':{'Type':'Pass','Output':{'items':'{% $states.input %}','seen':'{% $seen %}',"
                + "'mine':'{% $exists($mine) %}'},'End':true}}}", "{}");
        assertThat(ex.output()).isEqualTo(json("{'items':[101,102,103],'seen':'outer','mine':false}"));
    }

    @Test
    void aDistributedMapsChildWorkflowsSeeNoOuterVariables() {
        Execution ex = run("{'QueryLanguage':'JSONata','StartAt':'A','States':{"
                + "'A':{'Type':'Pass','Assign':{'base':100},'Next':'M'},"
                + "'M':{'Type':'Map','Items':[1],'ItemSelector':{'base':'{% $base %}'},"
                + "'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED','ExecutionType':'STANDARD'},"
                + "'StartAt':'I','States':{'I':{'Type':'Pass',"
                + "'Output':{'selected':'{% $states.input.base %}','outer':'{% $exists($base) %}'},'End':true}}},"
                + "'End':true}}}", "{}");
        assertThat(ex.output()).isEqualTo(json("[{'selected':100,'outer':false}]"));
    }

    @Test
    void aCatchOnAParallelAssignsOuterVariablesFromTheErrorOutput() {
        Execution ex = run("{'QueryLanguage':'JSONata','StartAt':'P','States':{"
                + "'P':{'Type':'Parallel','Branches':[{'StartAt':'F','States':{'F':{'Type':'Fail',"
                + "'Error':'Boom','Cause':'bad'}}}],"
                + "'Catch':[{'ErrorEquals':['States.ALL'],'Assign':{'failure':'{% $states.errorOutput.Error %}'},"
                + "'Output':{'caught':'{% $states.errorOutput.Cause %}'},'Next':'After'}],'End':true},"
                + "'After':{'Type':'Pass','Output':{'failure':'{% $failure %}','input':'{% $states.input %}'},"
                + "'End':true}}}", "{}");
        assertThat(ex.output()).isEqualTo(json("{'failure':'Boom','input':{'caught':'bad'}}"));
        assertThat(event(ex, "ParallelStateExited").detail("assignedVariables").get("failure").asText())
                .isEqualTo("\"Boom\"");
    }

    @Test
    void aChoiceRuleThatMatchesAssignsAndOutputsInsteadOfTheState() {
        String definition = "{'QueryLanguage':'JSONata','StartAt':'C','States':{"
                + "'C':{'Type':'Choice','Choices':[{'Condition':'{% $states.input.n > 5 %}','Next':'End',"
                + "'Assign':{'path':'big'},'Output':{'n':'{% $states.input.n %}','rule':true}}],"
                + "'Default':'End','Assign':{'path':'small'}},"
                + "'End':{'Type':'Pass','Output':{'path':'{% $path %}','input':'{% $states.input %}'},'End':true}}}";
        assertThat(run(definition, "{'n':9}").output()).isEqualTo(json("{'path':'big','input':{'n':9,'rule':true}}"));
        assertThat(run(definition, "{'n':1}").output()).isEqualTo(json("{'path':'small','input':{'n':1}}"));
    }

    @Test
    void aFailedExpressionRecordsEvaluationFailedAndCanBeCaught() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .handler(FN, (input, ctx) -> json("{}")).build();
        Execution ex = run(runtime, "{'QueryLanguage':'JSONata','StartAt':'T','States':{'T':{'Type':'Task',"
                + "'Resource':'" + FN + "','Arguments':{'x':'{% $states.input.missing %}'},"
                + "'Catch':[{'ErrorEquals':['States.QueryEvaluationError'],'Next':'Caught'}],'End':true},"
                + "'Caught':{'Type':'Pass','End':true}}}", "{}");
        assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        String cause = "An error occurred while executing the state 'T' (entered at the event id #2). The JSONata "
                + "expression '$states.input.missing' specified for the field 'Arguments/x' returned nothing "
                + "(undefined).";
        assertThat(ex.output().get("Error").asText()).isEqualTo("States.QueryEvaluationError");
        assertThat(ex.output().get("Cause").asText()).isEqualTo(cause);
        HistoryEvent failed = event(ex, "EvaluationFailed");
        assertThat(failed.detail("location").asText()).isEqualTo("Arguments/x");
        assertThat(failed.detail("state").asText()).isEqualTo("T");
        assertThat(ex.history().stream().map(HistoryEvent::type)).doesNotContain("LambdaFunctionScheduled");
    }

    @Test
    void anExpressionThatFailsEveryAttemptIsRetriedFirst() {
        AtomicInteger calls = new AtomicInteger();
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .handler(FN, (input, ctx) -> json("{'n':" + calls.incrementAndGet() + "}")).build();
        Execution ex = run(runtime, "{'QueryLanguage':'JSONata','StartAt':'T','States':{'T':{'Type':'Task',"
                + "'Resource':'" + FN + "','Output':'{% $states.result.n > 1 ? $states.result : $undefinedVar %}',"
                + "'Retry':[{'ErrorEquals':['States.QueryEvaluationError'],'MaxAttempts':2}],'End':true}}}", "{}");
        assertThat(ex.output()).isEqualTo(json("{'n':2}"));
        assertThat(ex.history().stream().filter(e -> e.type().equals("EvaluationFailed"))).hasSize(1);
    }

    @Test
    void waitSecondsAndTaskTimeoutMayBeExpressions() {
        VirtualClock clock = Clocks.virtual();
        Instant start = clock.now();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).handler(FN, (input, ctx) -> {
            ctx.clock().sleep(Duration.ofSeconds(5));
            return json("{}");
        }).build();
        Execution ex = run(runtime, "{'QueryLanguage':'JSONata','StartAt':'W','States':{"
                + "'W':{'Type':'Wait','Seconds':'{% $states.input.wait %}','Next':'T'},"
                + "'T':{'Type':'Task','Resource':'" + FN + "','TimeoutSeconds':'{% $states.input.wait %}',"
                + "'End':true}}}", "{'wait':3}");
        assertThat(ex.error()).isEqualTo("States.Timeout");
        assertThat(event(ex, "LambdaFunctionScheduled").detail("timeoutInSeconds").asInt()).isEqualTo(3);
        assertThat(Duration.between(start, event(ex, "WaitStateExited").timestamp())).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void nowAndMillisReadTheExecutionsClock() {
        // AWS evaluates $now() and $millis() when the state runs: after a two-hour Wait they are two hours past the
        // execution's start, whatever the wall clock says
        VirtualClock clock = Clocks.virtual();
        Instant start = clock.now();
        Execution ex = run(LocalRuntime.builder().clock(clock).build(), "{'QueryLanguage':'JSONata','StartAt':'W',"
                + "'States':{'W':{'Type':'Wait','Seconds':7200,'Next':'P'},'P':{'Type':'Pass','Output':{"
                + "'now':'{% $now() %}','millis':'{% $millis() %}',"
                + "'late':'{% $millis() - $toMillis($states.context.Execution.StartTime) >= 7200000 %}'},"
                + "'End':true}}}", "{}");
        Instant later = start.plus(Duration.ofHours(2));
        assertThat(Instant.parse(ex.output().get("now").asText())).isEqualTo(later);
        assertThat(ex.output().get("millis").asLong()).isEqualTo(later.toEpochMilli());
        assertThat(ex.output().get("late").asBoolean()).isTrue();
    }

    @Test
    void aWaitTimestampExpressionMustGiveAnRfc3339Timestamp() {
        String definition = "{'QueryLanguage':'JSONata','StartAt':'W','States':{"
                + "'W':{'Type':'Wait','Timestamp':'{% $states.input.at %}','End':true}}}";
        Execution waited = run(definition, "{'at':'2024-01-01T00:01:00Z'}");
        assertThat(Duration.between(waited.history().get(0).timestamp(), event(waited, "WaitStateExited").timestamp()))
                .isEqualTo(Duration.ofMinutes(1));
        Execution bad = run(definition, "{'at':'tomorrow'}");
        assertThat(bad.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(bad.cause()).contains("'Timestamp'").contains("tomorrow");
        assertThat(event(bad, "EvaluationFailed").detail("location").asText()).isEqualTo("Timestamp");
    }

    @Test
    void aVariableOverTheSizeLimitFailsTheExecution() {
        Execution ex = run("{'QueryLanguage':'JSONata','StartAt':'A','States':{'A':{'Type':'Pass',"
                + "'Assign':{'big':'{% $join($map([1..30000], function($i) { \\\"0123456789\\\" })) %}'},"
                + "'End':true}}}", "{}");
        assertThat(ex.error()).isEqualTo("States.DataLimitExceeded");
    }

    @Test
    void jsonPathFieldsInAJsonataStateAreDefinitionErrors() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        assertThatThrownBy(() -> runtime.load(json("{'QueryLanguage':'JSONata','StartAt':'A','States':{"
                + "'A':{'Type':'Pass','InputPath':'$.x','Output':'{% $states.input %}','End':true}}}")))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("/States/A/InputPath");
        assertThatThrownBy(() -> runtime.load(json("{'StartAt':'A','States':{"
                + "'A':{'Type':'Pass','Assign':{'1bad':1},'End':true}}}")))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("/States/A/Assign/1bad");
        assertThatThrownBy(() -> runtime.load(json("{'QueryLanguage':'JSONata','StartAt':'A','States':{"
                + "'A':{'Type':'Pass','Assign':{'states':1},'End':true}}}")))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("reserved");
    }
}
