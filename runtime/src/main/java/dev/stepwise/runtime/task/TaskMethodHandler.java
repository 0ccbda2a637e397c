package dev.stepwise.runtime.task;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.workflow.TaskMethod;

/** Adapts a generated workflow's {@link TaskMethod} (JSON text in and out) to a {@link TaskHandler}. */
public final class TaskMethodHandler implements TaskHandler {

    private final TaskMethod method;

    public TaskMethodHandler(TaskMethod method) {
        this.method = method;
    }

    @Override
    public JsonNode handle(JsonNode input, TaskContext context) throws Exception {
        String output = method.invoke(Json.write(input));
        return output == null ? Json.NODES.nullNode() : Json.parse(output);
    }
}
