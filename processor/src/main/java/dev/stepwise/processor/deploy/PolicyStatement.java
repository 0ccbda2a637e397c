package dev.stepwise.processor.deploy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code "Effect": "Allow"} IAM statement. A resource may hold {@code ${...}} references (template parameters
 * or pseudo parameters such as {@code ${AWS::Region}}); the template writers wrap those in {@code Fn::Sub}.
 *
 * @param condition the statement's {@code Condition}: operator ({@code StringEquals}) to key
 *                  ({@code iam:PassedToService}) to values; empty when the statement has none
 */
public record PolicyStatement(List<String> actions, List<String> resources, Map<String, Map<String, List<String>>> condition) {

    public PolicyStatement {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        Map<String, Map<String, List<String>>> copy = new LinkedHashMap<>();
        condition.forEach((operator, keys) -> {
            Map<String, List<String>> values = new LinkedHashMap<>();
            keys.forEach((key, list) -> values.put(key, List.copyOf(list)));
            copy.put(operator, Collections.unmodifiableMap(values));
        });
        condition = Collections.unmodifiableMap(copy);
        if (actions.isEmpty() || resources.isEmpty()) {
            throw new IllegalArgumentException("a statement needs at least one action and one resource");
        }
    }

    public PolicyStatement(List<String> actions, List<String> resources) {
        this(actions, resources, Map.of());
    }
}
