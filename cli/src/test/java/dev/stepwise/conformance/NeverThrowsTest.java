package dev.stepwise.conformance;

import dev.stepwise.asl.validation.DefinitionValidator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The validator must answer with problems, never an exception, whatever the JSON: every definition of the corpus
 * is damaged at random places (a value swapped for null, a number, a string, an empty array or object) and
 * validated again.
 */
class NeverThrowsTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> REPLACEMENTS = List.of(NODES.nullNode(), NODES.numberNode(-1),
            NODES.numberNode(1.5), NODES.textNode("$..["), NODES.textNode("{% ( %}"), NODES.textNode("States.Format("),
            NODES.arrayNode(), NODES.objectNode(), NODES.booleanNode(true));

    @Test
    void damagedDefinitionsGiveProblemsNotExceptions() {
        Random random = new Random(20261125L);
        int damaged = 0;
        for (ConformanceCase c : ConformanceCase.readAll(ConformanceCorpus.casesDirectory())) {
            for (int round = 0; round < 10; round++) {
                JsonNode definition = c.definition().deepCopy();
                List<JsonNode> containers = new ArrayList<>();
                collectContainers(definition, containers);
                JsonNode target = containers.get(random.nextInt(containers.size()));
                JsonNode replacement = REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size()));
                if (!replaceOneChild(target, replacement, random)) {
                    continue;
                }
                damaged++;
                assertThatCode(() -> DefinitionValidator.validate(definition))
                        .as("%s damaged: %s", c.name(), definition).doesNotThrowAnyException();
            }
        }
        assertThat(damaged).isGreaterThan(5000);
    }

    private static void collectContainers(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode() && !node.isEmpty()) {
            into.add(node);
            node.forEach(child -> collectContainers(child, into));
        }
    }

    private static boolean replaceOneChild(JsonNode container, JsonNode replacement, Random random) {
        if (container instanceof ObjectNode object) {
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            object.set(fields.get(random.nextInt(fields.size())), replacement.deepCopy());
            return true;
        }
        if (container instanceof ArrayNode array) {
            array.set(random.nextInt(array.size()), replacement.deepCopy());
            return true;
        }
        return false;
    }
}
