package dev.stepwise.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.stepwise.asl.AliasRouting;
import dev.stepwise.server.protocol.ApiException;
import dev.stepwise.server.protocol.Request;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code routingConfiguration} of CreateStateMachineAlias and UpdateStateMachineAlias, checked as AWS checks it
 * before it looks for the versions: the API model's constraints (one or two items, each with a version ARN and a
 * weight from 0 to 100), then that every ARN is a version's. That the versions differ and the weights add up to 100
 * the runtime's alias checks, in AWS's words.
 */
final class RoutingConfiguration {

    private static final String MEMBER = "routingConfiguration";

    record Item(StatesArn versionArn, int weight) {
    }

    private RoutingConfiguration() {
    }

    /** The request's routing; AWS's words for each refusal (LocalStack's AWS-validated test_sfn_api_aliasing). */
    static List<Item> of(Request request) {
        if (!request.has(MEMBER)) {
            throw ApiException.constraint(null, MEMBER, "not be null");
        }
        ArrayNode routing = request.list(MEMBER);
        for (int i = 0; i < routing.size(); i++) {
            checkMembers(routing.get(i), MEMBER + "." + (i + 1) + ".member");
        }
        if (routing.isEmpty() || routing.size() > AliasRouting.MAX_ROUTES) {
            throw ApiException.constraint(shown(routing), MEMBER, "have length " + (routing.isEmpty()
                    ? "greater than or equal to 1" : "less than or equal to " + AliasRouting.MAX_ROUTES));
        }
        List<Item> items = new ArrayList<>();
        for (JsonNode item : routing) {
            items.add(new Item(StatesArn.parse(item.get("stateMachineVersionArn").textValue(), "stateMachine"),
                    item.get("weight").intValue()));
        }
        if (!items.stream().allMatch(item -> item.versionArn().isVersion())) {
            throw new ApiException("ValidationException", "Routing configuration must contain state machine version "
                    + "ARNs. Received: " + items.stream().map(item -> item.versionArn().text()).toList());
        }
        return items;
    }

    /** One RoutingConfigurationListItem: both members required, the weight a percentage. */
    private static void checkMembers(JsonNode item, String path) {
        if (!item.isObject()) {
            throw ApiException.serialization("The member '" + path + "' must be a structure");
        }
        JsonNode versionArn = item.get("stateMachineVersionArn");
        JsonNode weight = item.get("weight");
        if (versionArn == null || versionArn.isNull()) {
            throw ApiException.constraint(null, path + ".stateMachineVersionArn", "not be null");
        }
        if (weight == null || weight.isNull()) {
            throw ApiException.constraint(null, path + ".weight", "not be null");
        }
        if (!versionArn.isTextual()) {
            throw ApiException.serialization("The member '" + path + ".stateMachineVersionArn' must be a string");
        }
        if (!weight.isIntegralNumber() || !weight.canConvertToInt()) {
            throw ApiException.serialization("The member '" + path + ".weight' must be an integer");
        }
        if (!AliasRouting.isValidWeight(weight.intValue())) {
            throw ApiException.outOfRange(weight.intValue(), path + ".weight", weight.intValue(), 0,
                    AliasRouting.TOTAL_WEIGHT);
        }
    }

    /** The list as AWS's validation message shows it: its items' toString. */
    private static String shown(ArrayNode routing) {
        List<String> items = new ArrayList<>();
        for (JsonNode item : routing) {
            items.add("RoutingConfigurationListItem(stateMachineVersionArn=" + item.get("stateMachineVersionArn")
                    .textValue() + ", weight=" + item.get("weight").intValue() + ")");
        }
        return items.toString();
    }
}
