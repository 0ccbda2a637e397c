package dev.stepwise.asl.validation;

import dev.stepwise.asl.ResultWriterOutputType;
import dev.stepwise.asl.ResultWriterTransformation;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.QueryLanguage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Distributed Map's own objects: ItemReader (where the items come from in S3), ItemBatcher (how items are
 * grouped per child execution) and ResultWriter (where results go).
 */
final class DistributedMapRules {

    private static final Pattern READER_RESOURCE =
            Pattern.compile(TaskResources.INTEGRATION_PREFIX + "s3:(getObject|listObjectsV2)");
    private static final Pattern WRITER_RESOURCE = Pattern.compile(TaskResources.INTEGRATION_PREFIX + "s3:putObject");
    private static final Set<String> WRITER_CONFIG_FIELDS = Set.of("OutputType", "Transformation");

    private final Problems problems;
    private final ValueChecks checks;
    private final PayloadTemplates templates;
    private final ReaderConfigRules readerConfig;

    DistributedMapRules(Problems problems, ValueChecks checks, PayloadTemplates templates) {
        this.problems = problems;
        this.checks = checks;
        this.templates = templates;
        this.readerConfig = new ReaderConfigRules(problems, checks);
    }

    void check(StateNode state) {
        if (state.has("ItemReader")) {
            itemReader(state);
        }
        if (state.has("ItemBatcher")) {
            itemBatcher(state);
        }
        if (state.has("ResultWriter")) {
            resultWriter(state);
        }
    }

    private void itemReader(StateNode state) {
        JsonNode reader = state.get("ItemReader");
        JsonPointer at = state.at("ItemReader");
        if (!isObject(reader, at, "ItemReader")) {
            return;
        }
        onlyFields(reader, at, "ItemReader", state.language(), Set.of("Resource", "ReaderConfig"));
        if (!reader.has("Resource")) {
            problems.schema(at, "These fields are required: [Resource]");
        } else {
            resource(reader.get("Resource"), at.field("Resource"), READER_RESOURCE,
                    "arn:aws:states:::s3:getObject or arn:aws:states:::s3:listObjectsV2");
        }
        payload(reader, at, state.language());
        JsonNode config = reader.get("ReaderConfig");
        if (config != null && isObject(config, at.field("ReaderConfig"), "ReaderConfig")) {
            readerConfig.check(config, at.field("ReaderConfig"), state.language());
        }
    }

    private void itemBatcher(StateNode state) {
        JsonNode batcher = state.get("ItemBatcher");
        JsonPointer at = state.at("ItemBatcher");
        if (!isObject(batcher, at, "ItemBatcher")) {
            return;
        }
        onlyFields(batcher, at, "ItemBatcher", state.language(), Set.of("MaxItemsPerBatch", "MaxItemsPerBatchPath",
                "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath", "BatchInput"));
        checks.countOrPath(batcher, at, "MaxItemsPerBatch", 1, Long.MAX_VALUE, state.language());
        checks.countOrPath(batcher, at, "MaxInputBytesPerBatch", 1, Long.MAX_VALUE, state.language());
        if (batcher.has("BatchInput")) {
            templates.check(batcher.get("BatchInput"), at.field("BatchInput"), state.language());
        }
    }

    private void resultWriter(StateNode state) {
        JsonNode writer = state.get("ResultWriter");
        JsonPointer at = state.at("ResultWriter");
        if (!isObject(writer, at, "ResultWriter")) {
            return;
        }
        onlyFields(writer, at, "ResultWriter", state.language(), Set.of("Resource", "WriterConfig"));
        if (writer.has("Resource")) {
            resource(writer.get("Resource"), at.field("Resource"), WRITER_RESOURCE, "arn:aws:states:::s3:putObject");
        }
        payload(writer, at, state.language());
        writerFieldSets(writer, at, state.language());
        JsonNode config = writer.get("WriterConfig");
        if (config != null && isObject(config, at.field("WriterConfig"), "WriterConfig")) {
            writerConfig(config, at.field("WriterConfig"));
        }
    }

    /**
     * AWS's documented field sets (ResultWriter page, "Required field combinations"): WriterConfig alone shapes the
     * output without exporting it; Resource with Parameters (Arguments in JSONata) exports it; all three do both.
     */
    private void writerFieldSets(JsonNode writer, JsonPointer at, QueryLanguage language) {
        String location = language == QueryLanguage.JSONATA ? "Arguments" : "Parameters";
        boolean resource = writer.has("Resource");
        if (resource != writer.has(location)) {
            problems.schema(at, "The ResultWriter fields 'Resource' and '" + location + "' go together: set both"
                    + " to export the results to S3, or neither");
        } else if (!resource && !writer.has("WriterConfig")) {
            problems.schema(at, "The field 'ResultWriter' cannot be empty: set WriterConfig, or Resource and "
                    + location + ", or all three");
        }
    }

    private void writerConfig(JsonNode config, JsonPointer at) {
        for (Iterator<String> it = config.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!WRITER_CONFIG_FIELDS.contains(field)) {
                problems.schema(at.field(field), "The field '" + field + "' is not supported in WriterConfig;"
                        + " allowed fields are OutputType, Transformation");
            }
        }
        if (config.has("Transformation")) {
            checks.oneOf(config.get("Transformation"), at.field("Transformation"), "Transformation",
                    ResultWriterTransformation.names());
        }
        if (config.has("OutputType")) {
            checks.oneOf(config.get("OutputType"), at.field("OutputType"), "OutputType",
                    ResultWriterOutputType.names());
        }
    }

    /** {@code Parameters} (JSONPath) or {@code Arguments} (JSONata) describe the S3 location. */
    private void payload(JsonNode holder, JsonPointer at, QueryLanguage language) {
        String field = language == QueryLanguage.JSONATA ? "Arguments" : "Parameters";
        if (holder.has(field)) {
            templates.check(holder.get(field), at.field(field), language);
        }
    }

    private void resource(JsonNode value, JsonPointer at, Pattern allowed, String expected) {
        checks.text(value, at, "Resource").filter(arn -> !allowed.matcher(arn).matches()).ifPresent(arn ->
                problems.schema(at, "The resource provided " + arn + " is not recognized here; expected " + expected));
    }

    private void onlyFields(JsonNode object, JsonPointer at, String what, QueryLanguage language, Set<String> fields) {
        String languageField = language == QueryLanguage.JSONATA ? "Arguments" : "Parameters";
        boolean takesPayload = !what.equals("ItemBatcher");
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!fields.contains(field) && !(takesPayload && field.equals(languageField))) {
                List<String> allowed = new ArrayList<>(fields.stream().sorted().toList());
                if (takesPayload) {
                    allowed.add(languageField);
                }
                problems.schema(at.field(field), "The field '" + field + "' is not supported in " + what + " of a "
                        + language.aslName() + " state; allowed fields are " + String.join(", ", allowed));
            }
        }
    }

    private boolean isObject(JsonNode value, JsonPointer at, String field) {
        if (value.isObject()) {
            return true;
        }
        problems.schema(at, "The field '" + field + "' must be an object, not " + ValueChecks.describe(value));
        return false;
    }
}
