package dev.stepwise.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.server.protocol.ApiException;
import dev.stepwise.server.protocol.Request;
import dev.stepwise.server.protocol.WireJson;
import java.util.Map;
import java.util.function.Predicate;

/** TagResource, UntagResource and ListTagsForResource, for state machines and activities. */
final class Tags {

    /** AWS's limit of tags per resource. */
    static final int MAX_TAGS = 50;

    private final Catalog catalog;
    private final Predicate<String> exists;

    /** @param exists whether a resource ARN names a state machine or an activity that exists */
    Tags(Catalog catalog, Predicate<String> exists) {
        this.catalog = catalog;
        this.exists = exists;
    }

    /** Checks a request's {@code tags} list: keys and values are strings, at most {@value #MAX_TAGS}. */
    static void check(ArrayNode tags) {
        for (JsonNode tag : tags) {
            if (!tag.path("key").isTextual() || (tag.has("value") && !tag.get("value").isTextual())) {
                throw ApiException.validation("every tag needs a string 'key' and a string 'value'");
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw tooMany();
        }
    }

    /** Adds tags to a resource, replacing the values of keys it has. */
    synchronized void add(String arn, ArrayNode tags) {
        check(tags);
        Map<String, String> current = catalog.tags(arn);
        for (JsonNode tag : tags) {
            current.put(tag.get("key").textValue(), tag.path("value").asText(""));
        }
        if (current.size() > MAX_TAGS) {
            throw tooMany();
        }
        catalog.setTags(arn, current);
    }

    ObjectNode tag(Request request) {
        String arn = requireResource(request.string("resourceArn"));
        add(arn, request.list("tags"));
        return WireJson.object();
    }

    synchronized ObjectNode untag(Request request) {
        String arn = requireResource(request.string("resourceArn"));
        Map<String, String> current = catalog.tags(arn);
        for (JsonNode key : request.list("tagKeys")) {
            current.remove(key.asText());
        }
        catalog.setTags(arn, current);
        return WireJson.object();
    }

    ObjectNode list(Request request) {
        String arn = requireResource(request.string("resourceArn"));
        ObjectNode response = WireJson.object();
        ArrayNode tags = response.putArray("tags");
        catalog.tags(arn).forEach((key, value) -> tags.addObject().put("key", key).put("value", value));
        return response;
    }

    private String requireResource(String arn) {
        StatesArn.parse(arn);
        if (!exists.test(arn)) {
            throw VersionOperations.notFound(arn);
        }
        return arn;
    }

    private static ApiException tooMany() {
        return new ApiException("TooManyTags", "Too many tags: a resource has at most " + MAX_TAGS + " tags");
    }
}
