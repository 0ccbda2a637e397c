package dev.stepwise.processor.parse;

import dev.stepwise.asl.Rfc3339;
import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problems;
import dev.stepwise.processor.model.StateModel;
import dev.stepwise.processor.model.WaitDuration;
import java.util.ArrayList;

/**
 * Reads a Wait state, whose duration is exactly one of seconds, timestamp, or the dynamic form of either (a path
 * in JSONPath, an expression in JSONata).
 */
final class WaitParser implements StateParser {

    private final StateParts parts;
    private final Problems problems;
    private final StateAttributes attributes;

    WaitParser(StateParts parts) {
        this.parts = parts;
        this.problems = parts.problems();
        this.attributes = parts.attributes();
    }

    @Override
    public StateModel parse(DeclaredState d, String comment, String following) {
        AnnotationReader wait = d.one("Wait");
        var durations = new ArrayList<WaitDuration>();
        if (wait.isSet("seconds")) {
            int seconds = wait.integer("seconds");
            durations.add(new WaitDuration(WaitDuration.Field.SECONDS, Integer.toString(seconds)));
        }
        if (wait.isSet("timestamp")) {
            String timestamp = wait.string("timestamp");
            if (d.jsonata() && JsonataSyntax.isWrapped(timestamp)) {
                // a JSONata state computes its Timestamp, as it computes any field: the one dynamic wait it has
                JsonataSyntax.check(timestamp).ifPresent(f -> problems.add(f.at(d.where().on("Wait", "timestamp"))));
            } else if (!Rfc3339.isTimestamp(timestamp)) {
                problems.add(Message.INVALID_TIMESTAMP, d.where().on("Wait", "timestamp"), timestamp);
            }
            durations.add(new WaitDuration(WaitDuration.Field.TIMESTAMP, timestamp));
        }
        String secondsPath = attributes.dynamic(d, wait, "Wait", "secondsPath");
        if (secondsPath != null) {
            durations.add(new WaitDuration(WaitDuration.Field.SECONDS_PATH, secondsPath));
        }
        String timestampPath = attributes.dynamic(d, wait, "Wait", "timestampPath");
        if (timestampPath != null) {
            durations.add(new WaitDuration(WaitDuration.Field.TIMESTAMP_PATH, timestampPath));
        }
        if (durations.isEmpty()) {
            problems.add(Message.WAIT_WITHOUT_DURATION, d.where().on("Wait"));
        } else if (durations.size() > 1) {
            problems.add(Message.WAIT_TWO_DURATIONS, d.where().on("Wait"),
                    String.join(" and ", durations.stream().map(w -> w.field().asl()).toList()));
        }
        return new StateModel.Wait(d.name(), comment, parts.transition(d, following), attributes.path(d, "InputPath"),
                attributes.path(d, "OutputPath"), durations.isEmpty() ? null : durations.get(0),
                parts.dataFlow().expressions(d));
    }
}
