package dev.stepwise.processor.testing;

import dev.stepwise.testsupport.SharedMaterial;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks generated templates against AWS's CloudFormation resource schemas (read from the shared reference folder at
 * test time, never copied into the project) with the networknt JSON Schema validator, draft-07.
 *
 * <p>Intrinsic functions are resolved before validation, honestly: CloudFormation replaces {@code Ref},
 * {@code Fn::GetAtt} and {@code Fn::Sub} by strings at deploy time, so each is replaced by an example string of the
 * form it would resolve to (an ARN of the referenced resource's type, a log group ARN ending in {@code :*}, ...).
 * A reference to a resource or parameter the template does not declare, or an intrinsic we do not know, is reported
 * as a problem rather than papered over. Read-only properties must not appear at all.
 */
public final class CloudFormationSchemas {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern IAM_ACTION = Pattern.compile("[a-z0-9-]+:[A-Za-z0-9]+");
    private static final String ACCOUNT_REGION = "us-east-1:123456789012";
    /** The @OnStatusChange resources, whose schemas the shared reference folder does not hold. */
    private static final java.util.Set<String> LINTED_ONLY = java.util.Set.of("AWS::Events::Rule",
            "AWS::SNS::TopicPolicy", "AWS::SQS::QueuePolicy", "AWS::Lambda::Permission");

    private final Map<String, ObjectNode> schemasByType = new HashMap<>();
    private final Map<String, JsonSchema> validatorsByType = new HashMap<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private CloudFormationSchemas(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                ObjectNode schema = (ObjectNode) MAPPER.readTree(file.toFile());
                // "$schema" names CloudFormation's provider meta-schema, which the validator would try to download;
                // the keywords that matter for validating properties are plain draft-07
                schema.remove("$schema");
                schemasByType.put(schema.get("typeName").textValue(), schema);
                validatorsByType.put(schema.get("typeName").textValue(), factory.getSchema(schema));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** AWS's schemas from the shared reference folder ({@link SharedMaterial}). */
    public static CloudFormationSchemas load() {
        return new CloudFormationSchemas(SharedMaterial.require("reference/cloudformation"));
    }

    public boolean knows(String type) {
        return schemasByType.containsKey(type);
    }

    /** Every problem of every resource in the template; empty when all validate. */
    public List<String> problems(ObjectNode template) {
        List<String> problems = new ArrayList<>();
        template.get("Resources").properties().forEach(resource -> {
            String id = resource.getKey();
            String type = resource.getValue().get("Type").textValue();
            ObjectNode properties = (ObjectNode) resource.getValue().get("Properties");
            List<String> found = new ArrayList<>();
            ObjectNode resolved = (ObjectNode) resolve(properties, template, found);
            if (LINTED_ONLY.contains(type)) {
                // no schema in the shared reference folder: cfn-lint (CfnLint), which has them all, checks these
            } else if (type.equals("AWS::Serverless::StateMachine")) {
                found.addAll(samProblems(resolved));
            } else if (knows(type)) {
                found.addAll(schemaProblems(type, resolved));
            } else {
                found.add("no schema for type " + type);
            }
            found.addAll(policyProblems(type, properties));
            found.forEach(problem -> problems.add(id + " (" + type + "): " + problem));
        });
        resolve(template.path("Outputs"), template, problems);
        return problems;
    }

    private List<String> schemaProblems(String type, ObjectNode properties) {
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : validatorsByType.get(type).validate(properties)) {
            problems.add(message.getMessage());
        }
        for (JsonNode pointer : schemasByType.get(type).path("readOnlyProperties")) {
            String property = pointer.textValue().substring("/properties".length());
            if (!properties.at(property).isMissingNode()) {
                problems.add("read-only property " + property + " must not appear in a template");
            }
        }
        return problems;
    }

    /**
     * SAM's state machine has no schema here, but most of its properties have the very shape of the plain state
     * machine's: validate those against AWS::StepFunctions::StateMachine's definitions.
     */
    private List<String> samProblems(ObjectNode properties) {
        ObjectNode stateMachine = schemasByType.get("AWS::StepFunctions::StateMachine");
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.set("definitions", stateMachine.get("definitions"));
        ObjectNode shapes = schema.putObject("properties");
        shapes.set("Name", stateMachine.at("/properties/StateMachineName"));
        shapes.set("Type", stateMachine.at("/properties/StateMachineType"));
        shapes.set("Definition", stateMachine.at("/properties/Definition"));
        shapes.set("DefinitionSubstitutions", stateMachine.at("/properties/DefinitionSubstitutions"));
        shapes.set("Role", stateMachine.at("/properties/RoleArn"));
        shapes.set("Logging", stateMachine.at("/properties/LoggingConfiguration"));
        shapes.set("Tracing", stateMachine.at("/properties/TracingConfiguration"));
        List<String> problems = new ArrayList<>();
        factory.getSchema(schema).validate(properties).forEach(message -> problems.add(message.getMessage()));
        return problems;
    }

    /** IAM takes policy documents as opaque objects in the schema: check their structure here. */
    private static List<String> policyProblems(String type, ObjectNode properties) {
        List<JsonNode> documents = new ArrayList<>();
        if (type.equals("AWS::IAM::Role")) {
            documents.add(properties.get("AssumeRolePolicyDocument"));
            properties.path("Policies").forEach(policy -> documents.add(policy.get("PolicyDocument")));
        } else if (type.equals("AWS::Serverless::StateMachine")) {
            properties.path("Policies").forEach(documents::add);
        }
        List<String> problems = new ArrayList<>();
        for (JsonNode document : documents) {
            if (!"2012-10-17".equals(document.path("Version").textValue())) {
                problems.add("policy document without Version 2012-10-17: " + document);
            }
            JsonNode statements = document.path("Statement");
            if (!statements.isArray() || statements.isEmpty()) {
                problems.add("policy document without statements: " + document);
            }
            for (JsonNode statement : statements) {
                if (!"Allow".equals(statement.path("Effect").textValue())) {
                    problems.add("statement without Effect Allow: " + statement);
                }
                List<JsonNode> actions = new ArrayList<>();
                statement.path("Action").forEach(actions::add);
                if (statement.path("Action").isTextual()) {
                    actions.add(statement.get("Action"));
                }
                if (actions.isEmpty() || !actions.stream().allMatch(a -> IAM_ACTION.matcher(a.asText()).matches())) {
                    problems.add("statement with missing or malformed actions: " + statement);
                }
                if (statement.path("Resource").isEmpty() && !statement.has("Principal")) {
                    problems.add("statement without resources: " + statement);
                }
            }
        }
        return problems;
    }

    /** A copy of the node with every intrinsic function replaced by an example of the string it resolves to. */
    private JsonNode resolve(JsonNode node, ObjectNode template, List<String> problems) {
        if (node.isObject() && node.size() == 1) {
            Entry<String, JsonNode> only = node.properties().iterator().next();
            if (only.getKey().equals("Ref") || only.getKey().startsWith("Fn::")) {
                return TextNode.valueOf(resolveIntrinsic(only.getKey(), only.getValue(), template, problems));
            }
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Entry<String, JsonNode> field : node.properties()) {
                // the ASL definition is Step Functions' JSON, not CloudFormation's: nothing in it is an intrinsic
                copy.set(field.getKey(), field.getKey().equals("Definition")
                        ? field.getValue()
                        : resolve(field.getValue(), template, problems));
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(resolve(element, template, problems)));
            return copy;
        }
        return node;
    }

    private String resolveIntrinsic(String function, JsonNode argument, ObjectNode template, List<String> problems) {
        switch (function) {
            case "Ref" -> {
                String name = argument.asText();
                if (template.path("Parameters").has(name) || name.startsWith("AWS::")) {
                    return "example-value";
                }
                return exampleRef(typeOf(name, template, problems), name, problems);
            }
            case "Fn::GetAtt" -> {
                String name = argument.get(0).asText();
                return exampleAttribute(typeOf(name, template, problems), argument.get(1).asText(), problems);
            }
            case "Fn::Sub" -> {
                Matcher variables = SUB_VARIABLE.matcher(argument.asText());
                while (variables.find()) {
                    String variable = variables.group(1);
                    if (!variable.startsWith("AWS::") && !template.path("Parameters").has(variable)) {
                        problems.add("Fn::Sub refers to undeclared ${" + variable + "}");
                    }
                }
                return variables.replaceAll("example");
            }
            case "Fn::If" -> {
                String condition = argument.get(0).asText();
                if (!template.path("Conditions").has(condition)) {
                    problems.add("Fn::If names undeclared condition " + condition);
                }
                // both branches must be valid; the first stands for the value
                String whenTrue = resolve(argument.get(1), template, problems).asText();
                resolve(argument.get(2), template, problems);
                return whenTrue;
            }
            case "Fn::Join" -> {
                List<String> parts = new ArrayList<>();
                argument.get(1).forEach(part -> parts.add(resolve(part, template, problems).asText()));
                return String.join(argument.get(0).asText(), parts);
            }
            case "Fn::Select", "Fn::Split" -> {
                resolve(argument.get(1), template, problems);
                return "example";
            }
            default -> {
                problems.add("unexpected intrinsic " + function);
                return "unresolved";
            }
        }
    }

    private static String typeOf(String logicalId, ObjectNode template, List<String> problems) {
        JsonNode resource = template.path("Resources").path(logicalId);
        if (resource.isMissingNode()) {
            String generated = samGeneratedType(logicalId, template);
            if (generated != null) {
                return generated;
            }
            problems.add("reference to undeclared resource " + logicalId);
            return "none";
        }
        return resource.get("Type").textValue();
    }

    /**
     * The type of a resource SAM generates for a state machine with {@code AutoPublishAlias} (its version,
     * {@code <id>Version}, and alias, {@code <id>Alias<name>}), as SAM's translator names them; null for any other ID.
     */
    private static String samGeneratedType(String logicalId, ObjectNode template) {
        for (Entry<String, JsonNode> resource : template.path("Resources").properties()) {
            JsonNode alias = resource.getValue().at("/Properties/AutoPublishAlias");
            if (!resource.getValue().path("Type").asText().equals("AWS::Serverless::StateMachine") || !alias.isTextual()) {
                continue;
            }
            if (logicalId.equals(resource.getKey() + "Version")) {
                return "AWS::StepFunctions::StateMachineVersion";
            }
            if (logicalId.equals(resource.getKey() + "Alias" + alias.textValue())) {
                return "AWS::StepFunctions::StateMachineAlias";
            }
        }
        return null;
    }

    private static String exampleRef(String type, String logicalId, List<String> problems) {
        String stateMachine = "arn:aws:states:" + ACCOUNT_REGION + ":stateMachine:Example";
        return switch (type) {
            case "AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine" -> stateMachine;
            case "AWS::StepFunctions::StateMachineVersion" -> stateMachine + ":1";
            case "AWS::StepFunctions::StateMachineAlias" -> stateMachine + ":live";
            case "AWS::IAM::Role" -> "example-role";
            case "AWS::Logs::LogGroup" -> "example-log-group";
            default -> {
                problems.add("Ref to " + logicalId + " of unexpected type " + type);
                yield "unresolved";
            }
        };
    }

    private static String exampleAttribute(String type, String attribute, List<String> problems) {
        switch (type + "." + attribute) {
            case "AWS::IAM::Role.Arn":
                return "arn:aws:iam::123456789012:role/example-role";
            case "AWS::Events::Rule.Arn":
                return "arn:aws:events:" + ACCOUNT_REGION + ":rule/example-rule";
            case "AWS::Logs::LogGroup.Arn":
                return "arn:aws:logs:" + ACCOUNT_REGION + ":log-group:example-log-group:*";
            case "AWS::StepFunctions::StateMachine.StateMachineRevisionId",
                 "AWS::Serverless::StateMachine.StateMachineRevisionId":
                return "example-revision-id";
            default:
                problems.add("Fn::GetAtt of unexpected attribute " + type + "." + attribute);
                return "unresolved";
        }
    }
}
