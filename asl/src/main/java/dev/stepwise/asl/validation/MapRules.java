package dev.stepwise.asl.validation;

import dev.stepwise.asl.FieldBound;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** A Map state: its item processor, where items come from, and its concurrency and failure tolerance. */
final class MapRules {

    private static final String DISTRIBUTED = "DISTRIBUTED";
    private static final List<String> DISTRIBUTED_ONLY = List.of("ItemReader", "ItemBatcher", "ResultWriter");
    private static final Set<String> PROCESSOR_CONFIG_FIELDS = Set.of("Mode", "ExecutionType");

    private final Problems problems;
    private final ValueChecks checks;
    private final PayloadTemplates templates;
    private final NestedMachines nested;
    private final DistributedMapRules distributed;

    MapRules(Problems problems, ValueChecks checks, PayloadTemplates templates, NestedMachines nested) {
        this.problems = problems;
        this.checks = checks;
        this.templates = templates;
        this.nested = nested;
        this.distributed = new DistributedMapRules(problems, checks, templates);
    }

    void check(StateNode state) {
        processor(state);
        items(state);
        if (state.has("MaxConcurrency")) {
            checks.boundedOrExpression(state, FieldBound.MAP_MAX_CONCURRENCY);
        }
        if (state.has("ToleratedFailureCount")) {
            checks.boundedOrExpression(state, FieldBound.MAP_TOLERATED_FAILURE_COUNT);
        }
        if (state.has("ToleratedFailurePercentage")) {
            checks.boundedOrExpression(state, FieldBound.MAP_TOLERATED_FAILURE_PERCENTAGE);
        }
        for (String field : List.of("MaxConcurrency", "ToleratedFailureCount", "ToleratedFailurePercentage")) {
            String pathField = field + "Path";
            if (state.has(pathField)) {
                checks.path(state.get(pathField), state.at(pathField), pathField);
            }
            checks.notBoth(state, field, pathField);
        }
        distributed.check(state);
        if (state.has("Label")) {
            checks.text(state.get("Label"), state.at("Label"), "Label");
        }
    }

    private void processor(StateNode state) {
        boolean hasProcessor = state.has("ItemProcessor");
        boolean hasIterator = state.has("Iterator");
        if (!hasProcessor && !hasIterator) {
            problems.schema(state.at(), "These fields are required: [ItemProcessor]");
        } else if (hasProcessor && hasIterator) {
            problems.schema(state.at("Iterator"), "The fields 'ItemProcessor' and 'Iterator' cannot both be set;"
                    + " Iterator is the older name of ItemProcessor");
        }
        String field = hasProcessor ? "ItemProcessor" : "Iterator";
        JsonNode processor = state.get(field);
        if (processor == null) {
            return;
        }
        nested.validate(processor, state.at(field), NestedMachines.Kind.ITEM_PROCESSOR);
        String mode = processorConfig(processor, state.at(field));
        if (!DISTRIBUTED.equals(mode)) {
            for (String distributedField : DISTRIBUTED_ONLY) {
                if (state.has(distributedField)) {
                    problems.schema(state.at(distributedField), "The field '" + distributedField + "' is only"
                            + " supported by a Map state whose ProcessorConfig Mode is DISTRIBUTED");
                }
            }
        }
    }

    /** Checks ProcessorConfig and returns its Mode (INLINE when absent). */
    private String processorConfig(JsonNode processor, JsonPointer processorAt) {
        JsonNode config = processor.get("ProcessorConfig");
        if (config == null) {
            return "INLINE";
        }
        JsonPointer at = processorAt.field("ProcessorConfig");
        if (!config.isObject()) {
            problems.schema(at, "The field 'ProcessorConfig' must be an object with Mode and ExecutionType");
            return "INLINE";
        }
        for (Iterator<String> it = config.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!PROCESSOR_CONFIG_FIELDS.contains(field)) {
                problems.schema(at.field(field), "The field '" + field + "' is not supported in ProcessorConfig;"
                        + " allowed fields are Mode and ExecutionType");
            }
        }
        if (config.has("Mode")) {
            checks.oneOf(config.get("Mode"), at.field("Mode"), "Mode", Set.of("INLINE", DISTRIBUTED));
        }
        if (config.has("ExecutionType")) {
            checks.oneOf(config.get("ExecutionType"), at.field("ExecutionType"), "ExecutionType",
                    Set.of("STANDARD", "EXPRESS"));
        }
        JsonNode mode = config.get("Mode");
        return mode != null && mode.isTextual() ? mode.textValue() : "INLINE";
    }

    private void items(StateNode state) {
        if (state.has("ItemsPath")) {
            checks.path(state.get("ItemsPath"), state.at("ItemsPath"), "ItemsPath");
        }
        if (state.has("Items")) {
            JsonNode items = state.get("Items");
            boolean expression = items.isTextual() && JsonataSyntax.isExpression(items.textValue());
            if (!items.isArray() && !expression) {
                problems.schema(state.at("Items"), "The field 'Items' must be an array or a JSONata expression"
                        + " written as \"{% ... %}\"");
            }
            templates.jsonataValue(items, state.at("Items"));
        }
        checks.notBoth(state, "ItemSelector", "Parameters");
        if (state.has("ItemSelector")) {
            templates.check(state.get("ItemSelector"), state.at("ItemSelector"), state.language());
        }
    }
}
