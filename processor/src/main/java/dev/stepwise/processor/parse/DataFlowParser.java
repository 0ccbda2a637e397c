package dev.stepwise.processor.parse;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problems;
import dev.stepwise.processor.model.DataFlow;
import dev.stepwise.processor.model.Expressions;
import dev.stepwise.processor.model.RawJson;

/**
 * Reads how data moves through a state: JSONPath's InputPath, ResultSelector, ResultPath and OutputPath, or
 * JSONata's Output; and the variables it assigns in either language.
 */
final class DataFlowParser {

    private final Problems problems;
    private final StateAttributes attributes;
    private final AssignParser assigns;

    DataFlowParser(Problems problems, StateAttributes attributes, AssignParser assigns) {
        this.problems = problems;
        this.attributes = attributes;
        this.assigns = assigns;
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
            output = attributes.expression(d.one("Output").string("value"), d.where().on("Output", "value"));
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

    /** The state's own {@code @Assign}s. */
    private RawJson assign(DeclaredState d) {
        return assigns.read(d, d.all("Assign"), k -> d.where().on("Assign", k, "name"),
                k -> d.where().on("Assign", k, "value"));
    }
}
