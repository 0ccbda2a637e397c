package dev.stepwise.processor.parse;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problems;
import dev.stepwise.processor.diag.Where;
import dev.stepwise.processor.model.DataFlow;
import dev.stepwise.processor.model.Expressions;
import dev.stepwise.processor.model.RawJson;
import java.util.List;
import dev.stepwise.asl.VariableNames;

/**
 * Reads how data moves through a state: JSONPath's InputPath, ResultSelector, ResultPath and OutputPath, or
 * JSONata's Output; and the variables it assigns in either language.
 */
final class DataFlowParser {


    private final Problems problems;
    private final StateAttributes attributes;

    DataFlowParser(Problems problems, StateAttributes attributes) {
        this.problems = problems;
        this.attributes = attributes;
    }

    /** The JSONPath input and output processing around {@code parameters}; only those in a JSONata state. */
    DataFlow data(DeclaredState d, RawJson parameters) {
        if (d.jsonata()) {
            return new DataFlow(null, parameters, null, null, false, null); // ResultPath becomes Output: see output()
        }
        String resultPath = null;
        boolean discard = false;
        if (d.has("ResultPath")) {
            AnnotationReader reader = d.one("ResultPath");
            String value = reader.string("value");
            discard = reader.bool("nullResult") || value.equals("null");
            if (!discard) {
                resultPath = value;
                PathSyntax.checkReferencePath(value, "ResultPath", false)
                        .ifPresent(f -> attributes.report(f, d.where().on("ResultPath", "value")));
            }
        }
        RawJson selector = d.has("ResultSelector")
                ? attributes.payload(d.where().on("ResultSelector", "value"), d.one("ResultSelector").string("value"),
                        "@ResultSelector", true)
                : null;
        return new DataFlow(attributes.path(d, "InputPath"), parameters, selector, resultPath, discard,
                attributes.path(d, "OutputPath"));
    }

    /** The state's query language, JSONata Output and Assign. */
    Expressions expressions(DeclaredState d) {
        return new Expressions(d.jsonata(), d.ownLanguage(), d.jsonata() ? output(d) : null, assign(d));
    }

    /**
     * {@code @Output}, or {@code @ResultPath} translated to the Output expression with the same effect: the input
     * with the result in one top-level field, or the input unchanged for a discarded result.
     */
    private RawJson output(DeclaredState d) {
        String output = null;
        if (d.has("Output")) {
            String text = d.one("Output").string("value");
            JsonataSyntax.check(text).ifPresent(f -> attributes.report(f, d.where().on("Output", "value")));
            output = JsonataSyntax.wrap(text);
            if (d.has("ResultPath")) {
                problems.add(Message.BOTH_VALUE_AND_PATH, d.where().on("ResultPath"), "@Output", "@ResultPath");
            }
        } else if (d.has("ResultPath")) {
            AnnotationReader reader = d.one("ResultPath");
            String path = reader.string("value");
            if (reader.bool("nullResult") || path.equals("null")) {
                output = JsonataSyntax.wrap("$states.input");
            } else if (path.matches("\\$\\.[A-Za-z_][A-Za-z0-9_]*")) {
                output = JsonataSyntax.wrap("$merge([$states.input, {\"" + path.substring(2) + "\": $states.result}])");
            } else if (!path.equals("$")) {
                problems.add(Message.JSONATA_RESULT_PATH, d.where().on("ResultPath", "value"), path);
            }
        }
        return output == null ? null : Payloads.raw(JsonNodeFactory.instance.textNode(output));
    }

    /** {@code Assign}: {@code "name.$": path} in JSONPath, {@code "name": "{% expression %}"} in JSONata. */
    private RawJson assign(DeclaredState d) {
        List<AnnotationReader> assigns = d.all("Assign");
        if (assigns.isEmpty()) {
            return null;
        }
        ObjectNode assign = JsonNodeFactory.instance.objectNode();
        for (int k = 0; k < assigns.size(); k++) {
            String name = assigns.get(k).string("name");
            String value = assigns.get(k).string("value");
            if (!VariableNames.isValid(name)) {
                problems.add(Message.INVALID_VARIABLE_NAME, d.where().on("Assign", k, "name"), name);
            } else if (assign.has(name) || assign.has(name + ".$")) {
                problems.add(Message.DUPLICATE_VARIABLE, d.where().on("Assign", k, "name"), name);
            }
            Where at = d.where().on("Assign", k, "value");
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
