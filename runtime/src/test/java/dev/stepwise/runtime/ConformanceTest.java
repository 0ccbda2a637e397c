package dev.stepwise.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.runtime.conformance.CaseVerdict;
import dev.stepwise.runtime.conformance.ConformanceCase;
import dev.stepwise.runtime.conformance.ConformanceReport;
import dev.stepwise.runtime.conformance.ConformanceRunner;
import dev.stepwise.runtime.conformance.RuntimeCaseExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the AWS-recorded conformance corpus (cases that need no AWS service) on the local runtime through the main
 * harness, prints the pass rate per category, and asserts floors that only go up. {@code CONFORMANCE_VERBOSE=1}
 * lists every failing case with what differed.
 */
class ConformanceTest {

    private static final Path CASES = Path.of(System.getProperty("stepwise.conformance",
            "/work/shared/conformance/cases"));

    private static final int MINIMUM_EXECUTIONS_PASSING = 489;
    private static final int MINIMUM_TEST_STATES_PASSING = 27;
    private static final int MINIMUM_REJECTIONS_PASSING = 11;

    private static ConformanceReport report;

    /** The cases this runtime is judged on today: the JSONPath ones (JSONata and variables are not run yet). */
    static boolean inScope(ConformanceCase c) {
        return !c.usesJsonata() && !c.category().equals("jsonata") && !c.category().equals("variables");
    }

    @BeforeAll
    static void runCorpus() {
        Assumptions.assumeTrue(Files.isDirectory(CASES), "conformance corpus not found at " + CASES);
        report = new ConformanceRunner(new RuntimeCaseExecutor()).run(ConformanceCase.readAll(CASES),
                ConformanceTest::inScope);
        System.out.println("Conformance (JSONPath):\n" + report.describe());
        if (System.getenv("CONFORMANCE_VERBOSE") != null) {
            report.failures().forEach(v -> System.out.println("FAIL " + v.conformanceCase().name() + ": "
                    + v.mismatch()));
        }
    }

    @Test
    void awsRecordedExecutionsBehaveAlike() {
        assertFloor("execution", MINIMUM_EXECUTIONS_PASSING);
    }

    /** The TestState cases (one state run alone), with next state and inspection data where AWS recorded them. */
    @Test
    void awsRecordedTestStateCallsBehaveAlike() {
        assertFloor("test_state", MINIMUM_TEST_STATES_PASSING);
    }

    /** Definitions that AWS's CreateStateMachine rejected are rejected by {@code LocalRuntime.load} too. */
    @Test
    void definitionsAwsRejectedAreRejected() {
        assertFloor("create_state_machine", MINIMUM_REJECTIONS_PASSING);
    }

    private static void assertFloor(String kind, int floor) {
        ConformanceReport.Tally tally = report.tally(v -> v.conformanceCase().kind().equals(kind),
                CaseVerdict::passed);
        String failures = report.failures().stream().filter(v -> v.conformanceCase().kind().equals(kind))
                .map(v -> v.conformanceCase().name() + ": " + v.mismatch()).collect(Collectors.joining("\n"));
        System.out.println("Conformance (" + kind + "): " + tally);
        assertThat(tally.passed()).as(failures).isGreaterThanOrEqualTo(floor);
    }
}
