package dev.stepwise.asl.validation;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Task {@code Resource} ARNs Step Functions recognises: Lambda functions, activities, AWS SDK integrations
 * ({@code arn:aws:states:::aws-sdk:service:action}) and the optimized integrations with their supported
 * integration patterns ({@code .sync}, {@code .sync:2}, {@code .waitForTaskToken}). An integration ARN may also
 * name a region and account ({@code arn:aws:states:us-east-1:123456789012:lambda:invoke}), as AWS accepts; both
 * or neither, in any partition ({@code aws}, {@code aws-cn}, {@code aws-us-gov}, ...).
 */
final class TaskResources {

    /** How a Task waits for its integration; Express machines support only {@link #REQUEST_RESPONSE}. */
    enum IntegrationPattern {
        REQUEST_RESPONSE(""), SYNC(".sync"), WAIT_FOR_TASK_TOKEN(".waitForTaskToken");

        final String suffix;

        IntegrationPattern(String suffix) {
            this.suffix = suffix;
        }
    }

    private static final Pattern PARTITION = Pattern.compile("arn:aws(-[a-z]+)*:");
    private static final Pattern LAMBDA_FUNCTION =
            Pattern.compile("arn:aws(-[a-z]+)*:lambda:[a-z0-9-]+:\\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?");
    private static final Pattern ACTIVITY =
            Pattern.compile("arn:aws(-[a-z]+)*:states:[a-z0-9-]+:\\d{12}:activity:[A-Za-z0-9_.-]+");
    /** {@code arn:aws:states:::} or {@code arn:aws:states:us-east-1:123456789012:}: what every integration starts with. */
    static final String INTEGRATION_PREFIX = "arn:aws(-[a-z]+)*:states:(?:[a-z0-9-]+:\\d{12}|:):";
    private static final Pattern INTEGRATION = Pattern.compile(
            INTEGRATION_PREFIX + "(?<service>[a-z0-9-]+):(?<action>[A-Za-z0-9]+)"
                    + "(?<pattern>\\.sync(:2)?|\\.waitForTaskToken)?");
    private static final Pattern SDK_INTEGRATION = Pattern.compile(
            INTEGRATION_PREFIX + "aws-sdk:(?<service>[a-z0-9.-]+):(?<action>[A-Za-z0-9]+)"
                    + "(?<pattern>\\.waitForTaskToken)?");

    private static final Set<IntegrationPattern> RR = Set.of(IntegrationPattern.REQUEST_RESPONSE);
    private static final Set<IntegrationPattern> RR_SYNC = Set.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.SYNC);
    private static final Set<IntegrationPattern> RR_TOKEN = Set.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN);
    private static final Set<IntegrationPattern> ALL = Set.of(IntegrationPattern.values());

    /** Optimized integrations: service, then action, then the patterns the action supports. */
    private static final Map<String, Map<String, Set<IntegrationPattern>>> OPTIMIZED = Map.ofEntries(
            Map.entry("lambda", Map.of("invoke", RR_TOKEN)),
            Map.entry("dynamodb", Map.of("getItem", RR, "putItem", RR, "updateItem", RR, "deleteItem", RR)),
            Map.entry("sns", Map.of("publish", RR_TOKEN)),
            Map.entry("sqs", Map.of("sendMessage", RR_TOKEN)),
            Map.entry("states", Map.of("startExecution", ALL)),
            Map.entry("events", Map.of("putEvents", RR_TOKEN)),
            Map.entry("apigateway", Map.of("invoke", RR_TOKEN)),
            Map.entry("http", Map.of("invoke", RR)),
            Map.entry("ecs", Map.of("runTask", ALL)),
            Map.entry("batch", Map.of("submitJob", RR_SYNC)),
            Map.entry("glue", Map.of("startJobRun", RR_SYNC)),
            Map.entry("databrew", Map.of("startJobRun", RR_SYNC)),
            Map.entry("mediaconvert", Map.of("createJob", RR_SYNC)),
            Map.entry("athena", Map.of("startQueryExecution", RR_SYNC, "stopQueryExecution", RR,
                    "getQueryExecution", RR, "getQueryResults", RR)),
            Map.entry("bedrock", Map.of("invokeModel", RR, "createModelCustomizationJob", ALL)),
            Map.entry("codebuild", Map.of("startBuild", RR_SYNC, "stopBuild", RR, "batchDeleteBuilds", RR,
                    "batchGetReports", RR, "startBuildBatch", RR_SYNC, "stopBuildBatch", RR,
                    "retryBuildBatch", RR_SYNC, "deleteBuildBatch", RR)),
            Map.entry("sagemaker", Map.of("createTrainingJob", RR_SYNC, "createTransformJob", RR_SYNC,
                    "createProcessingJob", RR_SYNC, "createHyperParameterTuningJob", RR_SYNC,
                    "createLabelingJob", RR_SYNC, "createModel", RR, "createEndpoint", RR,
                    "createEndpointConfig", RR, "updateEndpoint", RR)),
            Map.entry("eks", Map.of("createCluster", RR_SYNC, "deleteCluster", RR_SYNC,
                    "createFargateProfile", RR_SYNC, "deleteFargateProfile", RR_SYNC, "createNodegroup", RR_SYNC,
                    "deleteNodegroup", RR_SYNC, "runJob", RR_SYNC, "call", RR)),
            Map.entry("elasticmapreduce", Map.of("createCluster", RR_SYNC, "terminateCluster", RR_SYNC,
                    "addStep", RR_SYNC, "cancelStep", RR, "setClusterTerminationProtection", RR,
                    "modifyInstanceFleetByName", RR, "modifyInstanceGroupByName", RR)),
            Map.entry("emr-containers", Map.of("startJobRun", RR_SYNC, "createVirtualCluster", RR,
                    "deleteVirtualCluster", RR_SYNC)),
            Map.entry("emr-serverless", Map.of("createApplication", RR_SYNC, "startApplication", RR_SYNC,
                    "stopApplication", RR_SYNC, "deleteApplication", RR_SYNC, "startJobRun", RR_SYNC,
                    "cancelJobRun", RR_SYNC)));

    private TaskResources() {
    }

    /** The integration pattern a recognised ARN asks for, or empty when Step Functions would not recognise it. */
    static Optional<IntegrationPattern> recognise(String arn) {
        if (!PARTITION.matcher(arn).lookingAt()) {
            return Optional.empty();
        }
        if (LAMBDA_FUNCTION.matcher(arn).matches() || ACTIVITY.matcher(arn).matches()) {
            return Optional.of(IntegrationPattern.REQUEST_RESPONSE);
        }
        Matcher sdk = SDK_INTEGRATION.matcher(arn);
        if (sdk.matches()) {
            return Optional.of(patternOf(sdk.group("pattern")));
        }
        Matcher optimized = INTEGRATION.matcher(arn);
        if (optimized.matches()) {
            IntegrationPattern pattern = patternOf(optimized.group("pattern"));
            Set<IntegrationPattern> supported = OPTIMIZED.getOrDefault(optimized.group("service"), Map.of())
                    .getOrDefault(optimized.group("action"), Set.of());
            boolean sync2 = ".sync:2".equals(optimized.group("pattern"));
            if (supported.contains(pattern) && (!sync2 || "states".equals(optimized.group("service")))) {
                return Optional.of(pattern);
            }
        }
        return Optional.empty();
    }

    /** Whether the ARN names an activity, which only Standard machines run (an Express one has no workers). */
    static boolean isActivity(String arn) {
        return ACTIVITY.matcher(arn).matches();
    }

    private static IntegrationPattern patternOf(String suffix) {
        if (suffix == null) {
            return IntegrationPattern.REQUEST_RESPONSE;
        }
        return suffix.startsWith(".sync") ? IntegrationPattern.SYNC : IntegrationPattern.WAIT_FOR_TASK_TOKEN;
    }
}
