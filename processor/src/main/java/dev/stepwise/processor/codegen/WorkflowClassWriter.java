package dev.stepwise.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.stepwise.processor.model.FlowModel;
import dev.stepwise.processor.model.JavaType;
import dev.stepwise.processor.model.StateModel;
import dev.stepwise.processor.model.TaskSignature;
import dev.stepwise.processor.model.WorkflowModel;
import dev.stepwise.processor.model.WorkflowSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Name>Workflow implements WorkflowSpec}: the name, the definition (read from the resource the
 * processor writes next to the class), the metadata, {@code bind(impl)}, which maps each Task state to its Java
 * method through {@code TaskJson}, and the workflow's records as nested types ({@code Input}, {@code Output},
 * {@code <State>Parameters}). Tasks of Parallel branches and Map processors are bound to a fresh instance of their
 * {@code @Flow} class (which needs a no-argument constructor).
 *
 * <p>One source file per workflow, on purpose: javac checks every generated file's name against the whole class
 * path and compiles each compilation unit through all its phases, so files, not lines, are what a build pays for.
 */
public final class WorkflowClassWriter {

    private static final String WORKFLOW = "dev.stepwise.workflow";
    private static final ClassName SPEC = ClassName.get(WORKFLOW, "WorkflowSpec");
    private static final ClassName TASK_METHOD = ClassName.get(WORKFLOW, "TaskMethod");
    private static final ClassName DEFINITIONS = ClassName.get(WORKFLOW, "Definitions");
    private static final ClassName METADATA = ClassName.get(WORKFLOW, "WorkflowMetadata");
    private static final ClassName PUBLICATION = METADATA.nestedClass("Publication");
    private static final ClassName ROUTE = METADATA.nestedClass("Route");
    private static final TypeName TASK_MAP =
            ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), TASK_METHOD);

    private WorkflowClassWriter() {
    }

    public static ClassName name(WorkflowModel model) {
        return ClassName.get(model.packageName(), model.generatedPrefix() + "Workflow");
    }

    /** Where the processor writes the definition, relative to the class output. */
    public static String definitionResource(WorkflowModel model) {
        return "META-INF/stepwise/" + model.qualifiedClassName() + ".asl.json";
    }

    /** Unbuilt, so the caller can add its originating element; {@code records} become nested types. */
    public static TypeSpec.Builder write(WorkflowModel model, List<TypeSpec> records) {
        ClassName self = name(model);
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(SPEC)
                .addAnnotation(RecordWriter.generated())
                .addJavadoc("The {@code $L} state machine, generated from {@link $T}.\n", model.name(),
                        workflowClass(model))
                .addField(constant(ClassName.get(String.class), "NAME", CodeBlock.of("$S", model.name())))
                .addField(constant(ClassName.get(String.class), "DEFINITION",
                        CodeBlock.of("$T.read($T.class, $S)", DEFINITIONS, self, definitionResource(model))))
                .addField(constant(METADATA, "METADATA", metadata(model.settings())))
                .addField(TASK_MAP, "tasks", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addJavadoc("An unbound spec: the definition and metadata, no task implementations.\n")
                        .addStatement("this($T.of())", Map.class).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                        .addParameter(TASK_MAP, "tasks").addStatement("this.tasks = tasks").build())
                .addMethod(bind(model, self))
                .addMethod(getter("name", ClassName.get(String.class), "NAME"))
                .addMethod(getter("definition", ClassName.get(String.class), "DEFINITION"))
                .addMethod(getter("metadata", METADATA, "METADATA"))
                .addMethod(getter("tasks", TASK_MAP, "tasks"))
                .addTypes(records);
    }

    private static FieldSpec constant(TypeName type, String name, CodeBlock value) {
        return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL).initializer(value).build();
    }

    private static MethodSpec getter(String method, TypeName type, String field) {
        return MethodSpec.methodBuilder(method).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(type).addStatement("return $N", field).build();
    }

    private static CodeBlock metadata(WorkflowSettings settings) {
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
        return CodeBlock.of("new $T($S, $L, $L, $S, $L, $S, $L, $S, $L)", METADATA, settings.type(),
                settings.timeoutSeconds(), tags, logging == null ? "OFF" : logging.level(),
                logging != null && logging.includeExecutionData(), logging == null ? null : logging.logGroupArn(),
                settings.tracing(), settings.roleArn(), publish);
    }

    private static MethodSpec bind(WorkflowModel model, ClassName self) {
        ClassName workflowClass = workflowClass(model);
        MethodSpec.Builder bind = MethodSpec.methodBuilder("bind")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(workflowClass, "impl")
                .addJavadoc("Binds each Task state to its method on {@code impl}, for running locally.\n")
                .addStatement("$T<$T, $T> tasks = new $T<>()", Map.class, String.class, TASK_METHOD, LinkedHashMap.class);
        Map<String, String> instances = new LinkedHashMap<>();
        instances.put(model.flow().className(), "impl");
        bindFlow(model, model.flow(), instances, bind);
        return bind.addStatement("return new $T($T.unmodifiableMap(tasks))", self, java.util.Collections.class).build();
    }

    private static ClassName workflowClass(WorkflowModel model) {
        List<String> names = model.classNames();
        return ClassName.get(model.packageName(), names.get(0), names.subList(1, names.size()).toArray(String[]::new));
    }

    private static void bindFlow(WorkflowModel model, FlowModel flow, Map<String, String> instances,
                                 MethodSpec.Builder bind) {
        String instance = instances.computeIfAbsent(flow.className(), className -> {
            String variable = "flow" + instances.size();
            bind.addStatement("$T $N = new $T()", flowClass(className), variable, flowClass(className));
            return variable;
        });
        for (StateModel state : flow.states()) {
            if (state instanceof StateModel.Task task) {
                bind.addCode("tasks.putIfAbsent($S, $L);\n", task.name(), lambda(model, task, instance));
            } else if (state instanceof StateModel.Parallel parallel) {
                parallel.branches().forEach(branch -> bindFlow(model, branch, instances, bind));
            } else if (state instanceof StateModel.Map map) {
                bindFlow(model, map.processor(), instances, bind);
            }
        }
    }

    private static ClassName flowClass(String qualifiedName) {
        return ClassName.bestGuess(qualifiedName);
    }

    private static CodeBlock lambda(WorkflowModel model, StateModel.Task task, String instance) {
        TaskSignature signature = task.signature();
        CodeBlock.Builder body = CodeBlock.builder();
        List<CodeBlock> arguments = new ArrayList<>();
        List<TaskSignature.Parameter> parameters = signature.parameters();
        // arguments are converted in place, not into locals named after the parameters: a parameter named
        // "input" would otherwise clash with the lambda's own parameter
        if (parameters.size() == 1 && parameters.get(0).wholeInput()) {
            arguments.add(Conversions.whole(parameters.get(0).type()));
        } else if (parameters.size() == 1) {
            arguments.add(Conversions.field(parameters.get(0).name(), parameters.get(0).type()));
        } else if (parameters.size() > 1) {
            ClassName record = RecordWriter.parametersName(model, task.name());
            body.addStatement("$T parameters = $L", record, Conversions.whole(record));
            parameters.forEach(p -> arguments.add(CodeBlock.of("parameters.$N()", JavaTypes.identifier(p.name()))));
        }
        CodeBlock call = CodeBlock.of("$N.$N($L)", instance, signature.methodName(), CodeBlock.join(arguments, ", "));
        if (signature.returnType().equals(JavaType.VOID)) {
            body.addStatement("$L", call).addStatement("return $S", "null");
        } else if (body.isEmpty()) {
            return CodeBlock.of("input -> $L", Conversions.json(call));
        } else {
            body.addStatement("return $L", Conversions.json(call));
        }
        return CodeBlock.builder().add("input -> {\n").indent().add(body.build()).unindent().add("}").build();
    }

    /** The records the binding needs: one per Task with several parameters. */
    public static List<StateModel.Task> tasksNeedingParameterRecords(FlowModel flow) {
        List<StateModel.Task> tasks = new ArrayList<>();
        collect(flow, tasks);
        return tasks;
    }

    private static void collect(FlowModel flow, List<StateModel.Task> tasks) {
        for (StateModel state : flow.states()) {
            if (state instanceof StateModel.Task task && task.signature().parameters().size() > 1) {
                tasks.add(task);
            } else if (state instanceof StateModel.Parallel parallel) {
                parallel.branches().forEach(branch -> collect(branch, tasks));
            } else if (state instanceof StateModel.Map map) {
                collect(map.processor(), tasks);
            }
        }
    }
}
