package dev.stepwise.processor.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.processor.diag.Finding;
import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problems;
import dev.stepwise.processor.diag.Sites;
import dev.stepwise.processor.diag.Suggestions;
import dev.stepwise.processor.diag.Where;
import dev.stepwise.processor.model.Catcher;
import dev.stepwise.processor.model.ChoiceRule;
import dev.stepwise.processor.model.Condition;
import dev.stepwise.processor.model.DataFlow;
import dev.stepwise.processor.model.ErrorHandling;
import dev.stepwise.processor.model.Expressions;
import dev.stepwise.processor.model.FlowModel;
import dev.stepwise.processor.model.MapLimits;
import dev.stepwise.processor.model.RawJson;
import dev.stepwise.processor.model.Retrier;
import dev.stepwise.processor.model.StateModel;
import dev.stepwise.processor.model.TaskSignature;
import dev.stepwise.processor.model.TaskTimeouts;
import dev.stepwise.processor.model.Transition;
import dev.stepwise.processor.model.WaitDuration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads a workflow or {@code @Flow} class into a {@link FlowModel}: one state per annotated method, in declaration
 * order, recursing into Parallel branches and Map processors. Every problem found is added to {@link Problems} and
 * parsing goes on, so one compilation shows them all.
 */
final class FlowParser {

    private static final List<String> STATE_TYPES =
            List.of("Task", "Pass", "Choice", "Wait", "Parallel", "Map", "Succeed", "Fail");

    private static final Set<String> COMMON = Set.of("State", "Comment", "StartAt", "Query");
    private static final Map<String, Set<String>> MODIFIERS = Map.of(
            "Task", Set.of("Next", "End", "InputPath", "OutputPath", "ResultPath", "ResultSelector", "Parameters", "Retry", "Catch", "Assign", "Output"),
            "Parallel", Set.of("Next", "End", "InputPath", "OutputPath", "ResultPath", "ResultSelector", "Parameters", "Retry", "Catch", "Assign", "Output"),
            "Map", Set.of("Next", "End", "InputPath", "OutputPath", "ResultPath", "ResultSelector", "Retry", "Catch", "Assign", "Output"),
            "Pass", Set.of("Next", "End", "InputPath", "OutputPath", "ResultPath", "Parameters", "Assign", "Output"),
            "Wait", Set.of("Next", "End", "InputPath", "OutputPath", "Assign", "Output"),
            "Choice", Set.of("InputPath", "OutputPath", "When", "Default", "End", "Assign", "Output"),
            "Succeed", Set.of("InputPath", "OutputPath", "Output"),
            "Fail", Set.of());
    /** JSONPath's input and output processing annotations, which a JSONata state replaces with expressions. */
    private static final List<String> JSONPATH_ANNOTATIONS = List.of("InputPath", "OutputPath", "ResultSelector");
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,79}");

    private final Elements elements;
    private final TypeReader types;
    private final Problems problems;
    private final Sites sites;
    private final Deque<String> parsing = new ArrayDeque<>();
    private final boolean workflowJsonata;

    /** @param workflowJsonata whether the workflow's query language is JSONata, which every state then inherits */
    FlowParser(Elements elements, TypeReader types, Problems problems, Sites sites, boolean workflowJsonata) {
        this.elements = elements;
        this.types = types;
        this.problems = problems;
        this.sites = sites;
        this.workflowJsonata = workflowJsonata;
    }

    FlowModel parse(TypeElement type, String comment) {
        String className = type.getQualifiedName().toString();
        if (parsing.contains(className)) {
            problems.add(Message.RECURSIVE_FLOW, Where.type(className), type.getSimpleName());
            return new FlowModel(className, comment, "", List.of());
        }
        parsing.push(className);
        try {
            return parseStates(type, className, comment);
        } finally {
            parsing.pop();
        }
    }

    private FlowModel parseStates(TypeElement type, String className, String comment) {
        List<ExecutableElement> methods = StateMethods.of(type);
        var declared = new ArrayList<Declared>();
        for (int i = 0; i < methods.size(); i++) {
            declare(className, i, methods.get(i)).ifPresent(declared::add);
        }
        if (declared.isEmpty()) {
            problems.add(Message.NO_STATES, Where.type(className), type.getSimpleName());
            return new FlowModel(className, comment, "", List.of());
        }
        var states = new ArrayList<StateModel>();
        String startAt = null;
        for (int j = 0; j < declared.size(); j++) {
            Declared state = declared.get(j);
            String following = j + 1 < declared.size() ? declared.get(j + 1).name : null;
            StateModel model = build(state, following);
            sites.put(model, state.where);
            states.add(model);
            if (state.has("StartAt")) {
                if (startAt != null) {
                    problems.add(Message.MULTIPLE_START_AT, state.where.on("StartAt"), startAt);
                } else {
                    startAt = state.name;
                }
            }
        }
        return new FlowModel(className, comment, startAt != null ? startAt : declared.get(0).name, states);
    }

    /** Groups a method's annotations and checks that it can be a state; empty when it carries no state annotation. */
    private Optional<Declared> declare(String className, int index, ExecutableElement method) {
        var where = Where.state(className, index);
        var annotations = new LinkedHashMap<String, List<AnnotationReader>>();
        for (AnnotationMirror mirror : StateMethods.stepwise(method.getAnnotationMirrors())) {
            annotations.computeIfAbsent(StateMethods.simpleName(mirror), k -> new ArrayList<>())
                    .add(new AnnotationReader(mirror, elements));
        }
        List<String> stateTypes = STATE_TYPES.stream().filter(annotations::containsKey).toList();
        if (stateTypes.isEmpty()) {
            String first = annotations.keySet().iterator().next();
            problems.add(Message.MODIFIER_WITHOUT_STATE, where.on(first), first);
            return Optional.empty();
        }
        if (stateTypes.size() > 1) {
            problems.add(Message.CONFLICTING_STATE_TYPES, where.on(stateTypes.get(1)), stateTypes.get(0), stateTypes.get(1));
        }
        String methodName = method.getSimpleName().toString();
        if (method.getModifiers().contains(Modifier.PRIVATE)) {
            problems.add(Message.STATE_METHOD_PRIVATE, where, methodName);
        }
        if (method.getModifiers().contains(Modifier.STATIC)) {
            problems.add(Message.STATE_METHOD_STATIC, where, methodName);
        }
        if (!method.getTypeParameters().isEmpty()) {
            problems.add(Message.STATE_METHOD_GENERIC, where, methodName);
        }
        String stateType = stateTypes.get(0);
        for (String annotation : annotations.keySet()) {
            boolean allowed = STATE_TYPES.contains(annotation) || COMMON.contains(annotation)
                    || MODIFIERS.get(stateType).contains(annotation);
            if (!allowed) {
                problems.add(Message.NOT_ALLOWED_ON_TYPE, where.on(annotation), annotation, stateType);
            }
        }
        boolean jsonata = workflowJsonata;
        if (annotations.containsKey("Query")) {
            jsonata = annotations.get("Query").get(0).enumName("value").equals("JSONATA");
            if (workflowJsonata && !jsonata) {
                problems.add(Message.JSONPATH_IN_JSONATA, where.on("Query", "value"));
            }
        }
        var declared = new Declared(method, where, stateType, annotations, jsonata, jsonata && !workflowJsonata);
        if (jsonata) {
            JSONPATH_ANNOTATIONS.stream().filter(declared::has).forEach(annotation -> problems.add(Message.JSONPATH_ONLY,
                    where.on(annotation), "@" + annotation, "its expressions read $states.input and @Output shapes the output"));
        } else if (declared.has("Output")) {
            problems.add(Message.JSONATA_ONLY, where.on("Output"));
        }
        return Optional.of(declared);
    }

    private StateModel build(Declared d, String following) {
        String comment = d.has("Comment") ? d.one("Comment").string("value") : null;
        return switch (d.type) {
            case "Task" -> task(d, comment, following);
            case "Pass" -> pass(d, comment, following);
            case "Choice" -> choice(d, comment, following);
            case "Wait" -> waitState(d, comment, following);
            case "Parallel" -> parallel(d, comment, following);
            case "Map" -> map(d, comment, following);
            case "Succeed" -> new StateModel.Succeed(d.name, comment, path(d, "InputPath"), path(d, "OutputPath"),
                    expressions(d));
            default -> fail(d, comment);
        };
    }

    private Transition transition(Declared d, String following) {
        if (d.has("End") && d.has("Next")) {
            problems.add(Message.END_AND_NEXT, d.where.on("End"));
        }
        if (d.has("End")) {
            return Transition.END;
        }
        if (d.has("Next")) {
            return Transition.to(d.one("Next").string("value"));
        }
        return following == null ? Transition.END : Transition.to(following);
    }

    private StateModel task(Declared d, String comment, String following) {
        AnnotationReader task = d.one("Task");
        String resource = task.string("resource");
        Where at = d.where.on("Task", "resource");
        if (resource.isBlank()) {
            problems.add(Message.TASK_WITHOUT_RESOURCE, at);
        } else if (!resource.startsWith("arn:")) {
            problems.add(Message.INVALID_RESOURCE, at, resource);
        }
        Integer timeout = positive(d, task, "Task", "timeoutSeconds");
        Integer heartbeat = positive(d, task, "Task", "heartbeatSeconds");
        jsonPathOnlyAttributes(d, task, "Task", "timeoutSecondsPath", "heartbeatSecondsPath");
        String timeoutPath = optionalPath(d, task, "Task", "timeoutSecondsPath");
        String heartbeatPath = optionalPath(d, task, "Task", "heartbeatSecondsPath");
        exclusive(d, task, "Task", "timeoutSeconds", "timeoutSecondsPath");
        exclusive(d, task, "Task", "heartbeatSeconds", "heartbeatSecondsPath");
        if (timeout != null && heartbeat != null && heartbeat >= timeout) {
            problems.add(Message.HEARTBEAT_NOT_BELOW_TIMEOUT, d.where.on("Task", "heartbeatSeconds"), heartbeat, timeout);
        }
        RawJson credentials = payload(d.where.on("Task", "credentials"), task.string("credentials"), "credentials", true);
        TaskSignature signature = signature(d);
        RawJson parameters = taskParameters(d, signature);
        return new StateModel.Task(d.name, comment, transition(d, following), data(d, parameters), resource,
                new TaskTimeouts(timeout, timeoutPath, heartbeat, heartbeatPath), credentials, errorHandling(d), signature,
                expressions(d));
    }

    private TaskSignature signature(Declared d) {
        var parameters = new ArrayList<TaskSignature.Parameter>();
        List<? extends VariableElement> declared = d.method.getParameters();
        for (VariableElement parameter : declared) {
            String name = parameter.getSimpleName().toString();
            String source = null;
            for (AnnotationMirror mirror : StateMethods.stepwise(parameter.getAnnotationMirrors())) {
                if (StateMethods.simpleName(mirror).equals("From")) {
                    source = new AnnotationReader(mirror, elements).string("value");
                    Where at = d.where.parameter(name).on("From", "value");
                    (d.jsonata ? JsonataSyntax.check(source) : Intrinsics.checkSource(source, "@From path"))
                            .ifPresent(f -> problems.add(f.at(at)));
                }
            }
            if (source == null && declared.size() > 1) {
                problems.add(Message.PARAMETER_WITHOUT_FROM, d.where.parameter(name), name);
            }
            parameters.add(new TaskSignature.Parameter(name, source, types.read(parameter.asType())));
        }
        return new TaskSignature(d.method.getSimpleName().toString(), parameters, types.read(d.method.getReturnType()));
    }

    /**
     * {@code @Parameters} raw JSON, with one {@code "<name>.$"} key added per {@code @From} parameter; in a JSONata
     * state the {@code Arguments}, with one {@code "<name>": "{% expression %}"} entry per {@code @From} parameter.
     */
    private RawJson taskParameters(Declared d, TaskSignature signature) {
        RawJson raw = d.has("Parameters")
                ? payload(d, d.where.on("Parameters", "value"), d.one("Parameters").string("value"), "@Parameters")
                : null;
        List<TaskSignature.Parameter> bound = signature.parameters().stream().filter(p -> !p.wholeInput()).toList();
        if (bound.isEmpty()) {
            return raw;
        }
        ObjectNode parameters = JsonNodeFactory.instance.objectNode();
        if (raw != null) {
            JsonNode tree = Payloads.parse(raw.text(), "@Parameters", new ArrayList<>(), false);
            if (tree instanceof ObjectNode object) {
                parameters.setAll(object);
            }
        }
        bound.forEach(p -> {
            if (d.jsonata) {
                parameters.put(p.name(), JsonataSyntax.wrap(p.source()));
            } else {
                parameters.put(p.name() + ".$", p.source());
            }
        });
        return Payloads.raw(parameters);
    }

    private StateModel pass(Declared d, String comment, String following) {
        AnnotationReader pass = d.one("Pass");
        if (d.jsonata) {
            jsonPathOnlyAttributes(d, pass, "Pass", "result", "parameters");
            if (d.has("Parameters")) {
                problems.add(Message.JSONPATH_ONLY, d.where.on("Parameters"), "@Parameters on a Pass state",
                        "@Output gives the state's output");
            }
            return new StateModel.Pass(d.name, comment, transition(d, following), data(d, null), null, expressions(d));
        }
        RawJson result = payload(d.where.on("Pass", "result"), pass.string("result"), "result", false);
        RawJson parameters = payload(d.where.on("Pass", "parameters"), pass.string("parameters"), "parameters", true);
        if (parameters == null && d.has("Parameters")) {
            parameters = payload(d.where.on("Parameters", "value"), d.one("Parameters").string("value"), "@Parameters", true);
        }
        return new StateModel.Pass(d.name, comment, transition(d, following), data(d, parameters), result,
                expressions(d));
    }

    private StateModel choice(Declared d, String comment, String following) {
        if (d.has("End")) {
            problems.add(Message.CHOICE_CANNOT_END, d.where.on("End"));
        }
        var rules = new ArrayList<ChoiceRule>();
        List<AnnotationReader> whens = d.all("When");
        for (int k = 0; k < whens.size(); k++) {
            String test = whens.get(k).string("test");
            if (d.jsonata) {
                Where at = d.where.on("When", k, "test");
                JsonataSyntax.check(test).ifPresent(f -> addAt(f, at));
                rules.add(new ChoiceRule(null, JsonataSyntax.wrap(test), whens.get(k).string("next")));
                continue;
            }
            try {
                Condition condition = ConditionParser.parse(test);
                rules.add(new ChoiceRule(condition, test, whens.get(k).string("next")));
            } catch (ConditionParser.SyntaxError e) {
                problems.add(e.finding().at(d.where.on("When", k, "test")));
            }
        }
        if (whens.isEmpty()) {
            problems.add(Message.CHOICE_WITHOUT_RULES, d.where.on("Choice"), d.name);
        }
        String defaultTarget = d.has("Default") ? d.one("Default").string("value") : following;
        return new StateModel.Choice(d.name, comment, path(d, "InputPath"), path(d, "OutputPath"), rules, defaultTarget,
                expressions(d));
    }

    private StateModel waitState(Declared d, String comment, String following) {
        AnnotationReader wait = d.one("Wait");
        jsonPathOnlyAttributes(d, wait, "Wait", "secondsPath", "timestampPath");
        var durations = new ArrayList<WaitDuration>();
        if (wait.isSet("seconds")) {
            int seconds = wait.integer("seconds");
            if (seconds < 0) {
                problems.add(Message.NEGATIVE_NUMBER, d.where.on("Wait", "seconds"), "seconds", seconds);
            }
            durations.add(new WaitDuration(WaitDuration.Field.SECONDS, Integer.toString(seconds)));
        }
        if (wait.isSet("timestamp")) {
            String timestamp = wait.string("timestamp");
            if (!Timestamps.isValid(timestamp)) {
                problems.add(Message.INVALID_TIMESTAMP, d.where.on("Wait", "timestamp"), timestamp);
            }
            durations.add(new WaitDuration(WaitDuration.Field.TIMESTAMP, timestamp));
        }
        String secondsPath = optionalPath(d, wait, "Wait", "secondsPath");
        if (secondsPath != null) {
            durations.add(new WaitDuration(WaitDuration.Field.SECONDS_PATH, secondsPath));
        }
        String timestampPath = optionalPath(d, wait, "Wait", "timestampPath");
        if (timestampPath != null) {
            durations.add(new WaitDuration(WaitDuration.Field.TIMESTAMP_PATH, timestampPath));
        }
        if (durations.isEmpty()) {
            problems.add(Message.WAIT_WITHOUT_DURATION, d.where.on("Wait"));
        } else if (durations.size() > 1) {
            problems.add(Message.WAIT_TWO_DURATIONS, d.where.on("Wait"),
                    String.join(" and ", durations.stream().map(w -> w.field().asl()).toList()));
        }
        return new StateModel.Wait(d.name, comment, transition(d, following), path(d, "InputPath"),
                path(d, "OutputPath"), durations.isEmpty() ? null : durations.get(0), expressions(d));
    }

    private StateModel parallel(Declared d, String comment, String following) {
        var branches = new ArrayList<FlowModel>();
        for (TypeElement branch : d.one("Parallel").types("branches")) {
            subflow(d, branch, "Parallel", "branches", "Parallel branch").ifPresent(branches::add);
        }
        RawJson parameters = d.has("Parameters")
                ? payload(d, d.where.on("Parameters", "value"), d.one("Parameters").string("value"), "@Parameters")
                : null;
        return new StateModel.Parallel(d.name, comment, transition(d, following), data(d, parameters), branches,
                errorHandling(d), expressions(d));
    }

    private StateModel map(Declared d, String comment, String following) {
        AnnotationReader map = d.one("Map");
        jsonPathOnlyAttributes(d, map, "Map", "maxConcurrencyPath", "toleratedFailureCountPath",
                "toleratedFailurePercentagePath");
        String items = d.jsonata ? expression(d, map, "Map", "items") : optionalPath(d, map, "Map", "items");
        RawJson selector = payload(d, d.where.on("Map", "itemSelector"), map.string("itemSelector"), "itemSelector");
        Integer concurrency = nonNegative(d, map, "maxConcurrency");
        Integer failureCount = nonNegative(d, map, "toleratedFailureCount");
        Double percentage = null;
        if (map.isSet("toleratedFailurePercentage")) {
            percentage = map.decimal("toleratedFailurePercentage");
            if (percentage < 0 || percentage > 100) {
                problems.add(Message.PERCENTAGE_RANGE, d.where.on("Map", "toleratedFailurePercentage"), percentage);
            }
        }
        exclusive(d, map, "Map", "maxConcurrency", "maxConcurrencyPath");
        exclusive(d, map, "Map", "toleratedFailureCount", "toleratedFailureCountPath");
        exclusive(d, map, "Map", "toleratedFailurePercentage", "toleratedFailurePercentagePath");
        var limits = new MapLimits(concurrency, optionalPath(d, map, "Map", "maxConcurrencyPath"), failureCount,
                optionalPath(d, map, "Map", "toleratedFailureCountPath"), percentage,
                optionalPath(d, map, "Map", "toleratedFailurePercentagePath"));
        FlowModel processor = subflow(d, map.type("processor"), "Map", "processor", "Map processor")
                .orElse(new FlowModel(map.type("processor").getQualifiedName().toString(), null, "", List.of()));
        return new StateModel.Map(d.name, comment, transition(d, following), data(d, null), items, selector, limits,
                processor, map.enumName("mode"), errorHandling(d), expressions(d));
    }

    private Optional<FlowModel> subflow(Declared d, TypeElement type, String annotation, String attribute, String role) {
        AnnotationMirror flow = StateMethods.stepwise(type.getAnnotationMirrors()).stream()
                .filter(m -> StateMethods.simpleName(m).equals("Flow")).findFirst().orElse(null);
        if (flow == null) {
            problems.add(Message.NOT_A_FLOW, d.where.on(annotation, attribute), type.getSimpleName(), role);
            return Optional.empty();
        }
        if (!instantiable(type)) {
            problems.add(Message.FLOW_NOT_INSTANTIABLE, Where.type(type.getQualifiedName().toString()).on("Flow"),
                    type.getSimpleName());
        }
        String comment = new AnnotationReader(flow, elements).string("comment");
        return Optional.of(parse(type, comment.isEmpty() ? null : comment));
    }

    /** Whether generated code in the workflow's package can call {@code new Flow()}. */
    private static boolean instantiable(TypeElement type) {
        Set<Modifier> modifiers = type.getModifiers();
        boolean nested = type.getNestingKind() == NestingKind.MEMBER;
        if (modifiers.contains(Modifier.ABSTRACT) || modifiers.contains(Modifier.PRIVATE)
                || (nested && !modifiers.contains(Modifier.STATIC)) || type.getKind() != ElementKind.CLASS) {
            return false;
        }
        List<ExecutableElement> constructors =
                ElementFilter.constructorsIn(type.getEnclosedElements());
        return constructors.stream().anyMatch(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE));
    }

    private StateModel fail(Declared d, String comment) {
        AnnotationReader fail = d.one("Fail");
        jsonPathOnlyAttributes(d, fail, "Fail", "errorPath", "causePath");
        String error = emptyToNull(fail.string("error"));
        if (error != null && error.startsWith(ErrorNames.RESERVED_PREFIX)) {
            problems.add(Message.RESERVED_ERROR_NAME, d.where.on("Fail", "error"), error);
        }
        String errorPath = emptyToNull(fail.string("errorPath"));
        String causePath = emptyToNull(fail.string("causePath"));
        if (errorPath != null) {
            Intrinsics.checkSource(errorPath, "errorPath").ifPresent(f -> addAt(f, d.where.on("Fail", "errorPath")));
        }
        if (causePath != null) {
            Intrinsics.checkSource(causePath, "causePath").ifPresent(f -> addAt(f, d.where.on("Fail", "causePath")));
        }
        exclusive(d, fail, "Fail", "error", "errorPath");
        exclusive(d, fail, "Fail", "cause", "causePath");
        return new StateModel.Fail(d.name, comment, error, emptyToNull(fail.string("cause")), errorPath, causePath,
                expressions(d));
    }

    private DataFlow data(Declared d, RawJson parameters) {
        if (d.jsonata) {
            return new DataFlow(null, parameters, null, null, false, null); // ResultPath becomes Output: see output()
        }
        String resultPath = null;
        boolean discard = false;
        if (d.has("ResultPath")) {
            AnnotationReader reader = d.one("ResultPath");
            String value = reader.string("value");
            discard = reader.bool("nullResult") || value.equals("null");
            if (!discard) {
                resultPath = value;
                PathSyntax.checkReferencePath(value, "ResultPath", false)
                        .ifPresent(f -> addAt(f, d.where.on("ResultPath", "value")));
            }
        }
        RawJson selector = d.has("ResultSelector")
                ? payload(d.where.on("ResultSelector", "value"), d.one("ResultSelector").string("value"), "@ResultSelector", true)
                : null;
        return new DataFlow(path(d, "InputPath"), parameters, selector, resultPath, discard, path(d, "OutputPath"));
    }

    private ErrorHandling errorHandling(Declared d) {
        var retriers = new ArrayList<Retrier>();
        List<AnnotationReader> retries = d.all("Retry");
        for (int k = 0; k < retries.size(); k++) {
            AnnotationReader retry = retries.get(k);
            List<String> errors = retry.strings("errors");
            checkErrorNames(errors, "Retry", k, retries.size(), d);
            int interval = retry.integer("intervalSeconds");
            if (interval < 1) {
                problems.add(Message.NOT_POSITIVE, d.where.on("Retry", k, "intervalSeconds"), "intervalSeconds", interval);
            }
            int attempts = retry.integer("maxAttempts");
            if (attempts < 0) {
                problems.add(Message.NEGATIVE_NUMBER, d.where.on("Retry", k, "maxAttempts"), "maxAttempts", attempts);
            }
            double backoff = retry.decimal("backoffRate");
            if (backoff < 1.0) {
                problems.add(Message.BACKOFF_RATE, d.where.on("Retry", k, "backoffRate"), backoff);
            }
            int maxDelay = retry.integer("maxDelaySeconds");
            if (maxDelay < 0) {
                problems.add(Message.NEGATIVE_NUMBER, d.where.on("Retry", k, "maxDelaySeconds"), "maxDelaySeconds", maxDelay);
            }
            retriers.add(new Retrier(errors, interval, attempts, backoff, maxDelay, retry.enumName("jitter")));
        }
        var catchers = new ArrayList<Catcher>();
        List<AnnotationReader> catches = d.all("Catch");
        for (int k = 0; k < catches.size(); k++) {
            AnnotationReader catcher = catches.get(k);
            checkErrorNames(catcher.strings("errors"), "Catch", k, catches.size(), d);
            String resultPath = emptyToNull(catcher.string("resultPath"));
            if (resultPath != null && d.jsonata) {
                problems.add(Message.JSONPATH_ONLY, d.where.on("Catch", k, "resultPath"), "resultPath",
                        "the error output ($states.errorOutput) is the catcher's output");
                resultPath = null;
            } else if (resultPath != null) {
                int occurrence = k;
                PathSyntax.checkReferencePath(resultPath, "Catch resultPath", false)
                        .ifPresent(f -> addAt(f, d.where.on("Catch", occurrence, "resultPath")));
            }
            catchers.add(new Catcher(catcher.strings("errors"), catcher.string("next"), resultPath));
        }
        return new ErrorHandling(retriers, catchers);
    }

    private void checkErrorNames(List<String> errors, String annotation, int occurrence, int count, Declared d) {
        Where at = d.where.on(annotation, occurrence, "errors");
        if (errors.contains(ErrorNames.ALL)) {
            if (errors.size() > 1) {
                problems.add(Message.STATES_ALL_NOT_ALONE, at, "@" + annotation);
            } else if (occurrence < count - 1) {
                problems.add(Message.STATES_ALL_NOT_LAST, at, "@" + annotation);
            }
        }
        for (String error : errors) {
            if (error.startsWith(ErrorNames.RESERVED_PREFIX) && !ErrorNames.PREDEFINED.contains(error)) {
                problems.add(Message.UNKNOWN_STATES_ERROR, at, error,
                        Suggestions.didYouMean(error, ErrorNames.PREDEFINED));
            }
        }
    }

    private String path(Declared d, String annotation) {
        if (!d.has(annotation)) {
            return null;
        }
        String path = d.one(annotation).string("value");
        PathSyntax.checkPath(path, annotation).ifPresent(f -> addAt(f, d.where.on(annotation, "value")));
        return path;
    }

    private String optionalPath(Declared d, AnnotationReader reader, String annotation, String attribute) {
        String path = emptyToNull(reader.string(attribute));
        if (path != null) {
            PathSyntax.checkPath(path, attribute).ifPresent(f -> addAt(f, d.where.on(annotation, attribute)));
        }
        return path;
    }

    private Integer positive(Declared d, AnnotationReader reader, String annotation, String attribute) {
        if (!reader.isSet(attribute)) {
            return null;
        }
        int value = reader.integer(attribute);
        if (value < 1) {
            problems.add(value < 0 ? Message.NEGATIVE_NUMBER : Message.NOT_POSITIVE,
                    d.where.on(annotation, attribute), attribute, value);
        }
        return value;
    }

    private Integer nonNegative(Declared d, AnnotationReader map, String attribute) {
        if (!map.isSet(attribute)) {
            return null;
        }
        int value = map.integer(attribute);
        if (value < 0) {
            problems.add(Message.NEGATIVE_NUMBER, d.where.on("Map", attribute), attribute, value);
        }
        return value;
    }

    private void exclusive(Declared d, AnnotationReader reader, String annotation, String value, String path) {
        if (reader.isSet(value) && reader.isSet(path)) {
            problems.add(Message.BOTH_VALUE_AND_PATH, d.where.on(annotation, path), value, path);
        }
    }

    /** A payload with expressions: {@code .$} templates in a JSONPath state, {@code {% %}} strings in a JSONata one. */
    private RawJson payload(Declared d, Where where, String text, String what) {
        if (!d.jsonata) {
            return payload(where, text, what, true);
        }
        if (text.isEmpty()) {
            return null;
        }
        List<Finding> findings = new ArrayList<>();
        JsonNode tree = Payloads.parseJsonata(text, what, findings);
        findings.forEach(f -> addAt(f, where));
        return tree == null ? null : Payloads.raw(tree);
    }

    /** An optional JSONata expression attribute, checked and wrapped in {@code {% %}}; null when not set. */
    private String expression(Declared d, AnnotationReader reader, String annotation, String attribute) {
        String text = emptyToNull(reader.string(attribute));
        if (text == null) {
            return null;
        }
        JsonataSyntax.check(text).ifPresent(f -> addAt(f, d.where.on(annotation, attribute)));
        return JsonataSyntax.wrap(text);
    }

    private void jsonPathOnlyAttributes(Declared d, AnnotationReader reader, String annotation, String... attributes) {
        if (!d.jsonata) {
            return;
        }
        for (String attribute : attributes) {
            if (reader.isSet(attribute)) {
                problems.add(Message.JSONPATH_ONLY, d.where.on(annotation, attribute), attribute,
                        "write the value as a JSONata expression where the field takes one, e.g. {% $states.input.x %}");
            }
        }
    }

    /** The state's query language, JSONata Output and Assign. */
    private Expressions expressions(Declared d) {
        return new Expressions(d.jsonata, d.ownLanguage, d.jsonata ? output(d) : null, assign(d));
    }

    /**
     * {@code @Output}, or {@code @ResultPath} translated to the Output expression with the same effect: the input
     * with the result in one top-level field, or the input unchanged for a discarded result.
     */
    private RawJson output(Declared d) {
        String output = null;
        if (d.has("Output")) {
            String text = d.one("Output").string("value");
            JsonataSyntax.check(text).ifPresent(f -> addAt(f, d.where.on("Output", "value")));
            output = JsonataSyntax.wrap(text);
            if (d.has("ResultPath")) {
                problems.add(Message.BOTH_VALUE_AND_PATH, d.where.on("ResultPath"), "@Output", "@ResultPath");
            }
        } else if (d.has("ResultPath")) {
            AnnotationReader reader = d.one("ResultPath");
            String path = reader.string("value");
            if (reader.bool("nullResult") || path.equals("null")) {
                output = "{% $states.input %}";
            } else if (path.matches("\\$\\.[A-Za-z_][A-Za-z0-9_]*")) {
                output = "{% $merge([$states.input, {\"" + path.substring(2) + "\": $states.result}]) %}";
            } else if (!path.equals("$")) {
                problems.add(Message.JSONATA_RESULT_PATH, d.where.on("ResultPath", "value"), path);
            }
        }
        return output == null ? null : Payloads.raw(JsonNodeFactory.instance.textNode(output));
    }

    /** {@code Assign}: {@code "name.$": path} in JSONPath, {@code "name": "{% expression %}"} in JSONata. */
    private RawJson assign(Declared d) {
        List<AnnotationReader> assigns = d.all("Assign");
        if (assigns.isEmpty()) {
            return null;
        }
        ObjectNode assign = JsonNodeFactory.instance.objectNode();
        for (int k = 0; k < assigns.size(); k++) {
            String name = assigns.get(k).string("name");
            String value = assigns.get(k).string("value");
            if (!VARIABLE_NAME.matcher(name).matches()) {
                problems.add(Message.INVALID_VARIABLE_NAME, d.where.on("Assign", k, "name"), name);
            } else if (assign.has(name) || assign.has(name + ".$")) {
                problems.add(Message.DUPLICATE_VARIABLE, d.where.on("Assign", k, "name"), name);
            }
            Where at = d.where.on("Assign", k, "value");
            if (d.jsonata) {
                JsonataSyntax.check(value).ifPresent(f -> addAt(f, at));
                assign.put(name, JsonataSyntax.wrap(value));
            } else {
                Intrinsics.checkSource(value, "@Assign value").ifPresent(f -> addAt(f, at));
                assign.put(name + ".$", value);
            }
        }
        return Payloads.raw(assign);
    }

    private RawJson payload(Where where, String text, String what, boolean templates) {
        if (text.isEmpty()) {
            return null;
        }
        List<Finding> findings = new ArrayList<>();
        JsonNode tree = Payloads.parse(text, what, findings, templates);
        findings.forEach(f -> addAt(f, where));
        return tree == null ? null : Payloads.raw(tree);
    }

    private void addAt(Finding finding, Where where) {
        problems.add(finding.at(where));
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /** A state method with its annotations grouped by simple name. */
    private static final class Declared {
        final ExecutableElement method;
        final Where where;
        final String type;
        final String name;
        final Map<String, List<AnnotationReader>> annotations;
        final boolean jsonata;
        final boolean ownLanguage;

        Declared(ExecutableElement method, Where where, String type, Map<String, List<AnnotationReader>> annotations,
                 boolean jsonata, boolean ownLanguage) {
            this.method = method;
            this.where = where;
            this.type = type;
            this.annotations = annotations;
            this.jsonata = jsonata;
            this.ownLanguage = ownLanguage;
            this.name = annotations.containsKey("State")
                    ? annotations.get("State").get(0).string("value") : method.getSimpleName().toString();
        }

        boolean has(String annotation) {
            return annotations.containsKey(annotation);
        }

        AnnotationReader one(String annotation) {
            return annotations.get(annotation).get(0);
        }

        List<AnnotationReader> all(String annotation) {
            return annotations.getOrDefault(annotation, List.of());
        }
    }
}
