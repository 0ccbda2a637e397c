package dev.stepwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.runtime.task.TaskContext;
import dev.stepwise.runtime.task.TaskHandler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The task-retry workload's Task: per execution, attempts 1 and 2 fail with {@code CustomError}, attempt 3 returns
 * {@code {"ok": true, "attempts": 3, "id": <input.id>}}. Executions are told apart by their input {@code id}.
 *
 * <p>It fails as a handler that only means to raise an ASL error should: with a {@link StatesError}, which carries the
 * error name and cause and no stack trace. A handler's own exception class works too, but filling in its stack
 * trace (twenty-odd frames of the interpreter below the handler) is the handler's cost, not the runtime's: it took
 * 43% of this workload's warm unit.
 */
final class FlakyTask implements TaskHandler {

    static final int FAILING_ATTEMPTS = 2;
    static final String CUSTOM_ERROR = "CustomError";

    private final Map<JsonNode, Integer> attemptsById = new ConcurrentHashMap<>();

    @Override
    public JsonNode handle(JsonNode input, TaskContext context) {
        JsonNode id = input.path("id");
        int attempt = attemptsById.merge(id, 1, Integer::sum);
        if (attempt <= FAILING_ATTEMPTS) {
            throw new StatesError(CUSTOM_ERROR, "attempt " + attempt + " failed");
        }
        attemptsById.remove(id);
        return Json.NODES.objectNode().put("ok", true).put("attempts", attempt).set("id", id);
    }
}
