package dev.stepwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.task.TaskContext;
import dev.stepwise.runtime.task.TaskHandler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The task-retry workload's Task: per execution, attempts 1 and 2 fail with {@code CustomError}, attempt 3 returns
 * {@code {"ok": true, "attempts": 3, "id": <input.id>}}. Executions are told apart by their input {@code id}.
 */
final class FlakyTask implements TaskHandler {

    static final int FAILING_ATTEMPTS = 2;

    private final Map<JsonNode, Integer> attemptsById = new ConcurrentHashMap<>();

    @Override
    public JsonNode handle(JsonNode input, TaskContext context) throws CustomError {
        JsonNode id = input.path("id");
        int attempt = attemptsById.merge(id, 1, Integer::sum);
        if (attempt <= FAILING_ATTEMPTS) {
            throw new CustomError("attempt " + attempt + " failed");
        }
        attemptsById.remove(id);
        return Json.NODES.objectNode().put("ok", true).put("attempts", attempt).set("id", id);
    }

    /** Its simple name is the ASL error name the Retry matches. */
    static final class CustomError extends Exception {
        CustomError(String message) {
            super(message);
        }
    }
}
