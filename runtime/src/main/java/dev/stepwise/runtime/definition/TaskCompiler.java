package dev.stepwise.runtime.definition;

import dev.stepwise.asl.validation.Problems;

import dev.stepwise.runtime.definition.DataFlowCompiler.Scope;

/** Compiles a Task state: its Resource, timeouts, data flow and error handling. */
final class TaskCompiler {

    private TaskCompiler() {
    }

    static StatePlan compile(String name, Fields f, Problems problems, boolean jsonata) {
        String resource = f.requiredString("Resource");
        NumberSetting timeout = FieldCompiler.number(f, "TimeoutSeconds", problems, jsonata);
        NumberSetting heartbeat = FieldCompiler.number(f, "HeartbeatSeconds", problems, jsonata);
        return new TaskPlan(name, resource == null ? null : TaskResource.parse(resource),
                DataFlowCompiler.compile(f, problems, jsonata, Scope.FULL), timeout, heartbeat,
                ErrorHandlingCompiler.compile(f, problems, jsonata),
                StateCompiler.transition(f, problems));
    }
}
