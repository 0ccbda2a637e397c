package dev.stepwise.asl.data.intrinsics;

import static dev.stepwise.asl.data.intrinsics.ArgType.ANY;
import static dev.stepwise.asl.data.intrinsics.ArgType.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.stepwise.asl.data.Json;
import java.util.List;
import java.util.StringTokenizer;

/** States.Format and States.StringSplit. */
final class StringFunctions {

    private StringFunctions() {
    }

    static List<FunctionDefinition> definitions() {
        return List.of(
                new FunctionDefinition(Signature.of("States.Format", STRING).withVariadic(ANY),
                        StringFunctions::bindFormat),
                FunctionDefinition.of(Signature.of("States.StringSplit", STRING, STRING), StringFunctions::split));
    }

    /** A literal template (the usual case) is parsed once here, and its placeholders counted against the call. */
    private static FunctionBody bindFormat(List<Argument> arguments) {
        int values = arguments.size() - 1;
        if (arguments.get(0) instanceof Argument.Literal literal) {
            FormatTemplate template = FormatTemplate.parseLiteral(literal.raw());
            if (template.placeholders() != values) {
                throw new IllegalArgumentException("States.Format: the template has " + template.placeholders()
                        + " placeholders but " + values + (values == 1 ? " value was" : " values were") + " given");
            }
            return args -> Json.NODES.textNode(template.render(args, 1));
        }
        return args -> {
            FormatTemplate template = FormatTemplate.parseValue(args[0].textValue());
            if (template.placeholders() != values) {
                throw IntrinsicFailure.of("States.Format", "the template has " + template.placeholders()
                        + " placeholders but " + values + " values were given");
            }
            return Json.NODES.textNode(template.render(args, 1));
        };
    }

    /**
     * Splits at every character of the delimiter and drops empty pieces: AWS turns {@code "a,,b"} into
     * {@code ["a", "b"]}.
     */
    private static JsonNode split(JsonNode[] args) {
        ArrayNode out = Json.NODES.arrayNode();
        StringTokenizer tokens = new StringTokenizer(args[0].textValue(), args[1].textValue());
        while (tokens.hasMoreTokens()) {
            out.add(tokens.nextToken());
        }
        return out;
    }
}
