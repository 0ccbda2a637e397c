package dev.stepwise.processor.parse;

import dev.stepwise.processor.model.FlowModel;
import dev.stepwise.processor.model.RawJson;
import dev.stepwise.processor.model.StateModel;
import java.util.ArrayList;
import javax.lang.model.type.TypeMirror;

/** Reads a Parallel state: one nested flow per {@code @Flow} class in its branches. */
final class ParallelParser implements StateParser {

    private final StateParts parts;
    private final Subflows subflows;

    ParallelParser(StateParts parts, Subflows subflows) {
        this.parts = parts;
        this.subflows = subflows;
    }

    @Override
    public StateModel parse(DeclaredState d, String comment, String following) {
        var branches = new ArrayList<FlowModel>();
        for (TypeMirror branch : d.one("Parallel").types("branches")) {
            subflows.parse(d, branch, "Parallel", "branches", "Parallel branch").ifPresent(branches::add);
        }
        RawJson parameters = d.has("Parameters")
                ? parts.attributes().payload(d, d.where().on("Parameters", "value"), d.one("Parameters").string("value"),
                        "@Parameters")
                : null;
        return new StateModel.Parallel(d.name(), comment, parts.transition(d, following),
                parts.dataFlow().data(d, parameters), branches, parts.errorHandling().errorHandling(d),
                parts.dataFlow().expressions(d));
    }
}
