package dev.stepwise.processor.parse;

import dev.stepwise.asl.error.StatesErrors;
import static dev.stepwise.processor.parse.StateAttributes.emptyToNull;

import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.model.StateModel;

/**
 * Reads a Fail state: its error and cause, each given as a value or dynamically: through a path (or intrinsic
 * function) in JSONPath, through an expression in JSONata, where AWS's Error and Cause take one.
 */
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
        String error = value(d, fail, "error");
        if (error != null && error.startsWith(StatesErrors.RESERVED_PREFIX)) {
            parts.problems().add(Message.RESERVED_ERROR_NAME, d.where().on("Fail", "error"), error);
        }
        String errorPath = attributes.dynamicOrIntrinsic(d, fail, "Fail", "errorPath");
        String causePath = attributes.dynamicOrIntrinsic(d, fail, "Fail", "causePath");
        attributes.exclusive(d, fail, "Fail", "error", "errorPath");
        attributes.exclusive(d, fail, "Fail", "cause", "causePath");
        return new StateModel.Fail(d.name(), comment, error, value(d, fail, "cause"), errorPath, causePath,
                parts.dataFlow().expressions(d));
    }

    /** A literal error or cause; in a JSONata state it may be written as an expression too, checked here. */
    private String value(DeclaredState d, AnnotationReader fail, String attribute) {
        String value = emptyToNull(fail.string(attribute));
        if (value != null && d.jsonata() && JsonataSyntax.isWrapped(value)) {
            JsonataSyntax.check(value).ifPresent(f -> attributes.report(f, d.where().on("Fail", attribute)));
        }
        return value;
    }
}
