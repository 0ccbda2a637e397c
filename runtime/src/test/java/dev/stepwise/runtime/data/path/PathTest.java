package dev.stepwise.runtime.data.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.data.DataScope;
import dev.stepwise.runtime.data.Json;
import org.junit.jupiter.api.Test;

class PathTest {

    private final JsonNode input = Json.parse("""
            {"order": {"id": "o-1", "lines": [{"sku": "a", "qty": 2}, {"sku": "b", "qty": 5}]},
             "weird key": 1}""");
    private final JsonNode context = Json.parse("{\"Execution\": {\"Id\": \"arn:x\"}}");

    private JsonNode read(String path) {
        return Path.compile(path).evaluate(DataScope.of(input, context));
    }

    @Test
    void readsReferencePaths() {
        assertThat(read("$").path("order").path("id").asText()).isEqualTo("o-1");
        assertThat(read("$.order.id").asText()).isEqualTo("o-1");
        assertThat(read("$.order.lines[1].sku").asText()).isEqualTo("b");
        assertThat(read("$['weird key']").asInt()).isEqualTo(1);
        assertThat(read("$$.Execution.Id").asText()).isEqualTo("arn:x");
    }

    @Test
    void missingReferencePathSelectsNothing() {
        assertThat(read("$.order.nope")).isNull();
        assertThat(read("$.order.lines[7]")).isNull();
        assertThat(read("$.order.id.deeper")).isNull();
    }

    @Test
    void queriesGoToJsonPathLibrary() {
        assertThat(read("$.order.lines[*].sku")).isEqualTo(Json.parse("[\"a\",\"b\"]"));
        assertThat(read("$.order.lines[?(@.qty > 3)].sku")).isEqualTo(Json.parse("[\"b\"]"));
        assertThat(read("$..sku")).isEqualTo(Json.parse("[\"a\",\"b\"]"));
    }

    @Test
    void variablesAreRoots() {
        DataScope scope = new DataScope() {
            public JsonNode input() { return input; }
            public JsonNode context() { return context; }
            public JsonNode variable(String name) { return name.equals("cfg") ? Json.parse("{\"x\":[1,2]}") : null; }
        };
        assertThat(Path.compile("$cfg.x[1]").evaluate(scope).asInt()).isEqualTo(2);
        assertThat(Path.compile("$other").evaluate(scope)).isNull();
        assertThat(Path.compile("$cfg.x[1]").root()).isEqualTo(Path.Root.VARIABLE);
    }

    @Test
    void writeCreatesMissingObjectsAndSharesTheRest() {
        ReferencePath path = Path.compileReference("$.result.value");
        JsonNode out = path.write(input, Json.NODES.numberNode(7)).orElseThrow();
        assertThat(out.path("result").path("value").asInt()).isEqualTo(7);
        assertThat(out.get("order")).isSameAs(input.get("order"));
        assertThat(input.has("result")).as("the input is not changed").isFalse();
    }

    @Test
    void writeThroughAScalarFails() {
        assertThat(Path.compileReference("$.order.id.x").write(input, Json.NODES.nullNode())).isEmpty();
        assertThat(Path.compileReference("$").write(input, Json.NODES.textNode("v")).orElseThrow().asText())
                .isEqualTo("v");
    }

    @Test
    void rejectsBadPaths() {
        assertThatThrownBy(() -> Path.compile("order.id")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Path.compileReference("$.lines[*]"))
                .hasMessageContaining("not a reference path");
        assertThatThrownBy(() -> Path.compile("$.a[?(@.x >")).isInstanceOf(IllegalArgumentException.class);
    }
}
