package dev.stepwise.processor.validate;

import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problems;
import dev.stepwise.processor.diag.Sites;
import dev.stepwise.processor.model.FlowModel;
import dev.stepwise.processor.model.StateModel;
import java.util.HashMap;
import java.util.Map;

/**
 * Warns when two flows of one workflow have Task states of the same name: ASL allows it (names are unique per
 * flow), but the generated binding maps tasks by state name, so locally only the first would run.
 */
public final class TaskNameValidator {

    private final Sites sites;
    private final Problems problems = new Problems();
    private final Map<String, String> flowOfTask = new HashMap<>();

    private TaskNameValidator(Sites sites) {
        this.sites = sites;
    }

    public static ValidationReport validate(FlowModel flow, Sites sites) {
        var validator = new TaskNameValidator(sites);
        validator.flow(flow);
        return new ValidationReport(validator.problems.snapshot());
    }

    private void flow(FlowModel flow) {
        for (StateModel state : flow.states()) {
            if (state instanceof StateModel.Task task) {
                String first = flowOfTask.putIfAbsent(task.name(), flow.className());
                if (first != null && !first.equals(flow.className())) {
                    problems.add(Message.AMBIGUOUS_TASK_NAME, sites.of(task), task.name(),
                            first.substring(first.lastIndexOf('.') + 1));
                }
            } else if (state instanceof StateModel.Parallel parallel) {
                parallel.branches().forEach(this::flow);
            } else if (state instanceof StateModel.Map map) {
                flow(map.processor());
            }
        }
    }
}
