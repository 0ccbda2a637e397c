package dev.stepwise.server.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One Step Functions API operation: a request's members in, the response's members out. */
@FunctionalInterface
public interface Operation {

    /**
     * @throws ApiException when Step Functions would refuse the call
     */
    ObjectNode call(Request request);
}
