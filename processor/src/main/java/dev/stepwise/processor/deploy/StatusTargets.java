package dev.stepwise.processor.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The targets EventBridge can send a rule's events to, and how each is allowed to receive them: SNS topics and SQS
 * queues through a resource policy, Lambda functions through a permission, state machines and event buses through
 * a role EventBridge assumes.
 *
 * @param service the target's service: {@code sns}, {@code sqs}, {@code lambda}, {@code states} or {@code events}
 * @param arn     the target's ARN, which may hold the stack's pseudo parameters (write it with {@link #arnValue})
 */
record StatusTargets(String service, String arn, String region, String account, String name) {

    /**
     * The partition, region and account may be the pseudo parameters of the stack the template is deployed as
     * ({@code ${AWS::Partition}}, {@code ${AWS::Region}}, {@code ${AWS::AccountId}}); the service and the name must
     * be given, since they decide which permission the target needs.
     */
    private static final Pattern TARGET = Pattern.compile(
            "arn:(?:aws[a-z-]*|\\$\\{AWS::Partition}):(sns|sqs|lambda|states|events):([a-z0-9-]+|\\$\\{AWS::Region}):"
                    + "(\\d{12}|\\$\\{AWS::AccountId}):(?:function:|stateMachine:|event-bus/)?([A-Za-z0-9_.:/-]+)");

    static Optional<StatusTargets> of(String arn) {
        Matcher target = TARGET.matcher(arn);
        if (!target.matches()) {
            return Optional.empty();
        }
        return Optional.of(new StatusTargets(target.group(1), arn, target.group(2), target.group(3), target.group(4)));
    }

    /** The ARN as a template value: {@code Fn::Sub} of it when it holds pseudo parameters. */
    JsonNode arnValue() {
        return Intrinsics.substituted(arn);
    }

    /** The queue URL SQS's queue policy takes, for a queue target. */
    String queueUrl() {
        return "https://sqs." + region + ".${AWS::URLSuffix}/" + account + "/" + name;
    }
}
