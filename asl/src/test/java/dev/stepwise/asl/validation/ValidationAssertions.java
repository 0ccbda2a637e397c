package dev.stepwise.asl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Small helpers: validate JSON text and look for one problem by location, code and message. */
final class ValidationAssertions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ValidationAssertions() {
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad test JSON: " + text, e);
        }
    }

    static ValidationReport validate(String definition) {
        return DefinitionValidator.validate(json(definition));
    }

    /** A machine whose only state is {@code state}, named A. */
    static String single(String state) {
        return "{\"StartAt\":\"A\",\"States\":{\"A\":" + state + "}}";
    }

    static void assertValid(String definition) {
        ValidationReport report = validate(definition);
        assertThat(report.problems()).as(report.describe()).isEmpty();
    }

    static void assertProblem(String definition, String location, String code, String messagePart) {
        ValidationReport report = validate(definition);
        assertThat(report.problems())
                .as(report.describe())
                .anySatisfy(problem -> {
                    assertThat(problem.location()).isEqualTo(location);
                    assertThat(problem.code()).isEqualTo(code);
                    assertThat(problem.message()).contains(messagePart);
                });
    }

    static void assertSchemaProblem(String definition, String location, String messagePart) {
        assertProblem(definition, location, ProblemCodes.SCHEMA_VALIDATION_FAILED, messagePart);
    }
}
