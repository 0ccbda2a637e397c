package dev.stepwise.runtime.definition;

import dev.stepwise.asl.data.PayloadTemplate;
import dev.stepwise.asl.data.jsonata.JsonataTemplate;

/**
 * A Distributed Map's {@code ResultWriter}: the map run's results go to S3 ({@code s3:putObject}) under the
 * {@code Prefix} in {@code Bucket}, and the state's result is where they went instead of the results themselves.
 *
 * @param resource the Resource ARN as written
 * @param parameters the JSONPath location template; {@code null} in JSONata or when absent
 * @param arguments the JSONata location template; {@code null} in JSONPath or when absent
 */
public record ResultWriterPlan(String resource, PayloadTemplate parameters, JsonataTemplate arguments) {
}
