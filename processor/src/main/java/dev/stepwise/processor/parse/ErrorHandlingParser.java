package dev.stepwise.processor.parse;

import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problems;
import dev.stepwise.processor.diag.Suggestions;
import dev.stepwise.processor.diag.Where;
import dev.stepwise.processor.model.Catcher;
import dev.stepwise.processor.model.ErrorHandling;
import dev.stepwise.processor.model.Retrier;
import java.util.ArrayList;
import java.util.List;

/** Reads a state's {@code @Retry} and {@code @Catch} annotations, in the order written, which is the order AWS tries them. */
final class ErrorHandlingParser {

    private final Problems problems;
    private final StateAttributes attributes;

    ErrorHandlingParser(Problems problems, StateAttributes attributes) {
        this.problems = problems;
        this.attributes = attributes;
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
            checkErrorNames(errors, "Retry", k, retries.size(), d);
            int interval = retry.integer("intervalSeconds");
            if (interval < 1) {
                problems.add(Message.NOT_POSITIVE, d.where().on("Retry", k, "intervalSeconds"), "intervalSeconds", interval);
            }
            int attempts = retry.integer("maxAttempts");
            if (attempts < 0) {
                problems.add(Message.NEGATIVE_NUMBER, d.where().on("Retry", k, "maxAttempts"), "maxAttempts", attempts);
            }
            double backoff = retry.decimal("backoffRate");
            if (backoff < 1.0) {
                problems.add(Message.BACKOFF_RATE, d.where().on("Retry", k, "backoffRate"), backoff);
            }
            int maxDelay = retry.integer("maxDelaySeconds");
            if (maxDelay < 0) {
                problems.add(Message.NEGATIVE_NUMBER, d.where().on("Retry", k, "maxDelaySeconds"), "maxDelaySeconds", maxDelay);
            }
            retriers.add(new Retrier(errors, interval, attempts, backoff, maxDelay, retry.enumName("jitter")));
        }
        return retriers;
    }

    private List<Catcher> catchers(DeclaredState d) {
        var catchers = new ArrayList<Catcher>();
        List<AnnotationReader> catches = d.all("Catch");
        for (int k = 0; k < catches.size(); k++) {
            AnnotationReader catcher = catches.get(k);
            checkErrorNames(catcher.strings("errors"), "Catch", k, catches.size(), d);
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
            catchers.add(new Catcher(catcher.strings("errors"), catcher.string("next"), resultPath));
        }
        return catchers;
    }

    /** States.ALL only alone and in the last retrier or catcher; other States.* names only the predefined ones. */
    private void checkErrorNames(List<String> errors, String annotation, int occurrence, int count, DeclaredState d) {
        Where at = d.where().on(annotation, occurrence, "errors");
        if (errors.contains(ErrorNames.ALL)) {
            if (errors.size() > 1) {
                problems.add(Message.STATES_ALL_NOT_ALONE, at, "@" + annotation);
            } else if (occurrence < count - 1) {
                problems.add(Message.STATES_ALL_NOT_LAST, at, "@" + annotation);
            }
        }
        for (String error : errors) {
            if (error.startsWith(ErrorNames.RESERVED_PREFIX) && !ErrorNames.PREDEFINED.contains(error)) {
                problems.add(Message.UNKNOWN_STATES_ERROR, at, error,
                        Suggestions.didYouMean(error, ErrorNames.PREDEFINED));
            }
        }
    }
}
