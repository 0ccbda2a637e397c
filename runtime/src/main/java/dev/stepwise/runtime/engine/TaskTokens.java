package dev.stepwise.runtime.engine;

import dev.stepwise.asl.data.PayloadSize;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.AslLimits;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.runtime.executions.ApiRefusedException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The task tokens a runtime has handed out for an answer (callbacks, activities and {@code .sync} jobs), and the SendTaskSuccess,
 * SendTaskFailure and SendTaskHeartbeat calls that answer them, refused as AWS refuses them.
 */
public final class TaskTokens {

    public static final String INVALID_TOKEN = "InvalidToken";
    public static final String TASK_DOES_NOT_EXIST = "TaskDoesNotExist";
    public static final String TASK_TIMED_OUT = "TaskTimedOut";
    public static final String INVALID_OUTPUT = "InvalidOutput";

    /** The runtime's tokens: UUIDs drawn from each execution's seeded random ({@link ExecutionRun#newTaskToken}). */
    private static final Pattern TOKEN = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** How many answered or timed-out tokens are remembered, to refuse them as closed rather than unknown. */
    private static final int REMEMBERED_CLOSED = 10_000;

    private final Map<String, PendingTask> open = new ConcurrentHashMap<>();
    private final Map<String, Boolean> closed = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_CLOSED;
        }
    };

    void open(PendingTask task) {
        open.put(task.token(), task);
    }

    /** Ends a task's token: it is answered, timed out, or its execution moved on. */
    void close(PendingTask task) {
        task.close();
        // remembered as closed before it leaves the open ones: a send meanwhile finds it in one or the other
        synchronized (closed) {
            closed.put(task.token(), Boolean.TRUE);
        }
        open.remove(task.token(), task);
    }

    /** SendTaskSuccess. */
    public void succeed(String token, JsonNode output) {
        if (output == null) {
            throw new ApiRefusedException(INVALID_OUTPUT, "The provided JSON output data is not valid: no output");
        }
        switch (PayloadSize.fit(output, AslLimits.MAX_PAYLOAD_BYTES)) {
            case TOO_LARGE -> throw new ApiRefusedException(INVALID_OUTPUT, "The provided JSON output data is not "
                    + "valid: it is larger than the " + AslLimits.MAX_PAYLOAD_BYTES + "-byte payload limit");
            case TOO_DEEP -> throw new ApiRefusedException(INVALID_OUTPUT, "The provided JSON output data is not "
                    + "valid: it nests deeper than " + Json.MAX_DEPTH + " levels");
            case FITS -> {
            }
        }
        answer(token, output, null);
    }

    /** SendTaskSuccess with the output as JSON text, as the API carries it. */
    public void succeed(String token, String outputJson) {
        JsonNode output;
        try {
            output = outputJson == null || outputJson.length() > AslLimits.MAX_PAYLOAD_BYTES ? null
                    : Json.parse(outputJson);
        } catch (IllegalArgumentException e) {
            throw new ApiRefusedException(INVALID_OUTPUT, "The provided JSON output data is not valid: "
                    + e.getMessage());
        }
        if (output == null && outputJson != null) {
            throw new ApiRefusedException(INVALID_OUTPUT, "The provided JSON output data is not valid: it is larger "
                    + "than the " + AslLimits.MAX_PAYLOAD_BYTES + "-byte payload limit");
        }
        succeed(token, output);
    }

    /** SendTaskFailure; {@code error} and {@code cause} may be {@code null}, as on AWS. */
    public void fail(String token, String error, String cause) {
        // the API model's length limits count characters (code points, as Smithy's length trait does), not UTF-16
        // units: the endpoint checks the same requests so
        if (error != null && error.codePointCount(0, error.length()) > 256) {
            throw new ApiRefusedException("ValidationException", "error must be at most 256 characters long");
        }
        if (cause != null && cause.codePointCount(0, cause.length()) > 32_768) {
            throw new ApiRefusedException("ValidationException", "cause must be at most 32768 characters long");
        }
        answer(token, null, new StatesError(error, cause));
    }

    /** SendTaskHeartbeat: restarts the task's HeartbeatSeconds interval (never its TimeoutSeconds). */
    public void heartbeat(String token) {
        if (!find(token).beat()) {
            throw closedRefusal();
        }
    }

    private void answer(String token, JsonNode output, StatesError failure) {
        if (!find(token).answer(output, failure)) {
            throw closedRefusal();
        }
    }

    private PendingTask find(String token) {
        if (token == null || token.isEmpty() || token.length() > 2048 || !TOKEN.matcher(token).matches()) {
            throw new ApiRefusedException(INVALID_TOKEN, "Invalid token");
        }
        PendingTask task = open.get(token);
        if (task == null) {
            boolean known;
            synchronized (closed) {
                known = closed.containsKey(token);
            }
            throw known ? closedRefusal()
                    : new ApiRefusedException(TASK_DOES_NOT_EXIST, "Task does not exist: " + token);
        }
        return task;
    }

    /**
     * AWS answers a token whose task has ended (timed out, answered, or its state otherwise left) with TaskTimedOut:
     * "the task token has either expired or the task associated with the token has already been closed".
     */
    private static ApiRefusedException closedRefusal() {
        return new ApiRefusedException(TASK_TIMED_OUT, "Task Timed Out: 'Provided task does not exist anymore'");
    }
}
