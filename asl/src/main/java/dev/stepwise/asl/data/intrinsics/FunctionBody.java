package dev.stepwise.asl.data.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;

/** What an intrinsic function computes from argument values that already have the declared types. */
@FunctionalInterface
interface FunctionBody {

    /**
     * @throws dev.stepwise.asl.error.StatesError {@code States.IntrinsicFailure} when the values are not usable
     */
    JsonNode apply(JsonNode[] args);
}
