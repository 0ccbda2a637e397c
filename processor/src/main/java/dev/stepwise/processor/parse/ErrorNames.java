package dev.stepwise.processor.parse;

import java.util.Set;

/** The error names Step Functions predefines; user errors must not use the {@code States.} prefix. */
final class ErrorNames {

    static final String ALL = "States.ALL";
    static final String RESERVED_PREFIX = "States.";

    static final Set<String> PREDEFINED = Set.of(ALL, "States.Timeout", "States.HeartbeatTimeout",
            "States.TaskFailed", "States.Permissions", "States.ResultPathMatchFailure", "States.ParameterPathFailure",
            "States.BranchFailed", "States.NoChoiceMatched", "States.IntrinsicFailure",
            "States.ExceedToleratedFailureThreshold", "States.ItemReaderFailed", "States.ResultWriterFailed",
            "States.QueryEvaluationError", "States.DataLimitExceeded", "States.Runtime");

    private ErrorNames() {
    }
}
