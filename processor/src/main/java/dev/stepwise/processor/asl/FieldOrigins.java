package dev.stepwise.processor.asl;

import dev.stepwise.processor.diag.Where;
import java.util.List;
import java.util.Map;

/**
 * Which annotation attribute writes each ASL field of a state: the inverse of {@link AslWriter}, kept beside it.
 * Fields a state annotation carries itself ({@code TimeoutSeconds} on {@code @Task}) map to its lowerCamel
 * attribute; the rest to the modifier annotation that writes them ({@code @ResultPath}, {@code @Retry}, ...).
 */
final class FieldOrigins {

    /** The state type recorded for the machine itself. */
    static final String MACHINE = "Workflow";

    /** ASL fields of a state annotation whose attribute is not simply the field in lowerCamel. */
    private static final Map<String, String> RENAMED = Map.of(
            "ItemsPath", "items", "Items", "items", "ItemProcessor", "processor", "Iterator", "processor");

    private static final Map<String, String> HANDLER_FIELDS = Map.of(
            "ErrorEquals", "errors", "IntervalSeconds", "intervalSeconds", "MaxAttempts", "maxAttempts",
            "BackoffRate", "backoffRate", "MaxDelaySeconds", "maxDelaySeconds", "JitterStrategy", "jitter",
            "Next", "next", "ResultPath", "resultPath", "Output", "output", "Assign", "assign");

    private FieldOrigins() {
    }

    /** Where the field at {@code steps} below a state (or the machine) of {@code stateType} was written. */
    static Where locate(Where state, String stateType, List<String> steps) {
        if (steps.isEmpty()) {
            return state;
        }
        String field = steps.get(0);
        if (stateType.equals(MACHINE)) {
            return field.equals("TimeoutSeconds") || field.equals("Comment")
                    ? state.on("Workflow", lowerCamel(field)) : state.on("Workflow");
        }
        return switch (field) {
            case "Retry", "Catch" -> handler(state, field, steps);
            case "Choices" -> steps.size() < 2 ? state.on("When")
                    : state.on("When", index(steps.get(1)), steps.size() > 2 && steps.get(2).equals("Next") ? "next" : "test");
            case "Assign" -> state.on("Assign");
            case "ItemReader", "ItemBatcher", "ResultWriter" -> state.on(field, distributedAttribute(steps));
            case "Parameters", "Arguments" -> stateType.equals("Pass") ? state.on("Pass", "parameters") : state.on("Parameters");
            case "Type" -> state;
            default -> ModifierFields.annotationOf(field).map(annotation -> state.on(annotation, "value"))
                    .orElseGet(() -> state.on(stateType, RENAMED.getOrDefault(field, lowerCamel(field))));
        };
    }

    /**
     * The attribute of {@code @ItemReader}, {@code @ItemBatcher} or {@code @ResultWriter} behind a field of the object
     * it writes: its payload ({@code Parameters}, {@code Arguments}, a writer's {@code Resource}) is
     * {@code parameters}; a field of it or of its {@code ReaderConfig}/{@code WriterConfig} is that field in lowerCamel.
     */
    private static String distributedAttribute(List<String> steps) {
        if (steps.size() < 2) {
            return null;
        }
        String field = steps.get(1);
        if (field.equals("Parameters") || field.equals("Arguments")
                || (field.equals("Resource") && steps.get(0).equals("ResultWriter"))) {
            return "parameters";
        }
        if ((field.equals("ReaderConfig") || field.equals("WriterConfig")) && steps.size() > 2) {
            field = steps.get(2);
        }
        return field.startsWith("CSV") ? "csv" + field.substring(3) : lowerCamel(field);
    }

    private static Where handler(Where state, String annotation, List<String> steps) {
        if (steps.size() < 2) {
            return state.on(annotation);
        }
        int occurrence = index(steps.get(1));
        String attribute = steps.size() > 2 ? HANDLER_FIELDS.get(steps.get(2)) : null;
        return state.on(annotation, occurrence, attribute);
    }

    private static int index(String step) {
        try {
            return Integer.parseInt(step);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String lowerCamel(String field) {
        return Character.toLowerCase(field.charAt(0)) + field.substring(1);
    }
}
