package dev.stepwise.conformance;

import dev.stepwise.asl.validation.DefinitionValidator;
import dev.stepwise.asl.validation.ValidationReport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The validator against what AWS did: reject what CreateStateMachine rejected, accept what AWS ran. */
class ConformanceCorpusTest {

    private static List<ConformanceCase> cases;

    /** Read once per class; without the shared folder this skips the class (a static initializer would error). */
    @BeforeAll
    static void readCorpus() {
        cases = ConformanceCase.readAll(ConformanceCorpus.casesDirectory());
    }
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}");

    @TestFactory
    Stream<DynamicTest> rejectsEveryDefinitionAwsRejected() {
        List<ConformanceCase> rejected = cases.stream()
                .filter(c -> c.kind().equals("create_state_machine")).toList();
        assertThat(rejected).hasSize(11);
        return rejected.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            ValidationReport report = DefinitionValidator.validate(c.definition(), c.machineType());
            String awsCause = c.expected().path("cause").asText();
            assertThat(report.isValid()).as("AWS rejected it: %s", awsCause).isFalse();
            assertThat(report.problems())
                    .as("a problem at the location and in the words of: %s\n%s", awsCause, report.describe())
                    .anySatisfy(problem -> {
                        assertThat(awsCause).contains(" at " + problem.location());
                        assertThat(awsCause).contains(problem.code() + ": " + awsWording(problem.message()));
                    });
        }));
    }

    @Test
    void acceptsEveryDefinitionAwsRan() {
        List<ConformanceCase> accepted = cases.stream()
                .filter(c -> c.kind().equals("execution") && c.runnableLocally()).toList();
        assertThat(accepted).hasSizeGreaterThan(500);
        assertThat(offenders(accepted, c -> c.definition()))
                .as("definitions AWS accepted but the validator rejects").isEmpty();
    }

    /**
     * Cases that call real services hold {@code ${...}} placeholders where the test put resource ARNs; with a
     * Lambda function ARN in their place, AWS's acceptance holds for the validator too.
     */
    @Test
    void acceptsEveryDefinitionAwsRanAgainstServices() {
        List<ConformanceCase> accepted = cases.stream()
                .filter(c -> c.kind().equals("execution") && !c.runnableLocally()).toList();
        assertThat(accepted).hasSizeGreaterThan(100);
        assertThat(offenders(accepted, c -> withResourcesFilledIn(c.definition())))
                .as("definitions AWS accepted but the validator rejects").isEmpty();
    }

    /** Case name to the problems found, for every case whose definition the validator rejects. */
    private static Map<String, String> offenders(List<ConformanceCase> cases,
                                                 Function<ConformanceCase, JsonNode> definition) {
        Map<String, String> offenders = new TreeMap<>();
        for (ConformanceCase c : cases) {
            ValidationReport report = DefinitionValidator.validate(definition.apply(c));
            if (!report.isValid()) {
                offenders.put(c.name(), report.describe());
            }
        }
        return offenders;
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

    private static JsonNode withResourcesFilledIn(JsonNode node) {
        if (node.isTextual() && PLACEHOLDER.matcher(node.textValue()).matches()) {
            return TextNode.valueOf("arn:aws:lambda:us-east-1:111111111111:function:placeholder");
        }
        if (node.isContainerNode()) {
            JsonNode copy = node.deepCopy();
            if (copy.isObject()) {
                ((ObjectNode) copy).fieldNames().forEachRemaining(field ->
                        ((ObjectNode) copy).set(field, withResourcesFilledIn(node.get(field))));
            } else {
                for (int i = 0; i < copy.size(); i++) {
                    ((ArrayNode) copy).set(i, withResourcesFilledIn(node.get(i)));
                }
            }
            return copy;
        }
        return node;
    }

    /**
     * The part of a message that repeats AWS's wording: our messages go on to say what is allowed, after a
     * colon, semicolon or parenthesis. The corpus writes the partition of ARNs as {@code <partition>}.
     */
    private static String awsWording(String message) {
        String head = message.split(": |; | \\(")[0];
        return head.replace("arn:aws:", "arn:<partition>:");
    }
}
