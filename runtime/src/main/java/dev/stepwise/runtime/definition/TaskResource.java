package dev.stepwise.runtime.definition;

/**
 * A Task's {@code Resource} ARN, read the way history events report it: {@code arn:aws:states:::lambda:invoke}
 * gives resourceType {@code lambda} and resource {@code invoke}; a plain Lambda function ARN is a
 * {@link Kind#LAMBDA_FUNCTION} (history then uses {@code LambdaFunction*} events); an activity ARN an activity.
 */
public record TaskResource(String arn, Kind kind, String resourceType, String resource, String region) {

    /** How AWS invokes the resource, which decides the history event family. */
    public enum Kind { SERVICE_INTEGRATION, LAMBDA_FUNCTION, ACTIVITY, OTHER }

    public static TaskResource parse(String arn) {
        String[] parts = arn.split(":", -1);
        if (parts.length >= 6 && parts[2].equals("states") && parts[3].isEmpty() && parts[4].isEmpty()) {
            String rest = String.join(":", java.util.Arrays.copyOfRange(parts, 5, parts.length));
            int colon = rest.indexOf(':');
            String type = colon < 0 ? rest : rest.substring(0, colon);
            String action = colon < 0 ? "" : rest.substring(colon + 1);
            return new TaskResource(arn, Kind.SERVICE_INTEGRATION, type, action, "us-east-1");
        }
        String region = parts.length > 3 ? parts[3] : "";
        if (parts.length >= 7 && parts[2].equals("lambda") && parts[5].equals("function")) {
            return new TaskResource(arn, Kind.LAMBDA_FUNCTION, "lambda", arn, region);
        }
        if (parts.length >= 7 && parts[2].equals("states") && parts[5].equals("activity")) {
            return new TaskResource(arn, Kind.ACTIVITY, "activity", arn, region);
        }
        return new TaskResource(arn, Kind.OTHER, parts.length > 2 ? parts[2] : "", arn, region);
    }

    /** {@code .waitForTaskToken}: the task completes when the token is returned, not when the handler returns. */
    public boolean waitsForTaskToken() {
        return arn.endsWith(".waitForTaskToken");
    }
}
