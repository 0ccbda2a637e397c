package dev.stepwise.test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.Execution;
import java.util.List;

/** The CloudWatch-style log records one execution wrote, as an {@link ExecutionRecorder} kept them. */
public record ExecutionLogs(Execution execution, List<ObjectNode> records) {

    /** The records' {@code type} fields, in order. */
    public List<String> types() {
        return records.stream().map(record -> record.path("type").asText()).toList();
    }
}
