package dev.stepwise.asl.data.path;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.data.JsonBinding;
import dev.stepwise.asl.data.TreeShape;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Queries select through {@link JacksonTrees} exactly what they select through Jayway's own Jackson provider given
 * the same mapper: the same nodes, node classes, number types and scales, or the same error (which a state meets as
 * {@code States.Runtime} naming the path).
 */
class JacksonTreesTest {

    private static final Configuration JAYWAY = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider(JsonBinding.MAPPER))
            .mappingProvider(new JacksonMappingProvider(JsonBinding.MAPPER))
            .build();

    private static final JsonNode DOCUMENT = Json.parse("""
            {"items": [{"id": "a", "qty": 2, "price": 1.50, "tags": ["x", "y"], "big": 123456789012345678901234567890},
                       {"id": "b", "qty": 5, "price": 0.1, "tags": [], "big": 1, "none": null},
                       {"id": "c", "qty": 7000000000, "price": 1e2, "ok": true, "nested": {"deep": [1, {"k": 2.0}]}}],
             "total": 3, "name": "order", "flags": [true, false, null], "matrix": [[1, 2], [3, 4.25]],
             "it's": {"a b": [10, 20, 30]}}""");

    private static final List<String> QUERIES = List.of("$.items[*]", "$.items[*].id", "$.items[*].price",
            "$.items[*].qty", "$.items[*].big", "$.items[*].none", "$.items[*].tags", "$.items[*].tags[*]",
            "$..id", "$..k", "$..deep", "$..*", "$.items[0,2].id", "$.items[1:]", "$.items[-1:]", "$.items[:2].qty",
            "$.items[?(@.qty > 3)]", "$.items[?(@.qty > 3)].id", "$.items[?(@.price == 1.50)].id",
            "$.items[?(@.ok)]", "$.items[?(@.id in ['a','c'])].price", "$.items[?(@.tags.length() > 0)].id",
            "$.items[?(@.id =~ /[ab]/)].id", "$.items[?(@.none == null)].id", "$.flags[*]", "$.matrix[*][1]",
            "$.matrix[1][*]", "$['it\\'s']['a b'][*]", "$['name','total']", "$.items.length()", "$.matrix[*].sum()",
            "$.items[*].qty.max()", "$.items[0]['id','qty']", "$.items[*].missing", "$.total", "$.items[5]",
            "$.name.length()", "$..price.avg()", "$.items[*].nested.deep[1]", "$.items[?(@.nested)].nested");

    @Test
    void selectsWhatJaywaysJacksonProviderSelects() {
        for (String query : QUERIES) {
            assertThat(ours(query)).as(query).isEqualTo(jayways(query));
        }
    }

    @Test
    void numbersKeepTheirTypeAndScaleThroughAQuery() {
        JsonNode prices = Path.compile("$.items[*].price").select(DOCUMENT);
        assertThat(prices.get(0).decimalValue()).isEqualTo(new BigDecimal("1.50"));
        assertThat(Path.compile("$.items[*].qty").select(DOCUMENT).get(2).isLong()).isTrue();
        assertThat(Path.compile("$.items[*].big").select(DOCUMENT).get(0).isBigInteger()).isTrue();
    }

    private static String ours(String query) {
        try {
            return TreeShape.of(QuerySelector.compile(query, query).select(DOCUMENT));
        } catch (dev.stepwise.asl.error.StatesError e) {
            return e.error() + ": " + e.cause();
        }
    }

    /** What QuerySelector did with Jayway's provider: the result as is when a node, else through the mapper. */
    private static String jayways(String query) {
        try {
            Object result = JsonPath.compile(query).read(DOCUMENT, JAYWAY);
            return TreeShape.of(result == null ? null
                    : result instanceof JsonNode node ? node : JsonBinding.MAPPER.valueToTree(result));
        } catch (com.jayway.jsonpath.InvalidPathException e) {
            return TreeShape.of(JsonPath.compile(query).isDefinite() ? null : Json.NODES.arrayNode());
        } catch (com.jayway.jsonpath.JsonPathException e) {
            return "States.Runtime: Invalid path '" + query + "' : " + e.getMessage();
        }
    }
}
