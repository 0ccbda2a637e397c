package dev.stepwise.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.executions.ApiRefusedException;
import dev.stepwise.server.protocol.Request;
import dev.stepwise.server.protocol.WireJson;

/** SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat: the answers to callback, activity and .sync job tasks. */
final class CallbackOperations {

    private final LocalRuntime runtime;

    CallbackOperations(LocalRuntime runtime) {
        this.runtime = runtime;
    }

    ObjectNode success(Request request) {
        String token = request.string("taskToken");
        String output = request.string("output");
        return answered(() -> runtime.sendTaskSuccess(token, output));
    }

    ObjectNode failure(Request request) {
        String token = request.string("taskToken");
        String error = request.optionalString("error");
        String cause = request.optionalString("cause");
        return answered(() -> runtime.sendTaskFailure(token, error, cause));
    }

    ObjectNode heartbeat(Request request) {
        String token = request.string("taskToken");
        return answered(() -> runtime.sendTaskHeartbeat(token));
    }

    /** Runs a send, with the runtime's refusals (InvalidToken, TaskDoesNotExist, TaskTimedOut...) as AWS's. */
    private static ObjectNode answered(Runnable send) {
        try {
            send.run();
        } catch (ApiRefusedException e) {
            throw Refusals.of(e);
        }
        return WireJson.object();
    }
}
