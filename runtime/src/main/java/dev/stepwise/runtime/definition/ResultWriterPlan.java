package dev.stepwise.runtime.definition;

import dev.stepwise.asl.ResultWriterTransformation;
import dev.stepwise.asl.data.PayloadTemplate;
import dev.stepwise.asl.data.jsonata.JsonataTemplate;

/**
 * A Distributed Map's {@code ResultWriter}. With a Resource, the map run's results go to S3 ({@code s3:putObject})
 * under the {@code Prefix} in {@code Bucket}, and the state's result is where they went instead of the results
 * themselves; with only a {@code WriterConfig}, the results stay the state's result, shaped by its Transformation.
 *
 * @param resource the Resource ARN as written; {@code null} when nothing is exported
 * @param parameters the JSONPath location template; {@code null} in JSONata or when absent
 * @param arguments the JSONata location template; {@code null} in JSONPath or when absent
 * @param transformation {@code WriterConfig.Transformation}; {@code null} when not given
 */
public record ResultWriterPlan(String resource, PayloadTemplate parameters, JsonataTemplate arguments,
        ResultWriterTransformation transformation) {

    /** True when the results are written to S3 rather than returned. */
    public boolean exports() {
        return resource != null;
    }
}
