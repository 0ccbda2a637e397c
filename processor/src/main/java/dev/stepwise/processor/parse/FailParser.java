package dev.stepwise.processor.parse;

import dev.stepwise.asl.error.StatesErrors;
import static dev.stepwise.processor.parse.StateAttributes.emptyToNull;

import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.model.StateModel;

/** Reads a Fail state: its error and cause, each given as a value or, in JSONPath, as a path to one. */
final class FailParser implements StateParser {

    private final StateParts parts;
    private final StateAttributes attributes;

    FailParser(StateParts parts) {
        this.parts = parts;
        this.attributes = parts.attributes();
    }

    @Override
    public StateModel parse(DeclaredState d, String comment, String following) {
        AnnotationReader fail = d.one("Fail");
        attributes.jsonPathOnly(d, fail, "Fail", "errorPath", "causePath");
        String error = emptyToNull(fail.string("error"));
        if (error != null && error.startsWith(StatesErrors.RESERVED_PREFIX)) {
            parts.problems().add(Message.RESERVED_ERROR_NAME, d.where().on("Fail", "error"), error);
        }
        String errorPath = emptyToNull(fail.string("errorPath"));
        String causePath = emptyToNull(fail.string("causePath"));
        if (errorPath != null) {
            Intrinsics.checkSource(errorPath, "errorPath")
                    .ifPresent(f -> attributes.report(f, d.where().on("Fail", "errorPath")));
        }
        if (causePath != null) {
            Intrinsics.checkSource(causePath, "causePath")
                    .ifPresent(f -> attributes.report(f, d.where().on("Fail", "causePath")));
        }
        attributes.exclusive(d, fail, "Fail", "error", "errorPath");
        attributes.exclusive(d, fail, "Fail", "cause", "causePath");
        return new StateModel.Fail(d.name(), comment, error, emptyToNull(fail.string("cause")), errorPath, causePath,
                parts.dataFlow().expressions(d));
    }
}
