package dev.stepwise.processor.deploy;

import java.util.List;

/**
 * One {@code "Effect": "Allow"} IAM statement. A resource may hold {@code ${...}} references (template parameters
 * or pseudo parameters such as {@code ${AWS::Region}}); the template writers wrap those in {@code Fn::Sub}.
 */
public record PolicyStatement(List<String> actions, List<String> resources) {

    public PolicyStatement {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        if (actions.isEmpty() || resources.isEmpty()) {
            throw new IllegalArgumentException("a statement needs at least one action and one resource");
        }
    }
}
