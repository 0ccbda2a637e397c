package dev.stepwise.asl.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys a JSON document names twice in one object, each with the RFC 6901 pointer of its later occurrence: a tree
 * keeps only the last value of such a key, so a file a person wrote is checked on its text, every duplicate at once
 * (where {@link Json#parseWithUniqueKeys} stops at the first, with a line and column rather than a pointer).
 */
public final class DuplicateKeys {

    private DuplicateKeys() {
    }

    /** A key named again: its name, and the pointer of its later occurrence. */
    public record Repeated(String name, String pointer) {
    }

    /**
     * The repeated keys, in document order.
     *
     * @throws IllegalArgumentException when the text is not JSON (parse it with {@link Json#parse} first)
     */
    public static List<Repeated> in(String json) {
        List<Repeated> repeated = new ArrayList<>();
        Deque<Set<String>> open = new ArrayDeque<>();
        try (JsonParser parser = Json.FACTORY.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    open.push(new HashSet<>());
                } else if (token == JsonToken.END_OBJECT) {
                    open.pop();
                } else if (token == JsonToken.FIELD_NAME && !open.peek().add(parser.currentName())) {
                    repeated.add(new Repeated(parser.currentName(),
                            parser.getParsingContext().pathAsPointer().toString()));
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        } catch (IOException e) { // reading a String does no I/O
            throw new UncheckedIOException(e);
        }
        return repeated;
    }
}
