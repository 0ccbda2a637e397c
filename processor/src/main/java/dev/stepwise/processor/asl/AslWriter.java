package dev.stepwise.processor.asl;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.validation.JsonPointer;
import dev.stepwise.processor.diag.Sites;
import dev.stepwise.processor.diag.Where;
import dev.stepwise.processor.model.Catcher;
import dev.stepwise.processor.model.ChoiceRule;
import dev.stepwise.processor.model.DataFlow;
import dev.stepwise.processor.model.DistributedMap;
import dev.stepwise.processor.model.ErrorHandling;
import dev.stepwise.processor.model.Expressions;
import dev.stepwise.processor.model.FlowModel;
import dev.stepwise.processor.model.RawJson;
import dev.stepwise.processor.model.Retrier;
import dev.stepwise.processor.model.StateModel;
import dev.stepwise.processor.model.Transition;
import dev.stepwise.processor.model.WaitDuration;
import dev.stepwise.processor.model.WorkflowModel;

/**
 * The one ASL serializer: model in, Jackson tree out, keys in a fixed order (type, identity, input processing, the
 * state's own fields, output processing, error handling, transition). Pure: the same model gives the same tree.
 * The deployment template embeds the same tree.
 *
 * <p>Given the parser's {@link Sites}, it also records which annotation attribute produced each part of the tree
 * ({@link Origins}), so that what the ASL validator finds at a JSON pointer is reported where the user wrote it.
 */
public final class AslWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String JSONATA = "JSONata";

    private final Sites sites;
    private final Origins origins;

    private AslWriter(Sites sites, Origins origins) {
        this.sites = sites;
        this.origins = origins;
    }

    /** The definition alone. */
    public static ObjectNode definition(WorkflowModel model) {
        return new AslWriter(null, Origins.NONE).root(model, null);
    }

    /** The definition and, for each part of it, the annotation attribute it came from. */
    public static Written write(WorkflowModel model, Sites sites, Where workflow) {
        Origins origins = new Origins();
        ObjectNode tree = new AslWriter(sites, origins).root(model, workflow);
        return new Written(tree, origins);
    }

    /** A written definition and where its parts came from. */
    public record Written(ObjectNode definition, Origins origins) {
    }

    private ObjectNode root(WorkflowModel model, Where workflow) {
        JsonPointer at = JsonPointer.root();
        origins.record(at, workflow, FieldOrigins.MACHINE);
        ObjectNode root = NODES.objectNode();
        putIfPresent(root, "Comment", model.comment());
        if (model.jsonata()) {
            root.put("QueryLanguage", JSONATA);
        }
        root.put("StartAt", model.flow().startAt());
        if (model.settings().timeoutSeconds() != 0) {
            root.put("TimeoutSeconds", model.settings().timeoutSeconds());
        }
        root.set("States", states(model.flow(), at.field("States")));
        return root;
    }

    private ObjectNode flow(FlowModel flow, JsonPointer at) {
        ObjectNode node = NODES.objectNode();
        putIfPresent(node, "Comment", flow.comment());
        node.put("StartAt", flow.startAt());
        node.set("States", states(flow, at.field("States")));
        return node;
    }

    private ObjectNode states(FlowModel flow, JsonPointer at) {
        ObjectNode states = NODES.objectNode();
        flow.states().forEach(state -> states.set(state.name(), state(state, at.field(state.name()))));
        return states;
    }

    private ObjectNode state(StateModel state, JsonPointer at) {
        origins.record(at, sites == null ? null : sites.of(state), type(state));
        ObjectNode node = NODES.objectNode();
        node.put("Type", type(state));
        putIfPresent(node, "Comment", state.comment());
        Expressions expressions = state.expressions();
        if (expressions.ownLanguage()) {
            node.put("QueryLanguage", JSONATA);
        }
        boolean jsonata = expressions.jsonata();
        if (state instanceof StateModel.Task task) {
            node.put("Resource", task.resource());
            input(node, task.data(), jsonata);
            putRaw(node, "Credentials", task.credentials());
            putIfPresent(node, "TimeoutSeconds", task.timeouts().timeoutSeconds());
            putDynamic(node, "TimeoutSeconds", task.timeouts().timeoutSecondsPath(), jsonata);
            putIfPresent(node, "HeartbeatSeconds", task.timeouts().heartbeatSeconds());
            putDynamic(node, "HeartbeatSeconds", task.timeouts().heartbeatSecondsPath(), jsonata);
            output(node, task.data());
            expressions(node, expressions);
            errors(node, task.errors());
            transition(node, task.next());
        } else if (state instanceof StateModel.Pass pass) {
            input(node, pass.data(), jsonata);
            putRaw(node, "Result", pass.result());
            output(node, pass.data());
            expressions(node, expressions);
            transition(node, pass.next());
        } else if (state instanceof StateModel.Choice choice) {
            putIfPresent(node, "InputPath", choice.inputPath());
            ArrayNode choices = node.putArray("Choices");
            for (ChoiceRule rule : choice.rules()) {
                ObjectNode entry = rule.isJsonata()
                        ? NODES.objectNode().put("Condition", rule.source())
                        : ConditionWriter.rule(rule.condition());
                choices.add(entry.put("Next", rule.next()));
            }
            putIfPresent(node, "Default", choice.defaultTarget());
            putIfPresent(node, "OutputPath", choice.outputPath());
            expressions(node, expressions);
        } else if (state instanceof StateModel.Wait wait) {
            putIfPresent(node, "InputPath", wait.inputPath());
            WaitDuration duration = wait.duration();
            switch (duration.field()) {
                case SECONDS -> node.put("Seconds", Integer.parseInt(duration.value()));
                case TIMESTAMP -> node.put("Timestamp", duration.value());
                case SECONDS_PATH -> putDynamic(node, "Seconds", duration.value(), jsonata);
                case TIMESTAMP_PATH -> putDynamic(node, "Timestamp", duration.value(), jsonata);
            }
            putIfPresent(node, "OutputPath", wait.outputPath());
            expressions(node, expressions);
            transition(node, wait.next());
        } else if (state instanceof StateModel.Parallel parallel) {
            input(node, parallel.data(), jsonata);
            ArrayNode branches = node.putArray("Branches");
            for (FlowModel branch : parallel.branches()) {
                branches.add(flow(branch, at.field("Branches").index(branches.size())));
            }
            output(node, parallel.data());
            expressions(node, expressions);
            errors(node, parallel.errors());
            transition(node, parallel.next());
        } else if (state instanceof StateModel.Map map) {
            map(node, map, at);
        } else if (state instanceof StateModel.Succeed succeed) {
            putIfPresent(node, "InputPath", succeed.inputPath());
            putIfPresent(node, "OutputPath", succeed.outputPath());
            expressions(node, expressions);
        } else if (state instanceof StateModel.Fail fail) {
            putIfPresent(node, "Error", fail.error());
            putDynamic(node, "Error", fail.errorPath(), jsonata);
            putIfPresent(node, "Cause", fail.cause());
            putDynamic(node, "Cause", fail.causePath(), jsonata);
        }
        return node;
    }

    private void map(ObjectNode node, StateModel.Map map, JsonPointer at) {
        input(node, map.data(), map.expressions().jsonata());
        boolean jsonata = map.expressions().jsonata();
        DistributedMap distributed = map.distributed();
        putIfPresent(node, jsonata ? "Items" : "ItemsPath", map.itemsPath());
        if (distributed.reader() != null) {
            node.set("ItemReader", DistributedMapFields.reader(distributed.reader(), jsonata));
        }
        putRaw(node, "ItemSelector", map.itemSelector());
        if (distributed.batcher() != null) {
            node.set("ItemBatcher", DistributedMapFields.batcher(distributed.batcher(), jsonata));
        }
        ObjectNode processor = flow(map.processor(), at.field("ItemProcessor"));
        ObjectNode config = NODES.objectNode().put("Mode", map.mode());
        putIfPresent(config, "ExecutionType", distributed.executionType());
        ObjectNode itemProcessor = NODES.objectNode();
        itemProcessor.set("ProcessorConfig", config);
        itemProcessor.setAll(processor);
        node.set("ItemProcessor", itemProcessor);
        putIfPresent(node, "MaxConcurrency", map.limits().maxConcurrency());
        putDynamic(node, "MaxConcurrency", map.limits().maxConcurrencyPath(), jsonata);
        putIfPresent(node, "ToleratedFailureCount", map.limits().toleratedFailureCount());
        putDynamic(node, "ToleratedFailureCount", map.limits().toleratedFailureCountPath(), jsonata);
        if (map.limits().toleratedFailurePercentage() != null) {
            node.put("ToleratedFailurePercentage", map.limits().toleratedFailurePercentage());
        }
        putDynamic(node, "ToleratedFailurePercentage", map.limits().toleratedFailurePercentagePath(), jsonata);
        putIfPresent(node, "Label", distributed.label());
        if (distributed.writer() != null) {
            node.set("ResultWriter", DistributedMapFields.writer(distributed.writer(), jsonata));
        }
        output(node, map.data());
        expressions(node, map.expressions());
        errors(node, map.errors());
        transition(node, map.next());
    }

    /** JSONPath's InputPath and Parameters, or a JSONata state's Arguments. */
    private static void input(ObjectNode node, DataFlow data, boolean jsonata) {
        putIfPresent(node, "InputPath", data.inputPath());
        putRaw(node, jsonata ? "Arguments" : "Parameters", data.parameters());
    }

    private static void expressions(ObjectNode node, Expressions expressions) {
        putRaw(node, "Assign", expressions.assign());
        putRaw(node, "Output", expressions.output());
    }

    private static void output(ObjectNode node, DataFlow data) {
        putRaw(node, "ResultSelector", data.resultSelector());
        if (data.discardResult()) {
            node.putNull("ResultPath");
        } else {
            putIfPresent(node, "ResultPath", data.resultPath());
        }
        putIfPresent(node, "OutputPath", data.outputPath());
    }

    private static void errors(ObjectNode node, ErrorHandling errors) {
        if (!errors.retry().isEmpty()) {
            ArrayNode retry = node.putArray("Retry");
            for (Retrier retrier : errors.retry()) {
                ObjectNode entry = retry.addObject();
                errorEquals(entry, retrier.errors());
                entry.put("IntervalSeconds", retrier.intervalSeconds());
                entry.put("MaxAttempts", retrier.maxAttempts());
                entry.put("BackoffRate", retrier.backoffRate());
                if (retrier.maxDelaySeconds() != 0) {
                    entry.put("MaxDelaySeconds", retrier.maxDelaySeconds());
                }
                if (!retrier.jitter().equals("NONE")) {
                    entry.put("JitterStrategy", retrier.jitter());
                }
                putIfPresent(entry, "Comment", retrier.comment());
            }
        }
        if (!errors.catchers().isEmpty()) {
            ArrayNode catchers = node.putArray("Catch");
            for (Catcher catcher : errors.catchers()) {
                ObjectNode entry = catchers.addObject();
                errorEquals(entry, catcher.errors());
                putIfPresent(entry, "ResultPath", catcher.resultPath());
                putRaw(entry, "Output", catcher.output());
                putRaw(entry, "Assign", catcher.assign());
                putIfPresent(entry, "Comment", catcher.comment());
                entry.put("Next", catcher.next());
            }
        }
    }

    private static void errorEquals(ObjectNode entry, java.util.List<String> errors) {
        ArrayNode names = entry.putArray("ErrorEquals");
        errors.forEach(names::add);
    }

    private static void transition(ObjectNode node, Transition transition) {
        if (transition.isEnd()) {
            node.put("End", true);
        } else {
            node.put("Next", transition.next());
        }
    }

    /** The model's record names are the ASL type names. */
    private static String type(StateModel state) {
        return state.getClass().getSimpleName();
    }

    static void putRaw(ObjectNode node, String key, RawJson raw) {
        if (raw != null) {
            node.set(key, Json.parse(raw.text()));
        }
    }

    /**
     * The dynamic form of the setting {@code field}: a JSONPath state's path goes to {@code <field>Path}, a JSONata
     * state's expression to {@code field} itself, since JSONata states have no {@code ...Path} fields.
     */
    static void putDynamic(ObjectNode node, String field, String value, boolean jsonata) {
        putIfPresent(node, jsonata ? field : field + "Path", value);
    }

    static void putIfPresent(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    static void putIfPresent(ObjectNode node, String key, Integer value) {
        if (value != null) {
            node.put(key, value);
        }
    }
}
