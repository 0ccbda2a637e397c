package dev.stepwise.asl.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.CsvDelimiter;
import dev.stepwise.asl.FieldBound;
import dev.stepwise.asl.ItemReaderInputType;
import dev.stepwise.asl.QueryLanguage;
import java.util.Set;

/**
 * A Distributed Map's {@code ItemReader.ReaderConfig}: what kind of S3 data the items come from, how a CSV file is
 * split into columns and named, and how many items are read at most.
 */
final class ReaderConfigRules {

    private static final String GIVEN = "GIVEN";
    private static final Set<String> HEADER_LOCATIONS = Set.of("FIRST_ROW", GIVEN);

    private final Problems problems;
    private final ValueChecks checks;

    ReaderConfigRules(Problems problems, ValueChecks checks) {
        this.problems = problems;
        this.checks = checks;
    }

    void check(JsonNode config, JsonPointer at, QueryLanguage language) {
        if (config.has("InputType")) {
            checks.oneOf(config.get("InputType"), at.field("InputType"), "InputType", ItemReaderInputType.names());
        }
        if (config.has("CSVDelimiter")) {
            checks.oneOf(config.get("CSVDelimiter"), at.field("CSVDelimiter"), "CSVDelimiter", CsvDelimiter.names());
        }
        headers(config, at);
        checks.countOrPath(config, at, "MaxItems", FieldBound.ITEM_READER_MAX_ITEMS.minLong(),
                FieldBound.ITEM_READER_MAX_ITEMS.maxLong(), language);
    }

    /** Headers GIVEN in the definition are a list of column names; FIRST_ROW takes them from the file. */
    private void headers(JsonNode config, JsonPointer at) {
        JsonNode location = config.get("CSVHeaderLocation");
        if (location != null) {
            checks.oneOf(location, at.field("CSVHeaderLocation"), "CSVHeaderLocation", HEADER_LOCATIONS);
        }
        JsonNode headers = config.get("CSVHeaders");
        if (headers != null) {
            if (!headers.isArray()) {
                problems.schema(at.field("CSVHeaders"), "The field 'CSVHeaders' must be an array of column names,"
                        + " not " + ValueChecks.describe(headers));
            }
        } else if (location != null && GIVEN.equals(location.textValue())) {
            problems.schema(at, "These fields are required: [CSVHeaders] (CSVHeaderLocation is GIVEN, so the"
                    + " definition names the columns)");
        }
    }
}
