package dev.stepwise.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stepwise.processor.Sources.compile;
import static dev.stepwise.processor.Sources.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.StateMachine;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A Distributed Map's ItemReader, ItemBatcher, ResultWriter, child execution type and Label, written from the DSL
 * as AWS's Map state page describes them, with the paths they read checked and typed, and run on the local runtime.
 */
class DistributedMapGenerationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ROWS = """
            @Workflow(name = "Rows")
            public class Rows {
                @Map(processor = Row.class, mode = Map.Mode.DISTRIBUTED, executionType = Map.ExecutionType.EXPRESS,
                        label = "rows", maxConcurrency = 100)
                @ItemReader(parameters = "{\\"Bucket\\": \\"orders-in\\", \\"Key.$\\": \\"$.key\\"}",
                        inputType = ItemReader.InputType.CSV, csvHeaderLocation = ItemReader.CsvHeaderLocation.GIVEN,
                        csvDelimiter = ItemReader.CsvDelimiter.SEMICOLON, csvHeaders = {"id", "total"},
                        maxItems = 1000)
                @ItemBatcher(maxItemsPerBatch = 2, batchInput = "{\\"run.$\\": \\"$$.Execution.Id\\"}")
                @ResultWriter(parameters = "{\\"Bucket\\": \\"orders-out\\", \\"Prefix\\": \\"runs\\"}",
                        outputType = ResultWriter.OutputType.JSONL, transformation = ResultWriter.Transformation.COMPACT)
                @ResultPath("$.export")
                void rows() {}

                @Succeed void done() {}

                @Flow
                public static class Row {
                    @Pass void take() {}
                }
            }""";

    @Test
    void writesTheDistributedFieldsAsAwsDescribesThem() throws IOException {
        Compilation compilation = compile(type("Rows", ROWS));
        assertThat(compilation).succeededWithoutWarnings();

        JsonNode map = JSON.readTree(GenerationTest.asl(compilation, "META-INF/stepwise/test.Rows.asl.json"))
                .at("/States/rows");
        assertThat(map.get("ItemReader")).isEqualTo(JSON.readTree("""
                {"Resource": "arn:aws:states:::s3:getObject",
                 "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "GIVEN", "CSVDelimiter": "SEMICOLON",
                                  "CSVHeaders": ["id", "total"], "MaxItems": 1000},
                 "Parameters": {"Bucket": "orders-in", "Key.$": "$.key"}}"""));
        assertThat(map.get("ItemBatcher")).isEqualTo(JSON.readTree("""
                {"MaxItemsPerBatch": 2, "BatchInput": {"run.$": "$$.Execution.Id"}}"""));
        assertThat(map.get("ResultWriter")).isEqualTo(JSON.readTree("""
                {"Resource": "arn:aws:states:::s3:putObject", "Parameters": {"Bucket": "orders-out", "Prefix": "runs"},
                 "WriterConfig": {"OutputType": "JSONL", "Transformation": "COMPACT"}}"""));
        assertThat(map.at("/ItemProcessor/ProcessorConfig")).isEqualTo(JSON.readTree("""
                {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"}"""));
        assertThat(map.get("Label").asText()).isEqualTo("rows");
    }

    /** The reader's Key is read from the input; an exported result is the export's description, not a list. */
    @Test
    void typesWhatTheReaderReadsAndWhatTheWriterReturns() throws IOException {
        Compilation compilation = compile(type("Rows", ROWS));

        assertThat(Sources.nestedRecord(compilation, "test.RowsWorkflow", "Input")).contains("JsonNode key");
        assertThat(Sources.nestedRecord(compilation, "test.RowsWorkflow", "Output")).contains("JsonNode export");
    }

    @Test
    void aPathTheReaderReadsIsCheckedAgainstTheDeclaredInput() {
        JavaFileObject rows = type("Rows", """
                @Workflow(input = Order.class)
                public class Rows {
                    @Map(processor = Row.class, mode = Map.Mode.DISTRIBUTED)
                    @ItemReader(parameters = "{\\"Bucket\\": \\"b\\", \\"Key.$\\": \\"$.fil\\"}",
                            inputType = ItemReader.InputType.JSON)
                    @End void rows() {}

                    @Flow
                    public static class Row {
                        @Pass void take() {}
                    }
                }""");
        Compilation compilation = compile(type("Order", "public record Order(String file) {}"), rows);

        assertThat(compilation).hadErrorContaining("[UnknownField] \"$.fil\": the workflow input Order has no property"
                + " \"fil\"; it has file").inFile(rows).onLineContaining("@ItemReader");
    }

    /**
     * A child execution of a batched Map receives {@code {"Items": [...]}}, with {@code BatchInput} when the batcher
     * sets one (as the runtime hands it over): a field it does not have is an error in either query language.
     */
    @Test
    void aBatchsFieldsAreCheckedInTheChildWorkflow() {
        JavaFileObject misspelt = batchedRows("""
                @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:f")
                @End String take(@From("$states.input.Itemz") List<String> items) { return ""; }""", true);
        assertThat(compile(misspelt)).hadErrorContaining("[UnknownField] \"$states.input.Itemz\": the batch a child"
                + " execution receives has no property \"Itemz\"; it has Items, BatchInput").inFile(misspelt);

        JavaFileObject withoutBatchInput = batchedRows("""
                @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:f")
                @End String take(@From("$states.input.BatchInput.day") String day) { return ""; }""", false);
        assertThat(compile(withoutBatchInput)).hadErrorContaining("has no property \"BatchInput\"; it has Items");

        assertThat(compile(batchedRows("""
                @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:f")
                @End String take(@From("$states.input.Items") List<String> items,
                        @From("$states.input.BatchInput.day") String day) { return ""; }""", true)))
                .succeededWithoutWarnings();
    }

    /** A JSONata workflow whose Distributed Map batches CSV rows for a child flow of {@code states}. */
    private static JavaFileObject batchedRows(String states, boolean batchInput) {
        return type("Rows", """
                @Workflow(name = "Rows", queryLanguage = QueryLanguage.JSONATA)
                public class Rows {
                    @Map(processor = Row.class, mode = Map.Mode.DISTRIBUTED)
                    @ItemReader(parameters = "{\\"Bucket\\": \\"in\\", \\"Key\\": \\"rows.csv\\"}",
                            inputType = ItemReader.InputType.CSV,
                            csvHeaderLocation = ItemReader.CsvHeaderLocation.FIRST_ROW)
                    @ItemBatcher(maxItemsPerBatch = 10%s)
                    @End void rows() {}

                    @Flow
                    public static class Row {
                        %s
                    }
                }""".formatted(batchInput ? ", batchInput = \"{\\\"day\\\": \\\"{% $states.input.day %}\\\"}\"" : "",
                states));
    }

    /**
     * A Distributed Map's child workflow has variables of its own (AWS's variables page: no outer scope); an inline
     * Map's iterations read the workflow's. Reading the outer one from the child is [VariableOutsideChildWorkflow].
     */
    @Test
    void aChildWorkflowReadsItsOwnVariablesAndAnInlineMapItsWorkflows() {
        Compilation compilation = compile(type("Scopes", """
                @Workflow
                public class Scopes {
                    @Pass @Assign(name = "day", value = "$.date") void today() {}
                    @Map(processor = Inline.class) @ResultPath("$.inline") void inline() {}
                    @Map(processor = Child.class, mode = Map.Mode.DISTRIBUTED) @ResultPath("$.child") @End void child() {}

                    @Flow
                    public static class Inline {
                        @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:stamp")
                        @End void stamp(@From("$day") String day) {}
                    }

                    @Flow
                    public static class Child {
                        @Pass @Assign(name = "seen", value = "$") void see() {}
                        @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:keep")
                        @End void keep(@From("$seen") com.fasterxml.jackson.databind.JsonNode seen) {}
                    }
                }"""));

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void runsOnTheLocalRuntimeReadingItsItemsThroughTheS3Handler() throws IOException {
        Compilation compilation = compile(type("Rows", """
                @Workflow(name = "Rows")
                public class Rows {
                    @Map(processor = Row.class, mode = Map.Mode.DISTRIBUTED)
                    @ItemReader(parameters = "{\\"Bucket\\": \\"in\\", \\"Key.$\\": \\"$.key\\"}",
                            inputType = ItemReader.InputType.JSON)
                    @ItemBatcher(maxItemsPerBatch = 2)
                    @ResultPath("$.batches")
                    @End void rows() {}

                    @Flow
                    public static class Row {
                        @Pass void take() {}
                    }
                }"""));
        String asl = GenerationTest.asl(compilation, "META-INF/stepwise/test.Rows.asl.json");
        try (LocalRuntime runtime = LocalRuntime.builder()
                .handler("arn:aws:states:::s3:getObject", (input, ctx) -> JSON.readTree("[1, 2, 3]"))
                .build()) {
            StateMachine machine = runtime.load("Rows", JSON.readTree(asl));
            Execution run = runtime.start(machine, JSON.readTree("{\"key\": \"items.json\"}"));

            assertThat(run.await().output()).isEqualTo(JSON.readTree(
                    "{\"key\": \"items.json\", \"batches\": [{\"Items\": [1, 2]}, {\"Items\": [3]}]}"));
        }
    }
}
