package dev.stepwise.processor.model;

/**
 * One {@code @Workflow} class, everything the outputs are computed from: the definition, the settings, the data
 * shapes. Holds no {@code javax.lang.model} types.
 *
 * @param packageName  the workflow class's package; generated sources go there
 * @param className    the workflow class's simple name; generated names start with it
 * @param name         the state machine name
 * @param types        the shapes of the user types used by {@code @From} parameters and task results
 */
public record WorkflowModel(String packageName, String className, String name, String comment,
                            FlowModel flow, WorkflowSettings settings, TypeCatalog types) {

    public String qualifiedClassName() {
        return packageName.isEmpty() ? className : packageName + "." + className;
    }
}
