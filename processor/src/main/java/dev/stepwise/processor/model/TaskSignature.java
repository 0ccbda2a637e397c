package dev.stepwise.processor.model;

import java.util.List;

/**
 * The Java method behind a Task state, for the generated binding.
 *
 * @param parameters in declaration order; each is read from the key of the same name in the task's input, or, for
 *                   a single parameter without {@code @From}, from the whole input
 */
public record TaskSignature(String methodName, List<Parameter> parameters, JavaType returnType) {

    public TaskSignature {
        parameters = List.copyOf(parameters);
    }

    /** A method parameter and where the state takes it from: a path or intrinsic, or null for the whole input. */
    public record Parameter(String name, String source, JavaType type) {
        public boolean wholeInput() {
            return source == null;
        }
    }
}
