package dev.stepwise.processor.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.jsonata.JsonataDelimiters;

/**
 * What a Task passes to the resource it calls ({@code Parameters} or {@code Arguments}), read one argument at a time
 * (QueueUrl, TopicArn, ...): each is absent, known at compile time, or chosen at run time. An argument is chosen at
 * run time when it is a JSONPath {@code "Name.$"} key, a JSONata {@code "{% ... %}"} value or anything but a string,
 * and every argument is when the arguments as a whole are one JSONata expression: then none is known to be absent.
 */
public final class TaskArguments {

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

    /** No arguments: a Lambda function resource, an activity, a call without Parameters. */
    public static final TaskArguments NONE = new TaskArguments(JsonNodeFactory.instance.objectNode(), false);
    /** Arguments computed as a whole when the state runs ({@code "Arguments": "{% $states.input.request %}"}). */
    public static final TaskArguments CHOSEN_AT_RUN_TIME = new TaskArguments(JsonNodeFactory.instance.objectNode(), true);

    private static final Argument ABSENT = new Argument(Argument.Kind.ABSENT, null);
    private static final Argument DYNAMIC = new Argument(Argument.Kind.DYNAMIC, null);

    private final ObjectNode fields;
    private final boolean chosenAtRunTime;

    private TaskArguments(ObjectNode fields, boolean chosenAtRunTime) {
        this.fields = fields;
        this.chosenAtRunTime = chosenAtRunTime;
    }

    /** The arguments written as a JSON object (copied); {@code null} is {@link #NONE}. */
    public static TaskArguments of(ObjectNode fields) {
        return fields == null ? NONE : new TaskArguments(fields.deepCopy(), false);
    }

    Argument read(String name) {
        if (chosenAtRunTime || fields.has(name + ".$")) {
            return DYNAMIC;
        }
        JsonNode value = fields.get(name);
        if (value == null) {
            return ABSENT;
        }
        if (!value.isTextual() || isJsonata(value.textValue())) {
            return DYNAMIC;
        }
        return new Argument(Argument.Kind.STATIC, value.textValue());
    }

    /** The argument as written (an array, an object, ...), or {@code null} when it is absent or chosen at run time. */
    JsonNode get(String name) {
        return fields.get(name);
    }

    /** The arguments as written: empty when there are none or when they are chosen at run time as a whole. */
    ObjectNode fields() {
        return fields.deepCopy();
    }

    /** Reads the fields of an object argument (an entry of {@code Entries}, {@code Authentication}, ...). */
    static TaskArguments within(ObjectNode object) {
        return new TaskArguments(object, false);
    }

    private static boolean isJsonata(String text) {
        return JsonataDelimiters.isExpression(text.trim());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TaskArguments that && chosenAtRunTime == that.chosenAtRunTime
                && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode() * 31 + Boolean.hashCode(chosenAtRunTime);
    }

    @Override
    public String toString() {
        return chosenAtRunTime ? "<chosen at run time>" : fields.toString();
    }
}
