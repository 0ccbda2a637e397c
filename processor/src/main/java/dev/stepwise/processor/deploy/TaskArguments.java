package dev.stepwise.processor.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.jsonata.JsonataDelimiters;

/**
 * Reads the argument that names an integration's target (QueueUrl, TopicArn, ...) and tells whether it is known at
 * compile time. It is dynamic when chosen at run time: a JSONPath {@code "Name.$"} key, a JSONata
 * {@code "{% ... %}"} value, or anything but a string.
 */
final class TaskArguments {

    /** What a task says about one argument. */
    record Argument(Kind kind, String value) {
        enum Kind { ABSENT, STATIC, DYNAMIC }

        boolean isStatic() {
            return kind == Kind.STATIC;
        }

        boolean isDynamic() {
            return kind == Kind.DYNAMIC;
        }

        boolean isAbsent() {
            return kind == Kind.ABSENT;
        }
    }

    private static final Argument ABSENT = new Argument(Argument.Kind.ABSENT, null);
    private static final Argument DYNAMIC = new Argument(Argument.Kind.DYNAMIC, null);

    private TaskArguments() {
    }

    static Argument read(ObjectNode arguments, String name) {
        if (arguments.has(name + ".$")) {
            return DYNAMIC;
        }
        JsonNode value = arguments.get(name);
        if (value == null) {
            return ABSENT;
        }
        if (!value.isTextual() || isJsonata(value.textValue())) {
            return DYNAMIC;
        }
        return new Argument(Argument.Kind.STATIC, value.textValue());
    }

    private static boolean isJsonata(String text) {
        return JsonataDelimiters.isExpression(text.trim());
    }
}
