package dev.stepwise.processor.parse;

import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.model.RawJson;
import dev.stepwise.processor.model.StateModel;

/** Reads a Pass state: its fixed result or parameters in JSONPath; in JSONata, {@code @Output} says it all. */
final class PassParser implements StateParser {

    private final StateParts parts;
    private final StateAttributes attributes;

    PassParser(StateParts parts) {
        this.parts = parts;
        this.attributes = parts.attributes();
    }

    @Override
    public StateModel parse(DeclaredState d, String comment, String following) {
        AnnotationReader pass = d.one("Pass");
        if (d.jsonata()) {
            attributes.jsonPathOnly(d, pass, "Pass", "result", "parameters");
            if (d.has("Parameters")) {
                parts.problems().add(Message.JSONPATH_ONLY, d.where().on("Parameters"), "@Parameters on a Pass state",
                        "@Output gives the state's output");
            }
            return new StateModel.Pass(d.name(), comment, parts.transition(d, following), parts.dataFlow().data(d, null),
                    null, parts.dataFlow().expressions(d));
        }
        RawJson result = attributes.payload(d.where().on("Pass", "result"), pass.string("result"), "result", false);
        RawJson parameters = attributes.payload(d.where().on("Pass", "parameters"), pass.string("parameters"),
                "parameters", true);
        if (parameters == null && d.has("Parameters")) {
            parameters = attributes.payload(d.where().on("Parameters", "value"), d.one("Parameters").string("value"),
                    "@Parameters", true);
        }
        return new StateModel.Pass(d.name(), comment, parts.transition(d, following), parts.dataFlow().data(d, parameters),
                result, parts.dataFlow().expressions(d));
    }
}
