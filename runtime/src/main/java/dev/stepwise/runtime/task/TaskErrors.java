package dev.stepwise.runtime.task;

import dev.stepwise.asl.error.StatesError;
import dev.stepwise.workflow.ErrorName;

/** Turns what a handler throws into the ASL error a Retry or Catch sees. */
public final class TaskErrors {

    private TaskErrors() {
    }

    public static StatesError fromException(Throwable thrown) {
        if (thrown instanceof StatesError error) {
            return error;
        }
        ErrorName name = thrown.getClass().getAnnotation(ErrorName.class);
        String error = name != null ? name.value() : thrown.getClass().getSimpleName();
        return new StatesError(error, thrown.getMessage() == null ? "" : thrown.getMessage());
    }
}
