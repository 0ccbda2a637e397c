package dev.stepwise.processor.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problem;
import dev.stepwise.processor.diag.Problems;
import dev.stepwise.processor.diag.Sites;
import dev.stepwise.processor.diag.Where;
import dev.stepwise.processor.model.BranchResults;
import dev.stepwise.processor.model.Catcher;
import dev.stepwise.processor.model.Condition;
import dev.stepwise.processor.model.DataContract;
import dev.stepwise.processor.model.DataFlow;
import dev.stepwise.processor.model.DistributedMap;
import dev.stepwise.processor.model.FlowModel;
import dev.stepwise.processor.model.JavaNames;
import dev.stepwise.processor.model.JavaType;
import dev.stepwise.processor.model.JsonShape;
import dev.stepwise.processor.model.LambdaEnvelope;
import dev.stepwise.processor.model.MapLimits;
import dev.stepwise.processor.model.RawJson;
import dev.stepwise.processor.model.StateModel;
import dev.stepwise.processor.model.TaskSignature;
import dev.stepwise.processor.model.Transition;
import dev.stepwise.processor.model.TypeCatalog;
import dev.stepwise.processor.model.WaitDuration;
import dev.stepwise.processor.model.WorkflowModel;
import dev.stepwise.processor.parse.JsonataSyntax;
import dev.stepwise.processor.parse.PathSyntax;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows the JSON document through a workflow's state graph, knowing the Java type at each path: it starts as the
 * workflow input, {@code ResultPath "$.x"} adds field x with the result type, {@code ResultPath "$"} replaces the
 * document, {@code OutputPath} narrows it. Every path a state reads is checked against what is known (a misspelt
 * field is an error listing the fields that exist) and, while the document is still the workflow input, an unknown
 * root field becomes a field of the input record.
 *
 * <p>What reaches a state is the join of what every edge into it carries: Next, each Choice rule and Default, and
 * each catcher's error output. Loops (a Catch or a Choice going back to an earlier state; a Retry reruns a state on
 * the same input and adds no edge) are followed to a fixpoint, so the output record has every field some path to
 * the end writes. A Parallel branch is tracked from the Parallel's effective input, a Map item processor from the
 * item (its element type, or the ItemSelector's shape); what a branch reads of the workflow input joins the input
 * record.
 *
 * <p>A JSONata state is followed through the expressions whose form {@link JsonataForms} recognises: paths from
 * {@code $states.input} are read like JSONPath paths, paths from {@code $states.result} and from variables are
 * checked against the result's and the variable's type, and an Output that is such a path, an object constructor
 * or a {@code $merge} of them gives the next document. Any other expression reads and yields nothing certain.
 */
public final class TypeTracker {

    /** The contract found and the problems with paths that cannot exist. */
    public record Result(DataContract contract, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /**
     * What the trackers of one workflow's flows share: the shapes, the sites, the problems, the input learnt, the
     * variables assigned, and the records of Parallel results by state (with the names given them).
     */
    private record Context(Shapes shapes, Sites sites, Problems problems, Document input, Variables variables,
                           WorkflowModel model, Map<String, BranchResults> branchResults, Map<String, String> names,
                           Map<String, JavaType> learnt) {

        Context withVariables(Variables scope) {
            return new Context(shapes, sites, problems, input, scope, model, branchResults, names, learnt);
        }
    }

    /**
     * How many times the fixpoint may visit each state: every join only adds fields or widens them, so this is never
     * reached by a real workflow; it keeps a pathological graph from taking unbounded time.
     */
    private static final int VISITS_PER_STATE = 64;

    /** What a JSONPath Assign of a Task, Parallel, Map or Pass reads, in messages. */
    private static final String STATE_RESULT = "the state's result";

    /** {@code $[index]} and what follows it: an element of an array result, in a JSONPath written by hand. */
    private static final Pattern ELEMENT = Pattern.compile("\\$\\[(\\d{1,9})](.*)");

    private final Context context;
    private final Shapes shapes;
    private final Document input;
    /** Whether problems found are reported: only on the final pass, once what reaches each state is known. */
    private final boolean reporting;
    private Document document;
    /** The result type of the Parallel or Map being visited, from its flows' outputs; null before it is known. */
    private JavaType subflowResult;
    /** Whether a catcher's expressions are being read: they see the error output as $states.errorOutput. */
    private boolean catching;
    /** The whole output type of each of its flows, by position, when known. */
    private List<Optional<JavaType>> branchOutputs = List.of();
    /** What reaches each state (joined over every edge into it), by state name; absent while unreached. */
    private final Map<String, Document> entries = new HashMap<>();
    /** The documents the flow ends with (Succeed states, End transitions), joined; null before the first. */
    private Document ending;
    /** Whether the current pass propagates to successors (the fixpoint) or only visits (the final pass). */
    private boolean propagating;
    /** The states whose entry changed since they were last visited, by declaration index. */
    private final TreeSet<Integer> pending = new TreeSet<>();
    private Map<String, Integer> indexes = Map.of();

    private TypeTracker(Context context, Document start, boolean reporting) {
        this.context = context;
        this.shapes = context.shapes();
        this.input = context.input();
        this.document = start;
        this.reporting = reporting;
    }

    public static Result track(WorkflowModel model, Sites sites) {
        var shapes = new Shapes(model.types());
        // a declared input type closes the input: its properties are the input record's, and no read adds one
        Document start = model.input() == null ? Document.open()
                : shapes.documentOf(model.input()).describedAs("the workflow input " + model.input().display());
        // an inferred input field's type is known only once every state has read it: a first walk learns them, so
        // the field one state reads as any JSON has, in every document, the type another state reads it with
        var learnt = new HashMap<String, JavaType>();
        if (model.input() == null) {
            var first = new Context(shapes, sites, new Problems(), start.copy(), Variables.of(model.flow()), model,
                    new LinkedHashMap<>(), new HashMap<>(), Map.of());
            new TypeTracker(first, start.copy(), false).walk(model.flow());
            first.input().properties().forEach(field -> learnt.put(field.name(), field.type()));
        }
        var context = new Context(shapes, sites, new Problems(), start.copy(), Variables.of(model.flow()), model,
                new LinkedHashMap<>(), new HashMap<>(), learnt);
        Document output = new TypeTracker(context, start, true).walk(model.flow());
        List<TypeCatalog.Property> outputFields = output.properties().stream()
                .map(p -> new TypeCatalog.Property(p.name(), Shapes.erase(p.type()))).toList();
        return new Result(new DataContract(context.input().properties(), outputFields,
                        List.copyOf(context.branchResults().values())),
                context.problems().snapshot());
    }

    /** A tracker for a branch or item processor: it reports only on this tracker's final pass. */
    private TypeTracker sub(Document start) {
        return new TypeTracker(context, start, reporting && !propagating);
    }

    /** A tracker for a Map's item processor: a Distributed Map's runs as a child workflow, with its own variables. */
    private TypeTracker itemProcessor(StateModel.Map map, Document start) {
        return map.isDistributed()
                ? new TypeTracker(context.withVariables(Variables.ofChildWorkflow(map.processor(), context.variables())),
                        start, reporting && !propagating)
                : sub(start);
    }

    /** Reports a problem on the final pass of a reporting tracker; the fixpoint's partial views report nothing. */
    private void report(Message message, Where where, Object... args) {
        if (reporting && !propagating) {
            context.problems().add(message, where, args);
        }
    }

    /**
     * Follows the flow's state graph from StartAt and returns what it outputs, as far as its states show it. The
     * documents reaching each state are joined over every edge into it (Next, Choice rules and Default, Catch) until
     * nothing changes, so a field written on a path that loops back is known wherever the loop leads; then each
     * reached state is visited once more, in declaration order, against what reaches it, and only that pass reports.
     */
    private Document walk(FlowModel flow) {
        var names = new HashMap<String, Integer>();
        for (int k = 0; k < flow.states().size(); k++) {
            names.putIfAbsent(flow.states().get(k).name(), k);
        }
        indexes = names;
        reach(flow.startAt(), document);
        propagating = true;
        int budget = VISITS_PER_STATE * Math.max(1, flow.states().size());
        while (!pending.isEmpty() && budget-- > 0) {
            StateModel state = flow.states().get(pending.pollFirst());
            document = entries.get(state.name()).copy();
            visit(state);
        }
        propagating = false;
        ending = null;
        for (int k = 0; k < flow.states().size(); k++) {
            StateModel state = flow.states().get(k);
            if (indexes.get(state.name()) == k && entries.containsKey(state.name())) {
                document = entries.get(state.name()).copy();
                visit(state);
            }
        }
        return ending != null ? ending : Document.opaque();
    }

    /** Joins a document into what reaches a state, and queues the state when that changed what it knew. */
    private void reach(String target, Document arriving) {
        Integer index = indexes.get(target);
        if (index == null) {
            return;
        }
        Document known = entries.get(target);
        Document joined = known == null ? arriving.copy() : known.join(arriving);
        if (!joined.equals(known)) {
            entries.put(target, joined);
            pending.add(index);
        }
    }

    private void visit(StateModel state) {
        subflowResult = null;
        branchOutputs = List.of();
        if (state.expressions().jsonata()) {
            catchErrors(state, true);
            visitJsonata(state);
        } else {
            Where where = context.sites().of(state);
            String inputPath = inputPath(state);
            if (inputPath != null) {
                readWhole(inputPath, where.on("InputPath", "value"));
            }
            for (Read read : reads(state, where)) {
                compose(inputPath, read.path()).ifPresent(path -> resolve(path, read.type(), read.where()));
            }
            if (state instanceof StateModel.Choice choice) {
                neverTrueTests(choice, inputPath, where);
            }
            readTaskParameters(state, inputPath, where);
            enterSubflows(state, inputPath, where);
            catchErrors(state, false);
            Document effectiveInput = effectiveInput(inputPath);
            Document result = writeResult(state);
            jsonPathAssign(state.expressions().assign(), k -> where.on("Assign", k, "value"),
                    result != null ? result : effectiveInput, state.name());
            outputPath(state).ifPresent(path -> {
                document.asStateOutput();
                readWhole(path, where.on("OutputPath", "value"));
                document = view(path);
            });
        }
        if (state instanceof StateModel.Succeed || state.transition().filter(Transition::isEnd).isPresent()) {
            ending = ending == null ? document.copy() : ending.join(document);
        }
        if (propagating) {
            if (state instanceof StateModel.Choice choice) {
                choice.targets().forEach(target -> reach(target, document));
            } else {
                state.transition().filter(next -> !next.isEnd()).ifPresent(next -> reach(next.next(), document));
            }
        }
    }

    /**
     * Each catcher sends the state's output on the error to its target: in JSONPath the error output, placed by its
     * ResultPath into the state's raw input; in JSONata its Output, else the error output. Its Assign reads the
     * error output ({@code $} in JSONPath, {@code $states.errorOutput} in JSONata) and the state's raw input
     * ({@code $states.input}), and assigns instead of the state's own (the conformance case
     * states_variables__test_catch_error_variable_sampling__TASK_CATCH_ERROR_VARIABLE_SAMPLING).
     */
    private void catchErrors(StateModel state, boolean jsonata) {
        List<Catcher> catchers = state.errorHandling().catchers();
        Where where = context.sites().of(state);
        for (int k = 0; k < catchers.size(); k++) {
            Catcher catcher = catchers.get(k);
            Where at = where.on("Catch", k, "assign");
            String assigner = Variables.catcherOf(state, k);
            Document output;
            if (jsonata) {
                catching = true;
                jsonataAssign(catcher.assign(), n -> at, null)
                        .forEach((name, type) -> context.variables().assign(assigner, name, type));
                output = catcherOutput(catcher, where.on("Catch", k, "output"));
                catching = false;
            } else {
                jsonPathAssign(catcher.assign(), n -> at, shapes.documentOf(Shapes.ERROR_OUTPUT)
                        .describedAs("the error output"), assigner);
                if (catcher.resultPath() == null || catcher.resultPath().equals("$")) {
                    output = shapes.documentOf(Shapes.ERROR_OUTPUT);
                } else {
                    output = document.copy();
                    placeField(output, catcher.resultPath(), Shapes.ERROR_OUTPUT);
                }
            }
            if (propagating) {
                reach(catcher.next(), output);
            }
        }
    }

    /** A JSONata catcher's output: its Output, checked, else the error output. */
    private Document catcherOutput(Catcher catcher, Where where) {
        Optional<JsonNode> output = JsonataTemplate.parse(catcher.output());
        if (output.isEmpty()) {
            return shapes.documentOf(Shapes.ERROR_OUTPUT);
        }
        checkTemplate(output.get(), null, where);
        return yields(null).documentOf(output.get());
    }

    /** Checks a path that selects a part of the document (InputPath, OutputPath), which must be there. */
    private void readWhole(String path, Where where) {
        compose(null, path).ifPresent(selected -> resolve(selected, JavaType.JSON, where));
    }

    /**
     * Checks the paths a Task's {@code @Parameters} read from its effective input; those of its {@code @From}
     * parameters were read with their types.
     */
    private void readTaskParameters(StateModel state, String inputPath, Where where) {
        if (state instanceof StateModel.Task task && task.data().parameters() != null) {
            var bound = new HashSet<String>();
            task.signature().parameters().forEach(parameter -> bound.add(parameter.source()));
            Where at = where.on("Parameters", "value");
            PayloadShape.of(task.data().parameters(), value -> bound.contains(value) ? JavaType.JSON
                    : payloadValue(value, inputPath, Optional.empty(), at));
        }
    }

    /** Tracks the branches of a Parallel and the item processor of a Map, each from the input it receives. */
    private void enterSubflows(StateModel state, String inputPath, Where where) {
        if (state instanceof StateModel.Parallel parallel) {
            RawJson parameters = parallel.data().parameters();
            Document start = parameters == null ? effectiveInput(inputPath)
                    : PayloadShape.of(parameters, value -> payloadValue(value, inputPath, Optional.empty(),
                            where.on("Parameters", "value")));
            var outputs = new ArrayList<Document>();
            for (FlowModel branch : parallel.branches()) {
                outputs.add(sub(start.copy()).walk(branch));
            }
            subflowResult = parallelResult(parallel, outputs);
            learnInputFields();
        } else if (state instanceof StateModel.Map map) {
            DistributedMap distributed = map.distributed();
            distributedPayloads(distributed, where).forEach((payload, at) -> PayloadShape.of(payload,
                    value -> payloadValue(value, inputPath, Optional.empty(), at)));
            // items an ItemReader reads from S3 have no type here
            Optional<JavaType> item = distributed.reader() != null ? Optional.empty()
                    : compose(inputPath, map.itemsPath() == null ? "$" : map.itemsPath())
                            .flatMap(this::typeAt).flatMap(shapes::elementOf);
            Document start = map.itemSelector() == null ? item.map(shapes::documentOf).orElseGet(Document::opaque)
                    : PayloadShape.of(map.itemSelector(),
                            value -> payloadValue(value, inputPath, item, where.on("Map", "itemSelector")));
            subflowResult = mapResult(distributed, itemProcessor(map, batched(distributed, start)).walk(map.processor()));
        }
    }

    /**
     * The payloads of a Distributed Map's ItemReader, ItemBatcher and ResultWriter, by the annotation that wrote
     * them: each reads the state's effective input.
     */
    private static Map<RawJson, Where> distributedPayloads(DistributedMap distributed, Where where) {
        var payloads = new LinkedHashMap<RawJson, Where>();
        if (distributed.reader() != null && distributed.reader().parameters() != null) {
            payloads.put(distributed.reader().parameters(), where.on("ItemReader", "parameters"));
        }
        if (distributed.batcher() != null && distributed.batcher().batchInput() != null) {
            payloads.put(distributed.batcher().batchInput(), where.on("ItemBatcher", "batchInput"));
        }
        if (distributed.writer() != null && distributed.writer().parameters() != null) {
            payloads.put(distributed.writer().parameters(), where.on("ResultWriter", "parameters"));
        }
        return payloads;
    }

    /**
     * With an ItemBatcher each child execution receives a batch, not one item: {@code {"Items": [...]}}, with
     * {@code "BatchInput"} when the batcher sets one. Those fields and no others, so a misspelt one is an error.
     */
    private static Document batched(DistributedMap distributed, Document item) {
        if (distributed.batcher() == null) {
            return item;
        }
        var fields = new ArrayList<TypeCatalog.Property>();
        fields.add(new TypeCatalog.Property("Items", JavaType.listOf(item.wholeType().orElse(JavaType.JSON))));
        if (distributed.batcher().batchInput() != null) {
            fields.add(new TypeCatalog.Property("BatchInput", JavaType.JSON));
        }
        return Document.closed(fields).describedAs("the batch a child execution receives");
    }

    /**
     * A Map's result: the list of its item processor's outputs, unless a ResultWriter exports them (the result is
     * then the export's description) or reshapes them: any JSON then.
     */
    private static JavaType mapResult(DistributedMap distributed, Document processorOutput) {
        if (distributed.writer() != null) {
            return JavaType.JSON;
        }
        return JavaType.listOf(outputType(processorOutput).orElse(JavaType.JSON));
    }

    /** The state input after InputPath, as a branch receives it: still the workflow input when InputPath is $. */
    private Document effectiveInput(String inputPath) {
        return inputPath == null || inputPath.equals("$") ? document.copy() : view(inputPath);
    }

    /**
     * The type of the value a payload's {@code ".$"} key selects: a path into the effective input (checked like any
     * read), a path into the Map item, the item's index, or, for other context paths and intrinsics, any JSON.
     */
    private JavaType payloadValue(String value, String inputPath, Optional<JavaType> item, Where where) {
        String itemValue = "$$.Map.Item.Value";
        if (value.equals("$$.Map.Item.Index")) {
            return JavaType.INTEGER;
        }
        if (value.startsWith(itemValue)) {
            String rest = value.substring(itemValue.length());
            if (rest.isEmpty()) {
                return item.orElse(JavaType.JSON);
            }
            if (item.isEmpty()) {
                return JavaType.JSON;
            }
            checkNested(value, item.get(), PathSyntax.steps("$" + rest), where, false);
            List<String> segments = PathSyntax.segments("$" + rest);
            return isPlain("$" + rest, segments) ? shapes.typeWithin(item, segments).orElse(JavaType.JSON)
                    : JavaType.JSON;
        }
        Optional<String> path = compose(inputPath, value);
        if (path.isEmpty()) {
            return JavaType.JSON;
        }
        resolve(path.get(), JavaType.JSON, where);
        return typeAt(path.get()).orElse(JavaType.JSON);
    }

    /** After the branches ran: the input fields they read are fields of this document while it is still the input. */
    private void learnInputFields() {
        if (document.knowledge() == Document.Knowledge.INPUT) {
            for (TypeCatalog.Property field : input.properties()) {
                if (document.type(field.name()).isEmpty()) {
                    document.put(field.name(), field.type());
                }
            }
        }
    }

    // --- JSONata states ---

    /**
     * A JSONata state reads its input and result through expressions: the forms {@link JsonataForms} recognises are
     * checked and typed like paths, any other expression is left alone. Arguments, Items and conditions see the
     * state input; Assign and Output also see the result, and see the variables as they were before the state.
     * Without an Output, a Task, Parallel or Map outputs its result, any other state its input.
     */
    private void visitJsonata(StateModel state) {
        Where where = context.sites().of(state);
        readJsonataInput(state, where);
        enterJsonataSubflows(state);
        JavaType result = resultType(state);
        Map<String, JavaType> assigned = jsonataAssign(state.expressions().assign(), k -> where.on("Assign", k, "value"),
                result);
        Document output = jsonataOutput(state, where, result);
        assigned.forEach((name, type) -> context.variables().assign(state.name(), name, type));
        document = output;
    }

    /**
     * The type of the state's result, as {@code $states.result} holds it; null for a state without one. A Parallel's
     * or Map's is the one its branches or item processor gave ({@link #parallelResult}).
     */
    private JavaType resultType(StateModel state) {
        if (state instanceof StateModel.Task task) {
            // a void method says nothing of what the resource returns on AWS
            JavaType returned = task.signature().returnType();
            if (LambdaEnvelope.wraps(task.resource())) {
                return LambdaEnvelope.of(returned);
            }
            return returned.equals(JavaType.VOID) ? JavaType.JSON : returned;
        } else if (state instanceof StateModel.Parallel || state instanceof StateModel.Map) {
            return subflowResult != null ? subflowResult : JavaType.listOf(JavaType.JSON);
        }
        return null;
    }

    /** The Java type a flow outputs as a whole (the result of a Task it ends with, say), when it is one. */
    private static Optional<JavaType> outputType(Document output) {
        return output.wholeType().filter(type -> !type.equals(Shapes.ERROR_OUTPUT));
    }

    /**
     * The result of a Parallel, one element per branch: a list of the type every branch outputs, a list of any JSON
     * when no branch's type is known, else a record with one component per branch ({@link BranchResults}), named
     * after the state. The last visit of the state decides, so the record matches the types of the final pass.
     */
    private JavaType parallelResult(StateModel.Parallel parallel, List<Document> outputs) {
        branchOutputs = outputs.stream().map(TypeTracker::outputType).toList();
        context.branchResults().remove(parallel.name());
        if (branchOutputs.stream().distinct().count() <= 1 || branchOutputs.stream().allMatch(Optional::isEmpty)) {
            // no branch (refused by the validator), branches of one type, or of none known
            return JavaType.listOf(branchOutputs.stream().findFirst().flatMap(type -> type).orElse(JavaType.JSON));
        }
        WorkflowModel model = context.model();
        String name = context.names().computeIfAbsent(parallel.name(), state -> JavaNames.unique(
                JavaNames.typeFragment(state) + "Results", new HashSet<>(context.names().values())));
        var type = new JavaType.ClassType(model.packageName(), List.of(model.generatedClassName(), name), List.of());
        var components = new ArrayList<TypeCatalog.Property>();
        var taken = new HashSet<String>();
        for (int k = 0; k < parallel.branches().size(); k++) {
            List<String> simpleNames = parallel.branches().get(k).type().simpleNames();
            String flow = simpleNames.get(simpleNames.size() - 1);
            String component = JavaNames.unique(Character.toLowerCase(flow.charAt(0)) + flow.substring(1), taken);
            components.add(new TypeCatalog.Property(component, branchOutputs.get(k).orElse(JavaType.JSON)));
        }
        context.branchResults().put(parallel.name(), new BranchResults(type, parallel.name(), components));
        return type;
    }

    /**
     * Checks the expressions a state evaluates against its input: task arguments, Map items, Choice conditions,
     * and its dynamic settings (a whole path among them types the input field it reads, as in JSONPath).
     */
    private void readJsonataInput(StateModel state, Where where) {
        for (Read setting : dynamicSettings(state, where)) {
            checkJsonata(JsonataSyntax.unwrap(setting.path()), setting.type(), null, setting.where());
        }
        if (state instanceof StateModel.Task task) {
            var bound = new HashSet<String>();
            for (TaskSignature.Parameter parameter : task.signature().parameters()) {
                if (!parameter.wholeInput()) {
                    bound.add(parameter.name());
                    checkJsonata(JsonataSyntax.unwrap(parameter.source()), parameter.type(), null,
                            where.parameter(parameter.name()).on("From", "value"));
                }
            }
            JsonataTemplate.parse(task.data().parameters()).ifPresent(arguments -> {
                if (!arguments.isObject()) {
                    checkTemplate(arguments, null, where.on("Parameters", "value"));
                }
                arguments.properties().forEach(entry -> {
                    if (!bound.contains(entry.getKey())) { // the @From parameters were checked with their types
                        checkTemplate(entry.getValue(), null, where.on("Parameters", "value"));
                    }
                });
            });
        } else if (state instanceof StateModel.Parallel parallel) {
            JsonataTemplate.parse(parallel.data().parameters())
                    .ifPresent(arguments -> checkTemplate(arguments, null, where.on("Parameters", "value")));
        } else if (state instanceof StateModel.Map map) {
            if (map.itemsPath() != null) {
                checkJsonata(JsonataSyntax.unwrap(map.itemsPath()), JavaType.JSON, null, where.on("Map", "items"));
            }
            JsonataTemplate.parse(map.itemSelector())
                    .ifPresent(selector -> checkTemplate(selector, null, where.on("Map", "itemSelector")));
            distributedPayloads(map.distributed(), where).forEach((payload, at) -> JsonataTemplate.parse(payload)
                    .ifPresent(arguments -> checkTemplate(arguments, null, at)));
        } else if (state instanceof StateModel.Choice choice) {
            for (int k = 0; k < choice.rules().size(); k++) {
                if (choice.rules().get(k).isJsonata()) {
                    String condition = JsonataSyntax.unwrap(choice.rules().get(k).source());
                    Where at = where.on("When", k, "test");
                    // a path compared with a literal has the literal's type: it types the input field it reads
                    JsonataForms.comparison(condition).ifPresentOrElse(
                            comparison -> checkJsonata(comparison.path(), JsonataValues.typeOf(comparison.literal()),
                                    null, at),
                            () -> checkJsonata(condition, JavaType.JSON, null, at));
                }
            }
        }
    }

    /**
     * Tracks a Parallel's branches from its Arguments (or its input) and a Map's item processor from its
     * ItemSelector (or the element type of its Items, when they are a path of known type).
     */
    private void enterJsonataSubflows(StateModel state) {
        if (state instanceof StateModel.Parallel parallel) {
            Document start = JsonataTemplate.parse(parallel.data().parameters())
                    .map(arguments -> yields(null).documentOf(arguments)).orElseGet(document::copy);
            var outputs = new ArrayList<Document>();
            for (FlowModel branch : parallel.branches()) {
                outputs.add(sub(start.copy()).walk(branch));
            }
            subflowResult = parallelResult(parallel, outputs);
            learnInputFields();
        } else if (state instanceof StateModel.Map map) {
            Optional<JsonNode> selector = JsonataTemplate.parse(map.itemSelector());
            Document start;
            if (selector.isPresent()) {
                start = yields(null).documentOf(selector.get());
            } else if (map.distributed().reader() != null) {
                start = Document.opaque();
            } else {
                start = Optional.ofNullable(map.itemsPath())
                        .flatMap(items -> JsonataForms.path(JsonataSyntax.unwrap(items)))
                        .flatMap(items -> yields(null).typeOf(items)).flatMap(shapes::elementOf)
                        .map(shapes::documentOf).orElseGet(Document::opaque);
            }
            subflowResult = mapResult(map.distributed(),
                    itemProcessor(map, batched(map.distributed(), start)).walk(map.processor()));
        }
    }

    /**
     * Checks each value of a JSONata Assign (a state's or a catcher's, whose k-th value was written at
     * {@code valueAt}) and returns the type each variable receives, in order.
     */
    private Map<String, JavaType> jsonataAssign(RawJson raw, IntFunction<Where> valueAt, JavaType result) {
        var assigned = new LinkedHashMap<String, JavaType>();
        Optional<JsonNode> assign = JsonataTemplate.parse(raw);
        if (assign.isEmpty()) {
            return assigned;
        }
        int k = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = assign.get().properties().iterator(); it.hasNext(); k++) {
            Map.Entry<String, JsonNode> entry = it.next();
            Where at = valueAt.apply(k);
            checkTemplate(entry.getValue(), result, at);
            assigned.put(Variables.name(entry.getKey()), yields(result).typeOf(entry.getValue()));
        }
        return assigned;
    }

    /** Checks the Output and returns the document the state outputs. */
    private Document jsonataOutput(StateModel state, Where where, JavaType result) {
        Optional<JsonNode> output = JsonataTemplate.parse(state.expressions().output());
        if (output.isPresent()) {
            checkTemplate(output.get(), result, where.on("Output", "value"));
            return yields(result).documentOf(output.get());
        }
        if (state instanceof StateModel.Task || state instanceof StateModel.Parallel
                || state instanceof StateModel.Map) {
            return shapes.documentOf(result);
        }
        return document;
    }

    /** Checks every expression of a template, each as a read of any JSON. */
    private void checkTemplate(JsonNode template, JavaType result, Where where) {
        JsonataTemplate.forEachExpression(template, expression -> checkJsonata(expression, JavaType.JSON, result, where));
    }

    /**
     * Checks the paths an expression reads. When the expression is one path, its value is what the reader expects
     * (a task parameter's type), so a root input field it names takes that type in the input record.
     *
     * @param result the type of {@code $states.result}, or null where there is none
     */
    private void checkJsonata(String expression, JavaType expected, JavaType result, Where where) {
        JsonataForms.Reads reads = JsonataForms.reads(expression);
        boolean whole = reads.whole();
        for (JsonataForms.Reference reference : reads.references()) {
            switch (reference.root()) {
                case INPUT -> resolve(reference.text(), List.copyOf(reference.fields()),
                        whole && reference.fields().size() == 1, whole ? expected : JavaType.JSON, where, true);
                case RESULT -> {
                    if (result != null) {
                        checkNested(reference.text(), result, reference.fields(), where, true);
                    }
                }
                case ERROR_OUTPUT -> {
                    if (catching) {
                        checkNested(reference.text(), Shapes.ERROR_OUTPUT, reference.fields(), where, true);
                    }
                }
                case VARIABLE -> context.variables().type(reference.variable())
                        .ifPresent(type -> checkNested(reference.text(), type, reference.fields(), where, true));
            }
        }
    }

    /** What JSONata yields in the current state, whose result has type {@code result} (null: none). */
    private JsonataYields yields(JavaType result) {
        return new JsonataYields(document, result, catching, shapes, context.variables());
    }

    /** A path a state reads, the Java type it expects there, and the attribute that wrote it. */
    private record Read(String path, JavaType type, Where where) {
    }

    private List<Read> reads(StateModel state, Where where) {
        var reads = new ArrayList<Read>();
        if (state instanceof StateModel.Task task) {
            for (TaskSignature.Parameter parameter : task.signature().parameters()) {
                if (!parameter.wholeInput()) {
                    reads.add(new Read(parameter.source(), parameter.type(),
                            where.parameter(parameter.name()).on("From", "value")));
                }
            }
        } else if (state instanceof StateModel.Map map && map.itemsPath() != null) {
            reads.add(new Read(map.itemsPath(), JavaType.listOf(JavaType.JSON), where.on("Map", "items")));
        } else if (state instanceof StateModel.Choice choice) {
            for (int k = 0; k < choice.rules().size(); k++) {
                if (choice.rules().get(k).isJsonata()) {
                    continue;
                }
                variables(choice.rules().get(k).condition(), where.on("When", k, "test"), reads);
            }
        }
        reads.addAll(dynamicSettings(state, where));
        return reads;
    }

    /**
     * The settings a state reads from its input when it runs: the dynamic forms of its numbers, timestamp, error
     * and cause, each with the type AWS needs there. In a JSONPath state each is a path; in a JSONata state an
     * expression (wrapped in {@code {% %}}), which a Fail's error and cause and a Wait's timestamp may also be.
     */
    private static List<Read> dynamicSettings(StateModel state, Where where) {
        var reads = new ArrayList<Read>();
        BiConsumer<String, Read> add = (value, read) -> {
            if (value != null) {
                reads.add(read);
            }
        };
        if (state instanceof StateModel.Task task) {
            String timeout = task.timeouts().timeoutSecondsPath();
            String heartbeat = task.timeouts().heartbeatSecondsPath();
            add.accept(timeout, new Read(timeout, JavaType.INTEGER, where.on("Task", "timeoutSecondsPath")));
            add.accept(heartbeat, new Read(heartbeat, JavaType.INTEGER, where.on("Task", "heartbeatSecondsPath")));
        } else if (state instanceof StateModel.Map map) {
            MapLimits limits = map.limits();
            add.accept(limits.maxConcurrencyPath(), new Read(limits.maxConcurrencyPath(), JavaType.INTEGER,
                    where.on("Map", "maxConcurrencyPath")));
            add.accept(limits.toleratedFailureCountPath(), new Read(limits.toleratedFailureCountPath(),
                    JavaType.INTEGER, where.on("Map", "toleratedFailureCountPath")));
            add.accept(limits.toleratedFailurePercentagePath(), new Read(limits.toleratedFailurePercentagePath(),
                    JavaType.NUMBER, where.on("Map", "toleratedFailurePercentagePath")));
            DistributedMap.Reader reader = map.distributed().reader();
            if (reader != null) {
                add.accept(reader.maxItemsPath(), new Read(reader.maxItemsPath(), JavaType.INTEGER,
                        where.on("ItemReader", "maxItemsPath")));
            }
            DistributedMap.Batcher batcher = map.distributed().batcher();
            if (batcher != null) {
                add.accept(batcher.maxItemsPerBatchPath(), new Read(batcher.maxItemsPerBatchPath(), JavaType.INTEGER,
                        where.on("ItemBatcher", "maxItemsPerBatchPath")));
                add.accept(batcher.maxInputBytesPerBatchPath(), new Read(batcher.maxInputBytesPerBatchPath(),
                        JavaType.INTEGER, where.on("ItemBatcher", "maxInputBytesPerBatchPath")));
            }
        } else if (state instanceof StateModel.Wait wait && wait.duration() != null) {
            WaitDuration duration = wait.duration();
            switch (duration.field()) {
                case SECONDS_PATH -> reads.add(new Read(duration.value(), JavaType.INTEGER,
                        where.on("Wait", "secondsPath")));
                case TIMESTAMP_PATH -> reads.add(new Read(duration.value(), JavaType.STRING,
                        where.on("Wait", "timestampPath")));
                case TIMESTAMP -> add.accept(expression(state, duration.value()),
                        new Read(duration.value(), JavaType.STRING, where.on("Wait", "timestamp")));
                default -> { }
            }
        } else if (state instanceof StateModel.Fail fail) {
            add.accept(fail.errorPath(), new Read(fail.errorPath(), JavaType.STRING, where.on("Fail", "errorPath")));
            add.accept(fail.causePath(), new Read(fail.causePath(), JavaType.STRING, where.on("Fail", "causePath")));
            add.accept(expression(state, fail.error()), new Read(fail.error(), JavaType.STRING,
                    where.on("Fail", "error")));
            add.accept(expression(state, fail.cause()), new Read(fail.cause(), JavaType.STRING,
                    where.on("Fail", "cause")));
        }
        return reads;
    }

    /** A literal setting that a JSONata state evaluates, being a {@code {% %}} expression; else null. */
    private static String expression(StateModel state, String value) {
        return value != null && state.expressions().jsonata() && JsonataSyntax.isWrapped(value) ? value : null;
    }

    private static void variables(Condition condition, Where where, List<Read> reads) {
        if (condition instanceof Condition.Compare compare) {
            JavaType type = switch (compare.kind()) {
                case NUMERIC -> JavaType.NUMBER;
                case BOOLEAN -> JavaType.BOOLEAN;
                default -> JavaType.STRING;
            };
            reads.add(new Read(compare.variable(), type, where));
            if (compare.otherPath() != null) {
                reads.add(new Read(compare.otherPath(), type, where));
            }
        } else if (condition instanceof Condition.Matches matches) {
            reads.add(new Read(matches.variable(), JavaType.STRING, where));
        } else if (condition instanceof Condition.Is is) {
            reads.add(new Read(is.variable(), JavaType.JSON, where));
        } else if (condition instanceof Condition.All all) {
            all.operands().forEach(operand -> variables(operand, where, reads));
        } else if (condition instanceof Condition.Any any) {
            any.operands().forEach(operand -> variables(operand, where, reads));
        } else if (condition instanceof Condition.Not not) {
            variables(not.operand(), where, reads);
        }
    }

    /** Warns of each test of a JSONPath Choice rule that the kind of the JSON at its path makes never true. */
    private void neverTrueTests(StateModel.Choice choice, String inputPath, Where where) {
        if (!reporting || propagating) {
            return;
        }
        for (int k = 0; k < choice.rules().size(); k++) {
            if (choice.rules().get(k).isJsonata()) {
                continue;
            }
            Where at = where.on("When", k, "test");
            for (NeverTrueTests.NeverTrue found : NeverTrueTests.in(choice.rules().get(k).condition(),
                    path -> compose(inputPath, path).flatMap(this::knownTypeAt), shapes)) {
                report(Message.CONDITION_NEVER_TRUE, at, found.operator(), found.path(), found.path(),
                        found.type().display(), found.shape().written(), found.operator(), found.need().described(),
                        NeverTrueTests.remedy(found));
            }
        }
    }

    /**
     * The Java type at a reference path of the state input or of a variable, when tracking knows it: from a declared
     * input type, a result, an assignment. A root field of the workflow input typed only by the reads of it (this
     * rule's own among them) is not known, nor is anything below it.
     */
    private Optional<JavaType> knownTypeAt(String path) {
        Optional<PathSyntax.VariableRead> variable = PathSyntax.variableRead(path);
        Optional<JavaType> current;
        List<Object> below;
        if (variable.isPresent()) {
            current = context.variables().type(variable.get().name());
            below = variable.get().steps();
        } else if (path.equals("$")) {
            return document.wholeType();
        } else {
            List<Object> steps = PathSyntax.steps(path);
            if (steps.isEmpty() || !(steps.get(0) instanceof String root)) {
                return Optional.empty();
            }
            current = document.type(root);
            if (document.knowledge() == Document.Knowledge.INPUT && current.equals(input.type(root))) {
                return Optional.empty();
            }
            below = steps.subList(1, steps.size());
        }
        for (Object step : below) {
            current = current.flatMap(type -> step instanceof String field ? shapes.propertyType(type, field)
                    : shapes.elementOf(type));
        }
        return current;
    }

    private void resolve(String path, JavaType expected, Where where) {
        Optional<PathSyntax.VariableRead> variable = PathSyntax.variableRead(path);
        if (variable.isPresent()) {
            readVariable(path, variable.get(), where);
            return;
        }
        List<Object> steps = PathSyntax.steps(path);
        resolve(path, steps, steps.size() == 1 && path.equals("$." + steps.get(0)), expected, where, false);
    }

    /**
     * Checks a read of the state input (its root field and the fields below it) and, while the document is still
     * the workflow input, makes an unknown root field a field of the input record.
     *
     * @param path       the path as written, for messages
     * @param steps      the steps the path takes from the state input, as {@link PathSyntax#steps} gives them
     * @param wholeField whether the read takes the root field itself, so its expected type is the field's type
     * @param jsonata    whether the path is JSONata's, where a field of an array is the field of each element
     */
    private void resolve(String path, List<Object> steps, boolean wholeField, JavaType expected, Where where,
                         boolean jsonata) {
        if (steps.isEmpty() || !(steps.get(0) instanceof String root)) {
            return;
        }
        List<Object> below = steps.subList(1, steps.size());
        Optional<JavaType> known = document.type(root);
        if (known.isPresent()) {
            checkNested(path, known.get(), below, where, jsonata);
            if (wholeField && document.knowledge() == Document.Knowledge.INPUT && input.isJsonField(root)
                    && document.isJsonField(root)) {
                input.put(root, expected);
                document.put(root, expected);
            }
        } else if (document.knowledge() == Document.Knowledge.CLOSED && !document.subclassMayHave(root)) {
            Optional<JavaType> open = document.openClass();
            if (open.isPresent()) {
                report(Message.UNKNOWN_FIELD_OF_OPEN_CLASS, where, path, document.description(), root,
                        document.describeFields(), open.get().display());
            } else {
                report(Message.UNKNOWN_FIELD, where, path, document.description(), root,
                        document.describeFields());
            }
        } else if (document.knowledge() == Document.Knowledge.INPUT) {
            JavaType type = wholeField ? expected : JavaType.JSON;
            Optional<JavaType> typed = input.type(root).or(() -> Optional.ofNullable(context.learnt().get(root)))
                    .filter(learnt -> !learnt.equals(JavaType.JSON));
            if (type.equals(JavaType.JSON) && typed.isPresent()) {
                // another state reads this input field with its type: a read of any JSON does not undo that
                type = typed.get();
                checkNested(path, type, below, where, jsonata);
            }
            input.put(root, type);
            document.put(root, type);
        }
    }

    /**
     * Checks a JSONPath read of a variable ({@code $order.id}): some state must assign it, and the fields below it
     * must exist in its type once every assignment is known.
     */
    private void readVariable(String path, PathSyntax.VariableRead read, Where where) {
        if (!context.variables().isAssigned(read.name())) {
            if (context.variables().isOutside(read.name())) {
                report(Message.VARIABLE_OUTSIDE_CHILD_WORKFLOW, where, path, read.name());
            } else {
                report(Message.UNKNOWN_VARIABLE, where, path, read.name(), read.name(), read.name());
            }
            return;
        }
        context.variables().type(read.name())
                .ifPresent(type -> checkNested(path, type, read.steps(), where, false));
    }

    /**
     * Checks the steps of a path below a value of {@code type} against the JSON Jackson writes for it: a field must
     * be a property of an object (any key of a map), an index must index an array, and nothing is below text, a
     * number or a boolean. Below a value of unknown shape nothing is checked.
     *
     * @param steps   field names ({@code String}) and array indexes ({@code Integer})
     * @param jsonata whether the path is JSONata's, where a field of an array is the field of each element
     */
    private void checkNested(String path, JavaType type, List<?> steps, Where where, boolean jsonata) {
        JavaType current = type;
        for (Object step : steps) {
            JsonShape shape = shapes.shapeOf(current);
            while (jsonata && shape instanceof JsonShape.ArrayOf array) {
                current = array.element();
                shape = shapes.shapeOf(current);
            }
            if (shape instanceof JsonShape.Unknown) {
                return;
            }
            if (step instanceof String field && shape instanceof JsonShape.ObjectOf object) {
                Optional<TypeCatalog.Property> property =
                        object.properties().stream().filter(p -> p.name().equals(field)).findFirst();
                if (property.isEmpty()) {
                    reportMissing(path, current, object, field, where);
                    return;
                }
                current = property.get().type();
            } else if (step instanceof String && shape instanceof JsonShape.MapOf map) {
                current = map.value();
            } else if (step instanceof Integer && shape instanceof JsonShape.ArrayOf array) {
                current = array.element();
            } else {
                boolean field = step instanceof String;
                report(Message.NO_SUCH_STEP, where, path, current.display(), shape.written(),
                        field ? "property \"" + step + "\"" : "index [" + step + "]",
                        field && shape instanceof JsonShape.ArrayOf ? "; [index] reads one element, [*] each one" : "");
                return;
            }
        }
    }

    /**
     * Reports a property a value's class lacks: an error when the class is closed; when a subclass may have it, a
     * warning unless a subclass this compilation shows does.
     */
    private void reportMissing(String path, JavaType type, JsonShape.ObjectOf object, String field, Where where) {
        String names = String.join(", ", object.properties().stream().map(TypeCatalog.Property::name).toList());
        if (object.openness().closed()) {
            report(Message.UNKNOWN_FIELD, where, path, type.display(), field, names);
        } else if (!object.openness().subclassMayHave(field)) {
            report(Message.UNKNOWN_FIELD_OF_OPEN_CLASS, where, path, type.display(), field, names, type.display());
        }
    }

    /**
     * Places the state's result by its ResultPath and returns that result (after ResultSelector), what a JSONPath
     * Assign reads as {@code $}; null for a state whose result is its effective input or that has none.
     */
    private Document writeResult(StateModel state) {
        DataFlow data;
        JavaType result = resultType(state);
        if (state instanceof StateModel.Task task) {
            data = task.data();
        } else if (state instanceof StateModel.Parallel parallel) {
            data = parallel.data();
        } else if (state instanceof StateModel.Map map) {
            data = map.data();
        } else if (state instanceof StateModel.Pass pass) {
            data = pass.data();
            if (pass.result() == null && data.parameters() == null) {
                if (data.resultPath() != null && !data.resultPath().equals("$") && !data.discardResult()) {
                    placeField(document, data.resultPath(), JavaType.JSON);
                }
                return null;
            }
            result = JavaType.JSON;
            if (data.parameters() != null) {
                // its Parameters read the effective input, and build the result unless a Result is given
                Where at = context.sites().of(state).on("Pass", "parameters");
                String inputPath = inputPath(state);
                Document built = PayloadShape.of(data.parameters(),
                        value -> payloadValue(value, inputPath, Optional.empty(), at));
                if (pass.result() == null) {
                    writeDocument(data, built.copy());
                    return built.describedAs(STATE_RESULT);
                }
            }
        } else {
            return null;
        }
        Document selected = null;
        if (data.resultSelector() != null) {
            JavaType raw = result;
            Where where = context.sites().of(state).on("ResultSelector", "value");
            selected = PayloadShape.of(data.resultSelector(), value -> selectedValue(value, raw, where));
            result = JavaType.JSON;
        }
        if (selected != null) {
            writeDocument(data, selected.copy());
            return selected.describedAs(STATE_RESULT);
        } else if (!data.discardResult()) {
            if (data.resultPath() == null || data.resultPath().equals("$")) {
                document = shapes.documentOf(result);
            } else {
                placeField(document, data.resultPath(), result);
            }
        }
        return shapes.documentOf(result).describedAs(STATE_RESULT);
    }

    /**
     * A JSONPath state's {@code Assign}: each {@code "name.$"} value reads {@code $} as the state's result after
     * ResultSelector (a Task, Parallel or Map), its result (a Pass: Result, Parameters, else its effective input)
     * or its effective input (Choice, Wait), as AWS evaluates it (the conformance cases
     * assign__test_state_assign_evaluation_order__BASE_EVALUATION_ORDER_PASS_STATE and
     * query_language__test_lambda_task_resource_data_flow__TASK_LAMBDA_SDK_RESOURCE_JSONPATH_TO_JSONATA); a path
     * is checked there and gives the variable its type. Variables read as they were when the state was entered.
     */
    private void jsonPathAssign(RawJson raw, IntFunction<Where> valueAt, Document source, String assigner) {
        Optional<JsonNode> assign = JsonataTemplate.parse(raw);
        if (assign.isEmpty()) {
            return;
        }
        var assigned = new LinkedHashMap<String, JavaType>();
        Document current = document;
        document = source;
        int k = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = assign.get().properties().iterator(); it.hasNext(); k++) {
            Map.Entry<String, JsonNode> entry = it.next();
            JavaType type = JavaType.JSON;
            if (entry.getKey().endsWith(".$") && entry.getValue().isTextual()) {
                String value = entry.getValue().textValue();
                if (value.equals("$")) {
                    type = source.wholeType().map(Shapes::erase).orElse(JavaType.JSON);
                } else if (compose(null, value).isPresent()) {
                    resolve(value, JavaType.JSON, valueAt.apply(k));
                    type = typeAt(value).map(Shapes::erase).orElse(JavaType.JSON);
                }
            }
            assigned.put(Variables.name(entry.getKey()), type);
        }
        document = current;
        assigned.forEach((name, type) -> context.variables().assign(assigner, name, type));
    }

    /** Places a result whose shape is a document (a payload's keys) at the ResultPath. */
    private void writeDocument(DataFlow data, Document result) {
        if (data.discardResult()) {
            return;
        }
        if (data.resultPath() == null || data.resultPath().equals("$")) {
            document = result;
        } else {
            placeField(document, data.resultPath(), JavaType.JSON);
        }
    }

    /**
     * The type of the value a ResultSelector's {@code ".$"} key selects from the result: a plain path into it
     * (checked), an element of a Parallel's or Map's result ({@code $[0]}, {@code $[1].chargeId}: the element type,
     * a Parallel's branch by branch), or, for anything else, any JSON.
     */
    private JavaType selectedValue(String value, JavaType result, Where where) {
        Optional<JavaType> root = Optional.of(result);
        String rest = value;
        Matcher element = ELEMENT.matcher(value);
        if (element.matches()) {
            int index = Integer.parseInt(element.group(1));
            root = index < branchOutputs.size() ? branchOutputs.get(index) : shapes.elementOf(result);
            rest = "$" + element.group(2);
        }
        if (rest.equals("$")) {
            return root.map(Shapes::erase).orElse(JavaType.JSON);
        }
        if (root.isEmpty()) {
            return JavaType.JSON;
        }
        checkNested(value, root.get(), PathSyntax.steps(rest), where, false);
        List<String> segments = PathSyntax.segments(rest);
        if (!rest.startsWith("$.") || !isPlain(rest, segments)) {
            return JavaType.JSON;
        }
        return shapes.typeWithin(root, segments).map(Shapes::erase).orElse(JavaType.JSON);
    }

    /**
     * Puts a value at a ResultPath. Below the root only the root field is tracked: it becomes any JSON, since its
     * declared type no longer describes what it holds.
     */
    private static void placeField(Document target, String resultPath, JavaType type) {
        List<String> segments = PathSyntax.segments(resultPath);
        if (segments.size() == 1) {
            target.put(segments.get(0), type);
        } else if (!segments.isEmpty()) {
            target.put(segments.get(0), JavaType.JSON);
        }
    }

    /** The document a path selects (OutputPath, InputPath): the properties of its type when known. */
    private Document view(String path) {
        return typeAt(path).map(shapes::documentOf).orElseGet(Document::opaque);
    }

    /** The type at a plain field path of the current document or of a variable; empty when it is not known. */
    private Optional<JavaType> typeAt(String path) {
        Optional<PathSyntax.VariableRead> variable = PathSyntax.variableRead(path);
        if (variable.isPresent()) {
            String name = variable.get().name();
            List<String> fields = variable.get().fields();
            return path.equals("$" + name + (fields.isEmpty() ? "" : "." + String.join(".", fields)))
                    ? shapes.typeWithin(context.variables().type(name), fields) : Optional.empty();
        }
        List<String> segments = PathSyntax.segments(path);
        if (segments.isEmpty() || !isPlain(path, segments)) {
            return Optional.empty();
        }
        return shapes.typeWithin(document.type(segments.get(0)), segments.subList(1, segments.size()));
    }

    private static boolean isPlain(String path, List<String> segments) {
        return path.equals("$." + String.join(".", segments));
    }

    /** The path relative to the whole state input, when InputPath is a plain field path; empty when unknowable. */
    private static Optional<String> compose(String inputPath, String path) {
        if (!path.startsWith("$") || path.startsWith("$$")) {
            return Optional.empty();
        }
        if (inputPath == null || inputPath.equals("$") || PathSyntax.variableRead(path).isPresent()) {
            // a variable is read as it is, whatever the state input
            return Optional.of(path);
        }
        List<String> segments = PathSyntax.segments(inputPath);
        if (segments.isEmpty() || !isPlain(inputPath, segments)) {
            return Optional.empty();
        }
        return Optional.of(inputPath + path.substring(1));
    }

    private static String inputPath(StateModel state) {
        if (state instanceof StateModel.Task task) {
            return task.data().inputPath();
        } else if (state instanceof StateModel.Parallel parallel) {
            return parallel.data().inputPath();
        } else if (state instanceof StateModel.Map map) {
            return map.data().inputPath();
        } else if (state instanceof StateModel.Pass pass) {
            return pass.data().inputPath();
        } else if (state instanceof StateModel.Choice choice) {
            return choice.inputPath();
        } else if (state instanceof StateModel.Wait wait) {
            return wait.inputPath();
        }
        return null;
    }

    private static Optional<String> outputPath(StateModel state) {
        String path = null;
        if (state instanceof StateModel.Task task) {
            path = task.data().outputPath();
        } else if (state instanceof StateModel.Parallel parallel) {
            path = parallel.data().outputPath();
        } else if (state instanceof StateModel.Map map) {
            path = map.data().outputPath();
        } else if (state instanceof StateModel.Pass pass) {
            path = pass.data().outputPath();
        } else if (state instanceof StateModel.Choice choice) {
            path = choice.outputPath();
        } else if (state instanceof StateModel.Wait wait) {
            path = wait.outputPath();
        }
        return Optional.ofNullable(path).filter(p -> !p.equals("$"));
    }
}
