package dev.stepwise.conformance;

import dev.stepwise.runtime.LocalRuntime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the AWS-recorded conformance corpus on the local runtime through the main harness, prints the pass rate per
 * category, and asserts floors that only go up. {@code CONFORMANCE_VERBOSE=1} lists every failing case with what
 * differed.
 */
class ConformanceTest {

    private static final int MINIMUM_JSONPATH_EXECUTIONS_PASSING = 489;
    private static final int MINIMUM_JSONATA_EXECUTIONS_PASSING = 116;
    private static final int MINIMUM_TEST_STATES_PASSING = 36;
    private static final int MINIMUM_REJECTIONS_PASSING = 11;
    /** JSONata/variables cases that called AWS services, replayed with the recorded service answers. */
    private static final int MINIMUM_REPLAYED_PASSING = 29;
    /**
     * Every recorded execution that called AWS services, replayed with the recorded answers. Most of the others read
     * S3 objects whose contents the recording does not hold (Distributed Maps' ItemReader), ran Express (no history
     * recorded) or quote a Lambda's cause with other spacing.
     */
    private static final int MINIMUM_ALL_REPLAYED_PASSING = 147;
    /** Of those, the histories that ours matches event type by event type. */
    private static final int MINIMUM_ALL_REPLAYED_HISTORIES_MATCHING = 152;
    /** Recorded histories our history matches event type by event type. */
    private static final int MINIMUM_HISTORIES_MATCHING = 325;
    /**
     * Recorded histories whose ids and previousEventIds ours equal. The 15 others are distributed Maps recorded
     * before November 2024, when AWS still chained MapStateExited to MapRunSucceeded rather than to MapRunStarted.
     */
    private static final int MINIMUM_HISTORY_LINKS_MATCHING = 310;

    private static List<ConformanceCase> cases;
    private static ConformanceReport report;

    /** The JSONata and variables cases: the category says so, or a state is written in JSONata. */
    static boolean isJsonataOrVariables(ConformanceCase c) {
        return c.usesJsonata() || c.category().equals("jsonata") || c.category().equals("variables");
    }

    @BeforeAll
    static void runCorpus() {
        cases = ConformanceCase.readAll(ConformanceCorpus.casesDirectory());
        report = new ConformanceRunner(new RuntimeCaseExecutor()).run(cases, ConformanceCase::runnableLocally);
        System.out.println("Conformance (runnable cases):\n" + report.describe());
        if (System.getenv("CONFORMANCE_VERBOSE") != null) {
            report.failures().forEach(v -> System.out.println("FAIL " + v.conformanceCase().name() + ": "
                    + v.mismatch()));
        }
    }

    @Test
    void awsRecordedJsonPathExecutionsBehaveAlike() {
        assertFloor(report, "JSONPath executions", execution().and(Predicate.not(ConformanceTest::isJsonataOrVariables)),
                MINIMUM_JSONPATH_EXECUTIONS_PASSING);
    }

    @Test
    void awsRecordedJsonataAndVariableExecutionsBehaveAlike() {
        assertFloor(report, "JSONata and variables executions", execution().and(ConformanceTest::isJsonataOrVariables),
                MINIMUM_JSONATA_EXECUTIONS_PASSING);
    }

    /** The TestState cases (one state run alone), with next state and inspection data where AWS recorded them. */
    @Test
    void awsRecordedTestStateCallsBehaveAlike() {
        assertFloor(report, "TestState calls", c -> c.kind().equals("test_state"), MINIMUM_TEST_STATES_PASSING);
    }

    /** Definitions that AWS's CreateStateMachine rejected are rejected by {@code LocalRuntime.load} too. */
    @Test
    void definitionsAwsRejectedAreRejected() {
        assertFloor(report, "rejected definitions", c -> c.kind().equals("create_state_machine"),
                MINIMUM_REJECTIONS_PASSING);
    }

    @Test
    void awsRecordedJsonataExecutionsWithServicesBehaveAlikeWhenReplayed() {
        Predicate<ConformanceCase> replayed = c -> !c.runnableLocally() && c.kind().equals("execution")
                && isJsonataOrVariables(c);
        ConformanceReport replay = new ConformanceRunner(RuntimeCaseExecutor.replayingRecordedServices())
                .run(cases, replayed);
        assertFloor(replay, "JSONata and variables executions, services replayed", replayed,
                MINIMUM_REPLAYED_PASSING);
    }

    @Test
    void awsRecordedExecutionsWithServicesBehaveAlikeWhenReplayed() {
        Predicate<ConformanceCase> replayed = c -> !c.runnableLocally() && c.kind().equals("execution");
        ConformanceReport replay = new ConformanceRunner(RuntimeCaseExecutor.replayingRecordedServices())
                .run(cases, replayed);
        assertFloor(replay, "executions with services, replayed", replayed, MINIMUM_ALL_REPLAYED_PASSING);
        String differing = replay.verdicts().stream().filter(v -> v.historyRecorded() && !v.historyMatches())
                .map(v -> v.conformanceCase().name()).collect(Collectors.joining("\n"));
        assertThat(replay.histories().passed()).as(differing)
                .isGreaterThanOrEqualTo(MINIMUM_ALL_REPLAYED_HISTORIES_MATCHING);
    }

    @Test
    void historiesFollowAwsEventByEvent() {
        ConformanceReport.Tally histories = report.histories();
        String differing = report.verdicts().stream().filter(v -> v.historyRecorded() && !v.historyMatches())
                .map(v -> v.conformanceCase().name()).collect(Collectors.joining("\n"));
        assertThat(histories.passed()).as(differing).isGreaterThanOrEqualTo(MINIMUM_HISTORIES_MATCHING);
    }

    @Test
    void eventLinksFollowAwsIdById() {
        ConformanceReport.Tally links = report.links();
        String differing = report.verdicts().stream().filter(v -> v.linksRecorded() && !v.linksMatch())
                .map(v -> v.conformanceCase().name()).collect(Collectors.joining("\n"));
        assertThat(links.passed()).as(differing).isGreaterThanOrEqualTo(MINIMUM_HISTORY_LINKS_MATCHING);
    }

    private static Predicate<ConformanceCase> execution() {
        return c -> c.kind().equals("execution");
    }

    private static void assertFloor(ConformanceReport report, String title, Predicate<ConformanceCase> which,
            int floor) {
        Predicate<CaseVerdict> selected = v -> which.test(v.conformanceCase());
        ConformanceReport.Tally tally = report.tally(selected, CaseVerdict::passed);
        String failures = report.failures().stream().filter(selected)
                .map(v -> v.conformanceCase().name() + ": " + v.mismatch()).collect(Collectors.joining("\n"));
        System.out.println("Conformance (" + title + "): " + tally);
        assertThat(tally.passed()).as(failures).isGreaterThanOrEqualTo(floor);
    }
}
