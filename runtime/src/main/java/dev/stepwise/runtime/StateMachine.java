package dev.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.StateMachineType;

import dev.stepwise.runtime.definition.MachinePlan;
import dev.stepwise.runtime.task.TaskHandler;
import java.util.Map;

/**
 * A loaded state machine: its definition compiled once, immutable, and startable any number of times, at once.
 * Loading a new definition under the same name gives a new {@code StateMachine} with the same ARN (an update);
 * published versions keep the one they were published from.
 *
 * <p>A generated workflow loaded from a bound {@code WorkflowSpec} carries its Task methods, so that its executions
 * run them however they are started: directly, through a published version or through an alias.
 */
public final class StateMachine {

    private final String name;
    private final String arn;
    private final MachinePlan plan;
    private final StateMachineSettings settings;
    /** Task state name to the workflow method standing in for it; empty for a plain definition. */
    private final Map<String, TaskHandler> boundTasks;
    /** Whether its executions may wait for a callback's or an activity worker's answer. */
    private final boolean mayAwaitAnswers;
    /** What a Standard execution's ARN starts with: its own ARN's {@code stateMachine} resource as {@code execution}. */
    private final String executionArnPrefix;

    StateMachine(String name, String arn, MachinePlan plan, StateMachineSettings settings) {
        this(name, arn, plan, settings, Map.of());
    }

    private StateMachine(String name, String arn, MachinePlan plan, StateMachineSettings settings,
            Map<String, TaskHandler> boundTasks) {
        this.name = name;
        this.arn = arn;
        this.plan = plan;
        this.settings = settings;
        this.boundTasks = Map.copyOf(boundTasks);
        this.mayAwaitAnswers = plan.flow().mayAwaitAnswers();
        this.executionArnPrefix = arn.replace(":stateMachine:", ":execution:") + ":";
    }

    /** The ARN of this machine's Standard execution {@code executionName}: made per start, so from a prefix made once. */
    String executionArn(String executionName) {
        return executionArnPrefix + executionName;
    }

    boolean mayAwaitAnswers() {
        return mayAwaitAnswers;
    }

    /** The same compiled machine, its Task states run by {@code tasks} when the runtime has no handler of its own. */
    StateMachine boundTo(Map<String, TaskHandler> tasks) {
        return tasks.isEmpty() ? this : new StateMachine(name, arn, plan, settings, tasks);
    }

    Map<String, TaskHandler> boundTasks() {
        return boundTasks;
    }

    public String name() {
        return name;
    }

    /** A local ARN in AWS's format, as {@code $$.StateMachine.Id} shows it. */
    public String arn() {
        return arn;
    }

    /** The compiled plan: the engine's, not part of the API. */
    MachinePlan plan() {
        return plan;
    }

    /** The definition as it was loaded. */
    public JsonNode definition() {
        return plan.source();
    }

    public StateMachineSettings settings() {
        return settings;
    }

    /** Standard or Express: Express executions have {@code express} ARNs and no redrive count. */
    public StateMachineType type() {
        return settings.type();
    }

    @Override
    public String toString() {
        return "StateMachine " + name;
    }
}
