package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.AslLimits;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.data.PayloadSize;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.asl.error.StatesErrors;

/**
 * AWS's 256 KiB limit on what a task or a state returns, and the {@code States.DataLimitExceeded} that a result
 * past it raises, in AWS's words ("The state/task '...' returned a result with a size exceeding the maximum number
 * of bytes service limit.").
 */
final class ResultLimit {

    private ResultLimit() {
    }

    /** The error a result past the limit raises, naming who returned it; {@code null} when it fits. */
    static StatesError exceededBy(String returnedBy, JsonNode result) {
        PayloadSize.Fit fit = PayloadSize.fit(result, AslLimits.MAX_PAYLOAD_BYTES);
        if (fit == PayloadSize.Fit.FITS) {
            return null;
        }
        return new StatesError(StatesErrors.DATA_LIMIT_EXCEEDED, "The state/task '" + returnedBy
                + (fit == PayloadSize.Fit.TOO_DEEP
                        ? "' returned a result nested deeper than " + Json.MAX_DEPTH + " levels."
                        : "' returned a result with a size exceeding the maximum number of bytes service limit."));
    }
}
