package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
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
}
