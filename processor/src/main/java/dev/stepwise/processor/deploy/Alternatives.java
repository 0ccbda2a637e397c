package dev.stepwise.processor.deploy;

import static dev.stepwise.processor.deploy.Intrinsics.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Policy resources that only CloudFormation can work out, because they depend on what a {@code ${Placeholder}} will
 * hold. A function, table or event bus placeholder may hold a name or an ARN; a queue placeholder holds a URL; a
 * state machine placeholder may hold a version or alias ARN. The
 * deriver keeps a readable stand-in string in the statement (the resource as it would be for a name) and records
 * here the intrinsic expression the templates write instead, with the conditions it uses.
 */
final class Alternatives {

    private final Map<String, JsonNode> expressions = new LinkedHashMap<>();
    private final Map<String, JsonNode> conditions = new LinkedHashMap<>();

    /**
     * A name-or-ARN placeholder: the ARN it holds when it holds one, else {@code nameForm} (an ARN built around it).
     *
     * @param placeholder the placeholder's name
     * @param suffix      appended to the placeholder's value in the ARN form (e.g. {@code ":*"} for every version)
     * @return the stand-in resource string
     */
    String nameOrArn(String placeholder, String nameForm, String suffix) {
        String condition = placeholder + "IsArn";
        ObjectNode firstSegment = JSON.objectNode();
        firstSegment.putArray("Fn::Select").add(0).add(split(":", Intrinsics.ref(placeholder)));
        ObjectNode equals = JSON.objectNode();
        equals.putArray("Fn::Equals").add(firstSegment).add("arn");
        conditions.put(condition, equals);
        ObjectNode choice = JSON.objectNode();
        choice.putArray("Fn::If").add(condition)
                .add(JSON.objectNode().put("Fn::Sub", "${" + placeholder + "}" + suffix))
                .add(JSON.objectNode().put("Fn::Sub", nameForm));
        expressions.put(nameForm, choice);
        return nameForm;
    }

    /**
     * The ARN of the queue whose URL ({@code https://sqs.<region>.amazonaws.com/<account>/<name>}) a placeholder
     * holds, taken apart by CloudFormation.
     */
    String queueUrl(String placeholder) {
        String standIn = "arn:${AWS::Partition}:sqs:<region of ${" + placeholder + "}>:<account of ${" + placeholder
                + "}>:<name of ${" + placeholder + "}>";
        ObjectNode url = Intrinsics.ref(placeholder);
        ObjectNode host = select(2, split("/", url));
        ObjectNode join = JSON.objectNode();
        ArrayNode parts = join.putArray("Fn::Join").add("").addArray();
        parts.add("arn:").add(Intrinsics.ref("AWS::Partition")).add(":sqs:")
                .add(select(1, split(".", host))).add(":")
                .add(select(3, split("/", url))).add(":")
                .add(select(4, split("/", url)));
        expressions.put(standIn, join);
        return standIn;
    }

    /**
     * The state machine whose ARN, or version or alias ARN, a placeholder holds: the ARN's first seven fields
     * ({@code arn:<partition>:states:<region>:<account>:stateMachine:<name>}), joined by CloudFormation.
     */
    String stateMachineOf(String placeholder) {
        String standIn = "<state machine of ${" + placeholder + "}>";
        ObjectNode join = JSON.objectNode();
        ArrayNode fields = join.putArray("Fn::Join").add(":").addArray();
        for (int field = 0; field < 7; field++) {
            fields.add(select(field, split(":", Intrinsics.ref(placeholder))));
        }
        expressions.put(standIn, join);
        return standIn;
    }

    /**
     * The expressions the statements still use (a pooled {@code function:*} may have absorbed a stand-in), and the
     * conditions those use: CloudFormation's linter rightly flags a condition nothing uses.
     */
    Used usedBy(List<PolicyStatement> statements) {
        Map<String, JsonNode> used = new LinkedHashMap<>();
        statements.forEach(statement -> statement.resources().stream().filter(expressions::containsKey)
                .forEach(resource -> used.put(resource, expressions.get(resource))));
        Map<String, JsonNode> usedConditions = new LinkedHashMap<>();
        conditions.forEach((name, condition) -> {
            if (used.values().stream().anyMatch(expression -> expression.path("Fn::If").path(0).asText().equals(name))) {
                usedConditions.put(name, condition);
            }
        });
        return new Used(used, usedConditions);
    }

    /** Stand-in resources with their expressions, and conditions by name. */
    record Used(Map<String, JsonNode> expressions, Map<String, JsonNode> conditions) {
    }

    private static ObjectNode split(String delimiter, JsonNode text) {
        ObjectNode split = JSON.objectNode();
        split.putArray("Fn::Split").add(delimiter).add(text);
        return split;
    }

    private static ObjectNode select(int index, JsonNode list) {
        ObjectNode select = JSON.objectNode();
        select.putArray("Fn::Select").add(index).add(list);
        return select;
    }
}
