package dev.stepwise.runtime.definition;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.data.Json;
import dev.stepwise.runtime.data.PayloadTemplate;
import dev.stepwise.runtime.data.ValueExpression;
import dev.stepwise.runtime.data.choice.Conditions;
import dev.stepwise.runtime.data.jsonata.JsonataSyntaxException;
import dev.stepwise.runtime.data.jsonata.JsonataTemplate;
import dev.stepwise.runtime.data.path.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles an ASL definition into an immutable {@link MachinePlan}: every path, payload template, intrinsic function,
 * Choice rule and JSONata expression is compiled here, once, so running a state never parses anything. Each state
 * is compiled in the query language {@link QueryLanguage#ofState} gives it.
 *
 * <p>Problems are collected, not thrown one by one: a definition with three mistakes reports all three, each at its
 * JSON Pointer location. The checks given to the constructor run first, and their problems are reported together
 * with the compiler's own.
 *
 * <p>AWS's rules belong to {@code definition.validation}, which {@code LocalRuntime.load} and {@code testState} run
 * first. The compiler still sees unvalidated definitions ({@code validateDefinitions(false)}, direct callers), so
 * it rejects what it cannot build a plan from or would read two ways (both Next and End, a field of the other query
 * language); AWS limits that change nothing about how a plan runs, such as HeartbeatSeconds below TimeoutSeconds
 * or a BackoffRate of at least 1, are the validator's alone.
 */
public final class DefinitionCompiler {

    private final List<DefinitionCheck> checks;

    public DefinitionCompiler() {
        this(List.of());
    }

    public DefinitionCompiler(List<DefinitionCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /**
     * Compiles a definition.
     *
     * @throws InvalidDefinitionException listing every problem found
     */
    public MachinePlan compile(JsonNode definition) {
        Problems problems = new Problems();
        if (definition == null || !definition.isObject()) {
            problems.schema("", "a state machine definition must be a JSON object");
            throw new InvalidDefinitionException(problems.list());
        }
        for (DefinitionCheck check : checks) {
            problems.addAll(check.check(definition));
        }
        Fields top = new Fields(definition, "", problems);
        QueryLanguage language = language(top, QueryLanguage.JSONPATH);
        JsonNode timeout = definition.get("TimeoutSeconds");
        if (timeout != null && !ExecutionTimeout.isValid(timeout)) {
            problems.schema("/TimeoutSeconds", "must be " + ExecutionTimeout.EXPECTED + " (seconds)");
        }
        FlowPlan flow = flow(top, problems, language);
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(problems.list());
        }
        return new MachinePlan(flow, timeout == null ? 0 : timeout.longValue(), top.string("Comment"), definition);
    }

    /**
     * Compiles one state on its own, as the TestState API takes it: its Next and Catch targets need not exist.
     *
     * @throws InvalidDefinitionException listing every problem found
     */
    public StatePlan compileState(String name, JsonNode state) {
        return compileState(name, state, QueryLanguage.JSONPATH);
    }

    /**
     * Compiles one state on its own, taken from a machine whose top-level language is {@code machineLanguage}.
     *
     * @throws InvalidDefinitionException listing every problem found
     */
    public StatePlan compileState(String name, JsonNode state, QueryLanguage machineLanguage) {
        Problems problems = new Problems();
        if (state == null || !state.isObject()) {
            problems.schema("", "a state definition must be a JSON object");
            throw new InvalidDefinitionException(problems.list());
        }
        StatePlan plan = state(name, new Fields(state, "", problems), problems, machineLanguage);
        if (!problems.isEmpty() || plan == null) {
            throw new InvalidDefinitionException(problems.list());
        }
        return plan;
    }

    /**
     * The language of a machine or state, by {@link QueryLanguage}'s rule. An unknown name is reported here too:
     * TestState and {@code validateDefinitions(false)} compile definitions the validator has not seen.
     */
    private static QueryLanguage language(Fields f, QueryLanguage machineLanguage) {
        String own = f.string("QueryLanguage");
        if (own != null && QueryLanguage.fromAslName(own).isEmpty()) {
            f.problem("QueryLanguage", "must be JSONPath or JSONata");
        }
        return QueryLanguage.ofState(f.node(), machineLanguage);
    }

    private FlowPlan flow(Fields fields, Problems problems, QueryLanguage machineLanguage) {
        String startAt = fields.requiredString("StartAt");
        JsonNode states = fields.object("States");
        if (states == null) {
            if (!fields.has("States")) {
                problems.schema(fields.at("States"), "is required");
            }
            return null;
        }
        Map<String, StatePlan> plans = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String location = fields.at("States") + "/" + entry.getKey().replace("~", "~0").replace("/", "~1");
            if (!entry.getValue().isObject()) {
                problems.schema(location, "a state must be a JSON object");
                continue;
            }
            StatePlan plan = state(entry.getKey(), new Fields(entry.getValue(), location, problems), problems,
                    machineLanguage);
            if (plan != null) {
                plans.put(entry.getKey(), plan);
            }
        }
        if (startAt != null && !states.has(startAt)) {
            problems.add(fields.at("StartAt"), ProblemCodes.MISSING_TRANSITION_TARGET,
                    "names no state in States: '" + startAt + "'");
        }
        checkTargets(states, fields.at("States"), problems);
        return new FlowPlan(startAt, plans);
    }

    /** Every Next, Default and Catch target must name a state of the same flow. */
    private static void checkTargets(JsonNode states, String location, Problems problems) {
        for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode state = entry.getValue();
            String at = location + "/" + entry.getKey();
            checkTarget(states, state.get("Next"), at + "/Next", problems);
            checkTarget(states, state.get("Default"), at + "/Default", problems);
            for (String list : new String[] {"Choices", "Catch"}) {
                JsonNode items = state.get(list);
                if (items != null && items.isArray()) {
                    for (int i = 0; i < items.size(); i++) {
                        checkTarget(states, items.get(i).get("Next"), at + "/" + list + "/" + i + "/Next", problems);
                    }
                }
            }
        }
    }

    private static void checkTarget(JsonNode states, JsonNode next, String location, Problems problems) {
        if (next != null && next.isTextual() && !states.has(next.textValue())) {
            problems.add(location, ProblemCodes.MISSING_TRANSITION_TARGET,
                    "names no state in this flow: '" + next.textValue() + "'");
        }
    }

    private StatePlan state(String name, Fields f, Problems problems, QueryLanguage machineLanguage) {
        boolean jsonata = language(f, machineLanguage) == QueryLanguage.JSONATA;
        String type = f.requiredString("Type");
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "Pass" -> new PassPlan(name, dataFlow(f, problems, jsonata, true, true, false), f.raw("Result"),
                    transition(f, problems));
            case "Task" -> task(name, f, problems, jsonata);
            case "Choice" -> choice(name, f, problems, jsonata);
            case "Wait" -> wait(name, f, problems, jsonata);
            case "Succeed" -> new SucceedPlan(name, dataFlow(f, problems, jsonata, false, false, false));
            case "Fail" -> fail(name, f, problems, jsonata);
            case "Parallel" -> new ParallelPlan(name, dataFlow(f, problems, jsonata, true, true, true),
                    branches(f, problems, machineLanguage), errorHandling(f, problems, jsonata),
                    transition(f, problems));
            case "Map" -> map(name, f, problems, jsonata, machineLanguage);
            default -> {
                problems.schema(f.at("Type"), "unknown state type '" + type
                        + "' (expected Pass, Task, Choice, Wait, Succeed, Fail, Parallel or Map)");
                yield null;
            }
        };
    }

    private static Transition transition(Fields f, Problems problems) {
        String next = f.string("Next");
        Boolean end = f.bool("End");
        boolean ends = Boolean.TRUE.equals(end);
        if (next != null && ends) {
            problems.schema(f.location(), "a state cannot have both Next and End");
        } else if (next == null && !ends) {
            problems.schema(f.location(), "a state needs Next or \"End\": true");
        }
        return next == null ? Transition.END : new Transition(next);
    }

    /** JSONPath fields a JSONata state must not have, and the other way round. */
    private static final List<String> JSONPATH_ONLY = List.of("InputPath", "Parameters", "ResultSelector",
            "ResultPath", "OutputPath", "ItemsPath");
    private static final List<String> JSONATA_ONLY = List.of("Arguments", "Output", "Items");

    private static DataFlow dataFlow(Fields f, Problems problems, boolean jsonata, boolean parameters,
            boolean resultPath, boolean resultSelector) {
        for (String field : jsonata ? JSONPATH_ONLY : JSONATA_ONLY) {
            if (f.has(field)) {
                problems.schema(f.at(field), "is not allowed in a " + (jsonata ? "JSONata" : "JSONPath") + " state");
            }
        }
        Assignment assign = assignment(f, problems, jsonata);
        if (jsonata) {
            return DataFlow.jsonata(parameters ? jsonataField(f, "Arguments", problems) : null,
                    jsonataField(f, "Output", problems), assign);
        }
        PathFilter input = filter(f, "InputPath", problems);
        PathFilter output = filter(f, "OutputPath", problems);
        PayloadTemplate params = parameters ? template(f, "Parameters", problems) : null;
        PayloadTemplate selector = resultSelector ? template(f, "ResultSelector", problems) : null;
        ResultTarget target = resultPath ? resultTarget(f, "ResultPath", problems) : ResultTarget.REPLACE;
        return new DataFlow(input, params, selector, target, output, false, null, null, assign);
    }

    /** {@code Assign}, in the state's query language; {@code null} when absent. */
    private static Assignment assignment(Fields f, Problems problems, boolean jsonata) {
        JsonNode value = f.object("Assign");
        if (value == null) {
            return null;
        }
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String variable = !jsonata && name.endsWith(".$") ? name.substring(0, name.length() - 2) : name;
            if (variable.equals("states")) {
                problems.schema(f.at("Assign") + "/" + name, "'states' is reserved for $states and cannot be assigned");
            } else if (!VARIABLE_NAME.matcher(variable).matches()) {
                problems.schema(f.at("Assign") + "/" + name, "is not a valid variable name: up to 80 letters, digits "
                        + "and underscores, not starting with a digit");
            }
        }
        if (jsonata) {
            JsonataTemplate template = jsonataField(f, "Assign", problems);
            return template == null ? null : Assignment.ofJsonata(template);
        }
        PayloadTemplate template = template(f, "Assign", problems);
        return template == null ? null : Assignment.ofJsonPath(template);
    }

    private static final java.util.regex.Pattern VARIABLE_NAME =
            java.util.regex.Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]{0,79}");

    /** A JSONata field (a template, or a {@code {% %}} string); {@code null} when absent or not compilable. */
    private static JsonataTemplate jsonataField(Fields f, String field, Problems problems) {
        JsonNode value = f.raw(field);
        if (value == null) {
            return null;
        }
        try {
            return JsonataTemplate.compile(value, field);
        } catch (JsonataSyntaxException e) {
            problems.schema(f.at(field), e.getMessage());
            return null;
        }
    }

    /** A field holding a {@code {% %}} expression rather than a literal (JSONata states only). */
    private static boolean holdsExpression(Fields f, String field, boolean jsonata) {
        JsonNode value = f.raw(field);
        return jsonata && value != null && value.isTextual() && JsonataTemplate.isExpression(value.textValue());
    }

    private static PathFilter filter(Fields f, String field, Problems problems) {
        if (f.isNull(field)) {
            return PathFilter.EMPTY;
        }
        String text = f.string(field);
        if (text == null) {
            return PathFilter.IDENTITY;
        }
        PathFilter filter = problems.attempt(f.at(field), () -> PathFilter.of(Path.compile(text)));
        return filter == null ? PathFilter.IDENTITY : filter;
    }

    static ResultTarget resultTarget(Fields f, String field, Problems problems) {
        if (f.isNull(field)) {
            return ResultTarget.DISCARD;
        }
        String text = f.string(field);
        if (text == null) {
            return ResultTarget.REPLACE;
        }
        ResultTarget target = problems.attempt(f.at(field), () -> ResultTarget.of(text, Path.compileReference(text)));
        return target == null ? ResultTarget.REPLACE : target;
    }

    private static PayloadTemplate template(Fields f, String field, Problems problems) {
        JsonNode value = f.raw(field);
        if (value == null) {
            return null;
        }
        return problems.attempt(f.at(field), () -> PayloadTemplate.compile(value));
    }

    private static Path path(Fields f, String field, Problems problems) {
        String text = f.string(field);
        return text == null ? null : problems.attempt(f.at(field), () -> Path.compile(text));
    }

    private static NumberSetting number(Fields f, String field, Problems problems, boolean jsonata) {
        if (holdsExpression(f, field, jsonata)) {
            return new NumberSetting(field, null, null, jsonataField(f, field, problems));
        }
        Number literal = f.number(field);
        Path path = path(f, field + "Path", problems);
        if (literal != null && path != null) {
            problems.schema(f.location(), "set " + field + " or " + field + "Path, not both");
        }
        return new NumberSetting(field, literal, path);
    }

    private StatePlan task(String name, Fields f, Problems problems, boolean jsonata) {
        String resource = f.requiredString("Resource");
        NumberSetting timeout = number(f, "TimeoutSeconds", problems, jsonata);
        NumberSetting heartbeat = number(f, "HeartbeatSeconds", problems, jsonata);
        return new TaskPlan(name, resource == null ? null : TaskResource.parse(resource),
                dataFlow(f, problems, jsonata, true, true, true), timeout, heartbeat,
                errorHandling(f, problems, jsonata),
                transition(f, problems));
    }

    private static StatePlan choice(String name, Fields f, Problems problems, boolean jsonata) {
        JsonNode choices = f.array("Choices");
        List<ChoicePlan.Rule> rules = new ArrayList<>();
        if (choices == null || choices.isEmpty()) {
            problems.schema(f.at("Choices"), "a Choice state needs at least one rule");
        } else {
            for (int i = 0; i < choices.size(); i++) {
                JsonNode rule = choices.get(i);
                String at = f.at("Choices") + "/" + i;
                JsonNode next = rule.get("Next");
                if (next == null || !next.isTextual()) {
                    problems.schema(at + "/Next", "a Choice rule needs a Next state");
                    continue;
                }
                Fields r = new Fields(rule, at, problems);
                Assignment assign = assignment(r, problems, jsonata);
                if (jsonata) {
                    JsonataTemplate condition = jsonataField(r, "Condition", problems);
                    if (condition == null && !rule.has("Condition")) {
                        problems.schema(r.at("Condition"), "a JSONata Choice rule needs a Condition");
                    }
                    rules.add(new ChoicePlan.Rule(null, condition, next.textValue(), assign,
                            jsonataField(r, "Output", problems)));
                    continue;
                }
                var condition = problems.attempt(at, () -> Conditions.compile(withoutAssign(rule)));
                if (condition != null) {
                    rules.add(new ChoicePlan.Rule(condition, null, next.textValue(), assign, null));
                }
            }
        }
        if (f.has("Next") || f.has("End")) {
            problems.schema(f.location(), "a Choice state cannot have Next or End; each rule names its Next");
        }
        return new ChoicePlan(name, dataFlow(f, problems, jsonata, false, false, false), rules,
                f.string("Default"));
    }

    /** A JSONPath rule as the condition compiler expects it: {@code Assign} is the rule's, not a comparison. */
    private static JsonNode withoutAssign(JsonNode rule) {
        if (!rule.has("Assign")) {
            return rule;
        }
        com.fasterxml.jackson.databind.node.ObjectNode copy = rule.deepCopy();
        copy.remove("Assign");
        return copy;
    }

    private static StatePlan wait(String name, Fields f, Problems problems, boolean jsonata) {
        int set = 0;
        Long seconds = null;
        Instant timestamp = null;
        JsonataTemplate secondsExpression = null;
        JsonataTemplate timestampExpression = null;
        if (holdsExpression(f, "Seconds", jsonata)) {
            set++;
            secondsExpression = jsonataField(f, "Seconds", problems);
        } else if (f.has("Seconds")) {
            set++;
            Number n = f.number("Seconds");
            if (n != null && (n.doubleValue() < 0 || n.doubleValue() != Math.rint(n.doubleValue()))) {
                problems.schema(f.at("Seconds"), "must be a whole number of seconds, 0 or more");
            } else if (n != null) {
                seconds = n.longValue();
            }
        }
        if (holdsExpression(f, "Timestamp", jsonata)) {
            set++;
            timestampExpression = jsonataField(f, "Timestamp", problems);
        } else if (f.has("Timestamp")) {
            set++;
            String text = f.string("Timestamp");
            if (text != null) {
                timestamp = problems.attempt(f.at("Timestamp"), () -> parseTimestamp(text));
            }
        }
        Path secondsPath = path(f, "SecondsPath", problems);
        Path timestampPath = path(f, "TimestampPath", problems);
        set += (f.has("SecondsPath") ? 1 : 0) + (f.has("TimestampPath") ? 1 : 0);
        if (set != 1) {
            problems.schema(f.location(), "a Wait state needs exactly one of Seconds, Timestamp, SecondsPath and "
                    + "TimestampPath");
        }
        return new WaitPlan(name, dataFlow(f, problems, jsonata, false, false, false), seconds, timestamp,
                secondsPath, timestampPath, secondsExpression, timestampExpression, transition(f, problems));
    }

    /** RFC 3339 with an uppercase T and a Z or numeric offset, as AWS accepts. */
    public static Instant parseTimestamp(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an RFC 3339 timestamp such as "
                    + "2016-03-14T01:59:00Z");
        }
    }

    private static StatePlan fail(String name, Fields f, Problems problems, boolean jsonata) {
        if (jsonata) {
            JsonataTemplate error = holdsExpression(f, "Error", true) ? jsonataField(f, "Error", problems) : null;
            JsonataTemplate cause = holdsExpression(f, "Cause", true) ? jsonataField(f, "Cause", problems) : null;
            return new FailPlan(name, error == null ? f.string("Error") : null,
                    cause == null ? f.string("Cause") : null, null, null, error, cause, true);
        }
        ValueExpression errorPath = expression(f, "ErrorPath", problems);
        ValueExpression causePath = expression(f, "CausePath", problems);
        if (f.has("Error") && f.has("ErrorPath")) {
            problems.schema(f.location(), "set Error or ErrorPath, not both");
        }
        if (f.has("Cause") && f.has("CausePath")) {
            problems.schema(f.location(), "set Cause or CausePath, not both");
        }
        return new FailPlan(name, f.string("Error"), f.string("Cause"), errorPath, causePath, null, null, false);
    }

    private static ValueExpression expression(Fields f, String field, Problems problems) {
        JsonNode value = f.raw(field);
        return value == null ? null
                : problems.attempt(f.at(field), () -> PayloadTemplate.compileExpression(field, value));
    }

    private List<FlowPlan> branches(Fields f, Problems problems, QueryLanguage machineLanguage) {
        JsonNode branches = f.array("Branches");
        List<FlowPlan> flows = new ArrayList<>();
        if (branches == null || branches.isEmpty()) {
            problems.schema(f.at("Branches"), "a Parallel state needs at least one branch");
            return flows;
        }
        for (int i = 0; i < branches.size(); i++) {
            String at = f.at("Branches") + "/" + i;
            if (!branches.get(i).isObject()) {
                problems.schema(at, "a branch must be an object with StartAt and States");
                continue;
            }
            flows.add(flow(new Fields(branches.get(i), at, problems), problems, machineLanguage));
        }
        return flows;
    }

    private StatePlan map(String name, Fields f, Problems problems, boolean jsonata,
            QueryLanguage machineLanguage) {
        String processorField = f.has("ItemProcessor") ? "ItemProcessor" : "Iterator";
        JsonNode processor = f.object(processorField);
        FlowPlan flow = null;
        boolean distributed = false;
        if (processor == null) {
            if (!f.has(processorField)) {
                problems.schema(f.location(), "a Map state needs an ItemProcessor");
            }
        } else {
            Fields p = new Fields(processor, f.at(processorField), problems);
            flow = flow(p, problems, machineLanguage);
            JsonNode config = p.object("ProcessorConfig");
            distributed = config != null && "DISTRIBUTED".equals(config.path("Mode").asText());
        }
        if (f.has("ItemSelector") && f.has("Parameters")) {
            problems.schema(f.location(), "set ItemSelector or its legacy name Parameters, not both");
        }
        PayloadTemplate selector = jsonata ? null
                : template(f, f.has("ItemSelector") ? "ItemSelector" : "Parameters", problems);
        JsonataTemplate jsonataSelector = jsonata ? jsonataField(f, "ItemSelector", problems) : null;
        return new MapPlan(name, dataFlow(f, problems, jsonata, false, true, true), path(f, "ItemsPath", problems),
                selector, jsonata ? jsonataField(f, "Items", problems) : null, jsonataSelector, flow, distributed,
                number(f, "MaxConcurrency", problems, jsonata), number(f, "ToleratedFailureCount", problems, jsonata),
                number(f, "ToleratedFailurePercentage", problems, jsonata), itemReader(f, problems, jsonata),
                itemBatcher(f, problems, jsonata), resultWriter(f, problems, jsonata), f.string("Label"),
                errorHandling(f, problems, jsonata), transition(f, problems));
    }

    /** A Distributed Map's ResultWriter with a Resource; {@code null} otherwise. */
    private static ResultWriterPlan resultWriter(Fields f, Problems problems, boolean jsonata) {
        JsonNode writer = f.object("ResultWriter");
        if (writer == null || !writer.has("Resource")) {
            return null;
        }
        Fields w = new Fields(writer, f.at("ResultWriter"), problems);
        String resource = w.string("Resource");
        return new ResultWriterPlan(resource == null ? "" : resource,
                jsonata ? null : template(w, "Parameters", problems),
                jsonata ? jsonataField(w, "Arguments", problems) : null);
    }

    /** A Distributed Map's ItemReader; {@code null} when absent (the validator reports a malformed one). */
    private static ItemReaderPlan itemReader(Fields f, Problems problems, boolean jsonata) {
        JsonNode reader = f.object("ItemReader");
        if (reader == null) {
            return null;
        }
        Fields r = new Fields(reader, f.at("ItemReader"), problems);
        String resource = r.string("Resource");
        JsonNode configNode = r.object("ReaderConfig");
        Fields config = new Fields(configNode == null ? Json.NODES.objectNode() : configNode, r.at("ReaderConfig"),
                problems);
        ItemReaderPlan.InputType inputType = ItemReaderPlan.InputType.JSON;
        String type = config.string("InputType");
        if (type != null) {
            try {
                inputType = ItemReaderPlan.InputType.valueOf(type);
            } catch (IllegalArgumentException e) {
                config.problem("InputType", "must be one of CSV, JSON, JSONL, MANIFEST, PARQUET");
            }
        }
        return new ItemReaderPlan(resource == null ? "" : resource,
                jsonata ? null : template(r, "Parameters", problems),
                jsonata ? jsonataField(r, "Arguments", problems) : null,
                inputType, csvHeaders(config), csvDelimiter(config), number(config, "MaxItems", problems, jsonata));
    }

    /** {@code CSVHeaders} when {@code CSVHeaderLocation} is GIVEN; {@code null} for headers in the first row. */
    private static List<String> csvHeaders(Fields config) {
        if (!"GIVEN".equals(config.string("CSVHeaderLocation"))) {
            return null;
        }
        JsonNode headers = config.array("CSVHeaders");
        if (headers == null) {
            config.problem("CSVHeaders", "is required when CSVHeaderLocation is GIVEN");
            return List.of();
        }
        List<String> names = new ArrayList<>();
        headers.forEach(header -> names.add(header.asText()));
        return List.copyOf(names);
    }

    private static char csvDelimiter(Fields config) {
        String delimiter = config.string("CSVDelimiter");
        if (delimiter == null) {
            return ',';
        }
        return switch (delimiter) {
            case "COMMA" -> ',';
            case "PIPE" -> '|';
            case "SEMICOLON" -> ';';
            case "SPACE" -> ' ';
            case "TAB" -> '\t';
            default -> {
                config.problem("CSVDelimiter", "must be one of COMMA, PIPE, SEMICOLON, SPACE, TAB");
                yield ',';
            }
        };
    }

    /** A Distributed Map's ItemBatcher; {@code null} when absent. */
    private static ItemBatcherPlan itemBatcher(Fields f, Problems problems, boolean jsonata) {
        JsonNode batcher = f.object("ItemBatcher");
        if (batcher == null) {
            return null;
        }
        Fields b = new Fields(batcher, f.at("ItemBatcher"), problems);
        return new ItemBatcherPlan(number(b, "MaxItemsPerBatch", problems, jsonata),
                number(b, "MaxInputBytesPerBatch", problems, jsonata),
                jsonata ? null : template(b, "BatchInput", problems),
                jsonata ? jsonataField(b, "BatchInput", problems) : null);
    }

    private static ErrorHandling errorHandling(Fields f, Problems problems, boolean jsonata) {
        List<Retrier> retriers = new ArrayList<>();
        JsonNode retry = f.array("Retry");
        if (retry != null) {
            for (int i = 0; i < retry.size(); i++) {
                Retrier retrier = retrier(new Fields(retry.get(i), f.at("Retry") + "/" + i, problems), problems);
                if (retrier != null) {
                    retriers.add(retrier);
                }
            }
        }
        List<Catcher> catchers = new ArrayList<>();
        JsonNode katch = f.array("Catch");
        if (katch != null) {
            for (int i = 0; i < katch.size(); i++) {
                Fields c = new Fields(katch.get(i), f.at("Catch") + "/" + i, problems);
                ErrorMatcher errors = errorEquals(c, problems);
                String next = c.requiredString("Next");
                if (jsonata && c.has("ResultPath")) {
                    problems.schema(c.at("ResultPath"), "is not allowed in a JSONata state; use Output");
                }
                if (!jsonata && c.has("Output")) {
                    problems.schema(c.at("Output"), "is not allowed in a JSONPath state; use ResultPath");
                }
                ResultTarget target = jsonata ? ResultTarget.REPLACE : resultTarget(c, "ResultPath", problems);
                Assignment assign = assignment(c, problems, jsonata);
                JsonataTemplate output = jsonata ? jsonataField(c, "Output", problems) : null;
                if (errors != null && next != null) {
                    catchers.add(new Catcher(errors, next, target, assign, output));
                }
            }
        }
        return retriers.isEmpty() && catchers.isEmpty() ? ErrorHandling.NONE
                : new ErrorHandling(retriers, catchers);
    }

    private static Retrier retrier(Fields r, Problems problems) {
        ErrorMatcher errors = errorEquals(r, problems);
        Number interval = r.number("IntervalSeconds");
        Number attempts = r.number("MaxAttempts");
        Number backoff = r.number("BackoffRate");
        Number maxDelay = r.number("MaxDelaySeconds");
        String jitter = r.string("JitterStrategy");
        // Guards for unvalidated definitions: a negative delay would turn the clock back, an unknown jitter be ignored.
        if (interval != null && interval.doubleValue() < 0) {
            problems.schema(r.at("IntervalSeconds"), "cannot be negative");
        }
        if (jitter != null && !jitter.equals("FULL") && !jitter.equals("NONE")) {
            problems.schema(r.at("JitterStrategy"), "must be FULL or NONE");
        }
        if (errors == null) {
            return null;
        }
        return new Retrier(errors,
                interval == null ? Retrier.DEFAULT_INTERVAL_SECONDS : interval.doubleValue(),
                attempts == null ? Retrier.DEFAULT_MAX_ATTEMPTS : attempts.intValue(),
                backoff == null ? Retrier.DEFAULT_BACKOFF_RATE : backoff.doubleValue(),
                maxDelay == null ? 0 : maxDelay.longValue(),
                "FULL".equals(jitter));
    }

    private static ErrorMatcher errorEquals(Fields f, Problems problems) {
        JsonNode names = f.array("ErrorEquals");
        if (names == null || names.isEmpty()) {
            problems.schema(f.at("ErrorEquals"), "needs at least one error name");
            return null;
        }
        List<String> list = new ArrayList<>();
        for (JsonNode n : names) {
            if (!n.isTextual()) {
                problems.schema(f.at("ErrorEquals"), "error names must be strings");
                return null;
            }
            list.add(n.textValue());
        }
        return ErrorMatcher.of(list);
    }
}
