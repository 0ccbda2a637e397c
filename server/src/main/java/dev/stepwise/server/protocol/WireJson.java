package dev.stepwise.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the AWS JSON 1.0 protocol changes in the runtime's API shapes: timestamps travel as epoch seconds with a
 * fraction (the runtime's {@code toJson} writes ISO-8601, as AWS's documents show them).
 */
public final class WireJson {

    private WireJson() {
    }

    /** Epoch seconds with millisecond precision, as the SDKs send and expect timestamps. */
    public static JsonNode timestamp(Instant instant) {
        return DecimalNode.valueOf(BigDecimal.valueOf(instant.toEpochMilli(), 3));
    }

    /** Rewrites the ISO-8601 date members of {@code json} as epoch seconds; absent members stay absent. */
    public static ObjectNode epochDates(ObjectNode json, String... members) {
        for (String member : members) {
            JsonNode value = json.get(member);
            if (value != null && value.isTextual()) {
                json.set(member, timestamp(Instant.parse(value.textValue())));
            }
        }
        return json;
    }

    public static ObjectNode object() {
        return Json.NODES.objectNode();
    }
}
