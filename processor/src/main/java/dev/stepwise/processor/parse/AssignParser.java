package dev.stepwise.processor.parse;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.VariableNames;
import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problems;
import dev.stepwise.processor.diag.Where;
import dev.stepwise.processor.model.RawJson;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Reads {@code @Assign} annotations into an ASL {@code Assign} object: a state's own, and a catcher's
 * ({@code @Catch(assign = ...)}). {@code "name.$": path} in JSONPath, {@code "name": "{% expression %}"} in JSONata.
 */
final class AssignParser {

    private final Problems problems;
    private final StateAttributes attributes;

    AssignParser(Problems problems, StateAttributes attributes) {
        this.problems = problems;
        this.attributes = attributes;
    }

    /**
     * The Assign object of {@code assigns}, each checked (name, uniqueness, value); null when there are none.
     *
     * @param nameAt  where the k-th name was written
     * @param valueAt where the k-th value was written
     */
    RawJson read(DeclaredState d, List<AnnotationReader> assigns, IntFunction<Where> nameAt, IntFunction<Where> valueAt) {
        if (assigns.isEmpty()) {
            return null;
        }
        ObjectNode assign = JsonNodeFactory.instance.objectNode();
        for (int k = 0; k < assigns.size(); k++) {
            String name = assigns.get(k).string("name");
            String value = assigns.get(k).string("value");
            if (!VariableNames.isValid(name)) {
                problems.add(Message.INVALID_VARIABLE_NAME, nameAt.apply(k), name);
            } else if (assign.has(name) || assign.has(name + ".$")) {
                problems.add(Message.DUPLICATE_VARIABLE, nameAt.apply(k), name);
            }
            Where at = valueAt.apply(k);
            if (d.jsonata()) {
                JsonataSyntax.check(value).ifPresent(f -> attributes.report(f, at));
                assign.put(name, JsonataSyntax.wrap(value));
            } else {
                Intrinsics.checkSource(value, "@Assign value").ifPresent(f -> attributes.report(f, at));
                assign.put(name + ".$", value);
            }
        }
        return Payloads.raw(assign);
    }
}
