package dev.stepwise.processor.model;

/**
 * The JSONPath input and output processing of a state; null fields are absent from the definition.
 *
 * @param discardResult {@code "ResultPath": null}: the input passes through and the result is dropped
 */
public record DataFlow(String inputPath, RawJson parameters, RawJson resultSelector, String resultPath,
                       boolean discardResult, String outputPath) {

    public static final DataFlow NONE = new DataFlow(null, null, null, null, false, null);
}
