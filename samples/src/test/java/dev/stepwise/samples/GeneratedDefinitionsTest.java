package dev.stepwise.samples;

import dev.stepwise.testsupport.SharedMaterial;
import dev.stepwise.processor.testing.GoldenFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The definitions javac wrote for the samples: present on the classpath, the same text the Workflow classes carry,
 * unchanged from the reviewed golden copies, valid for the npm asl-validator, and together using every state type.
 */
class GeneratedDefinitionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GoldenFiles GOLDEN = GoldenFiles.in("golden");

    static Stream<SampleWorkflows.Sample> samples() {
        return SampleWorkflows.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theDefinitionIsOnTheClasspathAndMatchesTheWorkflowClass(SampleWorkflows.Sample sample) throws IOException {
        String definition = read(sample);

        JsonNode tree = JSON.readTree(definition);
        assertThat(tree.has("StartAt")).isTrue();
        assertThat(tree.get("States").size()).isPositive();
        assertThat(definition).isEqualTo(sample.spec().definition());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theDefinitionMatchesItsGoldenFile(SampleWorkflows.Sample sample) throws IOException {
        GOLDEN.assertMatches(sample.className() + ".asl.json", read(sample));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theAslValidatorAcceptsTheDefinition(SampleWorkflows.Sample sample) throws Exception {
        String validator = SharedMaterial.requireTool("ASL_VALIDATOR").toString();
        Path file = Files.createTempFile("sample", ".asl.json");
        try {
            Files.writeString(file, read(sample), StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(validator, "--json-path", file.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(process.waitFor()).as(output).isZero();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void theSamplesTogetherUseEveryStateType() throws IOException {
        Set<String> types = new HashSet<>();
        for (SampleWorkflows.Sample sample : SampleWorkflows.ALL) {
            collectTypes(JSON.readTree(read(sample)), types);
        }

        assertThat(types).containsExactlyInAnyOrder("Task", "Pass", "Choice", "Wait", "Parallel", "Map", "Succeed", "Fail");
    }

    private static void collectTypes(JsonNode node, Set<String> types) {
        if (node.isObject() && node.has("Type") && node.get("Type").isTextual()) {
            types.add(node.get("Type").asText());
        }
        node.forEach(child -> collectTypes(child, types));
    }

    private static String read(SampleWorkflows.Sample sample) throws IOException {
        try (InputStream in = GeneratedDefinitionsTest.class.getClassLoader().getResourceAsStream(sample.resource())) {
            assertThat(in).as(sample.resource()).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
