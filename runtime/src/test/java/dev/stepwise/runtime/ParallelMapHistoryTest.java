package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.history.HistoryEvent;
import dev.stepwise.workflow.WorkflowMetadata;
import dev.stepwise.workflow.WorkflowSpec;
import dev.stepwise.workflow.TaskMethod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParallelMapHistoryTest {

    private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:item";

    private final LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();

    @Test
    void parallelResultsComeInBranchOrder() {
        Execution ex = runtime.start(runtime.load(json("{'StartAt':'P','States':{'P':{'Type':'Parallel',"
                + "'Branches':[{'StartAt':'A','States':{'A':{'Type':'Wait','Seconds':5,'Next':'A2'},"
                + "'A2':{'Type':'Pass','Result':'a','End':true}}},"
                + "{'StartAt':'B','States':{'B':{'Type':'Pass','Result':'b','End':true}}}],'End':true}}}")),
                json("{}")).await();
        assertThat(ex.output()).isEqualTo(json("['a','b']"));
    }

    @Test
    void failingBranchFailsTheStateWithItsOwnError() {
        Execution ex = runtime.start(runtime.load(json("{'StartAt':'P','States':{'P':{'Type':'Parallel',"
                + "'Branches':[{'StartAt':'F','States':{'F':{'Type':'Fail','Error':'Boom','Cause':'c'}}},"
                + "{'StartAt':'B','States':{'B':{'Type':'Pass','End':true}}}],'End':true}}}")), json("{}")).await();
        assertThat(ex.error()).isEqualTo("Boom");
        assertThat(ex.history()).extracting(HistoryEvent::type).contains("ParallelStateFailed")
                .doesNotContain("ParallelStateExited");
    }

    @Test
    void mapItemSelectorSeesTheItemIndexAndValue() {
        Execution ex = runtime.start(runtime.load(json("{'StartAt':'M','States':{'M':{'Type':'Map',"
                + "'ItemsPath':'$.xs','ItemSelector':{'i.$':'$$.Map.Item.Index','v.$':'$$.Map.Item.Value',"
                + "'tag.$':'$.tag'},'ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Pass','End':true}}},"
                + "'End':true}}}")), json("{'xs':['a','b'],'tag':'t'}")).await();
        assertThat(ex.output()).isEqualTo(json("[{'i':0,'v':'a','tag':'t'},{'i':1,'v':'b','tag':'t'}]"));
    }

    @Test
    void toleratedFailuresLetTheMapSucceedUntilExceeded() {
        String definition = "{'StartAt':'M','States':{'M':{'Type':'Map','ToleratedFailureCount':1,"
                + "'ItemProcessor':{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'" + FN + "','End':true}}},"
                + "'End':true}}}";
        LocalRuntime failingOdd = LocalRuntime.builder().clock(Clocks.virtual()).handler(FN, (input, ctx) -> {
            if (input.asInt() % 2 == 1) {
                throw new IllegalArgumentException("odd " + input.asInt());
            }
            return input;
        }).build();
        StateMachine machine = failingOdd.load(json(definition));
        Execution tolerated = failingOdd.start(machine, json("[0,1,2]")).await();
        assertThat(tolerated.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(tolerated.output().get(0).asInt()).isZero();
        assertThat(tolerated.output().get(1).get("Error").asText()).isEqualTo("IllegalArgumentException");

        Execution exceeded = failingOdd.start(machine, json("[1,2,3]")).await();
        assertThat(exceeded.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
    }

    /** AWS: "If you specify both values, the workflow fails when it exceeds either value" (tolerated failure docs). */
    @Test
    void withBothToleratedLimitsTheMapFailsPastEitherOne() {
        LocalRuntime failingOdd = LocalRuntime.builder().clock(Clocks.virtual()).handler(FN, (input, ctx) -> {
            if (input.asInt() % 2 == 1) {
                throw new IllegalArgumentException("odd " + input.asInt());
            }
            return input;
        }).build();
        String map = "{'StartAt':'M','States':{'M':{'Type':'Map',%s,'ItemProcessor':{'StartAt':'T','States':{'T':{"
                + "'Type':'Task','Resource':'" + FN + "','End':true}}},'End':true}}}";
        // one failure in four: within the count of 1, past the 10 percent
        StateMachine pastPercentage = failingOdd.load(json(String.format(map,
                "'ToleratedFailureCount':1,'ToleratedFailurePercentage':10")));
        assertThat(failingOdd.start(pastPercentage, json("[0,1,2,4]")).await().error())
                .isEqualTo("States.ExceedToleratedFailureThreshold");
        // two failures in four: within the 50 percent, past the count of 1
        StateMachine pastCount = failingOdd.load(json(String.format(map,
                "'ToleratedFailureCount':1,'ToleratedFailurePercentage':50")));
        assertThat(failingOdd.start(pastCount, json("[0,1,2,3]")).await().error())
                .isEqualTo("States.ExceedToleratedFailureThreshold");
        // exactly at both limits: tolerated
        StateMachine atBoth = failingOdd.load(json(String.format(map,
                "'ToleratedFailureCount':1,'ToleratedFailurePercentage':25")));
        assertThat(failingOdd.start(atBoth, json("[0,1,2,4]")).await().status())
                .isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void historyChainsPreviousEventIdsAsAwsDoes() {
        Execution ex = runtime.start(runtime.load(json("{'StartAt':'M','States':{'M':{'Type':'Map',"
                + "'ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Pass','End':true}}},'End':true}}}")),
                json("[1,2]")).await();
        List<String> chain = new ArrayList<>();
        for (HistoryEvent event : ex.history()) {
            chain.add(event.id() + ":" + event.type() + "<" + event.previousEventId());
        }
        assertThat(chain).containsExactly("1:ExecutionStarted<0", "2:MapStateEntered<0", "3:MapStateStarted<2",
                "4:MapIterationStarted<3", "5:PassStateEntered<4", "6:PassStateExited<5",
                "7:MapIterationSucceeded<6", "8:MapIterationStarted<6", "9:PassStateEntered<8",
                "10:PassStateExited<9", "11:MapIterationSucceeded<10", "12:MapStateSucceeded<11",
                "13:MapStateExited<11", "14:ExecutionSucceeded<13");
    }

    /**
     * A Task that fails uncaught in a Parallel branch is aborted by the Parallel: TaskStateAborted follows the task's
     * failure aside, and the Parallel's failure, or its retry's start, follows the failure itself. Recorded on AWS:
     * callback__test_sqs_failure_in_wait_for_task_tok_no_error_field__SQS_PARALLEL_WAIT_FOR_TASK_TOKEN and
     * states_variables__test_parallel_catch_error__PARALLEL_CATCH_ERROR_OUTPUT_WITH_RETRY.
     */
    @Test
    void aTaskFailingInABranchIsAbortedByItsParallelState() {
        LocalRuntime failing = LocalRuntime.builder().clock(Clocks.virtual())
                .handler(FN, (input, ctx) -> { throw new dev.stepwise.asl.error.StatesError("Boom", "c"); }).build();
        String branch = "'Branches':[{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'"
                + "arn:aws:states:::lambda:invoke','Parameters':{'FunctionName':'" + FN + "'},'End':true}}}]";
        Execution caught = failing.start(failing.load(json("{'StartAt':'P','States':{'P':{'Type':'Parallel',"
                + branch + ",'Catch':[{'ErrorEquals':['States.ALL'],'Next':'C'}],'End':true},"
                + "'C':{'Type':'Pass','End':true}}}")), json("{}")).await();
        assertThat(chain(caught)).containsExactly("1:ExecutionStarted<0", "2:ParallelStateEntered<0",
                "3:ParallelStateStarted<2", "4:TaskStateEntered<3", "5:TaskScheduled<4", "6:TaskStarted<5",
                "7:TaskFailed<6", "8:TaskStateAborted<7", "9:ParallelStateFailed<7", "10:ParallelStateExited<9",
                "11:PassStateEntered<10", "12:PassStateExited<11", "13:ExecutionSucceeded<12");

        Execution retried = failing.start(failing.load(json("{'StartAt':'P','States':{'P':{'Type':'Parallel',"
                + branch + ",'Retry':[{'ErrorEquals':['States.ALL'],'MaxAttempts':1}],'End':true}}}")),
                json("{}")).await();
        assertThat(chain(retried)).containsSubsequence("7:TaskFailed<6", "8:TaskStateAborted<7",
                "9:ParallelStateStarted<7");
        assertThat(chain(retried).subList(chain(retried).size() - 3, chain(retried).size())).containsExactly(
                "14:TaskStateAborted<13", "15:ParallelStateFailed<13", "16:ExecutionFailed<15");

        Execution failStateBranch = runtime.start(runtime.load(json("{'StartAt':'P','States':{'P':{'Type':"
                + "'Parallel','Branches':[{'StartAt':'F','States':{'F':{'Type':'Fail','Error':'E'}}}],"
                + "'End':true}}}")), json("{}")).await();
        assertThat(chain(failStateBranch)).doesNotContain("TaskStateAborted").endsWith(
                "4:FailStateEntered<3", "5:ParallelStateFailed<4", "6:ExecutionFailed<5");
    }

    private static List<String> chain(Execution ex) {
        List<String> chain = new ArrayList<>();
        for (HistoryEvent event : ex.history()) {
            chain.add(event.id() + ":" + event.type() + "<" + event.previousEventId());
        }
        return chain;
    }

    @Test
    void historyCanBeTurnedOff() {
        LocalRuntime quiet = LocalRuntime.builder().clock(Clocks.virtual()).keepHistory(false).build();
        Execution ex = quiet.start(quiet.load(json("{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}")),
                json("{'a':1}")).await();
        assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(ex.history()).isEmpty();
    }

    @Test
    void systemClockRunsMapItemsConcurrentlyAndKeepsOrder() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        LocalRuntime real = LocalRuntime.builder().poolSize(4).handler(FN, (input, ctx) -> {
            peak.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.sleep(30);
            running.decrementAndGet();
            return input;
        }).build();
        Execution ex = real.start(real.load(json("{'StartAt':'M','States':{'M':{'Type':'Map','MaxConcurrency':3,"
                + "'ItemProcessor':{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'" + FN + "',"
                + "'End':true}}},'End':true}}}")), json("[0,1,2,3,4,5,6,7]"));
        assertThat(ex.await(Duration.ofSeconds(10))).isTrue();
        assertThat(ex.output()).isEqualTo(json("[0,1,2,3,4,5,6,7]"));
        assertThat(peak.get()).isBetween(2, 3);
    }

    @Test
    void invalidDefinitionsListEveryProblemWithItsLocation() {
        assertThatThrownBy(() -> runtime.load(json("{'StartAt':'Nope','States':{'A':{'Type':'Pass','Next':'B'},"
                + "'W':{'Type':'Wait','End':true},'X':{'Type':'Teleport','End':true}}}")))
                .isInstanceOf(InvalidDefinitionException.class)
                .satisfies(e -> assertThat(((InvalidDefinitionException) e).problems()).extracting(p -> p.location())
                        .contains("/StartAt", "/States/A/Next", "/States/W", "/States/X/Type"));
        assertThatThrownBy(() -> runtime.load("{not json")).isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void workflowSpecTasksAreBoundByStateName() {
        WorkflowSpec spec = new WorkflowSpec() {
            @Override
            public String name() {
                return "Greeter";
            }

            @Override
            public String definition() {
                return Asl.text("{'StartAt':'Greet','States':{'Greet':{'Type':'Task','Resource':'" + FN + "',"
                        + "'End':true}}}");
            }

            @Override
            public WorkflowMetadata metadata() {
                return null;
            }

            @Override
            public Map<String, TaskMethod> tasks() {
                return Map.of("Greet", in -> "{\"greeting\":\"hello " + in.replaceAll("[^a-z]", "") + "\"}");
            }
        };
        Execution ex = runtime.start(spec, Map.of("name", "ada")).await();
        JsonNode output = ex.output();
        assertThat(output.get("greeting").asText()).isEqualTo("hello nameada");
    }
}
