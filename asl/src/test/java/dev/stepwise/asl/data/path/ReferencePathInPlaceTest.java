package dev.stepwise.asl.data.path;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferencePathInPlaceTest {

    private static ObjectNode object(String json) {
        return (ObjectNode) Json.parse(json);
    }

    @Test
    void writesIntoTheTopLevelObjectAndCopiesWhatIsBelowIt() {
        ObjectNode document = object("{\"a\": {\"keep\": 1}, \"b\": 2}");
        JsonNode sharedA = document.get("a");

        ReferencePath.Replaced replaced = Path.compileReference("$.a.x").writeInPlace(document, Json.parse("3"));

        assertThat(document).isEqualTo(Json.parse("{\"a\": {\"keep\": 1, \"x\": 3}, \"b\": 2}"));
        assertThat(sharedA).isEqualTo(Json.parse("{\"keep\": 1}")); // the container below was copied, not changed
        assertThat(replaced.previous()).isSameAs(sharedA);
    }

    @Test
    void revertingPutsTheFieldBackInItsPlaceOrRemovesIt() {
        ObjectNode document = object("{\"a\": 1, \"b\": 2, \"c\": 3}");
        ReferencePath.Replaced replacedB = Path.compileReference("$.b").writeInPlace(document, Json.parse("9"));
        ReferencePath.Replaced added = Path.compileReference("$.d.e").writeInPlace(document, Json.parse("4"));
        assertThat(document).isEqualTo(Json.parse("{\"a\": 1, \"b\": 9, \"c\": 3, \"d\": {\"e\": 4}}"));

        added.revert();
        replacedB.revert();

        assertThat(document).isEqualTo(Json.parse("{\"a\": 1, \"b\": 2, \"c\": 3}"));
        assertThat(document.properties().stream().map(java.util.Map.Entry::getKey).toList())
                .isEqualTo(List.of("a", "b", "c"));
    }

    @Test
    void aPathThroughAValueThatIsNoContainerChangesNothing() {
        ObjectNode document = object("{\"a\": 1}");

        assertThat(Path.compileReference("$.a.b").writeInPlace(document, Json.parse("2"))).isNull();
        assertThat(Path.compileReference("$[0]").writeInPlace(document, Json.parse("2"))).isNull();
        assertThat(document).isEqualTo(Json.parse("{\"a\": 1}"));
    }
}
