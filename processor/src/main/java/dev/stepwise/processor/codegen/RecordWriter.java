package dev.stepwise.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.stepwise.processor.model.BranchResults;
import dev.stepwise.processor.model.JavaNames;
import dev.stepwise.processor.model.JavaType;
import dev.stepwise.processor.model.StateModel;
import dev.stepwise.processor.model.TypeCatalog;
import dev.stepwise.processor.model.WorkflowModel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the typed records, nested in {@code <Name>Workflow}: {@code Input}, {@code Output} and
 * {@code <State>Parameters}. Each component serializes under its JSON name, so the record's JSON is exactly the
 * document the state machine sees.
 */
public final class RecordWriter {

    static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
    private static final ClassName JSON_FORMAT = ClassName.get("com.fasterxml.jackson.annotation", "JsonFormat");
    private static final ClassName JSON_PROPERTY_ORDER =
            ClassName.get("com.fasterxml.jackson.annotation", "JsonPropertyOrder");
    /** Names a record component cannot take: its accessor would override or clash with one of Object's methods. */
    private static final Set<String> OBJECT_METHODS = Set.of("clone", "finalize", "getClass", "hashCode", "notify",
            "notifyAll", "toString", "wait");
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    public static final int MAX_CONSTRUCTOR_SLOTS = 254;

    private RecordWriter() {
    }

    public static ClassName inputName(WorkflowModel model) {
        return WorkflowClassWriter.name(model).nestedClass("Input");
    }

    public static ClassName outputName(WorkflowModel model) {
        return WorkflowClassWriter.name(model).nestedClass("Output");
    }

    /**
     * The Parameters record of a Task state: {@code ChargeCardParameters} for "Charge card". State names that make
     * the same name ("Charge card", "ChargeCard") are numbered in declaration order: {@code ChargeCardParameters2}.
     */
    public static ClassName parametersName(WorkflowModel model, String stateName) {
        Set<String> taken = new HashSet<>();
        for (StateModel.Task task : WorkflowClassWriter.tasksNeedingParameterRecords(model.flow())) {
            String name = JavaNames.unique(JavaNames.typeFragment(task.name()) + "Parameters", taken);
            if (task.name().equals(stateName)) {
                return WorkflowClassWriter.name(model).nestedClass(name);
            }
        }
        throw new IllegalArgumentException("Task state " + stateName + " has no Parameters record");
    }

    /**
     * The Java names of a record's components, one per JSON name: made identifiers, and numbered where two make
     * the same one ("order-id" and "orderId": {@code orderId}, {@code orderId2}); the JSON names stay as written.
     */
    static List<String> componentNames(List<String> jsonNames) {
        Set<String> taken = new HashSet<>();
        return jsonNames.stream().map(JavaNames::identifier)
                .map(name -> OBJECT_METHODS.contains(name) ? name + "_" : name)
                .map(name -> JavaNames.unique(name, taken))
                .toList();
    }

    /**
     * The parameter slots a record's canonical constructor would take: one a component, two a {@code long} or
     * {@code double}. The JVM allows a method 255, the constructor's {@code this} included (JVMS 4.3.3), so a record
     * over {@link #MAX_CONSTRUCTOR_SLOTS} does not compile ("too many parameters").
     */
    public static int constructorSlots(List<TypeCatalog.Property> fields) {
        return fields.stream().mapToInt(field -> field.type() instanceof JavaType.PrimitiveType primitive
                && (primitive.keyword().equals("long") || primitive.keyword().equals("double")) ? 2 : 1).sum();
    }

    /** A nested record (implicitly static), carrying no annotation of its own but its components' JSON names. */
    public static TypeSpec record(ClassName name, List<TypeCatalog.Property> fields, String javadoc) {
        return recordBuilder(name, fields, javadoc).build();
    }

    private static TypeSpec.Builder recordBuilder(ClassName name, List<TypeCatalog.Property> fields, String javadoc) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        List<String> names = componentNames(fields.stream().map(TypeCatalog.Property::name).toList());
        for (int i = 0; i < fields.size(); i++) {
            TypeCatalog.Property field = fields.get(i);
            ParameterSpec.Builder component = ParameterSpec.builder(JavaTypes.of(field.type()), names.get(i));
            component.addAnnotation(AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", field.name()).build());
            constructor.addParameter(component.build());
        }
        return TypeSpec.recordBuilder(name.simpleName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(javadoc)
                .recordConstructor(constructor.build());
    }

    /**
     * The record of a Parallel's results ({@link BranchResults}): Jackson reads and writes it as the JSON array the
     * Parallel returns, its components in order.
     */
    public static TypeSpec branchResults(BranchResults results) {
        CodeBlock order = CodeBlock.join(results.branches().stream()
                .map(branch -> CodeBlock.of("$S", branch.name())).toList(), ", ");
        return recordBuilder(ClassName.get(results.type().packageName(), results.type().simpleNames().get(0),
                        results.type().simpleNames().get(1)), results.branches(),
                "The result of Parallel state {@code " + results.state() + "}: one component per branch, in order,"
                        + " read from the JSON array\nit returns.\n")
                .addAnnotation(AnnotationSpec.builder(JSON_FORMAT)
                        .addMember("shape", "$T.ARRAY", JSON_FORMAT.nestedClass("Shape")).build())
                .addAnnotation(AnnotationSpec.builder(JSON_PROPERTY_ORDER).addMember("value", "{$L}", order).build())
                .build();
    }

    static AnnotationSpec generated() {
        return AnnotationSpec.builder(GENERATED).addMember("value", "$S", "dev.stepwise.processor.WorkflowProcessor").build();
    }
}
