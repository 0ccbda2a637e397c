package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.runtime.TestStateStatus;
import dev.stepwise.runtime.definition.Retrier;

/**
 * TestState's one attempt at a state. AWS's TestState runs a state once: an error that a Retry takes while it has
 * attempts left ends the test as {@code RETRIABLE} (the Retry's index and the backoff it would wait), and one a Catch
 * takes as {@code CAUGHT_ERROR} (the Catch's index, its Next and output), instead of retrying or moving on. The caller
 * says how many retries the Retry has already made ({@code stateConfiguration.retrierRetryCount}), so a test can
 * see the retries run out. AWS documents both outcomes and {@code errorDetails} in "Testing retry and error
 * handling" (test-state-isolation) and the API reference's InspectionErrorDetails.
 */
final class TestedAttempt {

    private final int retrierRetryCount;
    private StatesError handledError;
    private int retryIndex = -1;
    private int retryBackoffSeconds;
    private int catchIndex = -1;

    TestedAttempt(int retrierRetryCount) {
        this.retrierRetryCount = retrierRetryCount;
    }

    /**
     * Whether the Retry at {@code index}, the first that matches {@code error}, still retries it: it does while the
     * retries already made are fewer than its MaxAttempts. The backoff is that of the next retry before jitter
     * (IntervalSeconds x BackoffRate^retries, capped by MaxDelaySeconds), in whole seconds as AWS's integer field.
     */
    boolean retries(int index, Retrier retrier, StatesError error) {
        if (retrierRetryCount >= retrier.maxAttempts()) {
            return false;
        }
        handledError = error;
        retryIndex = index;
        retryBackoffSeconds = (int) retrier.delaySeconds(retrierRetryCount + 1);
        return true;
    }

    /** The Catch at {@code index} took {@code error}. */
    void caught(int index, StatesError error) {
        handledError = error;
        catchIndex = index;
    }

    /** The status of a state that ended without an error escaping it (SUCCEEDED or CAUGHT_ERROR). */
    TestStateStatus endedStatus() {
        return catchIndex >= 0 ? TestStateStatus.CAUGHT_ERROR : TestStateStatus.SUCCEEDED;
    }

    /** The status of a state whose error escaped it (RETRIABLE or FAILED). */
    TestStateStatus failedStatus() {
        return retryIndex >= 0 ? TestStateStatus.RETRIABLE : TestStateStatus.FAILED;
    }

    /** The error a Retry or Catch took, or {@code null}. */
    StatesError handledError() {
        return handledError;
    }

    /** AWS's {@code inspectionData.errorDetails}, or {@code null} when no Retry or Catch took an error. */
    ObjectNode errorDetails() {
        if (retryIndex >= 0) {
            return Json.NODES.objectNode().put("retryBackoffIntervalSeconds", retryBackoffSeconds)
                    .put("retryIndex", retryIndex);
        }
        return catchIndex >= 0 ? Json.NODES.objectNode().put("catchIndex", catchIndex) : null;
    }
}
