package dev.stepwise.asl.data.intrinsics;

import static dev.stepwise.asl.data.intrinsics.ArgType.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/** States.Hash: a lowercase hex digest of UTF-8 text. */
final class HashFunctions {

    /** The algorithms AWS accepts; their names are also the JDK's {@link MessageDigest} names. */
    static final Set<String> ALGORITHMS = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

    static final int MAX_INPUT_CHARS = 10_000;

    private HashFunctions() {
    }

    static List<FunctionDefinition> definitions() {
        return List.of(new FunctionDefinition(Signature.of("States.Hash", STRING, STRING), HashFunctions::bind));
    }

    /** A literal algorithm name is checked when the definition is compiled. */
    private static FunctionBody bind(List<Argument> arguments) {
        if (arguments.get(1) instanceof Argument.Literal literal && !ALGORITHMS.contains(literal.value().textValue())) {
            throw new IllegalArgumentException(unsupported(literal.value().textValue()));
        }
        return HashFunctions::hash;
    }

    private static JsonNode hash(JsonNode[] args) {
        String data = args[0].textValue();
        String algorithm = args[1].textValue();
        if (!ALGORITHMS.contains(algorithm)) {
            throw IntrinsicFailure.of("States.Hash", unsupported(algorithm));
        }
        if (data.length() > MAX_INPUT_CHARS) {
            throw IntrinsicFailure.of("States.Hash", "the input has " + data.length()
                    + " characters, more than the maximum of " + MAX_INPUT_CHARS);
        }
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(data.getBytes(StandardCharsets.UTF_8));
            return Json.NODES.textNode(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }

    private static String unsupported(String algorithm) {
        return "the hash algorithm '" + algorithm + "' is not supported; use one of MD5, SHA-1, SHA-256, SHA-384, "
                + "SHA-512";
    }
}
