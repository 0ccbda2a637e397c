package dev.stepwise.processor.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which IAM actions, on which resources, each Task resource needs: facts from AWS's Service Authorization Reference,
 * the Step Functions Developer Guide and the iam-dataset mapping of SDK methods to IAM actions, kept as data in
 * {@code iam-actions.json} beside this class (the file says where each fact comes from). A call the data does not
 * list has no mapping: the deriver grants nothing for it and warns, rather than guess an action name.
 */
final class IamMapping {

    /**
     * One grant: these actions on the resource of this kind, built from the named arguments.
     *
     * @param when      the grant applies only when the call passes one of these arguments (empty: always)
     * @param condition the statement's condition, operator to key to values; a value may be an {@link ArnTemplate}
     *                  ({@code "{ExecutionRoleArn}"}) that the call's arguments fill
     */
    record Grant(List<String> actions, ResourceKind resource, List<String> from, List<String> when,
                 Map<String, Map<String, List<String>>> condition) {
    }

    private static final IamMapping INSTANCE = load();

    private final Map<String, String> iamPrefixes;
    private final Map<String, List<Grant>> sdk;
    private final Map<String, List<Grant>> optimized;
    private final Map<String, List<Grant>> mapStorage;
    private final List<Grant> assumedRole;

    private IamMapping(Map<String, String> iamPrefixes, Map<String, List<Grant>> sdk, Map<String, List<Grant>> optimized,
                       Map<String, List<Grant>> mapStorage, List<Grant> assumedRole) {
        this.iamPrefixes = Map.copyOf(iamPrefixes);
        this.sdk = Map.copyOf(sdk);
        this.optimized = Map.copyOf(optimized);
        this.mapStorage = Map.copyOf(mapStorage);
        this.assumedRole = List.copyOf(assumedRole);
    }

    static IamMapping instance() {
        return INSTANCE;
    }

    /** The grants of {@code arn:aws:states:::aws-sdk:<service>:<api>}, if the mapping lists that API. */
    Optional<List<Grant>> sdk(String service, String api) {
        return Optional.ofNullable(sdk.get(service + ":" + api));
    }

    /**
     * The grants of an optimized integration in the given mode. A callback ({@code .waitForTaskToken}) makes the same
     * call as request-response, so it needs what request-response needs.
     */
    Optional<List<Grant>> optimized(String service, String api, TaskResourceArn.Mode mode) {
        String key = service + ":" + api;
        return Optional.ofNullable(optimized.get(mode.waitsForCompletion() ? key + mode.suffix() : key));
    }

    /** The IAM prefix of an SDK service name ({@code sfn} is {@code states}). */
    String iamPrefix(String sdkService) {
        return iamPrefixes.getOrDefault(sdkService, sdkService);
    }

    /** The grants of a Distributed Map's ItemReader or ResultWriter resource ({@code s3:getObject}, ...). */
    Optional<List<Grant>> mapStorage(String service, String api) {
        return Optional.ofNullable(mapStorage.get(service + ":" + api));
    }

    /** What a Task with {@code Credentials} needs: to assume the role it names, which then makes the call. */
    List<Grant> assumedRole() {
        return assumedRole;
    }

    /** Every SDK API and optimized integration the mapping lists, as {@code sdk:<service>:<api>} and {@code <service>:<api>[suffix]}. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        sdk.keySet().forEach(key -> keys.add("sdk:" + key));
        keys.addAll(optimized.keySet());
        return keys;
    }

    private static IamMapping load() {
        try (InputStream in = IamMapping.class.getResourceAsStream("iam-actions.json")) {
            if (in == null) {
                throw new IllegalStateException("iam-actions.json is missing from the processor's jar");
            }
            JsonNode root = Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, String> prefixes = new HashMap<>();
            root.get("iamPrefixes").properties().forEach(e -> prefixes.put(e.getKey(), e.getValue().textValue()));
            Map<String, List<Grant>> sets = grants(root.get("sets"), Map.of());
            return new IamMapping(prefixes, grants(root.get("sdk"), sets), grants(root.get("optimized"), sets),
                    grants(root.get("mapStorage"), sets), grantList("assumedRole", root.get("assumedRole"), sets));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each entry's grants. */
    private static Map<String, List<Grant>> grants(JsonNode table, Map<String, List<Grant>> sets) {
        Map<String, List<Grant>> grants = new HashMap<>();
        table.properties().forEach(entry -> grants.put(entry.getKey(), grantList(entry.getKey(), entry.getValue(), sets)));
        return grants;
    }

    /** One entry's grants; {@code {"include": "<set>"}} stands for the grants of that set. */
    private static List<Grant> grantList(String key, JsonNode entry, Map<String, List<Grant>> sets) {
        List<Grant> list = new ArrayList<>();
        for (JsonNode grant : entry) {
            if (grant.has("include")) {
                String set = grant.get("include").textValue();
                if (!sets.containsKey(set)) {
                    throw new IllegalStateException("iam-actions.json: " + key + " includes an unknown set " + set);
                }
                list.addAll(sets.get(set));
            } else {
                list.add(new Grant(texts(grant.get("actions")), ResourceKind.named(grant.get("resource").textValue()),
                        texts(grant.get("from")), texts(grant.get("when")), condition(grant.get("condition"))));
            }
        }
        return List.copyOf(list);
    }

    /** {@code {"StringEquals": {"iam:PassedToService": ["sagemaker.amazonaws.com"]}}}, as IAM writes it. */
    private static Map<String, Map<String, List<String>>> condition(JsonNode condition) {
        Map<String, Map<String, List<String>>> operators = new LinkedHashMap<>();
        if (condition != null) {
            condition.properties().forEach(operator -> {
                Map<String, List<String>> keys = new LinkedHashMap<>();
                operator.getValue().properties().forEach(key -> keys.put(key.getKey(), texts(key.getValue())));
                operators.put(operator.getKey(), keys);
            });
        }
        return operators;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array != null) {
            array.forEach(text -> texts.add(text.textValue()));
        }
        return List.copyOf(texts);
    }
}
