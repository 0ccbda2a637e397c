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
 * Writes the typed records: {@code <Name>Input}, {@code <Name>Output} and {@code <Name><State>Parameters}. Each
 * component serializes under its JSON name, so the record's JSON is exactly the document the state machine sees.
 */
public final class RecordWriter {

    static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private RecordWriter() {
    }

    public static ClassName inputName(WorkflowModel model) {
        return ClassName.get(model.packageName(), model.generatedPrefix() + "Input");
    }

    public static ClassName outputName(WorkflowModel model) {
        return ClassName.get(model.packageName(), model.generatedPrefix() + "Output");
    }

    public static ClassName parametersName(WorkflowModel model, String stateName) {
        return ClassName.get(model.packageName(), model.generatedPrefix() + JavaTypes.typeFragment(stateName) + "Parameters");
    }

    /** Unbuilt, so the caller can add its originating element (palantir JavaPoet's {@code toBuilder} drops record components). */
    public static TypeSpec.Builder record(ClassName name, List<TypeCatalog.Property> fields, String javadoc) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        for (TypeCatalog.Property field : fields) {
            ParameterSpec.Builder component = ParameterSpec.builder(JavaTypes.of(field.type()), JavaTypes.identifier(field.name()));
            component.addAnnotation(AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", field.name()).build());
            constructor.addParameter(component.build());
        }
        return TypeSpec.recordBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(generated())
                .addJavadoc(javadoc)
                .recordConstructor(constructor.build());
    }

    static AnnotationSpec generated() {
        return AnnotationSpec.builder(GENERATED).addMember("value", "$S", "dev.stepwise.processor.WorkflowProcessor").build();
    }
}
