package dev.stepwise.processor.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects grants and merges them into few statements without changing what they allow: grants with the same action
 * list and condition pool their resources, then statements of one service on the same resources under the same
 * condition pool their actions (so a table read and written gets one statement, while logging's and tracing's grants
 * on {@code *} stay apart and readable). Grants under different conditions never merge: a condition limits every
 * action and resource of its statement. A resource ending in {@code *} absorbs the others it matches by prefix
 * ({@code *} absorbs all, {@code function:*} absorbs {@code function:f}). Order is first use, so the output is
 * deterministic.
 */
final class PolicyAccumulator {

    static final String ANY = "*";

    private final Map<Grant, Set<String>> resourcesByGrant = new LinkedHashMap<>();

    void allow(List<String> actions, List<String> resources) {
        allow(actions, resources, Map.of());
    }

    void allow(List<String> actions, List<String> resources, Map<String, Map<String, List<String>>> condition) {
        resourcesByGrant.computeIfAbsent(new Grant(List.copyOf(actions), condition), key -> new LinkedHashSet<>())
                .addAll(resources);
    }

    List<PolicyStatement> statements() {
        Map<Target, Set<String>> actionsByTarget = new LinkedHashMap<>();
        resourcesByGrant.forEach((grant, resources) -> {
            List<String> pooled = withoutCovered(resources);
            actionsByTarget.computeIfAbsent(new Target(service(grant.actions().get(0)), pooled, grant.condition()),
                    key -> new LinkedHashSet<>()).addAll(grant.actions());
        });
        List<PolicyStatement> statements = new ArrayList<>();
        actionsByTarget.forEach((target, actions) ->
                statements.add(new PolicyStatement(List.copyOf(actions), target.resources(), target.condition())));
        return statements;
    }

    /** The resources no other resource's trailing-{@code *} pattern already matches (IAM's {@code *} spans colons too). */
    private static List<String> withoutCovered(Set<String> resources) {
        List<String> patterns = resources.stream().filter(r -> r.endsWith(ANY))
                .map(r -> r.substring(0, r.length() - 1)).toList();
        return resources.stream()
                .filter(r -> patterns.stream().noneMatch(p -> r.startsWith(p) && !r.equals(p + ANY)))
                .toList();
    }

    private static String service(String action) {
        return action.substring(0, action.indexOf(':') + 1);
    }

    private record Grant(List<String> actions, Map<String, Map<String, List<String>>> condition) {
    }

    private record Target(String service, List<String> resources, Map<String, Map<String, List<String>>> condition) {
    }
}
