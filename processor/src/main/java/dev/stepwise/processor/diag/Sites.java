package dev.stepwise.processor.diag;

import dev.stepwise.processor.model.StateModel;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where each state of a parsed model was declared, so later stages (validation, type tracking) can place their
 * problems without the model holding source elements. Keyed by identity: two states may be equal as values.
 */
public final class Sites {

    private final Map<StateModel, Where> states = new IdentityHashMap<>();

    public void put(StateModel state, Where where) {
        states.put(state, where);
    }

    public Where of(StateModel state) {
        Where where = states.get(state);
        if (where == null) {
            throw new IllegalStateException("no site recorded for state " + state.name());
        }
        return where;
    }
}
