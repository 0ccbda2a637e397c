package dev.stepwise.processor.parse;

import dev.stepwise.asl.error.StatesErrors;
import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problems;
import dev.stepwise.processor.diag.Suggestions;
import dev.stepwise.processor.diag.Where;
import dev.stepwise.processor.model.Catcher;
import dev.stepwise.processor.model.ErrorHandling;
import dev.stepwise.processor.model.RawJson;
import dev.stepwise.processor.model.Retrier;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;

/** Reads a state's {@code @Retry} and {@code @Catch} annotations, in the order written, which is the order AWS tries them. */
final class ErrorHandlingParser {

    private final Problems problems;
    private final StateAttributes attributes;
    private final AssignParser assigns;

    ErrorHandlingParser(Problems problems, StateAttributes attributes, AssignParser assigns) {
        this.problems = problems;
        this.attributes = attributes;
        this.assigns = assigns;
    }

    ErrorHandling errorHandling(DeclaredState d) {
        return new ErrorHandling(retriers(d), catchers(d));
    }

    private List<Retrier> retriers(DeclaredState d) {
        var retriers = new ArrayList<Retrier>();
        List<AnnotationReader> retries = d.all("Retry");
        for (int k = 0; k < retries.size(); k++) {
            AnnotationReader retry = retries.get(k);
            List<String> errors = retry.strings("errors");
            checkErrorNames(errors, "Retry", k, d);
            // the bounds of these numbers are the ASL core's, checked on the written definition
            retriers.add(new Retrier(errors, retry.integer("intervalSeconds"), retry.integer("maxAttempts"),
                    retry.decimal("backoffRate"), retry.integer("maxDelaySeconds"), retry.enumName("jitter"),
                    StateAttributes.emptyToNull(retry.string("comment"))));
        }
        return retriers;
    }

    private List<Catcher> catchers(DeclaredState d) {
        var catchers = new ArrayList<Catcher>();
        List<AnnotationReader> catches = d.all("Catch");
        for (int k = 0; k < catches.size(); k++) {
            AnnotationReader catcher = catches.get(k);
            checkErrorNames(catcher.strings("errors"), "Catch", k, d);
            String resultPath = StateAttributes.emptyToNull(catcher.string("resultPath"));
            if (resultPath != null && d.jsonata()) {
                problems.add(Message.JSONPATH_ONLY, d.where().on("Catch", k, "resultPath"), "resultPath",
                        "the error output ($states.errorOutput) is the catcher's output");
                resultPath = null;
            } else if (resultPath != null) {
                int occurrence = k;
                PathSyntax.checkReferencePath(resultPath, "Catch resultPath", false)
                        .ifPresent(f -> attributes.report(f, d.where().on("Catch", occurrence, "resultPath")));
            }
            catchers.add(new Catcher(catcher.strings("errors"), catcher.string("next"), resultPath,
                    output(d, catcher, k), assign(d, catcher, k),
                    StateAttributes.emptyToNull(catcher.string("comment"))));
        }
        return catchers;
    }

    /** A JSONata catcher's Output, an expression reading $states.errorOutput; JSONPath places it by resultPath. */
    private RawJson output(DeclaredState d, AnnotationReader catcher, int occurrence) {
        Where at = d.where().on("Catch", occurrence, "output");
        if (!d.jsonata()) {
            if (catcher.isSet("output")) {
                problems.add(Message.JSONATA_ONLY, at, "@Catch output",
                        "the catcher places the error output with resultPath");
            }
            return null;
        }
        String output = attributes.expression(catcher.string("output"), at);
        return output == null ? null : Payloads.raw(JsonNodeFactory.instance.textNode(output));
    }

    /**
     * The catcher's Assign, set instead of the state's own when it catches: a JSONPath value reads the error output
     * as {@code $}, a JSONata one as {@code $states.errorOutput}. Reported on the catcher's {@code assign}.
     */
    private RawJson assign(DeclaredState d, AnnotationReader catcher, int occurrence) {
        Where at = d.where().on("Catch", occurrence, "assign");
        return assigns.read(d, catcher.annotations("assign"), k -> at, k -> at);
    }

    /**
     * A States.* name must be a predefined one: said here because only the processor can suggest the name meant.
     * Where States.ALL may stand is an ASL rule, checked on the written definition.
     */
    private void checkErrorNames(List<String> errors, String annotation, int occurrence, DeclaredState d) {
        Where at = d.where().on(annotation, occurrence, "errors");
        for (String error : errors) {
            if (error.startsWith(StatesErrors.RESERVED_PREFIX) && !StatesErrors.PREDEFINED.contains(error)) {
                problems.add(Message.UNKNOWN_STATES_ERROR, at, error,
                        Suggestions.didYouMean(error, StatesErrors.PREDEFINED));
            }
        }
    }
}
