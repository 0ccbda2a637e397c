package dev.stepwise.processor.asl;

import dev.stepwise.asl.validation.JsonPointer;
import dev.stepwise.processor.diag.Where;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each state of a written definition came from, by JSON pointer. A pointer inside a state (its
 * {@code Retry/0/IntervalSeconds}, say) resolves to the annotation attribute that wrote that field
 * ({@link FieldOrigins}), so a problem the ASL validator finds is reported on what the user wrote.
 */
public final class Origins {

    /** For a definition written without sites: records nothing, resolves nothing. */
    static final Origins NONE = new Origins();

    private record Origin(Where where, String stateType) {
    }

    private final Map<String, Origin> byPointer = new HashMap<>();

    void record(JsonPointer at, Where where, String stateType) {
        if (this != NONE && where != null) {
            byPointer.put(at.toString(), new Origin(where, stateType));
        }
    }

    /** The attribute (or, failing that, the state or class) that produced the value at {@code pointer}. */
    public Where at(String pointer, Where fallback) {
        List<String> steps = new ArrayList<>(Arrays.asList(pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)));
        List<String> rest = new ArrayList<>();
        while (true) {
            Origin origin = byPointer.get(join(steps));
            if (origin != null) {
                return FieldOrigins.locate(origin.where(), origin.stateType(), rest.stream().map(Origins::unescape).toList());
            }
            if (steps.isEmpty()) {
                return fallback;
            }
            rest.add(0, steps.remove(steps.size() - 1));
        }
    }

    private static String join(List<String> steps) {
        return steps.isEmpty() ? "" : "/" + String.join("/", steps);
    }

    private static String unescape(String step) {
        return step.replace("~1", "/").replace("~0", "~");
    }
}
