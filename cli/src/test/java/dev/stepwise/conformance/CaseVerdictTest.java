package dev.stepwise.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.asl.StateMachineType;
import dev.stepwise.asl.data.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a case's outcome is judged against AWS's recording, and what a case tells about its machine. */
class CaseVerdictTest {

    @Test
    void verdictFollowsTheReadmeRule() {
        ConformanceCase c = new ConformanceCase("c", "paths", "execution", true, Json.parse("{}"), Json.parse("{}"),
                Json.parse("{\"status\": \"FAILED\", \"error\": \"States.Runtime\", \"cause\": \"bad <json-input:1>\","
                        + " \"history_types\": [\"ExecutionStarted\", \"ExecutionFailed\"]}"),
                Json.parse("{}"), List.of("<json-input:1>"), "tests/test_paths.py::test");
        CaseVerdict ok = CaseVerdict.judge(c, new CaseOutcome("FAILED", null, "States.Runtime", "bad {\"x\":1}",
                List.of("ExecutionStarted", "ExecutionFailed"), null, null));
        assertThat(ok.passed()).isTrue();
        assertThat(ok.causeMatches()).isTrue();
        assertThat(ok.historyMatches()).isTrue();
        CaseVerdict wrongError = CaseVerdict.judge(c, new CaseOutcome("FAILED", null, "States.TaskFailed", "x",
                List.of("ExecutionStarted"), null, null));
        assertThat(wrongError.passed()).isFalse();
        assertThat(wrongError.mismatch()).contains("States.TaskFailed");
        assertThat(wrongError.historyMatches()).isFalse();
    }

    @Test
    void aCauseComparesWithoutThePythonClientsWrapper() {
        ConformanceCase c = new ConformanceCase("c", "validation", "create_state_machine", true, Json.parse("{}"),
                Json.parse("{}"), Json.parse("{\"status\": \"CREATE_FAILED\", \"error\": \"InvalidDefinition\","
                        + " \"cause\": \"An error occurred (InvalidDefinition) when calling the CreateStateMachine"
                        + " operation: Invalid State Machine Definition: 'bad at /States/A'\"}"),
                Json.parse("{}"), List.of(), "tests/test_validation.py::test");

        assertThat(CaseVerdict.judge(c, new CaseOutcome("CREATE_FAILED", null, "InvalidDefinition",
                "Invalid State Machine Definition: 'bad at /States/A'", List.of(), null, null)).causeMatches()).isTrue();
        assertThat(CaseVerdict.judge(c, new CaseOutcome("CREATE_FAILED", null, "InvalidDefinition",
                "Invalid State Machine Definition: 'worse at /States/A'", List.of(), null, null)).causeMatches())
                .isFalse();
        assertThat(CaseVerdict.withoutClientWrapper("An error occurred in the state 'x'"))
                .isEqualTo("An error occurred in the state 'x'");
    }

    /** A recording with sorted Parallel events lacks ParallelStateSucceeded; ours must still match it, in order. */
    @Test
    void sortedParallelRecordingsCompareAfterTheSameSorting() {
        ConformanceCase c = new ConformanceCase("p", "parallel", "execution", true, Json.parse("{}"),
                Json.parse("{}"), Json.parse("{\"status\": \"SUCCEEDED\", \"output\": [1, 2],"
                        + " \"history_order_normalized\": true, \"history_types\": [\"ExecutionStarted\","
                        + " \"ParallelStateEntered\", \"ParallelStateStarted\", \"PassStateEntered\","
                        + " \"PassStateEntered\", \"PassStateExited\", \"PassStateExited\","
                        + " \"ParallelStateExited\", \"ExecutionSucceeded\"]}"), Json.parse("{}"), List.of(), "");
        List<String> ours = List.of("ExecutionStarted", "ParallelStateEntered", "ParallelStateStarted",
                "PassStateEntered", "PassStateExited", "PassStateEntered", "PassStateExited",
                "ParallelStateSucceeded", "ParallelStateExited", "ExecutionSucceeded");
        assertThat(CaseVerdict.judge(c, new CaseOutcome("SUCCEEDED", Json.parse("[1, 2]"), null, null, ours, null,
                null)).historyMatches()).isTrue();
        List<String> exitedAfterTheEnd = List.of("ExecutionStarted", "ParallelStateEntered", "ParallelStateStarted",
                "PassStateEntered", "PassStateExited", "PassStateEntered", "PassStateExited",
                "ParallelStateSucceeded", "ExecutionSucceeded", "ParallelStateExited");
        assertThat(CaseVerdict.judge(c, new CaseOutcome("SUCCEEDED", Json.parse("[1, 2]"), null, null,
                exitedAfterTheEnd, null, null)).historyMatches()).isFalse();
    }

    /** Ids the recording kept must be ours; blanked ones (Parallel branch events) are not compared. */
    @Test
    void eventLinksCompareWhereTheRecordingKeptThem() {
        ConformanceCase c = new ConformanceCase("p", "parallel", "execution", true, Json.parse("{}"),
                Json.parse("{}"), Json.parse("{\"status\": \"SUCCEEDED\", \"output\": [{}],"
                        + " \"history_order_normalized\": true, \"history_types\": [\"ExecutionStarted\","
                        + " \"ParallelStateEntered\", \"ParallelStateStarted\", \"PassStateEntered\","
                        + " \"PassStateExited\", \"ParallelStateExited\", \"ExecutionSucceeded\"], \"history\": ["
                        + "{\"type\": \"ExecutionStarted\", \"id\": 1, \"previousEventId\": 0},"
                        + "{\"type\": \"ParallelStateEntered\", \"id\": 2, \"previousEventId\": 0},"
                        + "{\"type\": \"ParallelStateStarted\", \"id\": 3, \"previousEventId\": 2},"
                        + "{\"type\": \"PassStateEntered\", \"id\": [0], \"previousEventId\": 0},"
                        + "{\"type\": \"PassStateExited\", \"id\": [0], \"previousEventId\": 0},"
                        + "{\"type\": \"ParallelStateExited\", \"id\": 7, \"previousEventId\": 5},"
                        + "{\"type\": \"ExecutionSucceeded\", \"id\": 8, \"previousEventId\": 7}]}"),
                Json.parse("{}"), List.of(), "");
        List<String> types = List.of("ExecutionStarted", "ParallelStateEntered", "ParallelStateStarted",
                "PassStateEntered", "PassStateExited", "ParallelStateSucceeded", "ParallelStateExited",
                "ExecutionSucceeded");
        CaseVerdict linkedAsAws = CaseVerdict.judge(c, new CaseOutcome("SUCCEEDED", Json.parse("[{}]"), null, null,
                types, null, null, links(0, 0, 2, 3, 4, 5, 5, 7)));
        assertThat(linkedAsAws.linksRecorded()).isTrue();
        assertThat(linkedAsAws.linksMatch()).isTrue();
        CaseVerdict exitedAfterSucceeded = CaseVerdict.judge(c, new CaseOutcome("SUCCEEDED", Json.parse("[{}]"), null,
                null, types, null, null, links(0, 0, 2, 3, 4, 5, 6, 7)));
        assertThat(exitedAfterSucceeded.historyMatches()).isTrue();
        assertThat(exitedAfterSucceeded.linksMatch()).isFalse();
    }

    /** Links for events 1..n, given each one's previousEventId. */
    private static List<CaseOutcome.Link> links(long... previousEventIds) {
        List<CaseOutcome.Link> links = new ArrayList<>();
        for (int i = 0; i < previousEventIds.length; i++) {
            links.add(new CaseOutcome.Link(i + 1, previousEventIds[i]));
        }
        return links;
    }

    @Test
    void testStateVerdictsCompareNextStateAndInspectionData() {
        ConformanceCase c = new ConformanceCase("t", "test_state:pass", "test_state", true, Json.parse("{}"),
                Json.parse("{}"), Json.parse("{\"status\": \"SUCCEEDED\", \"output\": {}, \"next_state\": \"B\","
                        + " \"inspection_data\": {\"afterInputPath\": \"{}\"}}"), Json.parse("{}"), List.of(), "");
        assertThat(CaseVerdict.judge(c, new CaseOutcome("SUCCEEDED", Json.parse("{}"), null, null, List.of(), "B",
                Json.parse("{\"afterInputPath\": \"{}\"}"))).passed()).isTrue();
        assertThat(CaseVerdict.judge(c, new CaseOutcome("SUCCEEDED", Json.parse("{}"), null, null, List.of(), "C",
                Json.parse("{\"afterInputPath\": \"{}\"}"))).mismatch()).startsWith("next state C");
        assertThat(CaseVerdict.judge(c, new CaseOutcome("SUCCEEDED", Json.parse("{}"), null, null, List.of(), "B",
                Json.parse("{\"afterInputPath\": \"[]\"}"))).mismatch()).startsWith("inspection data");
    }

    @Test
    void expressApiTestsRecordExpressMachines() {
        assertThat(caseFrom("tests/aws/services/stepfunctions/v2/express/test_express_sync.py::T::test").machineType())
                .isEqualTo(StateMachineType.EXPRESS);
        assertThat(caseFrom("tests/aws/services/stepfunctions/v2/test_sfn_api_express.py::T::test").machineType())
                .isEqualTo(StateMachineType.EXPRESS);
        assertThat(caseFrom("tests/v2/evaluate_jsonata/test_base_jsonata_regular_expressions").machineType())
                .isEqualTo(StateMachineType.STANDARD);
    }

    private static ConformanceCase caseFrom(String test) {
        return new ConformanceCase("c", "x", "execution", true, Json.parse("{}"), Json.parse("{}"), Json.parse("{}"),
                Json.parse("{}"), List.of(), test);
    }
}
