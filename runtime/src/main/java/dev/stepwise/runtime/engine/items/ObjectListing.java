package dev.stepwise.runtime.engine.items;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * One page of an {@code s3:listObjectsV2} answer: its {@code Contents} are items, and while {@code IsTruncated},
 * {@code NextContinuationToken} asks for the next page.
 */
public record ObjectListing(ArrayNode contents, String continuationToken) {

    /** @throws dev.stepwise.asl.error.StatesError {@code States.ItemReaderFailed} for an answer of another form */
    public static ObjectListing of(JsonNode answer) {
        if (answer == null || !answer.isObject()) {
            throw ItemReaderFailures.failed("An s3:listObjectsV2 answer must be an object with Contents, not "
                    + (answer == null ? "nothing" : answer.getNodeType().name().toLowerCase()));
        }
        JsonNode contents = answer.path("Contents");
        if (!contents.isMissingNode() && !contents.isArray()) {
            throw ItemReaderFailures.failed("The Contents of an s3:listObjectsV2 answer must be an array");
        }
        String token = answer.path("IsTruncated").asBoolean(false)
                ? answer.path("NextContinuationToken").asText(null) : null;
        return new ObjectListing(contents.isArray() ? (ArrayNode) contents
                : dev.stepwise.asl.data.Json.NODES.arrayNode(), token);
    }
}
