package dev.stepwise.processor.model;

import java.util.ArrayList;
import java.util.List;

/** Collects the states a transition and catchers lead to. */
final class Targets {

    private Targets() {
    }

    static List<String> of(Transition next, ErrorHandling errors) {
        var targets = new ArrayList<String>();
        if (!next.isEnd()) {
            targets.add(next.next());
        }
        errors.catchers().forEach(c -> targets.add(c.next()));
        return List.copyOf(targets);
    }
}
