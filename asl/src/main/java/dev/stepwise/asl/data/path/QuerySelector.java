package dev.stepwise.asl.data.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import dev.stepwise.asl.data.Json;

/**
 * A full JSONPath query (wildcards, filters, slices, deep scan), delegated to Jayway JsonPath over Jackson trees.
 * Compiled once; a definite path that selects nothing yields {@code null}, an indefinite one an array.
 */
final class QuerySelector implements Selector {

    private final JsonPath path;

    private QuerySelector(JsonPath path) {
        this.path = path;
    }

    /**
     * Compiles {@code $...} query text.
     *
     * @throws InvalidPathException (or, for a few malformed paths, another runtime exception) from the library
     */
    static QuerySelector compile(String text) {
        return new QuerySelector(JsonPath.compile(text));
    }

    @Override
    public JsonNode select(JsonNode document) {
        try {
            Object result = path.read(document, JacksonTrees.CONFIGURATION);
            if (result == null) {
                return null;
            }
            return result instanceof JsonNode node ? node : JacksonTrees.node(result);
        } catch (InvalidPathException e) { // PathNotFoundException included
            // AWS: a query that can select many values selects an empty array when nothing matches. A query the
            // document's shape cannot answer (a filter applied to a string) matches nothing either.
            return path.isDefinite() ? null : Json.NODES.arrayNode();
        }
    }

    /** Only a definite query selects nothing; the library names it in its normal form ({@code $['a'][-1]}). */
    @Override
    public String notFoundReason(JsonNode document) {
        return "No results for path: " + path.getPath();
    }
}
