package dev.stepwise.runtime.engine.items;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.ItemReaderInputType;
import dev.stepwise.asl.error.StatesError;
import java.util.HashSet;
import java.util.List;

/**
 * The items in one S3 object's content, read per {@code ReaderConfig}: a JSON array's elements, one JSON value per
 * line (JSONL), or one object per CSV row keyed by the headers. At most {@code limit} items are read (0: all).
 */
public final class ObjectItems {

    private ObjectItems() {
    }

    /**
     * @param csvHeaders the given CSV headers, or {@code null} to take them from the first row
     * @throws StatesError {@code States.ItemReaderFailed} when the content does not have the expected form
     */
    public static ArrayNode read(ItemReaderInputType type, String content, List<String> csvHeaders, char delimiter,
            long limit) {
        return switch (type) {
            case JSON -> jsonArray(Json.NODES.textNode(content), limit);
            case JSONL -> jsonLines(content, limit);
            case CSV -> csv(content, csvHeaders, delimiter, limit);
            case MANIFEST, PARQUET -> throw ItemReaderFailures.failed("The local runtime does not read InputType "
                    + type + "; mock the items as a JSON, JSONL or CSV object instead");
        };
    }

    /**
     * The items of a JSON document: its elements when it is an array. {@code document} may be the text to parse
     * or, as a mocked S3 answer may give it, the JSON value itself.
     */
    public static ArrayNode jsonArray(JsonNode document, long limit) {
        JsonNode value = document;
        if (document.isTextual()) {
            try {
                value = Json.parse(document.textValue());
            } catch (IllegalArgumentException e) {
                throw ItemReaderFailures.failed("The S3 object is not valid JSON: " + e.getMessage());
            }
        }
        if (!value.isArray()) {
            throw ItemReaderFailures.failed("Attempting to map over non-iterable node.");
        }
        return first((ArrayNode) value, limit);
    }

    /** The first {@code limit} elements (all for 0), the array itself when nothing is cut. */
    private static ArrayNode first(ArrayNode items, long limit) {
        if (limit <= 0 || items.size() <= limit) {
            return items;
        }
        ArrayNode kept = Json.NODES.arrayNode((int) limit);
        for (int i = 0; i < limit; i++) {
            kept.add(items.get(i));
        }
        return kept;
    }

    private static ArrayNode jsonLines(String content, long limit) {
        ArrayNode items = Json.NODES.arrayNode();
        int number = 0;
        for (String line : content.split("\r?\n")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            if (limit > 0 && items.size() >= limit) {
                break;
            }
            try {
                items.add(Json.parse(line));
            } catch (IllegalArgumentException e) {
                throw ItemReaderFailures.failed("Line " + number + " of the S3 object is not valid JSON: "
                        + e.getMessage());
            }
        }
        return items;
    }

    /** One object per row, values as text; extra fields are dropped and missing ones read as empty. */
    private static ArrayNode csv(String content, List<String> givenHeaders, char delimiter, long limit) {
        CsvRecords records = new CsvRecords(content, delimiter);
        List<String> headers = givenHeaders == null ? records.next() : givenHeaders;
        ArrayNode items = Json.NODES.arrayNode();
        if (headers == null) {
            return items;
        }
        if (new HashSet<>(headers).size() != headers.size()) {
            throw ItemReaderFailures.failed("CSV headers cannot contain duplicates.");
        }
        for (List<String> row = records.next(); row != null && (limit <= 0 || items.size() < limit);
                row = records.next()) {
            ObjectNode item = Json.NODES.objectNode();
            for (int i = 0; i < headers.size(); i++) {
                item.put(headers.get(i), i < row.size() ? row.get(i) : "");
            }
            items.add(item);
        }
        return items;
    }
}
