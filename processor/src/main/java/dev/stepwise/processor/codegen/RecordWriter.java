package dev.stepwise.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.stepwise.processor.model.TypeCatalog;
import dev.stepwise.processor.model.WorkflowModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the typed records, nested in {@code <Name>Workflow}: {@code Input}, {@code Output} and
 * {@code <State>Parameters}. Each component serializes under its JSON name, so the record's JSON is exactly the
 * document the state machine sees.
 */
public final class RecordWriter {

    static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private RecordWriter() {
    }

    public static ClassName inputName(WorkflowModel model) {
        return WorkflowClassWriter.name(model).nestedClass("Input");
    }

    public static ClassName outputName(WorkflowModel model) {
        return WorkflowClassWriter.name(model).nestedClass("Output");
    }

    public static ClassName parametersName(WorkflowModel model, String stateName) {
        return WorkflowClassWriter.name(model).nestedClass(JavaTypes.typeFragment(stateName) + "Parameters");
    }

    /** A nested record (implicitly static), carrying no annotation of its own but its components' JSON names. */
    public static TypeSpec record(ClassName name, List<TypeCatalog.Property> fields, String javadoc) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        for (TypeCatalog.Property field : fields) {
            ParameterSpec.Builder component = ParameterSpec.builder(JavaTypes.of(field.type()), JavaTypes.identifier(field.name()));
            component.addAnnotation(AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", field.name()).build());
            constructor.addParameter(component.build());
        }
        return TypeSpec.recordBuilder(name.simpleName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(javadoc)
                .recordConstructor(constructor.build())
                .build();
    }

    static AnnotationSpec generated() {
        return AnnotationSpec.builder(GENERATED).addMember("value", "$S", "dev.stepwise.processor.WorkflowProcessor").build();
    }
}
