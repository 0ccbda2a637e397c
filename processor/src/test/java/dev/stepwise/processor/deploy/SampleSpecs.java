package dev.stepwise.processor.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.processor.deploy.PublishSpec.DeploymentPreference;
import dev.stepwise.processor.deploy.PublishSpec.RoutingWeight;
import java.util.List;
import java.util.Map;

/** Realistic workflows, as the processor would project them; their tasks are read from their own definitions. */
final class SampleSpecs {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SampleSpecs() {
    }

    /** Lambda + SQS + DynamoDB, generated role and log group, tracing, tags, a canary alias. */
    static DeploymentSpec orderProcessing() {
        ObjectNode definition = json("""
                {
                  "Comment": "Validate, store and ship an order",
                  "StartAt": "validate",
                  "TimeoutSeconds": 3600,
                  "States": {
                    "validate": {
                      "Type": "Task",
                      "Resource": "arn:aws:lambda:us-east-1:123456789012:function:validate-order",
                      "InputPath": "$.order",
                      "ResultPath": "$.validation",
                      "Next": "store"
                    },
                    "store": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::dynamodb:putItem",
                      "Parameters": {
                        "TableName": "Orders",
                        "Item": {"id": {"S.$": "$.order.id"}, "total": {"N.$": "States.Format('{}', $.validation.total)"}}
                      },
                      "ResultPath": null,
                      "Next": "load"
                    },
                    "load": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::dynamodb:getItem",
                      "Parameters": {"TableName": "Orders", "Key": {"id": {"S.$": "$.order.id"}}},
                      "ResultPath": "$.stored",
                      "Next": "ship"
                    },
                    "ship": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::sqs:sendMessage",
                      "Parameters": {
                        "QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/shipments",
                        "MessageBody.$": "$.order"
                      },
                      "End": true
                    }
                  }
                }
                """);
        return tasksOf(DeploymentSpec.builder("com.example.orders.OrderProcessing", "OrderProcessing", definition), definition)
                .tag("team", "checkout")
                .tag("cost-center", "4711")
                .logging(new LoggingSpec(LoggingSpec.Level.ERROR, false, null))
                .tracing(true)
                .publish(PublishSpec.gradual("live", "adds the stock check", DeploymentPreference.canary(10, 5)))
                .build();
    }

    /** A given role, no logging, a nested .sync:2 workflow, an S3 SDK call to a placeholder bucket, fixed routing. */
    static DeploymentSpec nightlyReport() {
        ObjectNode definition = json("""
                {
                  "StartAt": "collect",
                  "States": {
                    "collect": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::states:startExecution.sync:2",
                      "Parameters": {
                        "StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:CollectMetrics",
                        "Input": {"day.$": "$.day"}
                      },
                      "ResultSelector": {"metrics.$": "$.Output"},
                      "Next": "publish"
                    },
                    "publish": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::aws-sdk:s3:putObject",
                      "Parameters": {
                        "Bucket": "${ReportBucket}",
                        "Key.$": "States.Format('reports/{}.json', $.day)",
                        "Body.$": "$.metrics"
                      },
                      "End": true
                    }
                  }
                }
                """);
        return tasksOf(DeploymentSpec.builder("com.example.reports.NightlyReport", "NightlyReport", definition), definition)
                .roleArn("arn:aws:iam::123456789012:role/service-role/nightly-report")
                .tag("team", "analytics")
                .publish(PublishSpec.routed("stable", null, List.of(
                        RoutingWeight.newVersion(90),
                        new RoutingWeight("arn:aws:states:us-east-1:123456789012:stateMachine:NightlyReport:3", 10))))
                .build();
    }

    /** EXPRESS, run-time targets (dynamic FunctionName), SNS topic and Lambda function from placeholders, events. */
    static DeploymentSpec scoreFanOut() {
        ObjectNode definition = json("""
                {
                  "QueryLanguage": "JSONata",
                  "StartAt": "score",
                  "States": {
                    "score": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::lambda:invoke",
                      "Arguments": {"FunctionName": "${ScoreFunction}", "Payload": "{% $states.input %}"},
                      "Next": "route"
                    },
                    "route": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::lambda:invoke",
                      "Arguments": {"FunctionName": "{% $states.input.router %}", "Payload": "{% $states.input %}"},
                      "Next": "notify"
                    },
                    "notify": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::sns:publish",
                      "Arguments": {"TopicArn": "${AlertsTopicArn}", "Message": "{% $string($states.input) %}"},
                      "Next": "announce"
                    },
                    "announce": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::events:putEvents",
                      "Arguments": {"Entries": [
                        {"EventBusName": "scores", "Source": "scoring", "DetailType": "Scored", "Detail": "{% $states.input %}"}
                      ]},
                      "End": true
                    }
                  }
                }
                """);
        return tasksOf(DeploymentSpec.builder("com.example.scoring.ScoreFanOut", "ScoreFanOut", definition), definition)
                .type(StateMachineType.EXPRESS)
                .logging(new LoggingSpec(LoggingSpec.Level.ALL, true,
                        "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/scoring:*"))
                .publish(PublishSpec.gradual("prod", "linear rollout", DeploymentPreference.linear(25, 10)))
                .build();
    }

    static Map<String, DeploymentSpec> all() {
        return Map.of("order-processing", orderProcessing(), "nightly-report", nightlyReport(),
                "score-fan-out", scoreFanOut());
    }

    static ObjectNode json(String text) {
        try {
            return (ObjectNode) MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The Task states of a flat definition, as the processor's model would list them. */
    private static DeploymentSpec.Builder tasksOf(DeploymentSpec.Builder builder, ObjectNode definition) {
        for (Map.Entry<String, JsonNode> state : definition.get("States").properties()) {
            JsonNode body = state.getValue();
            if (body.path("Type").asText().equals("Task")) {
                ObjectNode arguments = body.has("Arguments") ? (ObjectNode) body.get("Arguments")
                        : (ObjectNode) body.get("Parameters");
                builder.task(new TaskResource(state.getKey(), body.get("Resource").asText(), arguments));
            }
        }
        return builder;
    }
}
