package dev.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.events.ExecutionListener;
import dev.stepwise.runtime.events.ExecutionStatusChange;
import dev.stepwise.workflow.WorkflowMetadata;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The local side of {@code @OnStatusChange}: a generated workflow's status change events go, as EventBridge would
 * deliver them, to the handler the runtime's builder registered for the rule's target ARN. The rules are the ones
 * the deployment template turns into EventBridge rules, so a test sees what the topic, queue or function would get.
 */
final class StatusChangeRouting implements ExecutionListener {

    private final Map<String, List<Consumer<JsonNode>>> targets;
    private final Map<String, List<WorkflowMetadata.StatusRule>> rulesByMachine = new ConcurrentHashMap<>();

    StatusChangeRouting(Map<String, List<Consumer<JsonNode>>> targets) {
        this.targets = Map.copyOf(targets);
    }

    /** Routes the status changes of executions of {@code machineArn} (its versions and aliases included). */
    void register(String machineArn, List<WorkflowMetadata.StatusRule> rules) {
        if (!rules.isEmpty()) {
            rulesByMachine.put(machineArn, List.copyOf(rules));
        }
    }

    @Override
    public void statusChanged(ExecutionStatusChange change) {
        List<WorkflowMetadata.StatusRule> rules = rulesOf(change.stateMachineArn());
        for (WorkflowMetadata.StatusRule rule : rules) {
            if (rule.statuses().contains(change.status().name())) {
                targets.getOrDefault(rule.target(), List.of())
                        .forEach(handler -> handler.accept(change.toEventBridgeJson()));
            }
        }
    }

    @Override
    public boolean wantsEvents() {
        return false;
    }

    private List<WorkflowMetadata.StatusRule> rulesOf(String stateMachineArn) {
        List<WorkflowMetadata.StatusRule> rules = rulesByMachine.get(stateMachineArn);
        if (rules != null) {
            return rules;
        }
        // a version or alias ARN is the machine's ARN with a qualifier
        int qualifier = stateMachineArn.lastIndexOf(':');
        return qualifier < 0 ? List.of() : rulesByMachine.getOrDefault(stateMachineArn.substring(0, qualifier), List.of());
    }
}
