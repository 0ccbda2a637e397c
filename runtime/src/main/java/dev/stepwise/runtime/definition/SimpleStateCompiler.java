package dev.stepwise.runtime.definition;

import dev.stepwise.asl.FieldBound;
import dev.stepwise.asl.Rfc3339;
import dev.stepwise.asl.validation.Problems;

import dev.stepwise.asl.data.ValueExpression;
import dev.stepwise.asl.data.jsonata.JsonataTemplate;
import dev.stepwise.asl.data.path.Path;
import dev.stepwise.runtime.definition.DataFlowCompiler.Scope;
import java.time.Instant;

/** Compiles the states that call nothing and hold no flow of their own: Pass, Wait, Succeed and Fail. */
final class SimpleStateCompiler {

    private SimpleStateCompiler() {
    }

    static StatePlan pass(String name, Fields f, Problems problems, boolean jsonata) {
        return new PassPlan(name, DataFlowCompiler.compile(f, problems, jsonata, Scope.PASS), f.raw("Result"),
                StateCompiler.transition(f, problems));
    }

    static StatePlan succeed(String name, Fields f, Problems problems, boolean jsonata) {
        return new SucceedPlan(name, DataFlowCompiler.compile(f, problems, jsonata, Scope.INPUT_OUTPUT));
    }

    /** A Wait state takes exactly one of Seconds, Timestamp, SecondsPath and TimestampPath. */
    static StatePlan wait(String name, Fields f, Problems problems, boolean jsonata) {
        int set = 0;
        Long seconds = null;
        Instant timestamp = null;
        JsonataTemplate secondsExpression = null;
        JsonataTemplate timestampExpression = null;
        if (FieldCompiler.holdsExpression(f, "Seconds", jsonata)) {
            set++;
            secondsExpression = FieldCompiler.jsonata(f, "Seconds", problems);
        } else if (f.has("Seconds")) {
            set++;
            Number n = f.number("Seconds");
            if (n != null && !FieldBound.WAIT_SECONDS.accepts(n.doubleValue())) {
                problems.schema(f.at("Seconds"), "must be a whole number of seconds from "
                        + FieldBound.WAIT_SECONDS.minLong() + " to " + FieldBound.WAIT_SECONDS.maxLong());
            } else if (n != null) {
                seconds = n.longValue();
            }
        }
        if (FieldCompiler.holdsExpression(f, "Timestamp", jsonata)) {
            set++;
            timestampExpression = FieldCompiler.jsonata(f, "Timestamp", problems);
        } else if (f.has("Timestamp")) {
            set++;
            String text = f.string("Timestamp");
            if (text != null) {
                timestamp = problems.attempt(f.at("Timestamp"), () -> parseTimestamp(text));
            }
        }
        Path secondsPath = FieldCompiler.path(f, "SecondsPath", problems);
        Path timestampPath = FieldCompiler.path(f, "TimestampPath", problems);
        set += (f.has("SecondsPath") ? 1 : 0) + (f.has("TimestampPath") ? 1 : 0);
        if (set != 1) {
            problems.schema(f.location(), "a Wait state needs exactly one of Seconds, Timestamp, SecondsPath and "
                    + "TimestampPath");
        }
        return new WaitPlan(name, DataFlowCompiler.compile(f, problems, jsonata, Scope.INPUT_OUTPUT), seconds,
                timestamp, secondsPath, timestampPath, secondsExpression, timestampExpression,
                StateCompiler.transition(f, problems));
    }

    private static Instant parseTimestamp(String text) {
        return Rfc3339.parse(text).orElseThrow(() -> new IllegalArgumentException("'" + text
                + "' is not an RFC 3339 timestamp such as 2016-03-14T01:59:00Z"));
    }

    /** Error and Cause as literals, JSONPath ErrorPath/CausePath, or (JSONata) expressions. */
    static StatePlan fail(String name, Fields f, Problems problems, boolean jsonata) {
        if (jsonata) {
            JsonataTemplate error = FieldCompiler.holdsExpression(f, "Error", true)
                    ? FieldCompiler.jsonata(f, "Error", problems) : null;
            JsonataTemplate cause = FieldCompiler.holdsExpression(f, "Cause", true)
                    ? FieldCompiler.jsonata(f, "Cause", problems) : null;
            return new FailPlan(name, error == null ? f.string("Error") : null,
                    cause == null ? f.string("Cause") : null, null, null, error, cause, true);
        }
        ValueExpression errorPath = FieldCompiler.expression(f, "ErrorPath", problems);
        ValueExpression causePath = FieldCompiler.expression(f, "CausePath", problems);
        if (f.has("Error") && f.has("ErrorPath")) {
            problems.schema(f.location(), "set Error or ErrorPath, not both");
        }
        if (f.has("Cause") && f.has("CausePath")) {
            problems.schema(f.location(), "set Cause or CausePath, not both");
        }
        return new FailPlan(name, f.string("Error"), f.string("Cause"), errorPath, causePath, null, null, false);
    }
}
