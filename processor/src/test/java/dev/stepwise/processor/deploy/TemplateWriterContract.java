package dev.stepwise.processor.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.processor.JsonFile;
import dev.stepwise.processor.testing.CfnLint;
import dev.stepwise.processor.testing.CloudFormationSchemas;
import dev.stepwise.processor.testing.GoldenFiles;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every template writer must do for every sample spec: match its golden file and pass AWS's schemas. */
abstract class TemplateWriterContract {

    static CloudFormationSchemas schemas;

    @BeforeAll
    static void loadSchemas() {
        schemas = CloudFormationSchemas.load();
    }

    /** The template the writer under test makes of {@code spec}. */
    abstract ObjectNode write(DeploymentSpec spec);

    /** The golden file's suffix, e.g. {@code .template.json}. */
    abstract String goldenSuffix();

    @ParameterizedTest
    @ValueSource(strings = {"order-processing", "nightly-report", "score-fan-out"})
    void matchesGoldenFile(String name) throws IOException {
        GoldenFiles.in("deploy").assertMatches(name + goldenSuffix(),
                JsonFile.TEMPLATE.write(write(SampleSpecs.all().get(name))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"order-processing", "nightly-report", "score-fan-out"})
    void everyResourceValidatesAgainstAwsSchemas(String name) {
        assertThat(schemas.problems(write(SampleSpecs.all().get(name)))).isEmpty();
    }

    /** cfn-lint (errors, warnings and informational findings alike) has nothing to say about any sample's template. */
    @Test
    void cfnLintFindsNothing() {
        Map<String, String> templates = new TreeMap<>();
        SampleSpecs.all().forEach((name, spec) -> templates.put(name + goldenSuffix(), JsonFile.TEMPLATE.write(write(spec))));
        assertThat(CfnLint.require().findings(templates)).isEmpty();
    }
}
