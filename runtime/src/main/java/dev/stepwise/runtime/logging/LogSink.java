package dev.stepwise.runtime.logging;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where log records go: the local stand-in for a CloudWatch Logs group. Called from execution threads, possibly
 * several at once, so implementations must be thread-safe.
 */
@FunctionalInterface
public interface LogSink {

    /**
     * Takes one record in the CloudWatch Logs format ({@code id}, {@code type}, {@code details},
     * {@code previous_event_id}, {@code event_timestamp}, {@code execution_arn}, {@code redrive_count}).
     */
    void write(ObjectNode record);
}
