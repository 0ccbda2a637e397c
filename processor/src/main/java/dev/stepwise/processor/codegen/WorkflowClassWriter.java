package dev.stepwise.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.stepwise.processor.model.FlowModel;
import dev.stepwise.processor.model.StateModel;
import dev.stepwise.processor.model.WorkflowModel;
import dev.stepwise.processor.model.WorkflowSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Name>Workflow extends GeneratedWorkflow}: the name, the definition (read from the resource the
 * processor writes next to the class), the metadata, {@code bind(impl)} with the {@link TaskSwitch} from Task state
 * to Java method, and the workflow's records as nested types ({@code Input}, {@code Output},
 * {@code <State>Parameters}).
 *
 * <p>One source file per workflow, on purpose: javac checks every generated file's name against the whole class
 * path and compiles each compilation unit through all its phases, so files, not lines, are what a build pays for.
 */
public final class WorkflowClassWriter {

    private static final String WORKFLOW = "dev.stepwise.workflow";
    private static final ClassName BASE = ClassName.get(WORKFLOW, "GeneratedWorkflow");
    private static final ClassName FLOW_INSTANCES = ClassName.get(WORKFLOW, "FlowInstances");
    private static final ClassName DEFINITIONS = ClassName.get(WORKFLOW, "Definitions");
    private static final ClassName METADATA = ClassName.get(WORKFLOW, "WorkflowMetadata");
    private static final ClassName STATUS_RULE = METADATA.nestedClass("StatusRule");
    private static final ClassName PUBLICATION = METADATA.nestedClass("Publication");
    private static final ClassName ROUTE = METADATA.nestedClass("Route");

    private WorkflowClassWriter() {
    }

    public static ClassName name(WorkflowModel model) {
        return ClassName.get(model.packageName(), model.generatedClassName());
    }

    /** Where the processor writes the workflow's resources, relative to the class output, before their suffix. */
    public static String resourceBase(WorkflowModel model) {
        return "META-INF/stepwise/" + model.qualifiedClassName();
    }

    /** Where the processor writes the definition, relative to the class output. */
    public static String definitionResource(WorkflowModel model) {
        return resourceBase(model) + ".asl.json";
    }

    /** Unbuilt, so the caller can add its originating element; {@code records} become nested types. */
    public static TypeSpec.Builder write(WorkflowModel model, List<TypeSpec> records) {
        ClassName self = name(model);
        ClassName workflowClass = workflowClass(model);
        TaskSwitch tasks = TaskSwitch.of(model);
        CodeBlock.Builder names = CodeBlock.builder().add("$N, $N, $N", "NAME", "DEFINITION", "METADATA");
        tasks.taskNames().forEach(task -> names.add(", $S", task));
        TypeSpec.Builder spec = TypeSpec.classBuilder(self);
        if (tasks.raw()) {
            // javac's rawtypes and unchecked lints would flag the binding of a generic class, which has to be raw
            spec.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "{$S, $S}", "rawtypes", "unchecked").build());
        }
        return spec
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(BASE)
                .addAnnotation(RecordWriter.generated())
                .addJavadoc("The {@code $L} state machine, generated from {@link $T}.\n", model.name(), workflowClass)
                .addField(constant(ClassName.get(String.class), "NAME", CodeBlock.of("$S", model.name())))
                .addField(constant(ClassName.get(String.class), "DEFINITION",
                        CodeBlock.of("$T.read($T.class, $S)", DEFINITIONS, self, definitionResource(model))))
                .addField(constant(METADATA, "METADATA", metadata(model.settings())))
                .addFields(tasks.fields())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addJavadoc("An unbound spec: the definition and metadata, no task implementations.\n")
                        .addStatement("super(NAME, DEFINITION, METADATA)")
                        .addCode(tasks.assignFields(false)).build())
                .addMethod(boundConstructor(workflowClass, tasks, names.build()))
                .addMethod(MethodSpec.methodBuilder("bind")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(self)
                        .addParameter(workflowClass, TaskSwitch.IMPL)
                        .addJavadoc("Binds each Task state to its method on {@code impl}, for running locally$L.\n",
                                tasks.flowClasses().isEmpty() ? "" : " (a branch's or item processor's on a new "
                                        + "instance of its {@code @Flow} class)")
                        .addStatement(tasks.flowClasses().isEmpty() ? CodeBlock.of("return new $T($N)", self,
                                TaskSwitch.IMPL) : CodeBlock.of("return new $T($N, $T.none())", self, TaskSwitch.IMPL,
                                FLOW_INSTANCES)).build())
                .addMethods(bindWithFlows(self, workflowClass, tasks))
                .addMethods(tasks.invoke())
                .addTypes(records);
    }

    private static MethodSpec boundConstructor(ClassName workflowClass, TaskSwitch tasks, CodeBlock superArguments) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(workflowClass, TaskSwitch.IMPL);
        if (!tasks.flowClasses().isEmpty()) {
            constructor.addParameter(FLOW_INSTANCES, TaskSwitch.FLOWS);
        }
        return constructor.addStatement("super($L)", superArguments).addCode(tasks.assignFields(true)).build();
    }

    /** {@code bind(impl, flows)}, for a workflow whose branches or item processors run Task states. */
    private static List<MethodSpec> bindWithFlows(ClassName self, ClassName workflowClass, TaskSwitch tasks) {
        List<ClassName> flows = tasks.flowClasses();
        if (flows.isEmpty()) {
            return List.of();
        }
        CodeBlock classes = CodeBlock.join(flows.stream().map(flow -> CodeBlock.of("$T.class", flow)).toList(), ", ");
        return List.of(MethodSpec.methodBuilder("bind")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(workflowClass, TaskSwitch.IMPL)
                .addParameter(FLOW_INSTANCES, TaskSwitch.FLOWS)
                .addJavadoc("Binds each Task state to its method on {@code impl}, and a branch's or item processor's to"
                        + " the instance\n{@code flows} gives for its {@code @Flow} class (a new one for a class it does"
                        + " not name), so a test\ncan replace a flow with a fake.\n\n@throws IllegalArgumentException"
                        + " when {@code flows} names a class that is not a flow of this workflow\n")
                .addStatement("$N.requireFlowsOf(NAME, $L)", TaskSwitch.FLOWS, classes)
                .addStatement("return new $T($N, $N)", self, TaskSwitch.IMPL, TaskSwitch.FLOWS).build());
    }

    private static FieldSpec constant(TypeName type, String name, CodeBlock value) {
        return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL).initializer(value).build();
    }

    private static CodeBlock metadata(WorkflowSettings settings) {
        if (isDefault(settings)) {
            return CodeBlock.of("$T.DEFAULTS", METADATA);
        }
        CodeBlock tags = CodeBlock.of("$T.of()", Map.class);
        if (!settings.tags().isEmpty()) {
            List<CodeBlock> entries = new ArrayList<>();
            settings.tags().forEach(t -> entries.add(CodeBlock.of("$T.entry($S, $S)", Map.class, t.key(), t.value())));
            tags = CodeBlock.of("$T.ofEntries($L)", Map.class, CodeBlock.join(entries, ", "));
        }
        WorkflowSettings.Logging logging = settings.logging();
        CodeBlock publish = CodeBlock.of("null");
        if (settings.publish() != null) {
            WorkflowSettings.Publish p = settings.publish();
            List<CodeBlock> routing = p.routing().stream()
                    .map(r -> CodeBlock.of("new $T($S, $L)", ROUTE, r.versionArn(), r.weight())).toList();
            publish = CodeBlock.of("new $T($S, $S, $S, $L, $L, $T.of($L))", PUBLICATION, p.alias(), p.description(),
                    p.deployment(), p.percentage() == null ? 0 : p.percentage(),
                    p.intervalMinutes() == null ? 0 : p.intervalMinutes(), List.class, CodeBlock.join(routing, ", "));
        }
        CodeBlock common = CodeBlock.of("$S, $L, $L, $S, $L, $S, $L, $S, $L", settings.type(),
                settings.timeoutSeconds(), tags, logging == null ? "OFF" : logging.level(),
                logging != null && logging.includeExecutionData(), logging == null ? null : logging.logGroupArn(),
                settings.tracing(), settings.roleArn(), publish);
        if (settings.statusRules().isEmpty()) {
            return CodeBlock.of("new $T($L)", METADATA, common);
        }
        List<CodeBlock> rules = settings.statusRules().stream()
                .map(rule -> CodeBlock.of("new $T($T.of($L), $S)", STATUS_RULE, List.class,
                        CodeBlock.join(rule.statuses().stream().map(status -> CodeBlock.of("$S", status)).toList(), ", "),
                        rule.target()))
                .toList();
        return CodeBlock.of("new $T($L, $T.of($L))", METADATA, common, List.class, CodeBlock.join(rules, ", "));
    }

    private static ClassName workflowClass(WorkflowModel model) {
        List<String> names = model.classNames();
        return ClassName.get(model.packageName(), names.get(0), names.subList(1, names.size()).toArray(String[]::new));
    }

    /** Whether {@code settings} are what {@code WorkflowMetadata.DEFAULTS} holds. */
    private static boolean isDefault(WorkflowSettings settings) {
        WorkflowSettings.Logging logging = settings.logging();
        return settings.type().equals("STANDARD") && settings.timeoutSeconds() == 0 && settings.tags().isEmpty()
                && (logging == null || (logging.level().equals("OFF") && !logging.includeExecutionData()
                        && logging.logGroupArn() == null))
                && !settings.tracing() && settings.roleArn() == null && settings.publish() == null
                && settings.statusRules().isEmpty();
    }

    /**
     * The records the binding needs: one per bound Task with several parameters. A Task name bound twice (a
     * {@code @Flow} class used by two branches) needs one record, as it has one {@code case}.
     */
    public static List<StateModel.Task> tasksNeedingParameterRecords(FlowModel flow) {
        Set<String> seen = new HashSet<>();
        return flow.tasks().stream()
                .filter(task -> seen.add(task.name()) && task.signature().parameters().size() > 1)
                .toList();
    }
}
