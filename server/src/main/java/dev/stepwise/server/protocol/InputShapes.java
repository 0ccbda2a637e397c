package dev.stepwise.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The input shapes of AWS's Step Functions API model, as {@code input-shapes.json} beside this class holds them:
 * for every operation the structure its request is, and every shape that structure reaches with the constraints the
 * model gives it (required members, lengths, ranges, patterns, enums, whether a value is sensitive).
 */
final class InputShapes {

    /** One shape of the model; fields a shape's type does not use are empty or null. */
    record Shape(String name, String type, Map<String, String> members, List<String> required, String member,
            Double min, Double max, Pattern pattern, List<String> enumValues, boolean sensitive) {
    }

    private static final InputShapes MODEL = load();

    private final Map<String, String> inputs;
    private final Map<String, Shape> shapes;

    private InputShapes(Map<String, String> inputs, Map<String, Shape> shapes) {
        this.inputs = inputs;
        this.shapes = shapes;
    }

    static InputShapes model() {
        return MODEL;
    }

    /** The structure an operation's request is, or null for a name the model does not have. */
    Shape input(String operation) {
        String name = inputs.get(operation);
        return name == null ? null : shape(name);
    }

    Shape shape(String name) {
        return shapes.get(name);
    }

    private static InputShapes load() {
        JsonNode model;
        try (InputStream in = InputShapes.class.getResourceAsStream("input-shapes.json")) {
            if (in == null) {
                throw new IllegalStateException("input-shapes.json is missing from the class path");
            }
            model = Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        model.get("operations").properties().forEach(entry -> inputs.put(entry.getKey(), entry.getValue()
                .textValue()));
        Map<String, Shape> shapes = new LinkedHashMap<>();
        model.get("shapes").properties().forEach(entry -> shapes.put(entry.getKey(), shape(entry.getKey(),
                entry.getValue())));
        return new InputShapes(Map.copyOf(inputs), Map.copyOf(shapes));
    }

    private static Shape shape(String name, JsonNode json) {
        Map<String, String> members = new LinkedHashMap<>(); // the model's order, the order violations are listed in
        json.path("members").properties().forEach(entry -> members.put(entry.getKey(), entry.getValue().textValue()));
        return new Shape(name, json.get("type").textValue(), members, texts(json.path("required")),
                json.path("member").textValue(), json.has("min") ? json.get("min").doubleValue() : null,
                json.has("max") ? json.get("max").doubleValue() : null,
                json.has("pattern") ? Pattern.compile(json.get("pattern").textValue()) : null,
                texts(json.path("enum")), json.path("sensitive").asBoolean(false));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(text -> texts.add(text.textValue()));
        return List.copyOf(texts);
    }
}
