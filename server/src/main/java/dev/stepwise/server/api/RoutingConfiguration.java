package dev.stepwise.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.server.protocol.ApiException;
import dev.stepwise.server.protocol.Request;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code routingConfiguration} of CreateStateMachineAlias and UpdateStateMachineAlias, checked before the
 * versions are looked for: that every ARN is a version's. That the versions differ and the weights add up to 100
 * the runtime's alias checks, in AWS's words.
 */
final class RoutingConfiguration {

    private static final String MEMBER = "routingConfiguration";

    record Item(StatesArn versionArn, int weight) {
    }

    private RoutingConfiguration() {
    }

    /**
     * The request's routing, its model constraints (one or two items, each with a version ARN and a weight from 0
     * to 100) checked by the endpoint already; refused in AWS's words (LocalStack's AWS-validated
     * test_sfn_api_aliasing) when an ARN is not a version's.
     */
    static List<Item> of(Request request) {
        List<Item> items = new ArrayList<>();
        for (JsonNode item : request.list(MEMBER)) {
            items.add(new Item(StatesArn.parse(item.get("stateMachineVersionArn").textValue(), "stateMachine"),
                    item.get("weight").intValue()));
        }
        if (!items.stream().allMatch(item -> item.versionArn().isVersion())) {
            throw new ApiException("ValidationException", "Routing configuration must contain state machine version "
                    + "ARNs. Received: " + items.stream().map(item -> item.versionArn().text()).toList());
        }
        return items;
    }
}
