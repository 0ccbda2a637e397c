package dev.stepwise.asl.data.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.DataScope;
import dev.stepwise.asl.data.path.Path;

/** One compiled argument of an intrinsic function call: a literal, a path or a nested call. */
sealed interface Argument permits Argument.Literal, Argument.PathArgument, Call {

    /** The argument's value, or {@code null} when a path selects nothing. */
    JsonNode evaluate(DataScope scope);

    /**
     * A literal: a string, number, boolean or {@code null}.
     *
     * @param raw for string literals, the text between the quotes with its escapes kept (States.Format needs to tell
     *     an escaped {@code \{} from a placeholder); {@code null} for other literals
     */
    record Literal(JsonNode value, String raw) implements Argument {
        @Override
        public JsonNode evaluate(DataScope scope) {
            return value;
        }
    }

    /** A path into the input, the context object or a variable. */
    record PathArgument(Path path) implements Argument {
        @Override
        public JsonNode evaluate(DataScope scope) {
            return path.evaluate(scope);
        }
    }
}
