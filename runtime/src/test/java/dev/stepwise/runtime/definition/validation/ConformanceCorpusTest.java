package dev.stepwise.runtime.definition.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The validator against what AWS did: reject what CreateStateMachine rejected, accept what AWS ran. */
class ConformanceCorpusTest {

    private static final List<ConformanceCorpus.Case> CASES = ConformanceCorpus.cases();

    @TestFactory
    Stream<DynamicTest> rejectsEveryDefinitionAwsRejected() {
        List<ConformanceCorpus.Case> rejected = CASES.stream()
                .filter(c -> c.kind().equals("create_state_machine")).toList();
        assertThat(rejected).hasSize(11);
        return rejected.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            ValidationReport report = DefinitionValidator.validate(c.definition(), machineTypeOf(c));
            String awsCause = c.expected().path("cause").asText();
            assertThat(report.isValid()).as("AWS rejected it: %s", awsCause).isFalse();
            assertThat(report.problems())
                    .as("a problem at the location AWS named in: %s\n%s", awsCause, report.describe())
                    .anySatisfy(problem -> assertThat(awsCause).contains(" at " + problem.location()));
        }));
    }

    @Test
    void acceptsEveryDefinitionAwsRan() {
        List<ConformanceCorpus.Case> accepted = CASES.stream()
                .filter(c -> c.kind().equals("execution") && c.runnableLocally()).toList();
        assertThat(accepted).hasSizeGreaterThan(500);
        Map<String, String> offenders = accepted.stream()
                .collect(Collectors.toMap(ConformanceCorpus.Case::name,
                        c -> DefinitionValidator.validate(c.definition()).describe(), (a, b) -> a,
                        java.util.TreeMap::new));
        offenders.values().removeIf(description -> description.equals(new ValidationReport(List.of()).describe()));
        assertThat(offenders).as("definitions AWS accepted but the validator rejects").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> acceptsTheBenchmarkWorkloads() {
        List<Path> definitions = ConformanceCorpus.benchDefinitions();
        assertThat(definitions).hasSizeGreaterThanOrEqualTo(4);
        return definitions.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            ValidationReport report = DefinitionValidator.validate(ConformanceCorpus.readJson(file));
            assertThat(report.problems()).as(report.describe()).isEmpty();
        }));
    }

    /** The Express cases come from LocalStack's Express API tests; AWS named the machine type in the test. */
    private static StateMachineType machineTypeOf(ConformanceCorpus.Case c) {
        return c.test().contains("Express") ? StateMachineType.EXPRESS : StateMachineType.STANDARD;
    }
}
