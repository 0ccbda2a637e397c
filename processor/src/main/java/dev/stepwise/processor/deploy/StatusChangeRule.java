package dev.stepwise.processor.deploy;

import java.util.List;
import java.util.Objects;

/**
 * An EventBridge rule on the state machine's "Step Functions Execution Status Change" events.
 *
 * @param statuses the execution statuses that match ({@code FAILED}, {@code TIMED_OUT}, ...)
 * @param target   the ARN the matching events go to: an SNS topic, SQS queue, Lambda function, state machine or bus
 */
public record StatusChangeRule(List<String> statuses, String target) {

    public StatusChangeRule {
        statuses = List.copyOf(statuses);
        Objects.requireNonNull(target, "target");
    }
}
