package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code ItemReader} of a {@link Map} in {@link Map.Mode#DISTRIBUTED} mode: the items come from Amazon S3 instead of
 * the state input. One JSON, JSON Lines, CSV or manifest object ({@code arn:aws:states:::s3:getObject}, with an
 * {@link #inputType()}), or the object listing of a bucket ({@code arn:aws:states:::s3:listObjectsV2}).
 *
 * <pre>{@code @ItemReader(parameters = "{\"Bucket\": \"orders\", \"Key\": \"2026/orders.csv\"}",
 *         inputType = ItemReader.InputType.CSV, csvHeaderLocation = ItemReader.CsvHeaderLocation.FIRST_ROW)}</pre>
 *
 * <p>The generated role may read what it names: {@code s3:GetObject} on the object, {@code s3:ListBucket} on a
 * listed bucket. Numeric attributes left at -1 are unset.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ItemReader {

    /** {@code arn:aws:states:::s3:getObject} (one object) or {@code arn:aws:states:::s3:listObjectsV2} (a listing). */
    String resource() default "arn:aws:states:::s3:getObject";

    /**
     * {@code Parameters} as raw JSON ({@code Arguments} in a JSONata state): {@code Bucket} and {@code Key} of the
     * object, or {@code Bucket} and {@code Prefix} of the listing; {@code "Key.$": "$.key"} reads the state input.
     */
    String parameters();

    /** {@code ReaderConfig.InputType}: the object's format; required with {@code s3:getObject}. */
    InputType inputType() default InputType.UNSET;

    /** {@code ReaderConfig.CSVHeaderLocation}: where the column names of a CSV object are. */
    CsvHeaderLocation csvHeaderLocation() default CsvHeaderLocation.UNSET;

    /** {@code ReaderConfig.CSVDelimiter}: what separates the columns of a CSV object (AWS's default: COMMA). */
    CsvDelimiter csvDelimiter() default CsvDelimiter.UNSET;

    /** {@code ReaderConfig.CSVHeaders}: the column names, with {@link CsvHeaderLocation#GIVEN}. */
    String[] csvHeaders() default {};

    /** {@code ReaderConfig.MaxItems}: read at most this many items (0 reads them all). */
    int maxItems() default -1;

    /**
     * That number read when the state runs: in a JSONPath state a path in the state input
     * ({@code ReaderConfig.MaxItemsPath}); in a JSONata state an expression, with or without {@code {% %}}, written
     * as {@code ReaderConfig.MaxItems} itself.
     */
    String maxItemsPath() default "";

    /** The formats of {@code ReaderConfig.InputType}; UNSET leaves it out. */
    enum InputType { UNSET, JSON, JSONL, CSV, MANIFEST, PARQUET }

    /** {@code ReaderConfig.CSVHeaderLocation}; UNSET leaves it out. */
    enum CsvHeaderLocation { UNSET, FIRST_ROW, GIVEN }

    /** {@code ReaderConfig.CSVDelimiter}; UNSET leaves it out. */
    enum CsvDelimiter { UNSET, COMMA, PIPE, SEMICOLON, SPACE, TAB }
}
