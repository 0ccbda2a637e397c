package dev.stepwise.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.stepwise.processor.model.FlowModel;
import dev.stepwise.processor.model.JavaType;
import dev.stepwise.processor.model.LambdaEnvelope;
import dev.stepwise.processor.model.StateModel;
import dev.stepwise.processor.model.TaskSignature;
import dev.stepwise.processor.model.WorkflowModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The binding of a generated workflow: one {@code case} per Task state in {@code invoke(task, input)}, calling the
 * state's method on the workflow instance, or for a Task inside a Parallel branch or Map processor, on an instance
 * of its {@code @Flow} class (one field each, given to {@code bind} or else created when the workflow is bound, so a
 * {@code @Flow} class needs a no-argument constructor). A Task name bound twice keeps its first binding.
 */
final class TaskSwitch {

    static final String IMPL = "impl";
    /** The parameter holding the {@code @Flow} instances given to {@code bind}. */
    static final String FLOWS = "flows";

    private final WorkflowModel model;
    /** {@code @Flow} class to the field holding its instance; the workflow class maps to {@link #IMPL}. */
    private final Map<JavaType.ClassType, String> instances = new LinkedHashMap<>();
    private final Set<String> taskNames = new LinkedHashSet<>();
    private final CodeBlock.Builder cases = CodeBlock.builder();
    private boolean raw;

    private TaskSwitch(WorkflowModel model) {
        this.model = model;
        instances.put(model.flow().type(), IMPL);
    }

    static TaskSwitch of(WorkflowModel model) {
        TaskSwitch binding = new TaskSwitch(model);
        binding.flow(model.flow());
        return binding;
    }

    /** The Task states {@code invoke} implements, in declaration order. */
    List<String> taskNames() {
        return List.copyOf(taskNames);
    }

    /**
     * Whether a class it binds declares type parameters: no argument is known for them, so the binding names the
     * class raw and calls its methods with the erasures of their parameter types (the variables' bounds).
     */
    boolean raw() {
        return raw;
    }

    /** {@code impl} and one field per {@code @Flow} class a Task runs on. */
    List<FieldSpec> fields() {
        List<FieldSpec> fields = new ArrayList<>();
        instances.forEach((type, field) -> fields.add(
                FieldSpec.builder(JavaTypes.of(type), field, Modifier.PRIVATE, Modifier.FINAL).build()));
        return fields;
    }

    /** The {@code @Flow} classes a Task runs on, in the order their fields are declared. */
    List<ClassName> flowClasses() {
        return instances.entrySet().stream().filter(e -> !e.getValue().equals(IMPL))
                .map(e -> (ClassName) JavaTypes.of(e.getKey())).toList();
    }

    /**
     * Assigns the fields: the bound instance, for each {@code @Flow} class the instance given in {@link #FLOWS} or a
     * new one, or all null when unbound.
     */
    CodeBlock assignFields(boolean bound) {
        CodeBlock.Builder code = CodeBlock.builder();
        instances.forEach((type, field) -> {
            if (!bound) {
                code.addStatement("this.$N = null", field);
            } else if (field.equals(IMPL)) {
                code.addStatement("this.$N = $N", field, IMPL);
            } else {
                TypeName flow = JavaTypes.of(type);
                code.addStatement("this.$N = $N.find($T.class).orElseGet($T::new)", field, FLOWS, flow, flow);
            }
        });
        return code.build();
    }

    /** {@code invoke}, or nothing when the workflow has no Task state. */
    List<MethodSpec> invoke() {
        if (taskNames.isEmpty()) {
            return List.of();
        }
        CodeBlock body = CodeBlock.builder()
                .add("return switch (task) {\n").indent()
                .add(cases.build())
                .add("default -> super.invoke(task, input);\n")
                .unindent().add("};\n")
                .build();
        return List.of(MethodSpec.methodBuilder("invoke")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(String.class)
                .addParameter(String.class, "task")
                .addParameter(String.class, "input")
                .addException(Exception.class)
                .addCode(body)
                .build());
    }

    private void flow(FlowModel flow) {
        String instance = instances.computeIfAbsent(flow.type(), type -> "flow" + instances.size());
        raw |= flow.generic();
        for (StateModel state : flow.states()) {
            if (state instanceof StateModel.Task task && taskNames.add(task.name())) {
                cases.add(taskCase(task, instance));
            } else if (state instanceof StateModel.Parallel parallel) {
                parallel.branches().forEach(this::flow);
            } else if (state instanceof StateModel.Map map) {
                flow(map.processor());
            }
        }
    }

    private CodeBlock taskCase(StateModel.Task task, String instance) {
        TaskSignature signature = task.signature();
        List<TaskSignature.Parameter> parameters = signature.parameters();
        boolean lambda = LambdaEnvelope.wraps(task.resource());
        CodeBlock source = Conversions.input(lambda);
        CodeBlock.Builder block = CodeBlock.builder();
        List<CodeBlock> arguments = new ArrayList<>();
        // arguments are converted in place, not into locals named after the parameters: a parameter named
        // "input" or "task" would otherwise clash with invoke's own
        if (parameters.size() == 1 && parameters.get(0).wholeInput()) {
            arguments.add(Conversions.whole(parameters.get(0).type(), source));
        } else if (parameters.size() == 1) {
            arguments.add(Conversions.field(parameters.get(0).name(), parameters.get(0).type(), source));
        } else if (parameters.size() > 1) {
            ClassName record = RecordWriter.parametersName(model, task.name());
            block.addStatement("$T parameters = $L", record, Conversions.whole(record, source));
            RecordWriter.componentNames(parameters.stream().map(TaskSignature.Parameter::name).toList())
                    .forEach(component -> arguments.add(CodeBlock.of("parameters.$N()", component)));
        }
        CodeBlock call = CodeBlock.of("$N.$N($L)", instance, signature.methodName(), CodeBlock.join(arguments, ", "));
        if (signature.returnType().equals(JavaType.VOID)) {
            block.addStatement("$L", call)
                    .addStatement("yield $L", lambda ? Conversions.json(CodeBlock.of("null"), true) : CodeBlock.of("$S", "null"));
        } else if (block.isEmpty()) {
            return CodeBlock.of("case $S -> $L;\n", task.name(), Conversions.json(call, lambda));
        } else {
            block.addStatement("yield $L", Conversions.json(call, lambda));
        }
        return CodeBlock.builder().add("case $S -> {\n", task.name()).indent().add(block.build()).unindent()
                .add("}\n").build();
    }
}
