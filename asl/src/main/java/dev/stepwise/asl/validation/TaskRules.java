package dev.stepwise.asl.validation;

import dev.stepwise.asl.FieldBound;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.QueryLanguage;
import dev.stepwise.asl.StateMachineType;

/** A Task state's Resource, timeouts and credentials. */
final class TaskRules {

    private final ValidationContext context;
    private final ValueChecks checks;
    private final PayloadTemplates templates;

    TaskRules(ValidationContext context, ValueChecks checks, PayloadTemplates templates) {
        this.context = context;
        this.checks = checks;
        this.templates = templates;
    }

    void check(StateNode state) {
        resource(state);
        if (state.has("TimeoutSeconds")) {
            checks.boundedOrExpression(state, FieldBound.TASK_TIMEOUT_SECONDS);
        }
        if (state.has("HeartbeatSeconds")) {
            checks.boundedOrExpression(state, FieldBound.HEARTBEAT_SECONDS);
        }
        if (state.has("TimeoutSecondsPath")) {
            checks.path(state.get("TimeoutSecondsPath"), state.at("TimeoutSecondsPath"), "TimeoutSecondsPath");
        }
        if (state.has("HeartbeatSecondsPath")) {
            checks.path(state.get("HeartbeatSecondsPath"), state.at("HeartbeatSecondsPath"), "HeartbeatSecondsPath");
        }
        checks.notBoth(state, "TimeoutSeconds", "TimeoutSecondsPath");
        checks.notBoth(state, "HeartbeatSeconds", "HeartbeatSecondsPath");
        heartbeatBelowTimeout(state);
        if (state.has("Credentials")) {
            credentials(state);
        }
    }

    private void resource(StateNode state) {
        JsonNode resource = state.get("Resource");
        if (resource == null) {
            context.problems().schema(state.at(), "These fields are required: [Resource]");
            return;
        }
        checks.text(resource, state.at("Resource"), "Resource").ifPresent(arn -> {
            var pattern = TaskResources.recognise(arn);
            if (pattern.isEmpty()) {
                context.problems().schema(state.at("Resource"), "The resource provided " + arn + " is not"
                        + " recognized. The value is not a valid resource ARN, or the resource is not available"
                        + " in this region.");
            } else if (context.machineType() == StateMachineType.EXPRESS) {
                expressResource(state, arn, pattern.get());
            }
        });
    }

    /**
     * What an Express machine's Task may call: AWS's "Standard vs. Express Workflows" table says Express workflows
     * support neither the .sync and .waitForTaskToken patterns nor Step Functions activities.
     */
    private void expressResource(StateNode state, String arn, TaskResources.IntegrationPattern pattern) {
        if (TaskResources.isActivity(arn)) {
            context.problems().schema(state.at("Resource"), "Express state machine does not support Activity ARN;"
                    + " Express workflows do not run Step Functions activities");
        } else if (pattern != TaskResources.IntegrationPattern.REQUEST_RESPONSE) {
            context.problems().schema(state.at("Resource"), "Express state machine does not support '"
                    + pattern.suffix + "' service integration; Express workflows support only"
                    + " request-response integrations");
        }
    }

    private void heartbeatBelowTimeout(StateNode state) {
        JsonNode heartbeat = state.get("HeartbeatSeconds");
        JsonNode timeout = state.get("TimeoutSeconds");
        if (heartbeat != null && timeout != null && heartbeat.canConvertToExactIntegral()
                && timeout.canConvertToExactIntegral() && heartbeat.asLong() >= timeout.asLong()) {
            context.problems().schema(state.at("HeartbeatSeconds"), "HeartbeatSeconds (" + heartbeat.asLong()
                    + ") must be smaller than TimeoutSeconds (" + timeout.asLong() + ")");
        }
    }

    private void credentials(StateNode state) {
        JsonNode credentials = state.get("Credentials");
        if (!credentials.isObject()) {
            context.problems().schema(state.at("Credentials"), "The field 'Credentials' must be an object"
                    + " holding RoleArn");
            return;
        }
        // AWS's schema requires the role: RoleArn, or in a JSONPath state RoleArn.$ (a path or intrinsic).
        boolean role = credentials.has("RoleArn")
                || state.language() == QueryLanguage.JSONPATH && credentials.has("RoleArn.$");
        if (!role) {
            context.problems().schema(state.at("Credentials"), "These fields are required: [RoleArn]");
        }
        templates.check(credentials, state.at("Credentials"), state.language());
    }
}
