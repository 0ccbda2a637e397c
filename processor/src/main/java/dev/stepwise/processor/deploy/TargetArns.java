package dev.stepwise.processor.deploy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the names integrations take (a queue URL, a table name, a function name, ...) into the ARNs IAM wants.
 * A resource that lives in the deploying stack's account and region is written with CloudFormation pseudo
 * parameters ({@code ${AWS::Partition}}, {@code ${AWS::Region}}, {@code ${AWS::AccountId}}), as CDK's
 * {@code Stack.formatArn} does; the template writers resolve them with {@code Fn::Sub}.
 */
final class TargetArns {

    private static final Pattern QUEUE_URL = Pattern.compile(
            "https://(?:sqs\\.([a-z0-9-]+)\\.amazonaws\\.com(\\.cn)?|([a-z0-9-]+)\\.queue\\.amazonaws\\.com(\\.cn)?"
                    + "|(queue)\\.amazonaws\\.com)/([^/]+)/([^/]+)/?");
    private static final Pattern FUNCTION_ARN = Pattern.compile("(arn:[^:]+:lambda:[^:]+:[^:]+:function:[^:]+)(:[^:]+)?");
    private static final Pattern PARTIAL_FUNCTION_ARN = Pattern.compile("([^:]+):function:([^:]+)(:[^:]+)?");
    private static final Pattern FUNCTION_NAME = Pattern.compile("([^:]+)(:[^:]+)?");
    private static final Pattern STATE_MACHINE_ARN =
            Pattern.compile("arn:([^:]+):states:([^:]+):([^:]+):stateMachine:([^:]+)(:[^:]+)?");

    private TargetArns() {
    }

    /** An ARN in the deploying stack's partition, region and account. */
    static String inStack(String service, String resource) {
        return "arn:${AWS::Partition}:" + service + ":${AWS::Region}:${AWS::AccountId}:" + resource;
    }

    /**
     * The queue ARN for a queue URL, when the URL has one of SQS's forms. The partition is the stack's: no call
     * crosses partitions, so a queue the state machine can reach is in its own.
     */
    static Optional<String> queue(String queueUrl) {
        Matcher url = QUEUE_URL.matcher(queueUrl);
        if (!url.matches()) {
            return Optional.empty();
        }
        String region = url.group(1) != null ? url.group(1) : url.group(3) != null ? url.group(3) : "us-east-1";
        return Optional.of("arn:${AWS::Partition}:sqs:" + region + ":" + url.group(6) + ":" + url.group(7));
    }

    /**
     * The unqualified function ARN for any form {@code lambda:invoke} accepts as {@code FunctionName}: a name, a
     * partial ARN ({@code 123456789012:function:name}) or a full ARN, each with an optional version or alias.
     * Grants go to this ARN and to {@code ARN:*} (every version and alias), as CDK grants them.
     */
    static String function(String functionName) {
        Matcher full = FUNCTION_ARN.matcher(functionName);
        if (full.matches()) {
            return full.group(1);
        }
        Matcher partial = PARTIAL_FUNCTION_ARN.matcher(functionName);
        if (partial.matches()) {
            return "arn:${AWS::Partition}:lambda:${AWS::Region}:" + partial.group(1) + ":function:" + partial.group(2);
        }
        Matcher name = FUNCTION_NAME.matcher(functionName);
        return inStack("lambda", "function:" + (name.matches() ? name.group(1) : functionName));
    }

    static List<String> functionAndQualifiers(String functionArn) {
        return List.of(functionArn, functionArn + ":*");
    }

    /** A DynamoDB table ARN; {@code TableName} may itself be an ARN. */
    static String table(String tableName) {
        return tableName.startsWith("arn:") ? tableName : inStack("dynamodb", "table/" + tableName);
    }

    /** An EventBridge bus ARN; {@code EventBusName} may be a name or an ARN, and absent means the default bus. */
    static String eventBus(String nameOrArn) {
        return nameOrArn.startsWith("arn:") ? nameOrArn : inStack("events", "event-bus/" + nameOrArn);
    }

    /**
     * The executions of a child state machine, as the Step Functions guide's "IAM policies for AWS Step Functions"
     * scopes them: {@code execution:<name>:*} in the child's partition, region and account (an alias or version ARN
     * has the same executions as its state machine). Not CDK's {@code execution:<name>*}, which also reaches the
     * executions of every state machine whose name merely starts with the child's.
     */
    static Optional<String> executionsOf(String stateMachineArn) {
        Matcher arn = STATE_MACHINE_ARN.matcher(stateMachineArn);
        if (!arn.matches()) {
            return Optional.empty();
        }
        return Optional.of("arn:" + arn.group(1) + ":states:" + arn.group(2) + ":" + arn.group(3)
                + ":execution:" + arn.group(4) + ":*");
    }

    /**
     * The state machine a state machine, version or alias ARN belongs to: Step Functions authorizes a call on a
     * version or alias with the state machine's ARN (the guide's "Authorization for versions and aliases").
     */
    static Optional<String> stateMachine(String stateMachineArn) {
        Matcher arn = STATE_MACHINE_ARN.matcher(stateMachineArn);
        if (!arn.matches()) {
            return Optional.empty();
        }
        return Optional.of("arn:" + arn.group(1) + ":states:" + arn.group(2) + ":" + arn.group(3)
                + ":stateMachine:" + arn.group(4));
    }

    /** An S3 object ARN when a key is known, else the bucket's. S3 ARNs have no region or account. */
    static String s3(String bucket, String key) {
        return "arn:${AWS::Partition}:s3:::" + bucket + (key == null ? "" : "/" + key);
    }

    /** An IAM role ARN of the stack's account for a role name ({@code *}: every role). IAM ARNs have no region. */
    static String role(String name) {
        return "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/" + name;
    }
}
