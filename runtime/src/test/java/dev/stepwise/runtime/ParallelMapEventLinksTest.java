package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.history.HistoryEvent;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The order, ids and {@code previousEventId} links of the events of Parallel and Map states. Where the conformance
 * corpus shows AWS's ids, the expected lists below are those ids (the case is named).
 */
class ParallelMapEventLinksTest {

    private final LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();

    /**
     * Under a virtual clock branches run one after the other, so their events come branch by branch; each branch
     * starts from ParallelStateStarted, and the state's end events follow the last event of the last branch.
     */
    @Test
    void underAVirtualClockBranchesRecordOneAfterTheOther() {
        Execution ex = run(runtime, "{'StartAt':'P','States':{'P':{'Type':'Parallel','End':true,'Branches':["
                + "{'StartAt':'A1','States':{'A1':{'Type':'Pass','Next':'A2'},'A2':{'Type':'Pass','End':true}}},"
                + "{'StartAt':'B1','States':{'B1':{'Type':'Pass','End':true}}}]}}}");

        assertThat(links(ex)).containsExactly("1:ExecutionStarted<0", "2:ParallelStateEntered P<0",
                "3:ParallelStateStarted<2", "4:PassStateEntered A1<3", "5:PassStateExited A1<4",
                "6:PassStateEntered A2<5", "7:PassStateExited A2<6", "8:PassStateEntered B1<3",
                "9:PassStateExited B1<8", "10:ParallelStateSucceeded<9", "11:ParallelStateExited P<9",
                "12:ExecutionSucceeded<11");
    }

    /** scenarios__test_parallel_state_nested: AWS shows ids 1-3, 5, 11 and 12 (the rest were blanked). */
    @Test
    void nestedParallelStatesLinkLikeAws() {
        Execution ex = run(runtime, "{'StartAt':'L1','States':{'L1':{'Type':'Parallel','End':true,'Branches':["
                + "{'StartAt':'L2','States':{'L2':{'Type':'Parallel','End':true,'Branches':["
                + "{'StartAt':'B','States':{'B':{'Type':'Pass','End':true}}}]}}}]}}}");

        assertThat(links(ex)).containsExactly("1:ExecutionStarted<0", "2:ParallelStateEntered L1<0",
                "3:ParallelStateStarted<2", "4:ParallelStateEntered L2<3", "5:ParallelStateStarted<4",
                "6:PassStateEntered B<5", "7:PassStateExited B<6", "8:ParallelStateSucceeded<7",
                "9:ParallelStateExited L2<7", "10:ParallelStateSucceeded<9", "11:ParallelStateExited L1<9",
                "12:ExecutionSucceeded<11");
    }

    /** scenarios__test_parallel_state_catch, id for id. */
    @Test
    void aCaughtBranchFailureLinksLikeAws() {
        Execution ex = run(runtime, "{'StartAt':'P','States':{'P':{'Type':'Parallel','Branches':["
                + "{'StartAt':'F','States':{'F':{'Type':'Fail','Error':'FailureType','Cause':'c'}}}],"
                + "'Catch':[{'ErrorEquals':['FailureType'],'Next':'Caught'}],'Next':'Final'},"
                + "'Caught':{'Type':'Pass','End':true},'Final':{'Type':'Pass','End':true}}}");

        assertThat(links(ex)).containsExactly("1:ExecutionStarted<0", "2:ParallelStateEntered P<0",
                "3:ParallelStateStarted<2", "4:FailStateEntered F<3", "5:ParallelStateFailed<4",
                "6:ParallelStateExited P<5", "7:PassStateEntered Caught<6", "8:PassStateExited Caught<7",
                "9:ExecutionSucceeded<8");
    }

    /** scenarios__test_map_state_nested (inner part): the end events follow the final MapIterationSucceeded. */
    @Test
    void anInlineMapEndsAfterItsFinalIteration() {
        Execution ex = runtime.start(runtime.load(json("{'StartAt':'M','States':{'M':{'Type':'Map','End':true,"
                + "'ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Pass','End':true}}}}}}")),
                json("[1,2]")).await();

        assertThat(links(ex)).containsExactly("1:ExecutionStarted<0", "2:MapStateEntered M<0",
                "3:MapStateStarted<2", "4:MapIterationStarted M<3", "5:PassStateEntered I<4",
                "6:PassStateExited I<5", "7:MapIterationSucceeded M<6", "8:MapIterationStarted M<6",
                "9:PassStateEntered I<8", "10:PassStateExited I<9", "11:MapIterationSucceeded M<10",
                "12:MapStateSucceeded<11", "13:MapStateExited M<11", "14:ExecutionSucceeded<13");
    }

    /** scenarios__test_map_state_config_distributed_item_selector_parameters, id for id (recorded 2024-11). */
    @Test
    void aDistributedMapExitsAfterItsMapRunStarted() {
        Execution ex = runtime.start(runtime.load(json("{'StartAt':'Start','States':{'Start':{'Type':'Pass',"
                + "'Next':'M'},'M':{'Type':'Map','ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED',"
                + "'ExecutionType':'STANDARD'},'StartAt':'I','States':{'I':{'Type':'Pass','End':true}}},"
                + "'Next':'Finish'},'Finish':{'Type':'Succeed'}}}")), json("[1,2,3]")).await();

        assertThat(links(ex)).containsExactly("1:ExecutionStarted<0", "2:PassStateEntered Start<0",
                "3:PassStateExited Start<2", "4:MapStateEntered M<3", "5:MapStateStarted<4", "6:MapRunStarted<5",
                "7:MapRunSucceeded<6", "8:MapStateSucceeded<7", "9:MapStateExited M<6",
                "10:SucceedStateEntered Finish<9", "11:SucceedStateExited Finish<10", "12:ExecutionSucceeded<11");
    }

    /**
     * With real concurrency the interleaving of branches is up to the scheduler (on AWS as here), but every event
     * still links to the previous event of its own branch, and the state's end events to the last branch event.
     */
    @Test
    void concurrentBranchesInterleaveButEachLinksWithinItsBranch() {
        LocalRuntime concurrent = LocalRuntime.builder().poolSize(3).build();
        String branches = "";
        for (String b : List.of("A", "B", "C")) {
            branches += (b.equals("A") ? "" : ",") + "{'StartAt':'" + b + "1','States':{'" + b + "1':{'Type':'Pass',"
                    + "'Next':'" + b + "2'},'" + b + "2':{'Type':'Wait','Seconds':1,'End':true}}}";
        }
        Execution ex = concurrent.start(concurrent.load(json("{'StartAt':'P','States':{'P':{'Type':'Parallel',"
                + "'End':true,'Branches':[" + branches + "]}}}")), json("{}"));
        assertThat(ex.await(Duration.ofSeconds(10))).isTrue();
        List<HistoryEvent> events = ex.history();

        assertThat(events).extracting(HistoryEvent::id)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, events.size()).boxed().toList());
        long started = idOf(events, "ParallelStateStarted");
        long succeeded = idOf(events, "ParallelStateSucceeded");
        Map<String, Long> lastOfBranch = new HashMap<>();
        for (HistoryEvent event : events.subList((int) started, (int) succeeded - 1)) {
            String branch = event.detail("name").asText().substring(0, 1);
            assertThat(event.previousEventId()).as(event.toString())
                    .isEqualTo(lastOfBranch.getOrDefault(branch, started));
            lastOfBranch.put(branch, event.id());
        }
        assertThat(lastOfBranch).containsOnlyKeys("A", "B", "C");
        // the branches waited at the same time: every branch entered its Wait before any left it
        assertThat(types(events).subList((int) started, (int) succeeded - 1).stream()
                .filter(t -> t.startsWith("Wait"))).containsExactly("WaitStateEntered", "WaitStateEntered",
                "WaitStateEntered", "WaitStateExited", "WaitStateExited", "WaitStateExited");
        assertThat(events.get((int) succeeded - 1).previousEventId()).isEqualTo(succeeded - 1);
        assertThat(events.get((int) succeeded).type()).isEqualTo("ParallelStateExited");
        assertThat(events.get((int) succeeded).previousEventId()).isEqualTo(succeeded - 1);
    }

    @Test
    void withoutHistoryParallelAndMapRecordNothingAndStillWork() {
        LocalRuntime quiet = LocalRuntime.builder().clock(Clocks.virtual()).keepHistory(false).build();
        Execution ex = run(quiet, "{'StartAt':'P','States':{'P':{'Type':'Parallel','End':true,'Branches':["
                + "{'StartAt':'M','States':{'M':{'Type':'Map','ItemsPath':'$$.Execution.Input.xs','End':true,"
                + "'ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Pass','End':true}}}}}}]}}}",
                "{'xs':[1,2]}");

        assertThat(ex.output()).isEqualTo(json("[[1,2]]"));
        assertThat(ex.history()).isEmpty();
    }

    /**
     * states_variables__test_map_catch_error__MAP_CATCH_ERROR_OUTPUT(_WITH_RETRY), id for id: with a MaxConcurrency
     * of 1 the iterations follow one another on the map's chain although their Task may let time pass; each
     * MapIterationStarted follows the previous iteration's last event, and a failed iteration's MapStateFailed
     * follows that iteration's last event, not its MapIterationFailed.
     */
    @Test
    void iterationsOfAMapWithAConcurrencyOfOneLinkOneAfterTheOtherLikeAws() {
        LocalRuntime failing = LocalRuntime.builder().clock(Clocks.virtual())
                .handler("arn:aws:states:::lambda:invoke", (input, ctx) -> {
                    throw new IllegalStateException("Some exception was raised.");
                }).build();
        String map = "{'QueryLanguage':'JSONata','StartAt':'Each','States':{'Each':{'Type':'Map',"
                + "'Items':'{% $states.input.items %}','MaxConcurrency':1,'ItemProcessor':{'StartAt':'Call',"
                + "'States':{'Call':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke',"
                + "'Arguments':{'FunctionName':'f'},RETRY'Catch':[{'ErrorEquals':['States.ALL'],'Next':'Fallback'}],"
                + "'End':true},'Fallback':{'Type':'Pass','Output':OUTPUT,'End':true}}},'End':true}}}";

        Execution caught = run(failing, map.replace("RETRY", "").replace("OUTPUT", "'{% $states.input %}'"),
                "{'items':[1,2]}");
        assertThat(links(caught)).containsExactly("1:ExecutionStarted<0", "2:MapStateEntered Each<0",
                "3:MapStateStarted<2", "4:MapIterationStarted Each<3", "5:TaskStateEntered Call<4",
                "6:TaskScheduled<5", "7:TaskStarted<6", "8:TaskFailed<7", "9:TaskStateExited Call<8",
                "10:PassStateEntered Fallback<9", "11:PassStateExited Fallback<10", "12:MapIterationSucceeded Each<11",
                "13:MapIterationStarted Each<11", "14:TaskStateEntered Call<13", "15:TaskScheduled<14",
                "16:TaskStarted<15", "17:TaskFailed<16", "18:TaskStateExited Call<17",
                "19:PassStateEntered Fallback<18", "20:PassStateExited Fallback<19",
                "21:MapIterationSucceeded Each<20", "22:MapStateSucceeded<21", "23:MapStateExited Each<21",
                "24:ExecutionSucceeded<23");

        Execution failed = run(failing, map.replace("RETRY", "'Retry':[{'ErrorEquals':['States.ALL'],"
                + "'IntervalSeconds':1,'MaxAttempts':1}],").replace("OUTPUT", "{'error':'{% $undefined %}'}"),
                "{'items':[1,2]}");
        assertThat(links(failed)).containsExactly("1:ExecutionStarted<0", "2:MapStateEntered Each<0",
                "3:MapStateStarted<2", "4:MapIterationStarted Each<3", "5:TaskStateEntered Call<4",
                "6:TaskScheduled<5", "7:TaskStarted<6", "8:TaskFailed<7", "9:TaskScheduled<8", "10:TaskStarted<9",
                "11:TaskFailed<10", "12:TaskStateExited Call<11", "13:PassStateEntered Fallback<12",
                "14:EvaluationFailed<12", "15:MapIterationFailed Each<14", "16:MapStateFailed<14",
                "17:ExecutionFailed<16");
    }

    private static Execution run(LocalRuntime runtime, String definition) {
        return run(runtime, definition, "{}");
    }

    private static Execution run(LocalRuntime runtime, String definition, String input) {
        return runtime.start(runtime.load(json(definition)), json(input)).await();
    }

    private static List<String> types(List<HistoryEvent> events) {
        return events.stream().map(HistoryEvent::type).toList();
    }

    private static long idOf(List<HistoryEvent> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow().id();
    }

    /** {@code id:type name<previousEventId}, the name only for events that carry one. */
    private static List<String> links(Execution ex) {
        return ex.history().stream().map(e -> e.id() + ":" + e.type()
                + (e.detail("name") == null ? "" : " " + e.detail("name").asText()) + "<" + e.previousEventId())
                .toList();
    }
}
