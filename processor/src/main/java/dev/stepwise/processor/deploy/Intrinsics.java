package dev.stepwise.processor.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** CloudFormation intrinsic functions as JSON, and the node factory the template writers share. */
final class Intrinsics {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Intrinsics() {
    }

    static ObjectNode ref(String logicalId) {
        return JSON.objectNode().put("Ref", logicalId);
    }

    static ObjectNode getAtt(String logicalId, String attribute) {
        ObjectNode getAtt = JSON.objectNode();
        getAtt.putArray("Fn::GetAtt").add(logicalId).add(attribute);
        return getAtt;
    }

    /** The text itself, or {@code Fn::Sub} of it when it refers to parameters or pseudo parameters. */
    static JsonNode substituted(String text) {
        return Placeholders.contains(text) ? JSON.objectNode().put("Fn::Sub", text) : JSON.textNode(text);
    }
}
