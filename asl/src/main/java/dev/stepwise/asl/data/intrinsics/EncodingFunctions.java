package dev.stepwise.asl.data.intrinsics;

import static dev.stepwise.asl.data.intrinsics.ArgType.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** States.Base64Encode and States.Base64Decode (UTF-8 text, standard alphabet with padding). */
final class EncodingFunctions {

    /** AWS limits the input of both functions to this many characters. */
    static final int MAX_INPUT_CHARS = 10_000;

    private EncodingFunctions() {
    }

    static List<FunctionDefinition> definitions() {
        return List.of(
                FunctionDefinition.of(Signature.of("States.Base64Encode", STRING), EncodingFunctions::encode),
                FunctionDefinition.of(Signature.of("States.Base64Decode", STRING), EncodingFunctions::decode));
    }

    private static JsonNode encode(JsonNode[] args) {
        String input = checkedLength("States.Base64Encode", args[0].textValue());
        return Json.NODES.textNode(Base64.getEncoder().encodeToString(input.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode decode(JsonNode[] args) {
        String input = checkedLength("States.Base64Decode", args[0].textValue());
        try {
            byte[] bytes = Base64.getDecoder().decode(input);
            return Json.NODES.textNode(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw IntrinsicFailure.of("States.Base64Decode", "the input is not Base64-encoded UTF-8 text");
        }
    }

    private static String checkedLength(String function, String input) {
        if (input.length() > MAX_INPUT_CHARS) {
            throw IntrinsicFailure.of(function, "the input has " + input.length()
                    + " characters, more than the maximum of " + MAX_INPUT_CHARS);
        }
        return input;
    }
}
