package dev.stepwise.runtime.definition;

import dev.stepwise.asl.data.PayloadTemplate;
import dev.stepwise.asl.data.jsonata.JsonataTemplate;

/**
 * A state's compiled data flow. In JSONPath: InputPath -> Parameters -> (work) -> ResultSelector -> ResultPath ->
 * OutputPath. In JSONata ({@link #jsonata()}): Arguments -> (work) -> Output, every expression reading
 * {@code $states}. Both may carry an {@code Assign} block. Fields a state does not have hold their neutral value
 * ({@code null} templates, identity paths).
 *
 * @param arguments JSONata {@code Arguments}, or {@code null} (the input passes unchanged)
 * @param output    JSONata {@code Output}, or {@code null} (the result for Task, Parallel and Map, else the input)
 * @param assign    {@code Assign}, or {@code null}
 */
public record DataFlow(
        PathFilter inputPath,
        PayloadTemplate parameters,
        PayloadTemplate resultSelector,
        ResultTarget resultPath,
        PathFilter outputPath,
        boolean jsonata,
        JsonataTemplate arguments,
        JsonataTemplate output,
        Assignment assign) {

    public static final DataFlow NEUTRAL =
            new DataFlow(PathFilter.IDENTITY, null, null, ResultTarget.REPLACE, PathFilter.IDENTITY);

    /** A JSONPath data flow without {@code Assign}. */
    public DataFlow(PathFilter inputPath, PayloadTemplate parameters, PayloadTemplate resultSelector,
            ResultTarget resultPath, PathFilter outputPath) {
        this(inputPath, parameters, resultSelector, resultPath, outputPath, false, null, null, null);
    }

    /** A JSONata data flow. */
    public static DataFlow jsonata(JsonataTemplate arguments, JsonataTemplate output, Assignment assign) {
        return new DataFlow(PathFilter.IDENTITY, null, null, ResultTarget.REPLACE, PathFilter.IDENTITY, true,
                arguments, output, assign);
    }
}
