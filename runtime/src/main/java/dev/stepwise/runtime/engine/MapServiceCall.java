package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.task.TaskHandler;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.clock.Clock;
import dev.stepwise.runtime.task.TaskContext;

/**
 * What an S3 handler called by a Distributed Map (ItemReader, ResultWriter) sees of the Map state: its name, the
 * reader's or writer's Resource, the context object; there is no task token and no heartbeat to send.
 */
record MapServiceCall(String stateName, String resource, StateScope scope, Clock clock) implements TaskContext {

    @Override
    public String taskToken() {
        return null;
    }

    @Override
    public JsonNode contextObject() {
        return scope.context();
    }

    @Override
    public void heartbeat() {
    }

    /**
     * The handler's answer to {@code request} ({@code null} as JSON null); whatever goes wrong in the call fails
     * the Map with {@code failure} ({@code States.ItemReaderFailed}, {@code States.ResultWriterFailed}), naming the
     * original error. A stop passes through.
     */
    JsonNode invoke(TaskHandler handler, JsonNode request, String failure) {
        try {
            JsonNode answer = handler.handle(request, this);
            return answer == null ? Json.NODES.nullNode() : answer;
        } catch (StatesError e) {
            throw new StatesError(failure, e.error() + (e.cause() == null ? "" : ": " + e.cause()));
        } catch (FlowStopped e) {
            throw e;
        } catch (Exception e) {
            throw new StatesError(failure, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }
}
