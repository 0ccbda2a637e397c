package dev.stepwise.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stepwise.processor.Sources.compile;
import static dev.stepwise.processor.Sources.type;
import static dev.stepwise.processor.Sources.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.stepwise.processor.diag.Message;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One compilation per diagnostic: the exact error count, the message with its bracketed id, and the file and line
 * it is reported on. Every {@link Message} constant except the internal-error fallback must appear here.
 */
class DiagnosticsTest {

    private static final String LAMBDA = "\"arn:aws:lambda:us-east-1:123456789012:function:f\"";
    private static final String END = "\n    @Succeed void done() {}";
    private static final String OLD_VERSION = "arn:aws:states:us-east-1:123456789012:stateMachine:Sample:3";

    /** An expected diagnostic: it is reported {@code errors} times in total, once on the line containing {@code line}. */
    record Case(Message id, String message, String file, String line, int errors, List<JavaFileObject> sources) {
        @Override
        public String toString() {
            return id.id() + ": " + message;
        }
    }

    static Case error(Message id, String message, String line, JavaFileObject... sources) {
        return new Case(id, message, "Sample.java", line, 1, List.of(sources));
    }

    static Case errorIn(String file, Message id, String message, String line, JavaFileObject... sources) {
        return new Case(id, message, file, line, 1, List.of(sources));
    }

    static Stream<Case> cases() {
        return Stream.of(
                // structure
                error(Message.WORKFLOW_CLASS, "[WorkflowClass] @Workflow must annotate a non-private class, but Inner is private",
                        "@Workflow", type("Sample", "public class Sample {\n    @Workflow\n    private static class Inner {\n"
                                + "        @Succeed void done() {}\n    }\n}")),
                error(Message.WORKFLOW_CLASS, "[WorkflowClass] @Workflow must annotate a non-private class, but Api is an interface",
                        "@Workflow", type("Sample", "public class Sample {\n    @Workflow\n    interface Api {\n"
                                + "        @Succeed void done();\n    }\n}")),
                error(Message.FLOW_AS_WORKFLOW, "[FlowIsWorkflow] a class cannot be both @Workflow and @Flow", "@Flow",
                        Sources.workflow("@Flow", "    @Succeed void done() {}")),
                error(Message.NOT_A_FLOW, "[BranchNotFlow] Branch is used as a Parallel branch but is not annotated @Flow",
                        "@Parallel", workflow("    @Parallel(branches = Branch.class) void both() {}" + END),
                        type("Branch", "public class Branch { @Succeed void done() {} }")),
                error(Message.NOT_A_FLOW, "[BranchNotFlow] Items is used as a Map processor", "@Map",
                        workflow("    @Map(processor = Items.class) void each() {}" + END),
                        type("Items", "public class Items { @Succeed void done() {} }")),
                error(Message.FLOW_NOT_A_CLASS, "[FlowNotAClass] a Map processor names a class annotated @Flow, whose methods"
                        + " are its states, not the primitive type int", "int.class",
                        workflow("    @Map(processor = int.class) void each() {}" + END)),
                error(Message.FLOW_NOT_A_CLASS, "[FlowNotAClass] a Parallel branch names a class annotated @Flow, whose"
                        + " methods are its states, not the array type java.lang.Integer[]", "Integer[].class",
                        workflow("    @Parallel(branches = {Branch.class, Integer[].class}) void both() {}" + END),
                        type("Branch", "@Flow public class Branch { @Succeed void done() {} }")),
                error(Message.FLOW_NOT_A_CLASS, "[FlowNotAClass] a Map processor names a class annotated @Flow, whose methods"
                        + " are its states, not void", "void.class", workflow("    @Map(processor = void.class) void each() {}" + END)),
                error(Message.FLOW_NOT_A_CLASS, "not the interface Runnable", "Runnable.class",
                        workflow("    @Map(processor = Runnable.class) void each() {}" + END)),
                error(Message.FLOW_NOT_A_CLASS, "not the enum Steps", "Steps.class",
                        workflow("    @Parallel(branches = Steps.class) void both() {}" + END),
                        type("Steps", "@Flow public enum Steps { ONE; @Succeed void done() {} }")),
                error(Message.FLOW_NOT_A_CLASS, "not the record Line", "Line.class",
                        workflow("    @Map(processor = Line.class) void each() {}" + END),
                        type("Line", "@Flow public record Line(String sku) { @Succeed void done() {} }")),
                error(Message.FLOW_NOT_A_CLASS, "not the annotation type Override", "Override.class",
                        workflow("    @Map(processor = Override.class) void each() {}" + END)),
                errorIn("Items.java", Message.FLOW_NOT_INSTANTIABLE, "[FlowNotInstantiable] @Flow class Items needs to be a non-abstract",
                        "@Flow", workflow("    @Map(processor = Items.class) void each() {}" + END),
                        type("Items", "@Flow\npublic abstract class Items {\n    @Succeed void done() {}\n}")),
                errorIn("Lines.java", Message.FLOW_NOT_INSTANTIABLE, "[FlowNotInstantiable] @Flow class Lines needs to be a non-abstract",
                        "@Flow", workflow("    @Map(processor = Lines.class) void each() {}" + END),
                        type("Lines", "@Flow\npublic class Lines {\n    Lines(int size) {}\n    @Succeed void done() {}\n}")),
                // the generated Workflow class lives in the workflow's package: what it cannot see fails there, not here
                error(Message.WORKFLOW_CLASS, "[WorkflowClass] @Workflow must annotate a non-private class, but Inner is"
                        + " nested in the private class Sample.Hidden", "@Workflow", type("Sample", "public class Sample {\n"
                        + "    private static class Hidden {\n        @Workflow\n        static class Inner {\n"
                        + "            @Succeed void done() {}\n        }\n    }\n}")),
                errorIn("Steps.java", Message.FLOW_NOT_INSTANTIABLE, "[FlowNotInstantiable] @Flow class Steps needs to be a"
                        + " non-abstract", "@Flow", workflow("    @Parallel(branches = other.Steps.class) void both() {}" + END),
                        JavaFileObjects.forSourceString("other.Steps", "package other;\nimport dev.stepwise.annotations.*;\n"
                                + "@Flow\npublic class Steps {\n    Steps() {}\n    @Succeed public void done() {}\n}")),
                error(Message.TYPE_NOT_ACCESSIBLE, "[TypeNotAccessible] Sample.Quote is private, so the generated Workflow"
                        + " class (in package test) cannot name it; make it package-private or public", "List<Quote> quotes",
                        workflow("    private record Quote(int total) {}\n    @Task(resource = " + LAMBDA + ")\n"
                                + "    void price(@From(\"$.quotes\") List<Quote> quotes) {}" + END)),
                errorIn("Steps.java", Message.TYPE_NOT_ACCESSIBLE, "[TypeNotAccessible] Steps.Quote is not public, so the"
                        + " generated Workflow class (in package test) cannot name it; make it public", "public Quote price",
                        workflow("    @Parallel(branches = other.Steps.class) void both() {}" + END),
                        JavaFileObjects.forSourceString("other.Steps", "package other;\nimport dev.stepwise.annotations.*;\n"
                                + "@Flow\npublic class Steps {\n    record Quote(int total) {}\n"
                                + "    @Task(resource = " + LAMBDA + ")\n    public Quote price() { return null; }\n}")),
                errorIn("Steps.java", Message.TASK_METHOD_NOT_PUBLIC, "[TaskMethodNotPublic] Task method price of Steps must"
                        + " be public: the generated Workflow class, in package test, calls it", "String price",
                        workflow("    @Parallel(branches = other.Steps.class) void both() {}" + END),
                        JavaFileObjects.forSourceString("other.Steps", "package other;\nimport dev.stepwise.annotations.*;\n"
                                + "@Flow\npublic class Steps {\n    @Task(resource = " + LAMBDA + ")\n"
                                + "    protected String price() { return null; }\n}")),
                error(Message.GENERATED_NAME_TAKEN, "[GeneratedNameTaken] the class test.SampleWorkflow generated for this"
                        + " workflow clashes with a class of that name in this compilation; rename one of the two classes, or,"
                        + " if it is a generated source left from an earlier build, clean the build (mvn clean)", "@Workflow",
                        workflow("    @Succeed void done() {}"), type("SampleWorkflow", "public class SampleWorkflow {}")),
                errorIn("Loop.java", Message.RECURSIVE_FLOW, "[RecursiveFlow] Loop contains itself", "public class Loop",
                        workflow("    @Parallel(branches = Loop.class) void run() {}" + END),
                        type("Loop", "@Flow\npublic class Loop {\n    @Parallel(branches = Loop.class) void again() {}\n}")),
                error(Message.NO_STATES, "[NoStates] Sample declares no states", "public class Sample",
                        workflow("    void helper() {}")),
                error(Message.CONFLICTING_STATE_TYPES, "[ConflictingStateTypes] a method is one state: it cannot be both @Task and @Pass",
                        "@Pass", workflow("    @Task(resource = " + LAMBDA + ")\n    @Pass\n    void both() {}" + END)),
                error(Message.STATE_METHOD_PRIVATE, "[StateMethodPrivate] state method done must not be private",
                        "private void done", workflow("    @Succeed private void done() {}")),
                error(Message.STATE_METHOD_STATIC, "[StateMethodStatic] state method done must not be static",
                        "static void done", workflow("    @Succeed static void done() {}")),
                error(Message.INNER_CLASS, "[InnerClass] Sample.Quote is an inner class, which Jackson cannot create from JSON"
                        + " without an instance of Sample, so the generated Workflow class could not convert it; declare it"
                        + " static", "Quote quote)", workflow("    public class Quote { public int total; }\n"
                                + "    @Task(resource = " + LAMBDA + ")\n    public void price(@From(\"$.quote\") Quote quote) {}" + END)),
                error(Message.INNER_CLASS, "[InnerClass] Sample.Book.Line is an inner class, which Jackson cannot create from"
                        + " JSON without an instance of Sample.Book", "public Priced price", workflow(
                                "    public static class Book { public class Line { public int qty; } }\n"
                                + "    public record Priced(List<Book.Line[]> lines) {}\n    @Task(resource = " + LAMBDA + ")\n"
                                + "    public Priced price() { return null; }" + END)),
                error(Message.INNER_CLASS, "[InnerClass] Sample.Secret is an inner class", "Order.class",
                        type("Sample", "@Workflow(input = Sample.Order.class)\npublic class Sample {\n"
                                + "    public record Order(String id, java.util.Map<String, Secret> secrets) {}\n"
                                + "    public class Secret { public String code; }\n    @Succeed void done() {}\n}")),
                error(Message.STATE_METHOD_GENERIC, "[StateMethodGeneric] state method make must not declare type parameters",
                        "<T> T make", workflow("    @Task(resource = " + LAMBDA + ") <T> T make() { return null; }" + END)),
                // javac inherits no method annotations, and the processor reads the states a class declares
                error(Message.INHERITED_STATE, "[InheritedState] Sample inherits the state method charge from Base, but a"
                        + " workflow's or flow's states are the methods its own class declares, so it is no state of Sample;"
                        + " override it there with its state annotations (the override may call the inherited method)",
                        "public class Sample", type("Base", "public abstract class Base {\n    @Task(resource = " + LAMBDA
                                + ")\n    public void charge() {}\n}"),
                        type("Sample", "@Workflow\npublic class Sample extends Base {\n    @Succeed void done() {}\n}")),
                error(Message.INHERITED_STATE, "[InheritedState] Sample inherits the state method greet from Steps",
                        "public class Sample", type("Steps", "public interface Steps {\n"
                                + "    @Pass @Next(\"done\") default void greet() {}\n}"),
                        type("Sample", "@Workflow\npublic class Sample implements Steps {\n    @Succeed void done() {}\n}")),
                errorIn("Line.java", Message.INHERITED_STATE, "[InheritedState] Line inherits the state method check from"
                        + " Audited", "public class Line", workflow("    @Map(processor = Line.class) void each() {}" + END),
                        type("Audited", "public class Audited {\n    @Pass public void check() {}\n}"),
                        type("Line", "@Flow\npublic class Line extends Audited {\n    @Succeed public void done() {}\n}")),
                error(Message.MODIFIER_WITHOUT_STATE, "[ModifierWithoutState] @Next is only meaningful on a state method",
                        "@Next(\"done\")", workflow("    @Next(\"done\") void helper() {}" + END)),
                error(Message.NOT_ALLOWED_ON_TYPE, "[NotAllowedOnStateType] @ResultPath is not allowed on a Choice state",
                        "@ResultPath", workflow("    @Choice @When(test = \"$.a == 1\", next = \"done\")\n    @ResultPath(\"$.x\")\n    void route() {}" + END)),
                error(Message.DUPLICATE_STATE, "[DuplicateState] state name \"Same\" is already used in Sample",
                        "void second", workflow("    @State(\"Same\") @Pass void first() {}\n    @State(\"Same\") @Succeed void second() {}")),
                error(Message.MULTIPLE_START_AT, "[MultipleStartAt] only one state can be @StartAt; first is already marked",
                        "@StartAt @Succeed void second", workflow("    @StartAt @Pass void first() {}\n    @StartAt @Succeed void second() {}")),
                error(Message.END_AND_NEXT, "[EndAndNext] a state cannot have both @End and @Next", "@End",
                        workflow("    @Pass\n    @End\n    @Next(\"done\")\n    void first() {}" + END)),
                error(Message.UNKNOWN_NEXT, "[UnknownNext] @Next(\"finsh\") names no state in Sample; did you mean \"finish\"?",
                        "@Next(\"finsh\")", workflow("    @Pass @Next(\"finsh\") void first() {}\n    @Succeed void finish() {}")),
                error(Message.UNKNOWN_CATCH_TARGET, "[UnknownCatchTarget] @Catch next = \"recovr\" names no state in Sample; did you mean \"recover\"?",
                        "recovr", workflow("    @Task(resource = " + LAMBDA + ")\n    @Catch(next = \"recovr\")\n    void call() {}" + END
                                + "\n    @Fail(error = \"Broken\") void recover() {}")),
                error(Message.UNKNOWN_WHEN_TARGET, "[UnknownWhenTarget] @When next = \"nowhere\" names no state in Sample",
                        "nowhere", workflow("    @Choice\n    @When(test = \"$.a == 1\", next = \"nowhere\")\n    void route() {}" + END)),
                error(Message.UNKNOWN_DEFAULT, "[UnknownDefault] @Default(\"dne\") names no state in Sample; did you mean \"done\"?",
                        "@Default", workflow("    @Choice\n    @When(test = \"$.a == 1\", next = \"done\")\n    @Default(\"dne\")\n    void route() {}" + END)),
                error(Message.UNREACHABLE_STATE, "[UnreachableState] state \"orphan\" cannot be reached from \"done\"",
                        "void orphan", workflow("    @Succeed void done() {}\n    @Succeed void orphan() {}")),
                error(Message.NO_TERMINAL_STATE, "[NoTerminalState] no path through Sample ends", "public class Sample",
                        workflow("    @Pass @Next(\"pong\") void ping() {}\n    @Pass @Next(\"ping\") void pong() {}")),
                error(Message.CHOICE_WITHOUT_RULES, "[ChoiceWithoutRules] Choice state route has no @When rules", "@Choice",
                        workflow("    @Choice void route() {}" + END)),
                error(Message.CHOICE_CANNOT_END, "[ChoiceCannotEnd] a Choice state cannot end a flow", "@End",
                        workflow("    @Choice @When(test = \"$.a == 1\", next = \"done\")\n    @End\n    void route() {}" + END)),
                // expressions and JSON
                error(Message.CONDITION_SYNTAX, "[ConditionSyntax] cannot parse condition at column 6: expected a 'string', a number",
                        "$.x >> 3", workflow("    @Choice\n    @When(test = \"$.x >> 3\", next = \"done\")\n    void route() {}" + END)),
                error(Message.CONDITION_SYNTAX, "[ConditionSyntax] cannot parse condition at column 7: comparing two paths needs their type",
                        "$.a < $.b", workflow("    @Choice\n    @When(test = \"$.a < $.b\", next = \"done\")\n    void route() {}" + END)),
                error(Message.CONDITION_SYNTAX, "[ConditionSyntax] cannot parse condition at column 8: null is tested with 'is', not compared: write $.a is not null",
                        "$.a != null", workflow("    @Choice\n    @When(test = \"$.a != null\", next = \"done\")\n    void route() {}" + END)),
                error(Message.CONDITION_SYNTAX, "[ConditionSyntax] cannot parse condition at column 1: the type goes before the path compared with, on the right: $.a > number $.b",
                        "number $.a", workflow("    @Choice\n    @When(test = \"number $.a > $.b\", next = \"done\")\n    void route() {}" + END)),
                error(Message.CONDITION_SYNTAX, "[ConditionSyntax] cannot parse condition at column 8: strings are in single quotes: 'text'",
                        "$.a == \\\"x\\\"", workflow("    @Choice\n    @When(test = \"$.a == \\\"x\\\"\", next = \"done\")\n    void route() {}" + END)),
                error(Message.INVALID_PATH, "[InvalidPath] \"order.id\" is not a valid InputPath: a path must start with '$'",
                        "@InputPath", workflow("    @Pass\n    @InputPath(\"order.id\")\n    void first() {}" + END)),
                error(Message.INVALID_PATH, "[InvalidPath] \"$.items[*]\" is not a valid ResultPath: a reference path allows only",
                        "@ResultPath", workflow("    @Pass\n    @ResultPath(\"$.items[*]\")\n    void first() {}" + END)),
                error(Message.INPUT_TYPE_NOT_OBJECT, "[InputTypeNotObject] @Workflow(input = int.class): the workflow input"
                        + " is a JSON object, so its declared type must be a record or a class with properties; int has"
                        + " none the processor can read", "int.class",
                        type("Sample", "@Workflow(input = int.class)\npublic class Sample {\n    @Succeed void done() {}\n}")),
                // a declared input's property of a type the generated Input record cannot name
                error(Message.TYPE_NOT_ACCESSIBLE, "[TypeNotAccessible] Sample.Secret is private, so the generated Workflow"
                        + " class (in package test) cannot name it; make it package-private or public", "Order.class",
                        type("Sample", "@Workflow(input = Sample.Order.class)\npublic class Sample {\n"
                                + "    public record Order(String id, java.util.List<Secret> secrets) {}\n"
                                + "    private record Secret(String code) {}\n    @Succeed void done() {}\n}")),
                error(Message.UNKNOWN_FIELD, "[UnknownField] \"$.quote.totl\": Sample.Quote has no property \"totl\"; it has total, currency",
                        "$.quote.totl", workflow("""
                            public record Quote(java.math.BigDecimal total, String currency) {}
                            @Task(resource = %s) @ResultPath("$.quote") Quote price() { return null; }
                            @Task(resource = %s) @ResultPath("$.paid") String pay(@From("$.quote.totl") BigDecimal amount) { return ""; }
                        """.formatted(LAMBDA, LAMBDA) + END)),
                error(Message.NO_SUCH_STEP, "[NoSuchStep] \"$.quote.total.cents\": BigDecimal is written as a JSON"
                        + " number, which has no property \"cents\"", "$.quote.total.cents", workflow("""
                            public record Quote(java.math.BigDecimal total, String currency) {}
                            @Task(resource = %s) @ResultPath("$.quote") Quote price() { return null; }
                            @Task(resource = %s) @ResultPath("$.paid") String pay(@From("$.quote.total.cents") int cents) { return ""; }
                        """.formatted(LAMBDA, LAMBDA) + END)),
                error(Message.UNKNOWN_FIELD, "[UnknownField] \"$.order\": the state input has no property \"order\"; it has total, currency",
                        "$.order", workflow("""
                            public record Quote(java.math.BigDecimal total, String currency) {}
                            @Task(resource = %s) Quote price() { return null; }
                            @Task(resource = %s) @ResultPath("$.paid") String pay(@From("$.order") String order) { return ""; }
                        """.formatted(LAMBDA, LAMBDA) + END)),
                error(Message.UNKNOWN_FIELD, "[UnknownField] \"$states.input.orderr\": the state input has no property \"orderr\"; it has order, express",
                        "$states.input.orderr", type("Sample", """
                            @Workflow(queryLanguage = QueryLanguage.JSONATA)
                            public class Sample {
                                public record Shipment(String order, boolean express) {}
                                @Task(resource = %s) Shipment plan(@From("$states.input.order") String order) { return null; }
                                @Task(resource = %s)
                                void ship(@From("$states.input.orderr") String order) {}
                            }
                            """.formatted(LAMBDA, LAMBDA))),
                error(Message.UNKNOWN_INTRINSIC, "[UnknownIntrinsic] unknown intrinsic function States.Formatt; did you mean \"States.Format\"?",
                        "States.Formatt", workflow("    @Task(resource = " + LAMBDA + ")\n    void call(@From(\"States.Formatt('{}', $.a)\") String text) {}" + END)),
                error(Message.INTRINSIC_ARITY, "[IntrinsicArity] States.ArrayLength takes 1 argument, not 2",
                        "ArrayLength", workflow("    @Pass\n    @Parameters(\"{\\\"n.$\\\": \\\"States.ArrayLength($.a, $.b)\\\"}\")\n    void count() {}" + END)),
                error(Message.INVALID_JSON, "[InvalidJson] @Parameters is not valid JSON", "@Parameters",
                        workflow("    @Task(resource = " + LAMBDA + ")\n    @Parameters(\"{bad\")\n    void call() {}" + END)),
                error(Message.INVALID_JSON, "[InvalidJson] result is not valid JSON: it is empty", "@Pass",
                        workflow("    @Pass(result = \"  \")\n    void blank() {}" + END)),
                // text after the document is an error, as when the runtime reads JSON, not silently dropped
                error(Message.INVALID_JSON, "[InvalidJson] result is not valid JSON: Trailing token (of type START_OBJECT)",
                        "@Pass", workflow("    @Pass(result = \"{} {}\")\n    void twice() {}" + END)),
                // a key written twice, whose second value would silently win
                error(Message.INVALID_JSON, "[InvalidJson] @Parameters is not valid JSON: Duplicate field 'x'",
                        "@Parameters", workflow("    @Task(resource = " + LAMBDA + ")\n    @Parameters(\"{\\\"x\\\": 1, \\\"x\\\": 2}\")\n    void call() {}" + END)),
                error(Message.INVALID_TIMESTAMP, "[InvalidTimestamp] \"2026-01-01 10:00\" is not an RFC 3339 timestamp",
                        "@Wait", workflow("    @Wait(timestamp = \"2026-01-01 10:00\") void later() {}" + END)),
                error(Message.FROM_BESIDE_LAMBDA_PAYLOAD, "[FromBesideLambdaPayload] parameter a cannot go into the Payload of lambda:invoke: @Parameters gives the Payload as the path \"$.order\"",
                        "String a", workflow("    @Task(resource = \"arn:aws:states:::lambda:invoke\")\n"
                                + "    @Parameters(\"{\\\"FunctionName\\\": \\\"f\\\", \\\"Payload.$\\\": \\\"$.order\\\"}\")\n"
                                + "    void call(@From(\"$.a\") String a) {}" + END)),
                error(Message.FROM_KEY_TAKEN, "[FromKeyTaken] parameter id would replace \"id.$\", which @Parameters already"
                        + " sets; remove that key from @Parameters, or read the value without @From", "String id",
                        workflow("    @Task(resource = " + LAMBDA + ")\n    @Parameters(\"{\\\"id.$\\\": \\\"$.order.id\\\"}\")\n"
                                + "    void call(@From(\"$.id\") String id) {}" + END)),
                error(Message.FROM_KEY_TAKEN, "[FromKeyTaken] parameter id would replace \"id\"", "String id",
                        type("Sample", "@Workflow(queryLanguage = QueryLanguage.JSONATA)\npublic class Sample {\n"
                                + "    @Task(resource = " + LAMBDA + ")\n    @Parameters(\"{\\\"id\\\": 7}\")\n"
                                + "    void call(@From(\"$states.input.id\") String id) {}" + END + "\n}")),
                error(Message.PARAMETER_WITHOUT_FROM, "[ParameterWithoutFrom] parameter b needs @From(\"$.path\")",
                        "String b", workflow("    @Task(resource = " + LAMBDA + ")\n    void call(@From(\"$.a\") String a,\n            String b) {}" + END)),
                // errors, retries, catches
                error(Message.RESERVED_ERROR_NAME, "[ReservedErrorName] error name \"States.Broken\" starts with \"States.\"",
                        "@Fail", workflow("    @Fail(error = \"States.Broken\") void broken() {}")),
                error(Message.UNKNOWN_STATES_ERROR, "[UnknownStatesError] \"States.Timout\" is not a predefined Step Functions error; did you mean \"States.Timeout\"?",
                        "@Retry", workflow("    @Task(resource = " + LAMBDA + ")\n    @Retry(errors = \"States.Timout\")\n    void call() {}" + END)),
                // a Distributed Map's own settings
                error(Message.DISTRIBUTED_ONLY, "[DistributedOnly] @Map(executionType) applies only to a Map whose child"
                        + " executions run apart; set @Map(mode = Map.Mode.DISTRIBUTED), or remove it", "executionType =",
                        workflow("    @Map(processor = Items.class,\n         executionType = Map.ExecutionType.EXPRESS)\n    void each() {}" + END),
                        type("Items", "@Flow public class Items { @Pass void take() {} }")),
                error(Message.DISTRIBUTED_ONLY, "[DistributedOnly] @Map(label) applies only", "label =",
                        workflow("    @Map(processor = Items.class,\n         label = \"rows\")\n    void each() {}" + END),
                        type("Items", "@Flow public class Items { @Pass void take() {} }")),
                error(Message.INVALID_DEFINITION, "[InvalidDefinition] Step Functions rejects the generated definition: The"
                        + " field 'ItemReader' is only supported by a Map state whose ProcessorConfig Mode is DISTRIBUTED"
                        + " (at /States/each/ItemReader)", "@ItemReader",
                        workflow("    @Map(processor = Items.class)\n    @ItemReader(parameters = \"{\\\"Bucket\\\": \\\"b\\\", \\\"Key\\\": \\\"k\\\"}\","
                                + " inputType = ItemReader.InputType.JSON)\n    void each() {}" + END),
                        type("Items", "@Flow public class Items { @Pass void take() {} }")),
                error(Message.BOTH_VALUE_AND_PATH, "[ValueAndPath] set maxItemsPerBatch or maxItemsPerBatchPath, not both",
                        "maxItemsPerBatchPath", workflow("    @Map(processor = Items.class, mode = Map.Mode.DISTRIBUTED)\n"
                                + "    @ItemBatcher(maxItemsPerBatch = 5,\n        maxItemsPerBatchPath = \"$.size\")\n    void each() {}" + END),
                        type("Items", "@Flow public class Items { @Pass void take() {} }")),
                error(Message.NOT_ALLOWED_ON_TYPE, "[NotAllowedOnStateType] @ResultWriter is not allowed on a Task state",
                        "@ResultWriter", workflow("    @Task(resource = " + LAMBDA + ")\n    @ResultWriter(outputType = ResultWriter.OutputType.JSON)\n    void call() {}" + END)),
                // the rules of ASL itself, from the ASL core's validator, on the attribute that wrote the field
                error(Message.INVALID_DEFINITION, "[InvalidDefinition] Step Functions rejects the generated definition: The field 'TimeoutSeconds' must be an integer from 1 to 99999999, but is -5 (at /States/call/TimeoutSeconds)",
                        "timeoutSeconds = -5", workflow("    @Task(resource = " + LAMBDA + ",\n          timeoutSeconds = -5)\n    void call() {}" + END)),
                error(Message.INVALID_DEFINITION, "[InvalidDefinition] Step Functions rejects the generated definition: The field 'TimeoutSeconds' must be an integer from 1 to 99999999, but is 100000000 (at /States/call/TimeoutSeconds)",
                        "timeoutSeconds = 100_000_000", workflow("    @Task(resource = " + LAMBDA + ",\n          timeoutSeconds = 100_000_000)\n    void call() {}" + END)),
                error(Message.INVALID_DEFINITION, "[InvalidDefinition] Step Functions rejects the generated definition: The field 'MaxAttempts' must be an integer from 0 to 99999999, but is -1 (at /States/call/Retry/0/MaxAttempts)",
                        "maxAttempts", workflow("    @Task(resource = " + LAMBDA + ")\n    @Retry(errors = \"Custom\", maxAttempts = -1)\n    void call() {}" + END)),
                error(Message.INVALID_DEFINITION, "[InvalidDefinition] Step Functions rejects the generated definition: The field 'MaxAttempts' must be an integer from 0 to 99999999, but is 2147483647 (at /States/call/Retry/1/MaxAttempts)",
                        "Integer.MAX_VALUE", workflow("    @Task(resource = " + LAMBDA + ")\n    @Retry(errors = \"A\")\n    @Retry(errors = \"Custom\",\n           maxAttempts = Integer.MAX_VALUE)\n    void call() {}" + END)),
                error(Message.INVALID_DEFINITION, "[InvalidDefinition] Step Functions rejects the generated definition: The field 'IntervalSeconds' must be an integer from 0 to 99999999, but is 100000000 (at /States/call/Retry/0/IntervalSeconds)",
                        "intervalSeconds", workflow("    @Task(resource = " + LAMBDA + ")\n    @Retry(errors = \"Custom\", intervalSeconds = 100_000_000)\n    void call() {}" + END)),
                error(Message.INVALID_DEFINITION, "[InvalidDefinition] Step Functions rejects the generated definition: The field 'MaxDelaySeconds' must be an integer from 1 to 31622400, but is 40000000 (at /States/call/Retry/0/MaxDelaySeconds)",
                        "maxDelaySeconds", workflow("    @Task(resource = " + LAMBDA + ")\n    @Retry(errors = \"Custom\", maxDelaySeconds = 40_000_000)\n    void call() {}" + END)),
                error(Message.INVALID_DEFINITION, "[InvalidDefinition] Step Functions rejects the generated definition: The field 'BackoffRate' must be a number >= 1, but is 0.5 (at /States/call/Retry/0/BackoffRate)",
                        "backoffRate", workflow("    @Task(resource = " + LAMBDA + ")\n    @Retry(errors = \"Custom\", backoffRate = 0.5)\n    void call() {}" + END)),
                error(Message.INVALID_DEFINITION, "[InvalidDefinition] Step Functions rejects the generated definition: States.ALL must appear alone in 'ErrorEquals'; it already matches every error (at /States/call/Retry/0/ErrorEquals)",
                        "@Retry", workflow("    @Task(resource = " + LAMBDA + ")\n    @Retry(errors = {\"States.ALL\", \"Custom\"})\n    void call() {}" + END)),
                error(Message.INVALID_DEFINITION, "[InvalidDefinition] Step Functions rejects the generated definition: A catcher matching States.ALL must be the last one in 'Catch'; it is number 1 of 2 (at /States/call/Catch/0/ErrorEquals)",
                        "States.ALL", workflow("    @Task(resource = " + LAMBDA + ")\n    @Catch(errors = \"States.ALL\", next = \"done\")\n"
                                + "    @Catch(errors = \"Custom\", next = \"done\")\n    void call() {}" + END)),
                error(Message.INVALID_DEFINITION, "[InvalidDefinition] Step Functions rejects the generated definition: HeartbeatSeconds (10) must be smaller than TimeoutSeconds (10) (at /States/call/HeartbeatSeconds)",
                        "heartbeatSeconds", workflow("    @Task(resource = " + LAMBDA + ", timeoutSeconds = 10,\n          heartbeatSeconds = 10)\n    void call() {}" + END)),
                error(Message.INVALID_DEFINITION, "[InvalidDefinition] Step Functions rejects the generated definition: The field 'MaxConcurrency' must be an integer >= 0, but is -2 (at /States/each/MaxConcurrency)",
                        "@Map", workflow("    @Map(processor = Item.class, maxConcurrency = -2) void each() {}" + END),
                        type("Item", "@Flow public class Item { @Succeed void finish() {} }")),
                error(Message.INVALID_DEFINITION, "[InvalidDefinition] Step Functions rejects the generated definition: The field 'ToleratedFailurePercentage' must be a number from 0 to 100, but is 150.0 (at /States/each/ToleratedFailurePercentage)",
                        "@Map", workflow("    @Map(processor = Item.class, toleratedFailurePercentage = 150) void each() {}" + END),
                        type("Item", "@Flow public class Item { @Succeed void finish() {} }")),
                error(Message.INVALID_DEFINITION, "[InvalidDefinition] Step Functions rejects the generated definition: The field 'Seconds' must be an integer from 0 to 99999999, but is -3 (at /States/pause/Seconds)",
                        "@Wait", workflow("    @Wait(seconds = -3) void pause() {}" + END)),
                error(Message.INVALID_DEFINITION, "[InvalidDefinition] Step Functions rejects the generated definition: The field 'TimeoutSeconds' must be an integer from 0 to 99999999, not -1 (at /TimeoutSeconds)",
                        "@Workflow", type("Sample", "@Workflow(timeoutSeconds = -1)\npublic class Sample { @Succeed void done() {} }")),
                error(Message.INVALID_DEFINITION, "[InvalidDefinition] Step Functions rejects the generated definition: The field 'TimeoutSeconds' must be an integer from 0 to 99999999, not 100000000 (at /TimeoutSeconds)",
                        "@Workflow", type("Sample", "@Workflow(timeoutSeconds = 100000000)\npublic class Sample { @Succeed void done() {} }")),
                error(Message.INVALID_DEFINITION, "[InvalidDefinition] Step Functions rejects the generated definition: The field 'Branches' must be a non-empty array of branches, each with StartAt and States (at /States/both/Branches)",
                        "@Parallel", workflow("    @Parallel(branches = {}) void both() {}" + END)),
                error(Message.INVALID_DEFINITION, "is 81 characters long; state names may have at most 80 characters",
                        "@State", workflow("    @State(\"" + "s".repeat(81) + "\") @Pass void first() {}" + END)),
                error(Message.INVALID_DEFINITION, "[InvalidDefinition] Step Functions rejects the generated definition: The resource provided arn:aws:lambda:us-east-1:12345 is not recognized",
                        "@Task", workflow("    @Task(resource = \"arn:aws:lambda:us-east-1:12345\") void call() {}" + END)),
                error(Message.INVALID_DEFINITION, "Duplicate State name: done (first defined at /States/both/Branches/0/States/done); state names must be unique in the whole state machine (at /States/done)",
                        "@Succeed void done", workflow("    @Parallel(branches = Branch.class) void both() {}" + END),
                        type("Branch", "@Flow public class Branch { @Succeed void done() {} }")),
                error(Message.BOTH_VALUE_AND_PATH, "[ValueAndPath] set timeoutSeconds or timeoutSecondsPath, not both",
                        "timeoutSecondsPath", workflow("    @Task(resource = " + LAMBDA + ", timeoutSeconds = 10,\n          timeoutSecondsPath = \"$.t\")\n    void call() {}" + END)),
                // Wait and Task
                error(Message.WAIT_WITHOUT_DURATION, "[WaitWithoutDuration] a Wait needs one of seconds, timestamp, secondsPath or timestampPath",
                        "@Wait", workflow("    @Wait void pause() {}" + END)),
                error(Message.WAIT_TWO_DURATIONS, "[WaitDurationConflict] a Wait takes exactly one of seconds, timestamp, secondsPath or timestampPath; found Seconds and TimestampPath",
                        "@Wait", workflow("    @Wait(seconds = 5, timestampPath = \"$.t\") void pause() {}" + END)),
                error(Message.TASK_WITHOUT_RESOURCE, "[TaskWithoutResource] a Task needs a resource ARN", "@Task",
                        workflow("    @Task(resource = \"\") void call() {}" + END)),
                error(Message.INVALID_RESOURCE, "[InvalidResource] \"lambda:f\" is not a resource ARN", "@Task",
                        workflow("    @Task(resource = \"lambda:f\") void call() {}" + END)),
                error(Message.MISSING_INTEGRATION_PARAMETER, "[MissingIntegrationParameter] lambda:invoke requires FunctionName in its Parameters (Arguments in JSONata), or the call fails at run time; add FunctionName to @Parameters",
                        "@Task(resource = \"arn:aws:states:::lambda:invoke\")", workflow("    @Task(resource = \"arn:aws:states:::lambda:invoke\")\n"
                                + "    @Parameters(\"{\\\"Payload.$\\\": \\\"$\\\"}\") void call() {}" + END)),
                error(Message.MISSING_INTEGRATION_PARAMETER, "[MissingIntegrationParameter] sns:publish requires TopicArn, TargetArn or PhoneNumber in its Parameters",
                        "@Task(resource = \"arn:aws:states:::sns:publish\")", workflow("    @Task(resource = \"arn:aws:states:::sns:publish\")\n"
                                + "    @Parameters(\"{\\\"Message.$\\\": \\\"$.text\\\"}\") void call() {}" + END)),
                error(Message.MISSING_INTEGRATION_PARAMETER, "[MissingIntegrationParameter] batch:submitJob requires JobQueue in its Parameters",
                        "@Task(resource = \"arn:aws:states:::batch:submitJob.sync\")", workflow("    @Task(resource = \"arn:aws:states:::batch:submitJob.sync\")\n"
                                + "    @Parameters(\"{\\\"JobName\\\": \\\"j\\\", \\\"JobDefinition.$\\\": \\\"$.d\\\"}\") void call() {}" + END)),
                error(Message.INVALID_DEFINITION, "[InvalidDefinition] Step Functions rejects the generated definition:"
                        + " Express state machine does not support Activity ARN; Express workflows do not run Step"
                        + " Functions activities (at /States/call/Resource)", "activity:approve",
                        type("Sample", "@Workflow(type = Workflow.Type.EXPRESS)\npublic class Sample {\n"
                                + "    @Task(resource =\n        \"arn:aws:states:us-east-1:123456789012:activity:approve\")\n"
                                + "    void call() {}" + END + "\n}")),
                // workflow settings
                error(Message.TOO_MANY_TAGS, "[TooManyTags] a state machine takes at most 50 tags, and its SAM template adds"
                        + " stateMachine:createdBy, so a workflow may declare 49, not 50", "@Tag(key = \"k49\"",
                        Sources.workflow(IntStream.range(0, 50).mapToObj(i -> "@Tag(key = \"k" + i + "\", value = \"v\")")
                                .collect(Collectors.joining("\n")), "    @Succeed void done() {}")),
                error(Message.DUPLICATE_TAG_KEY, "[DuplicateTagKey] tag key \"team\" is declared twice", "\"b\"",
                        Sources.workflow("@Tag(key = \"team\", value = \"a\")\n@Tag(key = \"team\", value = \"b\")", "    @Succeed void done() {}")),
                error(Message.TAG_KEY_LENGTH, "[TagKeyLength] tag key \"kkkkkkkkkkkkkkkkkkkk...\" is 129 characters; the limit is 128",
                        "@Tag", Sources.workflow("@Tag(key = \"" + "k".repeat(129) + "\", value = \"v\")", "    @Succeed void done() {}")),
                error(Message.TAG_VALUE_LENGTH, "[TagValueLength] tag value for \"team\" is 257 characters; the limit is 256",
                        "@Tag", Sources.workflow("@Tag(key = \"team\", value = \"" + "v".repeat(257) + "\")", "    @Succeed void done() {}")),
                error(Message.STATUS_TARGET, "[InvalidStatusTarget] \"arn:aws:s3:::bucket\" is not the ARN of an SNS topic, SQS queue, Lambda function, state machine or event bus",
                        "arn:aws:s3:::bucket", Sources.workflow("@OnStatusChange(statuses = OnStatusChange.Status.FAILED,\n"
                                + "        target = \"arn:aws:s3:::bucket\")", "    @Succeed void done() {}")),
                error(Message.STATUS_TARGET, "[InvalidStatusTarget] \"${AlertTopic}\" is not the ARN of an SNS topic, SQS queue, Lambda function, state machine or event bus, which EventBridge can send the events to (its partition, region and account may be ${AWS::Partition}, ${AWS::Region} and ${AWS::AccountId})",
                        "${AlertTopic}", Sources.workflow("@OnStatusChange(statuses = OnStatusChange.Status.FAILED,\n"
                                + "        target = \"${AlertTopic}\")", "    @Succeed void done() {}")),
                error(Message.STATUS_NONE, "[NoStatuses] an @OnStatusChange rule needs at least one status",
                        "statuses = {}", Sources.workflow("@OnStatusChange(statuses = {},\n"
                                + "        target = \"arn:aws:sns:us-east-1:123456789012:alerts\")", "    @Succeed void done() {}")),
                error(Message.STATUS_EXPRESS, "[ExpressStatusRule] Step Functions sends EventBridge the status changes of"
                        + " Standard workflows only, so this rule would never fire for an Express workflow",
                        "@OnStatusChange", type("Sample", "@Workflow(type = Workflow.Type.EXPRESS)\n"
                                + "@OnStatusChange(statuses = OnStatusChange.Status.FAILED,\n"
                                + "        target = \"arn:aws:sns:us-east-1:123456789012:alerts\")\n"
                                + "public class Sample { @Succeed void done() {} }")),
                error(Message.LOG_GROUP_ARN, "[InvalidLogGroupArn] \"arn:aws:logs:us-east-1:123456789012:log-group:orders\" is not a log group ARN ending in :*",
                        "@Logging", Sources.workflow("@Logging(logGroup = \"arn:aws:logs:us-east-1:123456789012:log-group:orders\")", "    @Succeed void done() {}")),
                error(Message.LOG_GROUP_ARN, "[InvalidLogGroupArn] \"arn:aws:s3:::bucket:*\" is not a log group ARN",
                        "@Logging", Sources.workflow("@Logging(logGroup = \"arn:aws:s3:::bucket:*\")", "    @Succeed void done() {}")),
                error(Message.ROLE_ARN, "[InvalidRoleArn] \"arn:aws:iam::123:user/bob\" is not an IAM role ARN", "@ExecutionRole",
                        Sources.workflow("@ExecutionRole(\"arn:aws:iam::123:user/bob\")", "    @Succeed void done() {}")),
                error(Message.ALIAS_NAME, "[InvalidAliasName] alias \"123\" is invalid", "@Publish",
                        Sources.workflow("@Publish(alias = \"123\")", "    @Succeed void done() {}")),
                error(Message.ALIAS_NAME, "[InvalidAliasName] alias \"live now\" is invalid", "@Publish",
                        Sources.workflow("@Publish(alias = \"live now\")", "    @Succeed void done() {}")),
                error(Message.STATE_MACHINE_NAME, "[InvalidStateMachineName] state machine name \"Order Flow\" must not contain '\\u0020'",
                        "@Workflow", type("Sample", "@Workflow(name = \"Order Flow\")\npublic class Sample { @Succeed void done() {} }")),
                error(Message.STATE_MACHINE_NAME, "[InvalidStateMachineName] state machine name \"Order\u00A0Flow\" must not contain '\\u00A0'",
                        "@Workflow", type("Sample", "@Workflow(name = \"Order\\u00A0Flow\")\npublic class Sample { @Succeed void done() {} }")),
                error(Message.TAG_KEY_RESERVED, "[ReservedTagKey] tag key \"aws:team\" must not start with \"aws:\"",
                        "@Tag", Sources.workflow("@Tag(key = \"aws:team\", value = \"a\")", "    @Succeed void done() {}")),
                error(Message.TAG_KEY_RESERVED, "[ReservedTagKey] tag key \"stateMachine:createdBy\" is the one SAM sets",
                        "@Tag", Sources.workflow("@Tag(key = \"stateMachine:createdBy\", value = \"me\")", "    @Succeed void done() {}")),
                error(Message.TAG_CHARACTERS, "[TagCharacters] tag \"team\" may use only letters, digits, white space and _ . : / = + - @",
                        "@Tag", Sources.workflow("@Tag(key = \"team\", value = \"a&b\")", "    @Succeed void done() {}")),
                error(Message.ALIAS_DESCRIPTION, "[AliasDescriptionLength] the alias description is 257 characters; the limit is 256",
                        "@Publish", Sources.workflow("@Publish(alias = \"live\", description = \"" + "d".repeat(257) + "\")", "    @Succeed void done() {}")),
                error(Message.DEPLOYMENT_PERCENTAGE, "[DeploymentPercentage] a CANARY deployment needs a percentage from 1 to 99 per increment, not 100",
                        "percentage = 100", Sources.workflow("@Publish(alias = \"live\", deployment = Publish.Deployment.CANARY,\n"
                                + "        percentage = 100, intervalMinutes = 5)", "    @Succeed void done() {}")),
                error(Message.DEPLOYMENT_INTERVAL, "[DeploymentInterval] a LINEAR deployment needs an interval from 1 to 2100 minutes",
                        "@Publish", Sources.workflow("@Publish(alias = \"live\", deployment = Publish.Deployment.LINEAR, percentage = 10)", "    @Succeed void done() {}")),
                error(Message.ALL_AT_ONCE_INCREMENTS, "[AllAtOnceIncrements] an ALL_AT_ONCE deployment shifts all traffic at once",
                        "percentage = 10", Sources.workflow("@Publish(alias = \"live\",\n        percentage = 10)", "    @Succeed void done() {}")),
                error(Message.GRADUAL_WITH_ROUTING, "[GradualWithRouting] an alias either shifts traffic by a CANARY deployment or splits it by fixed routing weights",
                        "routing = ", Sources.workflow("@Publish(alias = \"live\", deployment = Publish.Deployment.CANARY, percentage = 10, intervalMinutes = 5,\n"
                                + "        routing = @Publish.Route(weight = 100))", "    @Succeed void done() {}")),
                new Case(Message.ROUTING_WEIGHT_RANGE, "[RoutingWeightRange] a routing weight is a percentage from 0 to 100, not 101", "Sample.java",
                        "routing = ", 2, List.of(Sources.workflow("@Publish(alias = \"live\",\n        routing = @Publish.Route(weight = 101))", "    @Succeed void done() {}"))),
                error(Message.ROUTING_WEIGHTS_SUM, "[RoutingWeightsSum] routing weights must add up to 100, not 90",
                        "routing = ", Sources.workflow("@Publish(alias = \"live\",\n        routing = {@Publish.Route(weight = 80), @Publish.Route(version = \"" + OLD_VERSION + "\", weight = 10)})", "    @Succeed void done() {}")),
                error(Message.ROUTING_VERSIONS, "[RoutingVersions] routing names \"" + OLD_VERSION.replace(":3", ":live")
                                + "\", which is not a state machine version ARN",
                        "routing = ", Sources.workflow("@Publish(alias = \"live\",\n        routing = {@Publish.Route(weight = 90), "
                                + "@Publish.Route(version = \"" + OLD_VERSION.replace(":3", ":live") + "\", weight = 10)})",
                                "    @Succeed void done() {}")),
                error(Message.ROLE_ARN, "[InvalidRoleArn] \"arn:aws:iam::1234567...\" is 262 characters; Step Functions takes ARNs of at most 256",
                        "@ExecutionRole", Sources.workflow("@ExecutionRole(\"arn:aws:iam::123456789012:role/" + "team/".repeat(45)
                                + "orders\")", "    @Succeed void done() {}")),
                error(Message.ROUTING_VERSIONS, "[RoutingVersions] routing names the new version twice",
                        "routing = ", Sources.workflow("@Publish(alias = \"live\",\n        routing = {@Publish.Route(weight = 50), @Publish.Route(weight = 50)})", "    @Succeed void done() {}")),
                error(Message.PLACEHOLDER_NAME, "[PlaceholderName] placeholder \"${fn-name}\" becomes a template parameter",
                        "${fn-name}", workflow("    @Task(resource = \"arn:aws:lambda:us-east-1:123456789012:function:${fn-name}\")\n    void call() {}" + END)),
                error(Message.JSONATA_SYNTAX, "[JsonataSyntax] cannot parse JSONata at column 21: Unexpected end of expression",
                        "$states.input.total >", workflow("    @Choice @Query(QueryLanguage.JSONATA)\n"
                                + "    @When(test = \"$states.input.total > \", next = \"done\")\n    void route() {}" + END)),
                error(Message.JSONPATH_IN_JSONATA, "[JsonPathInJsonataWorkflow] the workflow's query language is JSONata",
                        "@Query", type("Sample", "@Workflow(queryLanguage = QueryLanguage.JSONATA)\npublic class Sample {\n"
                                + "    @Pass @Query(QueryLanguage.JSONPATH) void first() {}" + END + "\n}")),
                error(Message.JSONPATH_ONLY, "[JsonPathOnly] @InputPath is JSONPath only; in a JSONata state its expressions read $states.input",
                        "@InputPath", workflow("    @Pass @Query(QueryLanguage.JSONATA)\n    @InputPath(\"$.order\")\n    void first() {}" + END)),
                error(Message.JSONATA_ONLY, "[JsonataOnly] @Output is JSONata only", "@Output",
                        workflow("    @Pass\n    @Output(\"$states.input.order\")\n    void first() {}" + END)),
                error(Message.EXPRESSION_IN_JSONPATH, "[ExpressionInJsonPath] in a JSONPath state timeoutSecondsPath"
                                + " takes a path such as \"$.limit\", not the JSONata expression \"{% $states.input.limit %}\";"
                                + " write the path, or make the state JSONata with @Query(QueryLanguage.JSONATA)",
                        "timeoutSecondsPath", workflow("    @Task(resource = " + LAMBDA + ",\n"
                                + "          timeoutSecondsPath = \"{% $states.input.limit %}\")\n    void call() {}" + END)),
                error(Message.PATH_IN_JSONATA, "[PathInJsonata] in a JSONata state secondsPath takes a JSONata"
                                + " expression, not the JSONPath path \"$.delay\"; write \"{% $states.input.delay %}\"",
                        "secondsPath", workflow("    @Wait(\n        secondsPath = \"$.delay\") @Query(QueryLanguage.JSONATA)\n"
                                + "    void pause() {}" + END)),
                error(Message.PATH_IN_JSONATA, "write \"{% $states.context.Execution.Input.limit %}\"",
                        "maxConcurrencyPath", workflow("    @Map(processor = Items.class,\n"
                                + "        maxConcurrencyPath = \"$$.Execution.Input.limit\") @Query(QueryLanguage.JSONATA)\n"
                                + "    void each() {}" + END), type("Items", "@Flow public class Items { @Succeed void done() {} }")),
                error(Message.JSONATA_RESULT_PATH, "[JsonataResultPath] in a JSONata state @ResultPath can only name a top-level field such as \"$.result\", not \"$.order.total\"",
                        "@ResultPath", workflow("    @Task(resource = " + LAMBDA + ") @Query(QueryLanguage.JSONATA)\n"
                                + "    @ResultPath(\"$.order.total\")\n    void call() {}" + END)),
                error(Message.UNKNOWN_VARIABLE, "[UnknownVariable] \"$order.id\" reads the variable $order, which no"
                        + " @Assign of this workflow sets; assign it with @Assign(name = \"order\", value = ...) in an"
                        + " earlier state, or read the input field with $.order", "$order.id",
                        workflow("    @Task(resource = " + LAMBDA + ")\n    @Assign(name = \"orders\", value = \"$\")\n"
                                + "    void load() {}\n    @Task(resource = " + LAMBDA + ")\n"
                                + "    void ship(@From(\"$order.id\") String id) {}" + END)),
                // AWS's variables page: a Distributed Map's child workflows cannot reference variables in outer scopes
                errorIn("Items.java", Message.VARIABLE_OUTSIDE_CHILD_WORKFLOW, "[VariableOutsideChildWorkflow] \"$day\" reads the"
                        + " variable $day, which the workflow running this Distributed Map assigns: its child executions"
                        + " start with none of that workflow's variables; pass the value to each item with the Map's"
                        + " itemSelector and read it from the item", "$day",
                        workflow("    @Pass\n    @Assign(name = \"day\", value = \"$.date\")\n    void today() {}\n"
                                + "    @Map(processor = Items.class, mode = Map.Mode.DISTRIBUTED)\n    void each() {}" + END),
                        type("Items", "@Flow public class Items {\n    @Task(resource = " + LAMBDA + ")\n"
                                + "    void stamp(@From(\"$day\") String day) {}\n}")),
                error(Message.INVALID_VARIABLE_NAME, "[InvalidVariableName] variable name \"1st\" must start with a letter or _",
                        "1st", workflow("    @Pass\n    @Assign(name = \"1st\", value = \"$.a\")\n    void first() {}" + END)),
                error(Message.INVALID_VARIABLE_NAME, "[InvalidVariableName] variable name \"states\" must start with a letter or _, continue with letters, digits or _, have at most 80 characters and not be 'states' (that is $states)",
                        "states", workflow("    @Pass\n    @Assign(name = \"states\", value = \"$.a\")\n    void first() {}" + END)),
                error(Message.DUPLICATE_VARIABLE, "[DuplicateVariable] variable \"total\" is assigned twice in this state",
                        "$.b", workflow("    @Pass\n    @Assign(name = \"total\", value = \"$.a\")\n"
                                + "    @Assign(name = \"total\", value = \"$.b\")\n    void first() {}" + END)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheDiagnosticOnTheOffendingLine(Case c) {
        Compilation compilation = compile(c.sources().toArray(JavaFileObject[]::new));

        assertThat(compilation).hadErrorCount(c.errors());
        assertThat(compilation).hadErrorContaining(c.message()).inFile(file(c)).onLineContaining(c.line());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatesNothingForAWorkflowWithErrors(Case c, @TempDir Path directory) throws IOException {
        List<String> written = Sources.compileInto(directory, c.sources().toArray(JavaFileObject[]::new));

        assertThat(written).noneMatch(f -> f.startsWith("generated") || f.endsWith(".asl.json"));
    }

    @Test
    void everyDiagnosticHasACase() {
        Set<Message> covered = cases().map(Case::id).collect(Collectors.toSet());
        covered.add(Message.INTERNAL_ERROR); // anInternalFailureBecomesOneErrorOnTheWorkflowAndSparesTheOthers
        covered.add(Message.INCOMPLETE_PROCESSOR_PATH); // IncompleteProcessorPathTest
        covered.add(Message.UNCOVERED_PERMISSION); // aCallTheGeneratedRoleCannotMakeIsAWarning
        covered.add(Message.POLICY_TOO_LARGE); // aGeneratedPolicyOverIamsLimitIsAWarning
        covered.add(Message.PARAMETER_NAMES_MISSING); // aFlowCompiledWithoutParameterNamesIsAnError
        covered.add(Message.RECORD_TOO_LARGE); // anInputRecordTheJvmCannotConstructIsAnError
        covered.add(Message.CONDITION_NEVER_TRUE); // aComparisonTheKindAtItsPathRulesOutIsAWarning
        covered.add(Message.UNKNOWN_FIELD_OF_OPEN_CLASS); // aPropertyAClassThatCanBeSubclassedLacksIsAWarning
        Set<Message> untested = Arrays.stream(Message.values())
                .filter(m -> !covered.contains(m))
                .collect(Collectors.toSet());

        assertThat(untested).isEmpty();
        assertThat(covered).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void aCallTheGeneratedRoleCannotMakeIsAWarning() {
        String glue = "    @Task(resource = \"arn:aws:states:::aws-sdk:glue:startCrawler\") void crawl() {}" + END;
        JavaFileObject sample = workflow(glue);

        Compilation compilation = compile(sample);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[UncoveredPermission] Task state 'crawl': the IAM mapping has no"
                + " entry for resource 'arn:aws:states:::aws-sdk:glue:startCrawler'").inFile(sample).onLineContaining("@Workflow");
        // a given role is the user's to grant: nothing to warn about
        assertThat(compile(Sources.workflow("@ExecutionRole(\"arn:aws:iam::123456789012:role/etl\")", glue)))
                .succeededWithoutWarnings();
    }

    @Test
    void aPropertyAClassThatCanBeSubclassedLacksIsAWarning() {
        // the state input replaced by an Animal: a Dog's breed may be there, since Jackson writes a value's own class
        JavaFileObject sample = workflow("""
                    public static class Animal { public String name; public int legs; }
                    @Task(resource = %s) Animal find() { return null; }
                    @Task(resource = %s) @ResultPath("$.shown") String show(
                            @From("$.breed") String breed) { return ""; }
                """.formatted(LAMBDA, LAMBDA) + END);

        Compilation compilation = compile(sample);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[UnknownFieldOfOpenClass] \"$.breed\": the state input has"
                + " no property \"breed\" (it has name, legs); Jackson writes the properties of a value's own class,"
                + " so the path exists only if the value is of a subclass that has it, and this compilation shows none;"
                + " to have the path checked exactly, declare Sample.Animal final, make it a record, or use the"
                + " subclass's type").inFile(sample).onLineContaining("$.breed");
    }

    @Test
    void aComparisonTheKindAtItsPathRulesOutIsAWarning() {
        JavaFileObject sample = type("Sample", """
                @Workflow(input = Sample.Order.class)
                public class Sample {
                    public record Order(String status, int total) {}
                    @Choice
                    @When(test = "$.total > 100", next = "done")
                    @When(test = "$.status == 1",
                          next = "done")
                    void route() {}
                    @Succeed void done() {}
                }
                """);

        Compilation compilation = compile(sample);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[ConditionNeverTrue] NumericEquals on $.status is never true:"
                + " $.status has type String, which Jackson writes as JSON text, and NumericEquals is true only for a"
                + " JSON number; compare it as text, with a 'quoted string', a string $.path, timestamp '...' or"
                + " matches").inFile(sample).onLineContaining("$.status == 1");
    }

    @Test
    void aGeneratedPolicyOverIamsLimitIsAWarning() {
        StringBuilder tasks = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            tasks.append("    @Task(resource = \"arn:aws:lambda:us-east-1:123456789012:function:process-order-line-step-")
                    .append(i).append("\") void step").append(i).append("() {}\n");
        }
        JavaFileObject sample = workflow(tasks + "    @Succeed void done() {}");

        Compilation compilation = compile(sample);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[PolicyTooLarge] the generated execution role's policy is ")
                .inFile(sample).onLineContaining("@Workflow");
        assertThat(compilation).hadWarningContaining("characters, over IAM's limit of 10240 for a role's inline"
                + " policies, so deploying the template will fail; name a role with @ExecutionRole");
        // half as many functions fit
        StringBuilder fewer = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            fewer.append("    @Task(resource = \"arn:aws:lambda:us-east-1:123456789012:function:process-order-line-step-")
                    .append(i).append("\") void step").append(i).append("() {}\n");
        }
        assertThat(compile(workflow(fewer + "    @Succeed void done() {}"))).succeededWithoutWarnings();
    }

    @Test
    void twoWorkflowsWhoseGeneratedClassesShareANameGenerateTheFirst(@TempDir Path directory) throws IOException {
        // Order.Lines and OrderLines both make OrderLinesWorkflow
        JavaFileObject nested = type("Order", "public class Order {\n"
                + "    @Workflow public static class Lines { @Succeed void done() {} }\n}");
        JavaFileObject flat = type("OrderLines", "@Workflow\npublic class OrderLines { @Succeed void done() {} }");

        Compilation compilation = compile(nested, flat);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[GeneratedNameTaken] the class test.OrderLinesWorkflow generated for"
                + " this workflow clashes with the class generated for workflow test.Order.Lines")
                .inFile(flat).onLineContaining("@Workflow");
        assertThat(Sources.compileInto(directory, nested, flat)).contains("generated/test/OrderLinesWorkflow.java",
                "classes/META-INF/stepwise/test.Order.Lines.asl.json").noneMatch(f -> f.contains("test.OrderLines."));
    }

    @Test
    void aGeneratedClassLeftOnTheClassPathIsReplaced(@TempDir Path directory) throws IOException {
        // an incremental build compiles with its earlier output on the class path
        Path stale = ClassFiles.compile(directory, List.of(), type("SampleWorkflow", "public class SampleWorkflow {}"));

        Compilation compilation = Compiler.javac().withProcessors(new WorkflowProcessor())
                .withClasspath(ClassFiles.classPathWith(stale))
                .compile(workflow("    @Succeed void done() {}"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.SampleWorkflow").contentsAsUtf8String()
                .contains("extends GeneratedWorkflow");
    }

    @Test
    void aStateMethodInheritedFromAClassFileIsAnErrorUnlessOverriddenAsAState(@TempDir Path directory) throws IOException {
        // a library's base class, compiled without the processor: its methods' annotations are in its class file
        JavaFileObject base = type("Base", "public abstract class Base {\n    @Task(resource = " + LAMBDA + ")\n"
                + "    public String charge(@From(\"$.card\") String card) { return card; }\n}");
        List<File> library = ClassFiles.classPathWith(ClassFiles.compile(directory, List.of("-parameters"), base));
        JavaFileObject inheriting = type("Sample", "@Workflow\npublic class Sample extends Base {\n    @Succeed void done() {}\n}");
        JavaFileObject overriding = type("Sample", "@Workflow\npublic class Sample extends Base {\n"
                + "    @Override @Task(resource = " + LAMBDA + ")\n    public String charge(@From(\"$.card\") String card) {"
                + " return super.charge(card); }\n    @Succeed void done() {}\n}");

        Compilation inherited = Compiler.javac().withProcessors(new WorkflowProcessor()).withClasspath(library)
                .compile(inheriting);
        Compilation overridden = Compiler.javac().withProcessors(new WorkflowProcessor()).withClasspath(library)
                .compile(overriding);

        assertThat(inherited).hadErrorCount(1);
        assertThat(inherited).hadErrorContaining("[InheritedState] Sample inherits the state method charge from Base")
                .inFile(inheriting).onLineContaining("public class Sample");
        assertThat(overridden).succeededWithoutWarnings();
        assertThat(GenerationTest.asl(overridden, "META-INF/stepwise/test.Sample.asl.json"))
                .contains("\"StartAt\": \"charge\"");
    }

    @Test
    void anInputRecordTheJvmCannotConstructIsAnError() {
        // 127 longs read from the input (and written back) take 254 slots, all a constructor has beside its this
        String second = longReader("second", 64, 127, "");
        JavaFileObject sample = workflow(longReader("first", 0, 64, ", @From(\"$.extra\") int extra") + second + END);

        assertThat(compile(workflow(longReader("first", 0, 64, "") + second + END))).succeededWithoutWarnings();
        Compilation over = compile(sample);

        assertThat(over).hadErrorCount(2);
        assertThat(over).hadErrorContaining("[RecordTooLarge] the generated Output record would have 128 components")
                .inFile(sample).onLineContaining("@Workflow");
        assertThat(over).hadErrorContaining("[RecordTooLarge] the generated Input record would have 128 components"
                + " taking 255 constructor parameter slots, over the 254 a Java constructor can take (JVMS 4.3.3; a long"
                + " or double takes two); group the workflow's top-level fields under fewer objects")
                .inFile(sample).onLineContaining("@Workflow");
    }

    /**
     * A Task reading the input's {@code long} fields {@code $.a<from>} to {@code $.a<to - 1>}, then {@code more},
     * and writing a {@code long} to the first.
     */
    private static String longReader(String name, int from, int to, String more) {
        return IntStream.range(from, to).mapToObj(i -> "@From(\"$.a" + i + "\") long a" + i)
                .collect(Collectors.joining(", ", "    @Task(resource = " + LAMBDA + ") @ResultPath(\"$.a" + from
                        + "\") long " + name + "(", more + ") { return 0; }\n"));
    }

    @Test
    void aWorkflowExtendingAnotherDoesNotInheritItsStates() {
        JavaFileObject base = type("Base", "@Workflow\npublic class Base {\n    @Task(resource = " + LAMBDA + ")\n"
                + "    public void charge() {}\n    @Succeed public void done() {}\n}");
        JavaFileObject sample = type("Sample", "@Workflow\npublic class Sample extends Base {\n"
                + "    @Override @Succeed public void done() {}\n}");

        Compilation compilation = compile(base, sample);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[InheritedState] Sample inherits the state method charge from Base")
                .inFile(sample).onLineContaining("public class Sample");
    }

    @Test
    void aStateMethodOverriddenBetweenIsReportedOnceFromTheClassThatOverridesIt() {
        JavaFileObject root = type("Root", "public abstract class Root {\n    @Task(resource = " + LAMBDA + ")\n"
                + "    public void charge() {}\n}");
        JavaFileObject middle = type("Middle", "public abstract class Middle extends Root {\n    @Override @Task(resource = "
                + LAMBDA + ")\n    public void charge() {}\n}");
        JavaFileObject sample = type("Sample", "@Workflow\npublic class Sample extends Middle {\n"
                + "    @Succeed public void done() {}\n}");

        Compilation compilation = compile(root, middle, sample);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[InheritedState] Sample inherits the state method charge from"
                + " Middle").inFile(sample).onLineContaining("public class Sample");
    }

    @Test
    void aFlowCompiledWithoutParameterNamesIsAnError(@TempDir Path directory) throws IOException {
        JavaFileObject refund = type("Refund", "@Flow\npublic class Refund {\n    @Task(resource = " + LAMBDA + ")\n"
                + "    void check(@From(\"$.order.id\") String orderId, @From(\"$.total\") int amount) {}\n}");
        JavaFileObject sample = workflow("    @Parallel(branches = Refund.class) void both() {}" + END);

        Compilation unnamed = Compiler.javac().withProcessors(new WorkflowProcessor())
                .withClasspath(ClassFiles.classPathWith(ClassFiles.compile(directory.resolve("plain"), List.of(), refund)))
                .compile(sample);

        assertThat(unnamed).hadErrorCount(1);
        assertThat(unnamed).hadErrorContaining("[ParameterNamesMissing] Refund comes from a class file without parameter"
                + " names, so Task method check(arg0, arg1) would pass its parameters to Step Functions as \"arg0\","
                + " \"arg1\"; compile Refund with javac -parameters").inFile(sample).onLineContaining("Refund.class");
        // either option records the names: the definition keys the Parameters by them
        for (String option : List.of("-parameters", "-g")) {
            Compilation named = Compiler.javac().withProcessors(new WorkflowProcessor())
                    .withClasspath(ClassFiles.classPathWith(ClassFiles.compile(directory.resolve(option), List.of(option), refund)))
                    .compile(sample);
            assertThat(named).succeededWithoutWarnings();
            assertThat(GenerationTest.asl(named, "META-INF/stepwise/test.Sample.asl.json"))
                    .contains("\"orderId.$\": \"$.order.id\"", "\"amount.$\": \"$.total\"");
        }
    }

    @Test
    void anInternalFailureBecomesOneErrorOnTheWorkflowAndSparesTheOthers(@TempDir Path directory) throws IOException {
        JavaFileObject sample = workflow("    @Succeed void done() {}");
        JavaFileObject good = type("Good", "@Workflow\npublic class Good {\n    @Succeed void done() {}\n}");

        Compilation compilation = Compiler.javac().withProcessors(failingOn("Sample")).compile(sample, good);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[InternalError] the Stepwise processor failed on this element"
                + " (IllegalStateException: boom)").inFile(sample).onLineContaining("public class Sample");
        assertThat(Sources.compileInto(directory, failingOn("Sample"), sample, good))
                .contains("generated/test/GoodWorkflow.java").noneMatch(f -> f.contains("Sample"));
    }

    private static WorkflowProcessor failingOn(String className) {
        return new WorkflowProcessor(model -> {
            if (model.simpleClassName().equals(className)) {
                throw new IllegalStateException("boom");
            }
            return model;
        });
    }

    @Test
    void oneBadWorkflowDoesNotStopTheOthers(@TempDir Path directory) throws IOException {
        List<String> written = Sources.compileInto(directory,
                workflow("    @Task(resource = \"\") void call() {}" + END),
                type("Good", "@Workflow\npublic class Good {\n    @Succeed void done() {}\n}"));

        assertThat(written).contains("classes/META-INF/stepwise/test.Good.asl.json", "generated/test/GoodWorkflow.java")
                .noneMatch(f -> f.contains("Sample"));
    }

    private static JavaFileObject file(Case c) {
        return c.sources().stream().filter(s -> s.getName().endsWith("/" + c.file())).findFirst().orElseThrow();
    }
}
