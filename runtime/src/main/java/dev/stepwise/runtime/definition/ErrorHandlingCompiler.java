package dev.stepwise.runtime.definition;

import dev.stepwise.asl.FieldBound;
import dev.stepwise.asl.validation.Problems;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.jsonata.JsonataTemplate;
import java.util.ArrayList;
import java.util.List;

/** Compiles the {@code Retry} and {@code Catch} lists of a Task, Parallel or Map state into {@link ErrorHandling}. */
final class ErrorHandlingCompiler {

    private ErrorHandlingCompiler() {
    }

    static ErrorHandling compile(Fields f, Problems problems, boolean jsonata) {
        List<Retrier> retriers = new ArrayList<>();
        JsonNode retry = f.array("Retry");
        if (retry != null) {
            for (int i = 0; i < retry.size(); i++) {
                Retrier retrier = retrier(new Fields(retry.get(i), f.at("Retry") + "/" + i, problems), problems);
                if (retrier != null) {
                    retriers.add(retrier);
                }
            }
        }
        List<Catcher> catchers = new ArrayList<>();
        JsonNode katch = f.array("Catch");
        if (katch != null) {
            for (int i = 0; i < katch.size(); i++) {
                Catcher catcher = catcher(new Fields(katch.get(i), f.at("Catch") + "/" + i, problems), problems,
                        jsonata);
                if (catcher != null) {
                    catchers.add(catcher);
                }
            }
        }
        return retriers.isEmpty() && catchers.isEmpty() ? ErrorHandling.NONE
                : new ErrorHandling(retriers, catchers);
    }

    private static Retrier retrier(Fields r, Problems problems) {
        ErrorMatcher errors = errorEquals(r, problems);
        Number interval = r.number("IntervalSeconds");
        Number attempts = r.number("MaxAttempts");
        Number backoff = r.number("BackoffRate");
        Number maxDelay = r.number("MaxDelaySeconds");
        String jitter = r.string("JitterStrategy");
        // Guards for unvalidated definitions: a negative delay would turn the clock back, an unknown jitter be ignored.
        if (interval != null && !FieldBound.RETRY_INTERVAL_SECONDS.accepts(interval.doubleValue())) {
            problems.schema(r.at("IntervalSeconds"), "must be a whole number from "
                    + FieldBound.RETRY_INTERVAL_SECONDS.minLong() + " to " + FieldBound.RETRY_INTERVAL_SECONDS.maxLong());
        }
        if (jitter != null && !jitter.equals("FULL") && !jitter.equals("NONE")) {
            problems.schema(r.at("JitterStrategy"), "must be FULL or NONE");
        }
        if (errors == null) {
            return null;
        }
        return new Retrier(errors,
                interval == null ? Retrier.DEFAULT_INTERVAL_SECONDS : interval.doubleValue(),
                attempts == null ? Retrier.DEFAULT_MAX_ATTEMPTS : attempts.intValue(),
                backoff == null ? Retrier.DEFAULT_BACKOFF_RATE : backoff.doubleValue(),
                maxDelay == null ? 0 : maxDelay.longValue(),
                "FULL".equals(jitter));
    }

    /** One catcher; {@code null} when its ErrorEquals or Next is unusable (reported). */
    private static Catcher catcher(Fields c, Problems problems, boolean jsonata) {
        ErrorMatcher errors = errorEquals(c, problems);
        String next = c.requiredString("Next");
        if (jsonata && c.has("ResultPath")) {
            problems.schema(c.at("ResultPath"), "is not allowed in a JSONata state; use Output");
        }
        if (!jsonata && c.has("Output")) {
            problems.schema(c.at("Output"), "is not allowed in a JSONPath state; use ResultPath");
        }
        ResultTarget target = jsonata ? ResultTarget.REPLACE : FieldCompiler.resultTarget(c, "ResultPath", problems);
        Assignment assign = DataFlowCompiler.assignment(c, problems, jsonata);
        JsonataTemplate output = jsonata ? FieldCompiler.jsonata(c, "Output", problems) : null;
        return errors == null || next == null ? null : new Catcher(errors, next, target, assign, output);
    }

    private static ErrorMatcher errorEquals(Fields f, Problems problems) {
        JsonNode names = f.array("ErrorEquals");
        if (names == null || names.isEmpty()) {
            problems.schema(f.at("ErrorEquals"), "needs at least one error name");
            return null;
        }
        List<String> list = new ArrayList<>();
        for (JsonNode n : names) {
            if (!n.isTextual()) {
                problems.schema(f.at("ErrorEquals"), "error names must be strings");
                return null;
            }
            list.add(n.textValue());
        }
        return ErrorMatcher.of(list);
    }
}
