package dev.stepwise.runtime.definition;

import java.util.Arrays;

/**
 * A Task's {@code Resource} ARN, read the way history events report it: {@code arn:aws:states:::lambda:invoke}
 * gives resourceType {@code lambda} and resource {@code invoke}; an AWS SDK integration names its service in the
 * type, {@code arn:aws:states:::aws-sdk:s3:listObjects} giving {@code aws-sdk:s3} and {@code listObjects} (as the
 * histories AWS recorded show); a plain Lambda function ARN is a
 * {@link Kind#LAMBDA_FUNCTION} (history then uses {@code LambdaFunction*} events); an activity ARN an activity.
 *
 * <p>An integration ARN may name a region and account ({@code arn:aws:states:us-east-1:123456789012:lambda:invoke});
 * it is the same integration as the region-less form, reported with that region.
 */
public record TaskResource(String arn, Kind kind, String resourceType, String resource, String region) {

    /** How AWS invokes the resource, which decides the history event family. */
    public enum Kind { SERVICE_INTEGRATION, LAMBDA_FUNCTION, ACTIVITY, OTHER }

    /** What AWS SDK integrations start with after the ARN's account: the service follows it. */
    private static final String SDK_PREFIX = "aws-sdk:";

    /** The region history reports for a region-less integration ARN: the local runtime's account lives there. */
    private static final String DEFAULT_REGION = "us-east-1";

    public static TaskResource parse(String arn) {
        String[] parts = arn.split(":", -1);
        String region = parts.length > 3 ? parts[3] : "";
        if (isIntegration(parts)) {
            String rest = String.join(":", Arrays.copyOfRange(parts, 5, parts.length));
            int colon = rest.indexOf(':', rest.startsWith(SDK_PREFIX) ? SDK_PREFIX.length() : 0);
            String type = colon < 0 ? rest : rest.substring(0, colon);
            String action = colon < 0 ? "" : rest.substring(colon + 1);
            return new TaskResource(arn, Kind.SERVICE_INTEGRATION, type, action,
                    region.isEmpty() ? DEFAULT_REGION : region);
        }
        if (parts.length >= 7 && parts[2].equals("lambda") && parts[5].equals("function")) {
            return new TaskResource(arn, Kind.LAMBDA_FUNCTION, "lambda", arn, region);
        }
        if (parts.length >= 7 && parts[2].equals("states") && parts[5].equals("activity")) {
            return new TaskResource(arn, Kind.ACTIVITY, "activity", arn, region);
        }
        return new TaskResource(arn, Kind.OTHER, parts.length > 2 ? parts[2] : "", arn, region);
    }

    /**
     * The integration ARN without its region and account ({@code arn:aws:states:us-east-1:123456789012:lambda:invoke}
     * gives {@code arn:aws:states:::lambda:invoke}); any other ARN as it is.
     */
    public static String regionless(String arn) {
        int states = arn.indexOf(":states:");
        if (states < 0 || arn.startsWith(":", states + ":states:".length())) {
            return arn; // not a Step Functions ARN, or region-less already: the common case, without splitting
        }
        String[] parts = arn.split(":", -1);
        if (!isIntegration(parts) || parts[3].isEmpty()) {
            return arn;
        }
        return parts[0] + ":" + parts[1] + ":states:::" + String.join(":", Arrays.copyOfRange(parts, 5, parts.length));
    }

    /** {@code arn:partition:states:::service:action}, or the same with a region and an account (not an activity). */
    private static boolean isIntegration(String[] parts) {
        if (parts.length < 6 || !parts[2].equals("states")) {
            return false;
        }
        boolean regionless = parts[3].isEmpty() && parts[4].isEmpty();
        boolean regional = !parts[3].isEmpty() && !parts[4].isEmpty() && !parts[5].equals("activity");
        return regionless || regional;
    }

    /** {@code .waitForTaskToken}: the task completes when the token is returned, not when the handler returns. */
    public boolean waitsForTaskToken() {
        return arn.endsWith(".waitForTaskToken");
    }

    /**
     * The job-run pattern ({@code .sync}, {@code .sync:2}): the task ends with the job, or sooner when its token is
     * answered, as AWS's API model documents SendTaskSuccess: "used by ... Task states using the job run pattern".
     */
    public boolean runsJob() {
        return kind == Kind.SERVICE_INTEGRATION && (resource.endsWith(".sync") || resource.endsWith(".sync:2"));
    }

    /**
     * Whether SendTaskSuccess, SendTaskFailure or SendTaskHeartbeat with the task's token reaches it: a callback, a
     * job run or an activity.
     */
    public boolean answerableWithToken() {
        return waitsForTaskToken() || runsJob() || kind == Kind.ACTIVITY;
    }
}
