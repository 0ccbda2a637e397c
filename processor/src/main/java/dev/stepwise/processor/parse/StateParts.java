package dev.stepwise.processor.parse;

import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problems;
import dev.stepwise.processor.model.Transition;

/** What the {@link StateParser}s share: where problems go, and the readers of the parts many kinds of state have. */
record StateParts(Problems problems, StateAttributes attributes, DataFlowParser dataFlow,
                  ErrorHandlingParser errorHandling) {

    static StateParts reportingTo(Problems problems) {
        var attributes = new StateAttributes(problems);
        var assigns = new AssignParser(problems, attributes);
        return new StateParts(problems, attributes, new DataFlowParser(problems, attributes, assigns),
                new ErrorHandlingParser(problems, attributes, assigns));
    }

    /** {@code @End}, else {@code @Next}, else the following state method; the end after the last one. */
    Transition transition(DeclaredState d, String following) {
        if (d.has("End") && d.has("Next")) {
            problems.add(Message.END_AND_NEXT, d.where().on("End"));
        }
        if (d.has("End")) {
            return Transition.END;
        }
        if (d.has("Next")) {
            return Transition.to(d.one("Next").string("value"));
        }
        return following == null ? Transition.END : Transition.to(following);
    }
}
