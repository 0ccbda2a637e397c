package dev.stepwise.runtime.history;

import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.data.PayloadSize;

/**
 * How much of an execution's data EventBridge and CloudWatch Logs take: 248 KB of each input or output, counted as
 * the text sits in the delivered JSON, escaped inside a string (AWS's guides, "EventBridge payloads" and "CloudWatch
 * Logs payloads"). Past that EventBridge leaves the payload out and CloudWatch Logs truncates it.
 */
public final class DeliveredPayload {

    /** The most escaped bytes one input or output may take in a delivered event or log record. */
    public static final long LIMIT = 248 * 1024;

    private DeliveredPayload() {
    }

    /** The UTF-8 size of {@code text} escaped inside a JSON string, without the quotes; 0 for none. */
    public static long escapedSize(String text) {
        if (text == null) {
            return 0;
        }
        return PayloadSize.size(Json.NODES.textNode(text), PayloadSize.UNLIMITED) - 2;
    }

    /** Whether {@code text} passes the limit once escaped. */
    public static boolean exceedsLimit(String text) {
        // no character escapes to more than 6 bytes (\u001f): shorter text cannot pass the limit
        return text != null && text.length() * 6L > LIMIT && escapedSize(text) > LIMIT;
    }

    /** The longest start of {@code text} that keeps to the limit once escaped, never splitting a surrogate pair. */
    public static String truncated(String text) {
        return text.substring(0, PayloadSize.escapedPrefix(text, LIMIT));
    }
}
