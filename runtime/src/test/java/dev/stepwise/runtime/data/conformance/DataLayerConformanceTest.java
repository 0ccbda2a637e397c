package dev.stepwise.runtime.data.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.runtime.data.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Judges intrinsic functions and Choice rules by the AWS-recorded corpus: every runnable case of the
 * {@code intrinsic_functions} and {@code choice} categories that the data layer alone can run (see
 * {@link DataLayerWalker}) must end as it ended on AWS. Cases outside that subset (JSONata) are skipped.
 */
class DataLayerConformanceTest {

    /** Per category: [cases, evaluated, passed, failures with the exact cause]. */
    private static final Map<String, AtomicIntegerArray> TALLY = new TreeMap<>();

    @TestFactory
    Stream<DynamicTest> intrinsicFunctionCases() {
        return cases("intrinsic_functions");
    }

    @TestFactory
    Stream<DynamicTest> choiceCases() {
        return cases("choice");
    }

    private Stream<DynamicTest> cases(String category) {
        Optional<Path> dir = CorpusCase.locate();
        Assumptions.assumeTrue(dir.isPresent(), "the shared conformance corpus is not present");
        List<CorpusCase> cases = CorpusCase.load(dir.get(), category);
        AtomicIntegerArray tally = TALLY.computeIfAbsent(category, c -> new AtomicIntegerArray(4));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c, tally)));
    }

    private static void check(CorpusCase c, AtomicIntegerArray tally) {
        tally.incrementAndGet(0);
        DataLayerWalker.Outcome outcome;
        try {
            outcome = DataLayerWalker.run(c.definition(), c.input());
        } catch (DataLayerWalker.Unsupported e) {
            Assumptions.abort("outside the data-layer subset: " + e.getMessage());
            return;
        }
        tally.incrementAndGet(1);
        String expectedStatus = c.expected().path("status").asText();
        assertThat(outcome.status()).as("status (error %s: %s)", outcome.error(), outcome.cause())
                .isEqualTo(expectedStatus);
        if (expectedStatus.equals("SUCCEEDED")) {
            assertThat(ExpectedJson.matches(c.expected().get("output"), outcome.output()))
                    .as("output %s, expected %s", Json.write(outcome.output()), c.expected().get("output"))
                    .isTrue();
        } else {
            assertThat(outcome.error()).isEqualTo(c.expected().path("error").asText());
            if (ExpectedJson.textMatches(c.expected().path("cause").asText(), String.valueOf(outcome.cause()))) {
                tally.incrementAndGet(3);
            }
        }
        tally.incrementAndGet(2);
    }

    @AfterAll
    static void report() {
        TALLY.forEach((category, t) -> System.out.printf(
                "conformance %-20s cases %3d, data-layer subset %3d, passed %3d, exact failure causes %d%n",
                category, t.get(0), t.get(1), t.get(2), t.get(3)));
    }
}
