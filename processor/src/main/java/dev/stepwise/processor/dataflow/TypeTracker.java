package dev.stepwise.processor.dataflow;

import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problem;
import dev.stepwise.processor.diag.Problems;
import dev.stepwise.processor.diag.Sites;
import dev.stepwise.processor.diag.Where;
import dev.stepwise.processor.model.Condition;
import dev.stepwise.processor.model.DataContract;
import dev.stepwise.processor.model.DataFlow;
import dev.stepwise.processor.model.JavaType;
import dev.stepwise.processor.model.StateModel;
import dev.stepwise.processor.model.TaskSignature;
import dev.stepwise.processor.model.TypeCatalog;
import dev.stepwise.processor.model.WaitDuration;
import dev.stepwise.processor.model.WorkflowModel;
import dev.stepwise.processor.parse.PathSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Follows the JSON document through the top-level states in declaration order, knowing the Java type at each path:
 * it starts as the workflow input, {@code ResultPath "$.x"} adds field x with the result type, {@code ResultPath "$"}
 * replaces the document, {@code OutputPath} narrows it. Every path a state reads is checked against what is known
 * (a misspelt field is an error listing the fields that exist) and, while the document is still the workflow
 * input, an unknown root field becomes a field of the input record.
 *
 * <p>Declaration order approximates the execution order: branches of a Choice are all visited in source order.
 * Paths inside Parallel branches and Map processors read other documents and are not tracked.
 */
public final class TypeTracker {

    /** The contract found and the problems with paths that cannot exist. */
    public record Result(DataContract contract, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private final TypeCatalog catalog;
    private final Sites sites;
    private final Problems problems = new Problems();
    private final Document input = Document.open();
    private Document document = Document.open();

    private TypeTracker(TypeCatalog catalog, Sites sites) {
        this.catalog = catalog;
        this.sites = sites;
    }

    public static Result track(WorkflowModel model, Sites sites) {
        var tracker = new TypeTracker(model.types(), sites);
        for (StateModel state : model.flow().states()) {
            tracker.visit(state);
        }
        return new Result(new DataContract(tracker.input.properties(), tracker.document.properties()),
                tracker.problems.snapshot());
    }

    private void visit(StateModel state) {
        if (state.expressions().jsonata()) {
            visitJsonata(state);
            return;
        }
        Where where = sites.of(state);
        String inputPath = inputPath(state);
        for (Read read : reads(state, where)) {
            compose(inputPath, read.path()).ifPresent(path -> resolve(path, read.type(), read.where()));
        }
        writeResult(state);
        outputPath(state).ifPresent(this::narrow);
    }

    /**
     * JSONata expressions are not paths this tracker can follow: it keeps what it knows of a state's output and
     * forgets the rest. A Task, Parallel or Map outputs its result by default, any other state its input.
     */
    private void visitJsonata(StateModel state) {
        if (state.expressions().output() != null) {
            document = Document.opaque();
        } else if (state instanceof StateModel.Task task) {
            document = catalog.propertiesOf(task.signature().returnType()).map(Document::closed).orElseGet(Document::opaque);
        } else if (state instanceof StateModel.Parallel || state instanceof StateModel.Map) {
            document = Document.opaque();
        }
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
            if (task.timeouts().timeoutSecondsPath() != null) {
                reads.add(new Read(task.timeouts().timeoutSecondsPath(), JavaType.INTEGER,
                        where.on("Task", "timeoutSecondsPath")));
            }
            if (task.timeouts().heartbeatSecondsPath() != null) {
                reads.add(new Read(task.timeouts().heartbeatSecondsPath(), JavaType.INTEGER,
                        where.on("Task", "heartbeatSecondsPath")));
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
        } else if (state instanceof StateModel.Wait wait && wait.duration() != null) {
            WaitDuration duration = wait.duration();
            if (duration.field() == WaitDuration.Field.SECONDS_PATH) {
                reads.add(new Read(duration.value(), JavaType.INTEGER, where.on("Wait", "secondsPath")));
            } else if (duration.field() == WaitDuration.Field.TIMESTAMP_PATH) {
                reads.add(new Read(duration.value(), JavaType.STRING, where.on("Wait", "timestampPath")));
            }
        }
        return reads;
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

    private void resolve(String path, JavaType expected, Where where) {
        List<String> segments = PathSyntax.segments(path);
        if (segments.isEmpty()) {
            return;
        }
        String root = segments.get(0);
        boolean wholeField = segments.size() == 1 && path.equals("$." + root);
        Optional<JavaType> known = document.type(root);
        if (known.isPresent()) {
            checkNested(path, known.get(), segments.subList(1, segments.size()), where);
            if (wholeField && input.isJsonField(root) && document.isJsonField(root)) {
                input.put(root, expected);
                document.put(root, expected);
            }
        } else if (document.knowledge() == Document.Knowledge.CLOSED) {
            problems.add(Message.UNKNOWN_FIELD, where, path, "the state input", root, document.describeFields());
        } else if (document.knowledge() == Document.Knowledge.INPUT) {
            JavaType type = wholeField ? expected : JavaType.JSON;
            input.put(root, type);
            document.put(root, type);
        }
    }

    private void checkNested(String path, JavaType type, List<String> segments, Where where) {
        JavaType current = type;
        for (String segment : segments) {
            Optional<List<TypeCatalog.Property>> properties = catalog.propertiesOf(current);
            if (properties.isEmpty()) {
                return;
            }
            Optional<TypeCatalog.Property> property =
                    properties.get().stream().filter(p -> p.name().equals(segment)).findFirst();
            if (property.isEmpty()) {
                String names = String.join(", ", properties.get().stream().map(TypeCatalog.Property::name).toList());
                problems.add(Message.UNKNOWN_FIELD, where, path, current.display(), segment, names);
                return;
            }
            current = property.get().type();
        }
    }

    private void writeResult(StateModel state) {
        DataFlow data;
        JavaType result;
        if (state instanceof StateModel.Task task) {
            data = task.data();
            result = task.signature().returnType();
        } else if (state instanceof StateModel.Parallel parallel) {
            data = parallel.data();
            result = JavaType.listOf(JavaType.JSON);
        } else if (state instanceof StateModel.Map map) {
            data = map.data();
            result = JavaType.listOf(JavaType.JSON);
        } else if (state instanceof StateModel.Pass pass) {
            data = pass.data();
            if (pass.result() == null && data.parameters() == null) {
                if (data.resultPath() != null && !data.resultPath().equals("$") && !data.discardResult()) {
                    placeField(data.resultPath(), JavaType.JSON);
                }
                return;
            }
            result = JavaType.JSON;
        } else {
            return;
        }
        if (data.resultSelector() != null) {
            result = JavaType.JSON;
        }
        if (data.discardResult()) {
            return;
        }
        if (data.resultPath() == null || data.resultPath().equals("$")) {
            document = catalog.propertiesOf(result).map(Document::closed).orElseGet(Document::opaque);
        } else {
            placeField(data.resultPath(), result.equals(JavaType.VOID) ? JavaType.JSON : result);
        }
    }

    private void placeField(String resultPath, JavaType type) {
        List<String> segments = PathSyntax.segments(resultPath);
        if (segments.size() == 1) {
            document.put(segments.get(0), type);
        } else if (!segments.isEmpty() && document.type(segments.get(0)).isEmpty()) {
            document.put(segments.get(0), JavaType.JSON);
        }
    }

    private void narrow(String outputPath) {
        List<String> segments = PathSyntax.segments(outputPath);
        Optional<JavaType> type = segments.isEmpty() ? Optional.empty() : document.type(segments.get(0));
        for (String segment : segments.subList(Math.min(1, segments.size()), segments.size())) {
            type = type.flatMap(catalog::propertiesOf)
                    .flatMap(ps -> ps.stream().filter(p -> p.name().equals(segment)).findFirst())
                    .map(TypeCatalog.Property::type);
        }
        document = type.flatMap(catalog::propertiesOf).map(Document::closed).orElseGet(Document::opaque);
    }

    /** The path relative to the whole state input, when InputPath is a plain field path; empty when unknowable. */
    private static Optional<String> compose(String inputPath, String path) {
        if (!path.startsWith("$") || path.startsWith("$$")) {
            return Optional.empty();
        }
        if (inputPath == null || inputPath.equals("$")) {
            return Optional.of(path);
        }
        List<String> segments = PathSyntax.segments(inputPath);
        if (segments.isEmpty() || !inputPath.equals("$." + String.join(".", segments))) {
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
