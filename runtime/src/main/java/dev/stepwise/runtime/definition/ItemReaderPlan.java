package dev.stepwise.runtime.definition;

import dev.stepwise.asl.ItemReaderInputType;
import dev.stepwise.asl.data.PayloadTemplate;
import dev.stepwise.asl.data.jsonata.JsonataTemplate;
import java.util.List;

/**
 * A Distributed Map's {@code ItemReader}: the S3 call that fetches the items ({@code s3:getObject} or
 * {@code s3:listObjectsV2}), its request ({@code Parameters} in JSONPath, {@code Arguments} in JSONata) and how the
 * answer becomes items ({@code ReaderConfig}).
 *
 * @param resource the Resource ARN as written
 * @param parameters the JSONPath request template; {@code null} in JSONata or when absent
 * @param arguments the JSONata request template; {@code null} in JSONPath or when absent
 * @param inputType how an object's content is read ({@code InputType}); JSON when not given
 * @param csvHeaders the {@code CSVHeaders} given with {@code CSVHeaderLocation: GIVEN}; {@code null} when the
 *        headers are the object's first row
 * @param csvDelimiter the column separator ({@code CSVDelimiter}, comma by default)
 * @param maxItems {@code MaxItems} or {@code MaxItemsPath}; 0 or absent reads every item
 */
public record ItemReaderPlan(
        String resource,
        PayloadTemplate parameters,
        JsonataTemplate arguments,
        ItemReaderInputType inputType,
        List<String> csvHeaders,
        char csvDelimiter,
        NumberSetting maxItems) {

    /** True for {@code s3:listObjectsV2}, whose items are the listed objects rather than an object's content. */
    public boolean listsObjects() {
        return resource.endsWith(":s3:listObjectsV2");
    }
}
