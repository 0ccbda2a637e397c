package dev.stepwise.processor.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What an HTTP Task ({@code arn:aws:states:::http:invoke}) needs, from the Step Functions guide's "Call HTTPS APIs"
 * page: {@code states:InvokeHTTPEndpoint} on the state machine itself, {@code events:RetrieveConnectionCredentials}
 * on the EventBridge connection it authenticates with, and read access to the secret EventBridge keeps for that
 * connection, which AWS's page grants as {@code secret:events!connection/*} (the secret's name is EventBridge's, not
 * the task's). It is not an AWS API call, so the IAM mapping, which lists those, has no entry for it.
 */
final class HttpTaskGrants {

    static final List<String> CONNECTION_SECRET_ACTIONS =
            List.of("secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue");

    private HttpTaskGrants() {
    }

    static boolean covers(TaskResourceArn arn) {
        return arn.service().equals("http") && arn.action().equals("invoke");
    }

    static void grant(TaskArguments args, DeploymentSpec spec, PolicyAccumulator grants) {
        grants.allow(List.of("states:InvokeHTTPEndpoint"), List.of(OwnStateMachine.arn(spec)));
        grants.allow(List.of("events:RetrieveConnectionCredentials"), List.of(connection(args)));
        grants.allow(CONNECTION_SECRET_ACTIONS,
                List.of("arn:${AWS::Partition}:secretsmanager:*:*:secret:events!connection/*"));
    }

    /** The connection named in {@code Authentication.ConnectionArn}, or every one of the stack's when chosen at run time. */
    private static String connection(TaskArguments args) {
        JsonNode authentication = args.get("Authentication");
        if (authentication instanceof ObjectNode fields) {
            TaskArguments.Argument arn = TaskArguments.within(fields).read("ConnectionArn");
            if (arn.isStatic()) {
                return arn.value();
            }
        }
        return TargetArns.inStack("events", "connection/*");
    }
}
