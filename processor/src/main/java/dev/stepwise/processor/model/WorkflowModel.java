package dev.stepwise.processor.model;

import java.util.List;

/**
 * One {@code @Workflow} class, everything the outputs are computed from: the definition, the settings, the data
 * shapes. Holds no {@code javax.lang.model} types.
 *
 * @param packageName  the workflow class's package; generated sources go there
 * @param classNames   the workflow class's simple name, preceded by those of its enclosing classes
 * @param name         the state machine name
 * @param types        the shapes of the user types used by {@code @From} parameters and task results
 * @param jsonata      whether the workflow's {@code QueryLanguage} is JSONata
 * @param input        the type {@code @Workflow(input = ...)} declares for the workflow input, whose properties are
 *                     in {@code types}; null when the input is inferred from what the states read
 */
public record WorkflowModel(String packageName, List<String> classNames, String name, String comment,
                            FlowModel flow, WorkflowSettings settings, TypeCatalog types, boolean jsonata,
                            JavaType input) {

    public WorkflowModel {
        classNames = List.copyOf(classNames);
    }

    public String simpleClassName() {
        return classNames.get(classNames.size() - 1);
    }

    /** What generated type names start with: the class names joined, {@code OuterInner} for a nested class. */
    public String generatedPrefix() {
        return String.join("", classNames);
    }

    /** The simple name of the generated {@code <Name>Workflow} class, in {@link #packageName}. */
    public String generatedClassName() {
        return generatedPrefix() + "Workflow";
    }

    public String qualifiedClassName() {
        String nested = String.join(".", classNames);
        return packageName.isEmpty() ? nested : packageName + "." + nested;
    }
}
