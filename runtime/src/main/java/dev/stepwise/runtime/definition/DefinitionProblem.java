package dev.stepwise.runtime.definition;

/**
 * One thing wrong with a definition.
 *
 * @param location a JSON Pointer into the definition, e.g. {@code /States/Charge/ResultPath}
 * @param message  what is wrong, in plain words
 */
public record DefinitionProblem(String location, String message) {

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
