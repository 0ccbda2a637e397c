package dev.stepwise.processor.deploy;

import java.util.Map;

/**
 * The IAM action an AWS SDK integration ({@code arn:aws:states:::aws-sdk:<service>:<action>}) needs: the IAM
 * prefix of the service and the action with its first letter upper-cased, except where IAM names them otherwise.
 */
final class SdkIamActions {

    /** SDK service names whose IAM prefix differs (CDK's CallAwsService map, plus EventBridge). */
    private static final Map<String, String> IAM_PREFIX = Map.of(
            "bedrockagent", "bedrock",
            "cloudwatchlogs", "logs",
            "efs", "elasticfilesystem",
            "elasticloadbalancingv2", "elasticloadbalancing",
            "eventbridge", "events",
            "mediapackagevod", "mediapackage-vod",
            "mwaa", "airflow",
            "sfn", "states");

    /** API operations authorised by an IAM action of another name. */
    private static final Map<String, String> AUTHORISED_BY = Map.of(
            "lambda:invoke", "lambda:InvokeFunction",
            "s3:listObjectsV2", "s3:ListBucket",
            "s3:listObjects", "s3:ListBucket",
            "s3:headObject", "s3:GetObject",
            "s3:headBucket", "s3:ListBucket");

    private SdkIamActions() {
    }

    static String iamService(String sdkService) {
        return IAM_PREFIX.getOrDefault(sdkService, sdkService);
    }

    static String iamAction(String sdkService, String action) {
        String prefix = iamService(sdkService);
        return AUTHORISED_BY.getOrDefault(prefix + ":" + action, prefix + ":" + upperFirst(action));
    }

    static String upperFirst(String action) {
        return action.isEmpty() ? action : Character.toUpperCase(action.charAt(0)) + action.substring(1);
    }
}
