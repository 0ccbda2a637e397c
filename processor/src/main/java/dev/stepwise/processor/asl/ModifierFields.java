package dev.stepwise.processor.asl;

import java.util.Map;
import java.util.Optional;

/**
 * The ASL field each modifier annotation writes ({@code @ResultPath} writes {@code ResultPath}, {@code @When} a
 * rule of {@code Choices}, ...). With the ASL core's {@code StateFields} it decides which annotations a state type
 * takes; read backwards, it says which annotation wrote a field the validator points at.
 */
public final class ModifierFields {

    private static final Map<String, String> FIELD_BY_ANNOTATION = Map.ofEntries(
            Map.entry("Comment", "Comment"), Map.entry("Query", "QueryLanguage"),
            Map.entry("InputPath", "InputPath"), Map.entry("Parameters", "Parameters"),
            Map.entry("ResultSelector", "ResultSelector"), Map.entry("ResultPath", "ResultPath"),
            Map.entry("OutputPath", "OutputPath"), Map.entry("Output", "Output"), Map.entry("Assign", "Assign"),
            Map.entry("Retry", "Retry"), Map.entry("Catch", "Catch"), Map.entry("When", "Choices"),
            Map.entry("Default", "Default"), Map.entry("Next", "Next"), Map.entry("End", "End"),
            Map.entry("ItemReader", "ItemReader"), Map.entry("ItemBatcher", "ItemBatcher"),
            Map.entry("ResultWriter", "ResultWriter"));

    private ModifierFields() {
    }

    /** The field {@code annotation} (a simple name) writes; empty for annotations that write no field of their own. */
    public static Optional<String> fieldOf(String annotation) {
        return Optional.ofNullable(FIELD_BY_ANNOTATION.get(annotation));
    }

    /** The modifier annotation that writes {@code field}; empty for fields of the state annotation itself. */
    static Optional<String> annotationOf(String field) {
        return FIELD_BY_ANNOTATION.entrySet().stream().filter(e -> e.getValue().equals(field)).map(Map.Entry::getKey)
                .findFirst();
    }
}
