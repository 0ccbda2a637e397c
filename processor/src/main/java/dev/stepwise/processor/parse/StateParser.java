package dev.stepwise.processor.parse;

import dev.stepwise.processor.model.StateModel;

/** Reads one kind of state ({@code Task}, {@code Map}, ...) from its declared method into the model. */
interface StateParser {

    /**
     * @param comment   the state's {@code @Comment}, or null
     * @param following the next state method's state name, which a state without {@code @Next} or {@code @End}
     *                  goes to; null for the last
     */
    StateModel parse(DeclaredState state, String comment, String following);
}
