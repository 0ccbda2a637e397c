package dev.stepwise.processor.deploy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Task state's {@code Resource}, taken apart: a Lambda function ARN, an activity ARN, a service integration
 * ({@code arn:<partition>:states:::<service>:<action>[.sync|.sync:2|.waitForTaskToken]}), an AWS SDK integration
 * ({@code arn:<partition>:states:::aws-sdk:<service>:<action>[.waitForTaskToken]}), or something else.
 *
 * @param form    which of those it is
 * @param service the integrated service ({@code lambda}, {@code sqs}, ...; for the SDK form the SDK service name)
 * @param action  the API action as written, camelCase ({@code sendMessage})
 * @param mode    how Step Functions waits for the call
 */
record TaskResourceArn(Form form, String service, String action, Mode mode) {

    /**
     * PLACEHOLDER: the whole resource is one {@code ${Name}} substituted at deployment, SAM's way of naming a function
     * of the same template ({@code Resource: ${ChargeFunctionArn}}); it is taken for the Lambda function ARN it holds.
     */
    enum Form { LAMBDA_FUNCTION, PLACEHOLDER, ACTIVITY, INTEGRATION, SDK_INTEGRATION, UNRECOGNIZED }

    /** The integration pattern a resource suffix selects. */
    enum Mode {
        REQUEST_RESPONSE(""), SYNC(".sync"), SYNC_V2(".sync:2"), WAIT_FOR_TASK_TOKEN(".waitForTaskToken");

        private final String suffix;

        Mode(String suffix) {
            this.suffix = suffix;
        }

        boolean waitsForCompletion() {
            return this == SYNC || this == SYNC_V2;
        }

        String suffix() {
            return suffix;
        }
    }

    private static final Pattern LAMBDA = Pattern.compile("arn:[^:]+:lambda:[^:]*:[^:]*:function:.+");
    private static final Pattern ACTIVITY = Pattern.compile("arn:[^:]+:states:[^:]*:[^:]*:activity:.+");
    private static final Pattern INTEGRATION = Pattern.compile("arn:[^:]+:states:::(.+)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]+}");

    static TaskResourceArn parse(String resource) {
        if (LAMBDA.matcher(resource).matches()) {
            return new TaskResourceArn(Form.LAMBDA_FUNCTION, "lambda", "invoke", Mode.REQUEST_RESPONSE);
        }
        if (PLACEHOLDER.matcher(resource).matches()) {
            return new TaskResourceArn(Form.PLACEHOLDER, "lambda", "invoke", Mode.REQUEST_RESPONSE);
        }
        if (ACTIVITY.matcher(resource).matches()) {
            return new TaskResourceArn(Form.ACTIVITY, "states", null, Mode.REQUEST_RESPONSE);
        }
        Matcher integration = INTEGRATION.matcher(resource);
        if (!integration.matches()) {
            return new TaskResourceArn(Form.UNRECOGNIZED, null, null, Mode.REQUEST_RESPONSE);
        }
        String call = integration.group(1);
        Mode mode = Mode.REQUEST_RESPONSE;
        // SYNC_V2 before SYNC: ".sync:2" must not be read as ".sync" followed by junk
        for (Mode candidate : new Mode[] {Mode.SYNC_V2, Mode.SYNC, Mode.WAIT_FOR_TASK_TOKEN}) {
            if (call.endsWith(candidate.suffix)) {
                mode = candidate;
                call = call.substring(0, call.length() - candidate.suffix.length());
                break;
            }
        }
        String[] parts = call.split(":", -1);
        if (parts.length == 3 && parts[0].equals("aws-sdk") && !parts[1].isEmpty() && !parts[2].isEmpty()) {
            return new TaskResourceArn(Form.SDK_INTEGRATION, parts[1], parts[2], mode);
        }
        if (parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty() && !parts[0].equals("aws-sdk")) {
            return new TaskResourceArn(Form.INTEGRATION, parts[0], parts[1], mode);
        }
        return new TaskResourceArn(Form.UNRECOGNIZED, null, null, mode);
    }
}
