package dev.stepwise.processor.validate;

import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problems;
import dev.stepwise.processor.diag.Sites;
import dev.stepwise.processor.diag.Suggestions;
import dev.stepwise.processor.diag.Where;
import dev.stepwise.processor.model.Catcher;
import dev.stepwise.processor.model.FlowModel;
import dev.stepwise.processor.model.StateModel;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks each flow's state graph, as Step Functions would when the definition is created: unique names, known
 * targets, every state reachable from StartAt, and some path that ends.
 */
public final class GraphValidator {

    private final Sites sites;
    private final Problems problems = new Problems();
    private final Set<String> validated = new HashSet<>();

    private GraphValidator(Sites sites) {
        this.sites = sites;
    }

    public static ValidationReport validate(FlowModel flow, Sites sites) {
        var validator = new GraphValidator(sites);
        validator.flow(flow);
        return new ValidationReport(validator.problems.snapshot());
    }

    private void flow(FlowModel flow) {
        if (flow.states().isEmpty() || !validated.add(flow.className())) {
            return;
        }
        int before = problems.snapshot().size();
        Set<String> names = new LinkedHashSet<>();
        for (StateModel state : flow.states()) {
            if (!names.add(state.name())) {
                problems.add(Message.DUPLICATE_STATE, sites.of(state), state.name(), simpleName(flow));
            }
        }
        for (StateModel state : flow.states()) {
            checkTargets(flow, state, names);
        }
        // With duplicate names or unknown targets the graph is not what the user meant: reachability errors
        // would only repeat the same mistake.
        if (problems.snapshot().size() == before) {
            checkReachability(flow);
        }
        for (StateModel state : flow.states()) {
            if (state instanceof StateModel.Parallel parallel) {
                parallel.branches().forEach(this::flow);
            } else if (state instanceof StateModel.Map map) {
                flow(map.processor());
            }
        }
    }

    private void checkTargets(FlowModel flow, StateModel state, Set<String> names) {
        Where where = sites.of(state);
        state.transition().filter(t -> !t.isEnd() && !names.contains(t.next())).ifPresent(t ->
                problems.add(Message.UNKNOWN_NEXT, where.on("Next", "value"), t.next(), simpleName(flow),
                        Suggestions.didYouMean(t.next(), names)));
        List<Catcher> catchers = state.errorHandling().catchers();
        for (int k = 0; k < catchers.size(); k++) {
            String next = catchers.get(k).next();
            if (!names.contains(next)) {
                problems.add(Message.UNKNOWN_CATCH_TARGET, where.on("Catch", k, "next"), next, simpleName(flow),
                        Suggestions.didYouMean(next, names));
            }
        }
        if (state instanceof StateModel.Choice choice) {
            for (int k = 0; k < choice.rules().size(); k++) {
                String next = choice.rules().get(k).next();
                if (!names.contains(next)) {
                    problems.add(Message.UNKNOWN_WHEN_TARGET, where.on("When", k, "next"), next, simpleName(flow),
                            Suggestions.didYouMean(next, names));
                }
            }
            String fallback = choice.defaultTarget();
            if (fallback != null && !names.contains(fallback)) {
                problems.add(Message.UNKNOWN_DEFAULT, where.on("Default", "value"), fallback, simpleName(flow),
                        Suggestions.didYouMean(fallback, names));
            }
        }
    }

    private void checkReachability(FlowModel flow) {
        Set<String> reached = new HashSet<>();
        var queue = new ArrayDeque<String>();
        queue.add(flow.startAt());
        boolean ends = false;
        while (!queue.isEmpty()) {
            String name = queue.poll();
            StateModel state = flow.state(name).orElse(null);
            if (state == null || !reached.add(name)) {
                continue;
            }
            ends |= terminal(state);
            queue.addAll(state.targets());
        }
        for (StateModel state : flow.states()) {
            if (!reached.contains(state.name())) {
                problems.add(Message.UNREACHABLE_STATE, sites.of(state), state.name(), flow.startAt());
            }
        }
        if (!ends) {
            problems.add(Message.NO_TERMINAL_STATE, Where.type(flow.className()), simpleName(flow));
        }
    }

    private static boolean terminal(StateModel state) {
        return state instanceof StateModel.Succeed || state instanceof StateModel.Fail
                || state.transition().map(t -> t.isEnd()).orElse(false);
    }

    private static String simpleName(FlowModel flow) {
        String name = flow.className();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
