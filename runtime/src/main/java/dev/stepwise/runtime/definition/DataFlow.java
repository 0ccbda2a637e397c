package dev.stepwise.runtime.definition;

import dev.stepwise.runtime.data.PayloadTemplate;

/**
 * A state's compiled JSONPath data flow: InputPath -> Parameters -> (work) -> ResultSelector -> ResultPath ->
 * OutputPath. Fields a state type does not have hold their neutral value ({@code null} templates, identity paths).
 */
public record DataFlow(
        PathFilter inputPath,
        PayloadTemplate parameters,
        PayloadTemplate resultSelector,
        ResultTarget resultPath,
        PathFilter outputPath) {

    public static final DataFlow NEUTRAL =
            new DataFlow(PathFilter.IDENTITY, null, null, ResultTarget.REPLACE, PathFilter.IDENTITY);
}
