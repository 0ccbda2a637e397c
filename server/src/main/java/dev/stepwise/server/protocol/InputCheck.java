package dev.stepwise.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.server.protocol.InputShapes.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A request checked against its operation's input shape in AWS's API model before the operation runs, as AWS checks
 * it: first every member's JSON type (a wrong one is a {@code SerializationException}, the request cannot be read),
 * then every constraint of the model at once (required members, lengths, ranges, patterns, enums), all the broken
 * ones in one {@code ValidationException} ("2 validation errors detected: ...; ..."). So a constraint is refused
 * before the operation looks for a resource, and a member is refused the same way in every operation. Members the
 * model does not have are ignored, as AWS ignores them; a JSON null is an absent member.
 *
 * <p>Lengths count code points. A value is shown in the message unless the model marks it sensitive (inputs,
 * outputs, definitions, errors, causes), which AWS leaves out: "Value at 'cause' failed to satisfy ...".
 */
final class InputCheck {

    private final InputShapes shapes;

    InputCheck(InputShapes shapes) {
        this.shapes = shapes;
    }

    /**
     * @throws ApiException a {@code SerializationException} for a member of the wrong type, else a
     *                      {@code ValidationException} listing every constraint the members break
     */
    void check(String operation, JsonNode members) {
        Shape input = shapes.input(operation);
        if (input == null) {
            return;
        }
        checkTypes(input, members, "");
        List<String> violations = new ArrayList<>();
        checkMembers(input, members, "", violations);
        if (!violations.isEmpty()) {
            throw ApiException.validation(violations);
        }
    }

    private void checkTypes(Shape shape, JsonNode value, String path) {
        switch (shape.type()) {
            case "structure" -> {
                if (!value.isObject()) {
                    throw ApiException.wrongType(path, "a structure");
                }
                shape.members().forEach((member, memberShape) -> {
                    JsonNode memberValue = value.get(member);
                    if (memberValue != null && !memberValue.isNull()) {
                        checkTypes(shapes.shape(memberShape), memberValue, child(path, member));
                    }
                });
            }
            case "list" -> {
                if (!value.isArray()) {
                    throw ApiException.wrongType(path, "a list");
                }
                for (int i = 0; i < value.size(); i++) {
                    checkTypes(shapes.shape(shape.member()), value.get(i), item(path, i));
                }
            }
            case "string" -> require(value.isTextual(), path, "a string");
            case "boolean" -> require(value.isBoolean(), path, "a boolean");
            case "integer" -> require(value.isIntegralNumber() && value.canConvertToInt(), path, "an integer");
            case "long" -> require(value.isIntegralNumber() && value.canConvertToLong(), path, "a long");
            case "float", "double" -> require(value.isNumber(), path, "a float");
            default -> {
                // no input of the model has another type (ApiModelConformanceTest compares the shapes with it)
            }
        }
    }

    private static void require(boolean rightType, String path, String expected) {
        if (!rightType) {
            throw ApiException.wrongType(path, expected);
        }
    }

    private void checkMembers(Shape structure, JsonNode value, String path, List<String> violations) {
        for (Map.Entry<String, String> member : structure.members().entrySet()) {
            JsonNode memberValue = value.get(member.getKey());
            String memberPath = child(path, member.getKey());
            if (memberValue == null || memberValue.isNull()) {
                if (structure.required().contains(member.getKey())) {
                    violations.add(ApiException.violation(null, memberPath, "not be null"));
                }
            } else {
                checkValue(shapes.shape(member.getValue()), memberValue, memberPath, violations);
            }
        }
    }

    private void checkValue(Shape shape, JsonNode value, String path, List<String> violations) {
        switch (shape.type()) {
            case "structure" -> checkMembers(shape, value, path, violations);
            case "list" -> {
                checkLength(shape, value.size(), value, path, violations);
                for (int i = 0; i < value.size(); i++) {
                    checkValue(shapes.shape(shape.member()), value.get(i), item(path, i), violations);
                }
            }
            case "string" -> {
                String text = value.textValue();
                if (!shape.enumValues().isEmpty() && !shape.enumValues().contains(text)) {
                    violations.add(violation(shape, value, path,
                            "satisfy enum value set: [" + String.join(", ", shape.enumValues()) + "]"));
                }
                if (shape.pattern() != null && !shape.pattern().matcher(text).matches()) {
                    violations.add(violation(shape, value, path,
                            "satisfy regular expression pattern: " + shape.pattern().pattern()));
                }
                checkLength(shape, text.codePointCount(0, text.length()), value, path, violations);
            }
            case "integer", "long", "float", "double" -> checkRange(shape, value, path, violations);
            default -> {
                // booleans have no constraints
            }
        }
    }

    /** A string's or a list's length against the shape's {@code min} and {@code max}. */
    private void checkLength(Shape shape, long length, JsonNode value, String path, List<String> violations) {
        if (outside(shape, length)) {
            violations.add(violation(shape, value, path, ApiException.lengthRule(length,
                    shape.min() == null ? 0 : shape.min().longValue(),
                    shape.max() == null ? Long.MAX_VALUE : shape.max().longValue())));
        }
    }

    /** A number against the shape's {@code min} and {@code max}. */
    private void checkRange(Shape shape, JsonNode value, String path, List<String> violations) {
        double number = value.doubleValue();
        if (outside(shape, number)) {
            violations.add(violation(shape, value, path, ApiException.rangeRule(number,
                    shape.min() == null ? Double.NEGATIVE_INFINITY : shape.min(),
                    shape.max() == null ? Double.POSITIVE_INFINITY : shape.max())));
        }
    }

    private static boolean outside(Shape shape, double measure) {
        return shape.min() != null && measure < shape.min() || shape.max() != null && measure > shape.max();
    }

    private String violation(Shape shape, JsonNode value, String path, String rule) {
        return shape.sensitive() ? ApiException.sensitiveViolation(path, rule)
                : ApiException.violation(shown(shape, value), path, rule);
    }

    /**
     * A value as AWS's message shows it, the {@code toString} of its model class: text as it is, a list as
     * {@code [a, b]}, a structure as {@code Shape(member=value, other=null)} (recorded on AWS for a routing
     * configuration: LocalStack's AWS-validated test_sfn_api_aliasing).
     */
    private String shown(Shape shape, JsonNode value) {
        return switch (shape.type()) {
            case "structure" -> {
                StringJoiner members = new StringJoiner(", ", shape.name() + "(", ")");
                shape.members().forEach((member, memberShape) -> {
                    JsonNode memberValue = value.get(member);
                    members.add(member + "=" + (memberValue == null || memberValue.isNull() ? "null"
                            : shown(shapes.shape(memberShape), memberValue)));
                });
                yield members.toString();
            }
            case "list" -> {
                StringJoiner items = new StringJoiner(", ", "[", "]");
                value.forEach(item -> items.add(shown(shapes.shape(shape.member()), item)));
                yield items.toString();
            }
            default -> value.asText();
        };
    }

    private static String child(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    /** AWS's path to a list's item: {@code tags.1.member}, counted from 1. */
    private static String item(String path, int index) {
        return path + "." + (index + 1) + ".member";
    }
}
