package dev.stepwise.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepwise.testsupport.SharedMaterial;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * README's CDK usage, synthesized with aws-cdk-lib (installed by .ci/run; {@code CDK_NODE_MODULES} names its
 * node_modules folder): each sample's template included whole with {@code CfnInclude}, and a {@code StateMachine}
 * built from the definition file and the derived policy file.
 */
class CdkSynthesisTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everySampleSynthesizesBothWays() throws IOException, InterruptedException, URISyntaxException {
        Path modules = SharedMaterial.requireToolDirectory("CDK_NODE_MODULES", "aws-cdk-lib");
        Path folder = Path.of(getClass().getClassLoader().getResource("META-INF/stepwise").toURI());
        Path script = Path.of(getClass().getClassLoader().getResource("cdk/synth.js").toURI());
        List<String> command = new ArrayList<>(List.of("node", script.toString(), folder.toString()));
        List<String> withPolicy = new ArrayList<>();
        for (SampleWorkflows.Sample sample : SampleWorkflows.ALL) {
            if (Files.exists(folder.resolve(sample.className() + ".policy.json"))) {
                withPolicy.add(sample.className());
            }
        }
        assertThat(withPolicy).as("samples whose role the processor derives").isNotEmpty();
        command.addAll(withPolicy);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("NODE_PATH", modules.toString());
        Process node = builder.start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(node.exitValue()).as(output).isZero();

        List<String> lines = output.lines().filter(line -> line.startsWith("{")).toList();
        assertThat(lines).hasSize(withPolicy.size());
        for (String line : lines) {
            JsonNode result = JSON.readTree(line);
            JsonNode template = JSON.readTree(folder.resolve(result.get("name").asText() + ".template.json").toFile());
            JsonNode policy = JSON.readTree(folder.resolve(result.get("name").asText() + ".policy.json").toFile());
            assertThat(result.get("included").asInt()).as(line).isEqualTo(template.get("Resources").size());
            assertThat(result.get("statements").asInt()).as(line).isEqualTo(policy.get("Statement").size());
        }
    }
}
