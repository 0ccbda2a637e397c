package dev.stepwise.asl.data.intrinsics;

import static dev.stepwise.asl.data.intrinsics.ArgType.ANY;
import static dev.stepwise.asl.data.intrinsics.ArgType.BOOLEAN;
import static dev.stepwise.asl.data.intrinsics.ArgType.OBJECT;
import static dev.stepwise.asl.data.intrinsics.ArgType.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import java.util.List;

/** States.StringToJson, States.JsonToString and States.JsonMerge. */
final class JsonFunctions {

    private JsonFunctions() {
    }

    static List<FunctionDefinition> definitions() {
        return List.of(
                FunctionDefinition.of(Signature.of("States.StringToJson", STRING), JsonFunctions::stringToJson),
                FunctionDefinition.of(Signature.of("States.JsonToString", ANY),
                        args -> Json.NODES.textNode(Json.write(args[0]))),
                new FunctionDefinition(Signature.of("States.JsonMerge", OBJECT, OBJECT, BOOLEAN),
                        JsonFunctions::bindMerge));
    }

    /** AWS reads blank text as JSON {@code null}. */
    private static JsonNode stringToJson(JsonNode[] args) {
        String text = args[0].textValue();
        if (text.isBlank()) {
            return Json.NODES.nullNode();
        }
        try {
            return Json.parse(text);
        } catch (IllegalArgumentException e) {
            throw IntrinsicFailure.of("States.StringToJson", "the string is not valid JSON: " + e.getMessage());
        }
    }

    /** Only the shallow merge exists: a literal {@code true} for the deep-merge flag is a definition error. */
    private static FunctionBody bindMerge(List<Argument> arguments) {
        if (arguments.get(2) instanceof Argument.Literal literal && literal.value().booleanValue()) {
            throw new IllegalArgumentException("States.JsonMerge supports only a shallow merge: its third argument "
                    + "must be false");
        }
        return JsonFunctions::merge;
    }

    /** The second object's fields win; nested objects are replaced, not merged. */
    private static JsonNode merge(JsonNode[] args) {
        if (args[2].booleanValue()) {
            throw IntrinsicFailure.of("States.JsonMerge", "deep merge is not supported: the third argument must be "
                    + "false");
        }
        ObjectNode out = Json.NODES.objectNode();
        out.setAll((ObjectNode) args[0]);
        out.setAll((ObjectNode) args[1]);
        return out;
    }
}
