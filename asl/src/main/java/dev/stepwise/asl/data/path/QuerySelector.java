package dev.stepwise.asl.data.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.error.StatesErrors;

/**
 * A full JSONPath query (wildcards, filters, slices, deep scan), delegated to Jayway JsonPath over Jackson trees.
 * Compiled once; a definite path that selects nothing yields {@code null}, an indefinite one an array.
 */
final class QuerySelector implements Selector {

    private final JsonPath path;
    /** The path as written (its root included), for the cause of a failed evaluation. */
    private final String source;

    private QuerySelector(JsonPath path, String source) {
        this.path = path;
        this.source = source;
    }

    /**
     * Compiles {@code $...} query text; {@code source} is the whole path as written.
     *
     * @throws InvalidPathException (or, for a few malformed paths, another runtime exception) from the library
     */
    static QuerySelector compile(String text, String source) {
        return new QuerySelector(JsonPath.compile(text), source);
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
        } catch (RuntimeException e) {
            // A path function that cannot work on the data ($.list.sum() of an empty list, $.list.first() of
            // none) fails the state with States.Runtime, as an invalid path does, not with a Java exception.
            throw StatesErrors.runtime("Invalid path '" + source + "' : " + functionFailure(e));
        }
    }

    /** The library's own words when it gives a reason; its Java slips (an index out of bounds) say nothing useful. */
    private static String functionFailure(RuntimeException e) {
        if (e instanceof JsonPathException && e.getMessage() != null) {
            return e.getMessage();
        }
        return "a function in the path cannot be applied to the selected value";
    }

    /** Only a definite query selects nothing; the library names it in its normal form ({@code $['a'][-1]}). */
    @Override
    public String notFoundReason(JsonNode document) {
        return "No results for path: " + path.getPath();
    }
}
