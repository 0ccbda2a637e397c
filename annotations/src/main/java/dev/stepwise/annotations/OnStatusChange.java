package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sends the workflow's "Step Functions Execution Status Change" events with one of these statuses to a target: the
 * templates get an EventBridge rule on this state machine's executions, the rule's target and the permission the
 * target needs (a topic or queue policy, a Lambda permission, or a role EventBridge assumes).
 *
 * <pre>{@code @OnStatusChange(statuses = {Status.FAILED, Status.TIMED_OUT}, target = "arn:aws:sns:us-east-1:123456789012:alerts")}</pre>
 *
 * <p>The target is an ARN of an SNS topic, an SQS queue, a Lambda function, a state machine or an event bus. Its
 * partition, region and account may be the stack's pseudo parameters, which the template fills in:
 * {@code "arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:alerts"}. The service and the name are written
 * out, since they decide the permission EventBridge is given.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(OnStatusChange.List.class)
public @interface OnStatusChange {

    /** The statuses that trigger the rule. */
    Status[] statuses();

    /** Where the events go. */
    String target();

    /** Execution statuses as EventBridge reports them. */
    enum Status { RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, PENDING_REDRIVE }

    /** Holds repeated {@link OnStatusChange} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        OnStatusChange[] value();
    }
}
