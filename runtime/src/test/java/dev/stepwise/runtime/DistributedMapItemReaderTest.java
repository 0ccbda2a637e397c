package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.runtime.history.HistoryEvent;
import dev.stepwise.runtime.task.TaskHandler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Distributed Map's ItemReader and ItemBatcher, run through LocalRuntime with the S3 calls mocked as any Task
 * integration is. The expected results follow the conformance corpus's recordings on AWS
 * (scenarios__test_map_item_reader_*, assign__test_reference_in_map_state_max_items_path__*).
 */
class DistributedMapItemReaderTest {

    private static final String GET_OBJECT = "arn:aws:states:::s3:getObject";
    private static final String CSV = "Col1,Col2,Col3\nValue1,Value2,Value3\n,,\n\"a,b\",\"say \"\"hi\"\"\",x\r\n";
    private static final String JSON = "[{'v':1},{'v':2},{'v':3}]".replace('\'', '"');

    private final List<JsonNode> requests = new ArrayList<>();

    @Test
    void readsAJsonArrayWithTheEvaluatedParameters() {
        Execution ex = run(GET_OBJECT, answering(JSON), reader("'InputType':'JSON'", GET_OBJECT));

        assertThat(ex.output()).isEqualTo(json("[{'v':1},{'v':2},{'v':3}]"));
        assertThat(requests).containsExactly(json("{'Bucket':'bucket','Key':'items.json'}"));
    }

    @Test
    void readsAJsonAnswerGivenAsBodyOrAsTheValueItself() {
        assertThat(run(GET_OBJECT, answering(Json.NODES.objectNode().put("Body", JSON)),
                reader("'InputType':'JSON'", GET_OBJECT)).output()).hasSize(3);
        assertThat(run(GET_OBJECT, (in, ctx) -> Json.parse(JSON), reader("'InputType':'JSON'", GET_OBJECT))
                .output()).hasSize(3);
    }

    @Test
    void readsJsonLinesSkippingBlankLines() {
        Execution ex = run(GET_OBJECT, answering("{\"v\":1}\n\n[2]\r\n\"three\"\n"),
                reader("'InputType':'JSONL'", GET_OBJECT));

        assertThat(ex.output()).isEqualTo(json("[{'v':1},[2],'three']"));
    }

    @Test
    void readsCsvWithHeadersFromTheFirstRowAsText() {
        Execution ex = run(GET_OBJECT, answering(CSV),
                reader("'InputType':'CSV','CSVHeaderLocation':'FIRST_ROW'", GET_OBJECT));

        assertThat(ex.output()).isEqualTo(json("[{'Col1':'Value1','Col2':'Value2','Col3':'Value3'},"
                + "{'Col1':'','Col2':'','Col3':''},{'Col1':'a,b','Col2':'say \\\"hi\\\"','Col3':'x'}]"));
    }

    @Test
    void readsCsvWithGivenHeadersDroppingExtraFieldsAndFillingMissingOnes() {
        Execution ex = run(GET_OBJECT, answering("1,2,3\n4\n"),
                reader("'InputType':'CSV','CSVHeaderLocation':'GIVEN','CSVHeaders':['A','B']", GET_OBJECT));

        assertThat(ex.output()).isEqualTo(json("[{'A':'1','B':'2'},{'A':'4','B':''}]"));
    }

    @Test
    void readsCsvWithAnotherDelimiter() {
        Execution ex = run(GET_OBJECT, answering("A|B\n1|2\n"),
                reader("'InputType':'CSV','CSVHeaderLocation':'FIRST_ROW','CSVDelimiter':'PIPE'", GET_OBJECT));

        assertThat(ex.output()).isEqualTo(json("[{'A':'1','B':'2'}]"));
    }

    @Test
    void duplicateCsvHeadersFailTheReader() {
        Execution ex = run(GET_OBJECT, answering("1,2\n"),
                reader("'InputType':'CSV','CSVHeaderLocation':'GIVEN','CSVHeaders':['H1','H1']", GET_OBJECT));

        assertThat(ex.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(ex.error()).isEqualTo("States.ItemReaderFailed");
        assertThat(ex.cause()).isEqualTo("CSV headers cannot contain duplicates.");
        assertThat(types(ex)).containsSubsequence("MapStateStarted", "MapRunStarted", "MapRunFailed",
                "MapStateFailed", "ExecutionFailed");
        // recorded on AWS (scenarios__test_map_item_reader_csv_headers_decl_duplicate_headers): MapRunFailed
        // carries the error and cause too
        HistoryEvent runFailed = ex.history().stream().filter(e -> e.type().equals("MapRunFailed")).findFirst()
                .orElseThrow();
        assertThat(runFailed.details()).isEqualTo(json("{'error':'States.ItemReaderFailed',"
                + "'cause':'CSV headers cannot contain duplicates.'}"));
    }

    @Test
    void aJsonObjectThatIsNoArrayFailsTheReader() {
        Execution ex = run(GET_OBJECT, answering("{\"a\":1}"), reader("'InputType':'JSON'", GET_OBJECT));

        assertThat(ex.error()).isEqualTo("States.ItemReaderFailed");
        assertThat(ex.cause()).isEqualTo("Attempting to map over non-iterable node.");
    }

    @Test
    void maxItemsKeepsTheFirstItemsAndZeroKeepsAll() {
        assertThat(run(GET_OBJECT, answering(JSON), reader("'InputType':'JSON','MaxItems':2", GET_OBJECT))
                .output()).isEqualTo(json("[{'v':1},{'v':2}]"));
        assertThat(run(GET_OBJECT, answering(CSV),
                reader("'InputType':'CSV','CSVHeaderLocation':'FIRST_ROW','MaxItems':1", GET_OBJECT)).output())
                .hasSize(1);
        assertThat(run(GET_OBJECT, answering(JSON), reader("'InputType':'JSON','MaxItems':0", GET_OBJECT))
                .output()).hasSize(3);
    }

    @Test
    void maxItemsPathReadsTheInputOrAVariableAndChecksTheValueAsAwsDoes() {
        String byPath = reader("'InputType':'JSON','MaxItemsPath':'$.max'", GET_OBJECT);
        assertThat(run(GET_OBJECT, answering(JSON), byPath, "{'Bucket':'bucket','Key':'items.json','max':'2'}")
                .output()).hasSize(2);

        Execution negative = run(GET_OBJECT, answering(JSON), byPath,
                "{'Bucket':'bucket','Key':'items.json','max':-1}");
        assertThat(negative.error()).isEqualTo("States.ItemReaderFailed");
        assertThat(negative.cause()).isEqualTo("field MaxItems must be positive");

        Execution fraction = run(GET_OBJECT, answering(JSON), byPath,
                "{'Bucket':'bucket','Key':'items.json','max':1.5}");
        assertThat(fraction.error()).isEqualTo("States.Runtime");
        assertThat(fraction.cause()).contains("The MaxItemsPath field refers to value \"1.5\" which is not a valid "
                + "integer: $.max");
        assertThat(types(fraction)).doesNotContain("MapRunStarted");
    }

    @Test
    void jsonataArgumentsAndMaxItemsExpression() {
        String definition = "{'QueryLanguage':'JSONata','StartAt':'M','States':{'M':{'Type':'Map','End':true,"
                + "'ItemReader':{'Resource':'" + GET_OBJECT + "','ReaderConfig':{'InputType':'JSON',"
                + "'MaxItems':'{% $states.input.max %}'},'Arguments':{'Bucket':'{% $states.input.Bucket %}',"
                + "'Key':'{% $states.input.Key %}'}}," + PROCESSOR + "}}}";
        Execution ex = execute(GET_OBJECT, answering(JSON), definition,
                "{'Bucket':'b','Key':'k.json','max':1}");

        assertThat(ex.output()).isEqualTo(json("[{'v':1}]"));
        assertThat(requests).containsExactly(json("{'Bucket':'b','Key':'k.json'}"));
    }

    @Test
    void theStateStartsWithLengthZeroAndItsItemsPathIsIgnored() {
        String definition = "{'StartAt':'M','States':{'M':{'Type':'Map','End':true,'ItemsPath':'$.nowhere',"
                + "'ItemReader':{'Resource':'" + GET_OBJECT + "','ReaderConfig':{'InputType':'JSON'},"
                + "'Parameters':{'Bucket':'b','Key':'k'}}," + PROCESSOR + "}}}";
        Execution ex = execute(GET_OBJECT, answering(JSON), definition, "{}");

        assertThat(ex.output()).hasSize(3);
        HistoryEvent started = ex.history().stream().filter(e -> e.type().equals("MapStateStarted")).findFirst()
                .orElseThrow();
        assertThat(started.detail("length").asInt(-1)).isZero();
    }

    @Test
    void listObjectsV2FollowsContinuationTokensAndStopsAtMaxItems() {
        String list = "arn:aws:states:::s3:listObjectsV2";
        TaskHandler pages = (in, ctx) -> {
            requests.add(in);
            return in.has("ContinuationToken")
                    ? json("{'Contents':[{'Key':'c'}],'IsTruncated':false}")
                    : json("{'Contents':[{'Key':'a'},{'Key':'b'}],'IsTruncated':true,'NextContinuationToken':'t1'}");
        };
        Execution all = run(list, pages, "{'Resource':'" + list + "','Parameters':{'Bucket':'bucket','Prefix':'p/'}}");
        assertThat(all.output()).isEqualTo(json("[{'Key':'a'},{'Key':'b'},{'Key':'c'}]"));
        assertThat(requests).containsExactly(json("{'Bucket':'bucket','Prefix':'p/'}"),
                json("{'Bucket':'bucket','Prefix':'p/','ContinuationToken':'t1'}"));

        Execution two = run(list, pages,
                "{'Resource':'" + list + "','ReaderConfig':{'MaxItems':2},'Parameters':{'Bucket':'bucket'}}");
        assertThat(two.output()).isEqualTo(json("[{'Key':'a'},{'Key':'b'}]"));
    }

    @Test
    void aFailingS3CallFailsTheReaderNamingTheServiceError() {
        Execution ex = run(GET_OBJECT, (in, ctx) -> {
            throw new StatesError("S3.NoSuchKeyException", "The specified key does not exist.");
        }, reader("'InputType':'JSON'", GET_OBJECT));

        assertThat(ex.error()).isEqualTo("States.ItemReaderFailed");
        assertThat(ex.cause()).isEqualTo("S3.NoSuchKeyException: The specified key does not exist.");
    }

    @Test
    void withoutAnS3HandlerTheReaderFailsSayingHowToRegisterOne() {
        LocalRuntime bare = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Execution ex = bare.start(bare.load(json(machine(reader("'InputType':'JSON'", GET_OBJECT)))),
                json("{'Bucket':'bucket','Key':'items.json'}")).await();

        assertThat(ex.error()).isEqualTo("States.ItemReaderFailed");
        assertThat(ex.cause()).contains(GET_OBJECT).contains("LocalRuntime.builder().handler(");
    }

    @Test
    void itemBatcherGroupsSelectedItemsWithTheBatchInput() {
        String definition = "{'StartAt':'M','States':{'M':{'Type':'Map','End':true,"
                + "'ItemReader':{'Resource':'" + GET_OBJECT + "','ReaderConfig':{'InputType':'JSON'},"
                + "'Parameters':{'Bucket':'b','Key':'k'}},'ItemSelector':{'n.$':'$$.Map.Item.Value.v'},"
                + "'ItemBatcher':{'MaxItemsPerBatchPath':'$.per','BatchInput':{'tag.$':'$.tag'}},"
                + PROCESSOR + "}}}";
        Execution ex = execute(GET_OBJECT, answering(JSON), definition, "{'per':'2','tag':'t'}");

        assertThat(ex.output()).isEqualTo(json("[{'Items':[{'n':1},{'n':2}],'BatchInput':{'tag':'t'}},"
                + "{'Items':[{'n':3}],'BatchInput':{'tag':'t'}}]"));
    }

    @Test
    void itemBatcherStartsANewBatchAtTheByteLimit() {
        String definition = "{'StartAt':'M','States':{'M':{'Type':'Map','End':true,"
                + "'ItemReader':{'Resource':'" + GET_OBJECT + "','ReaderConfig':{'InputType':'JSON'},"
                + "'Parameters':{'Bucket':'b','Key':'k'}},'ItemBatcher':{'MaxInputBytesPerBatch':16},"
                + PROCESSOR + "}}}";
        Execution ex = execute(GET_OBJECT, answering(JSON), definition, "{}");

        // each {"v":n} takes 7 bytes plus a separator: two fit in 16 bytes, the third starts a new batch
        assertThat(ex.output()).isEqualTo(json("[{'Items':[{'v':1},{'v':2}]},{'Items':[{'v':3}]}]"));
    }

    @Test
    void resultWriterPutsTheResultsAndManifestAndAnswersWhereTheyWent() {
        String definition = "{'StartAt':'M','States':{'M':{'Type':'Map','End':true,'Label':'Run',"
                + "'ResultWriter':{'Resource':'arn:aws:states:::s3:putObject',"
                + "'Parameters':{'Bucket':'out','Prefix.$':'$.prefix'}}," + PROCESSOR + ",'ItemsPath':'$.items'}}}";
        Execution ex = execute("arn:aws:states:::s3:putObject", answering(Json.NODES.objectNode()), definition,
                "{'prefix':'jobs','items':['a','b']}");

        JsonNode output = ex.output();
        String runArn = output.path("MapRunArn").asText();
        assertThat(runArn).matches("arn:aws:states:[^:]+:\\d+:mapRun:[^/]+/Run:[0-9a-f-]{36}");
        String runId = runArn.substring(runArn.lastIndexOf(':') + 1);
        assertThat(output.path("ResultWriterDetails")).isEqualTo(
                json("{'Bucket':'out','Key':'jobs/" + runId + "/manifest.json'}"));
        assertThat(requests).extracting(r -> r.path("Key").asText())
                .containsExactly("jobs/" + runId + "/SUCCEEDED_0.json", "jobs/" + runId + "/manifest.json");
        JsonNode results = Json.parse(requests.get(0).path("Body").asText());
        assertThat(results).extracting(r -> r.path("Output").asText()).containsExactly("\"a\"", "\"b\"");
        JsonNode manifest = Json.parse(requests.get(1).path("Body").asText());
        assertThat(manifest.path("ResultFiles").path("SUCCEEDED").get(0).path("Key").asText())
                .isEqualTo("jobs/" + runId + "/SUCCEEDED_0.json");
    }

    @Test
    void resultWriterWithoutAnS3HandlerStillAnswersAsAwsDoes() {
        LocalRuntime bare = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Execution ex = bare.start(bare.load(json("{'StartAt':'M','States':{'M':{'Type':'Map','End':true,"
                + "'ResultWriter':{'Resource':'arn:aws:states:::s3:putObject',"
                + "'Parameters':{'Bucket':'out','Prefix':'p'}}," + PROCESSOR + "}}}")), json("[1]")).await();

        assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(ex.output().path("ResultWriterDetails").path("Key").asText()).startsWith("p/")
                .endsWith("/manifest.json");
    }

    @Test
    void aWriterConfigWithoutResourceShapesTheOutputInsteadOfExportingIt() {
        // ResultWriter page: WriterConfig alone previews the formatted output; FLATTEN flattens a child's array
        // output, COMPACT returns the outputs as they are
        String definition = "{'StartAt':'M','States':{'M':{'Type':'Map','End':true,"
                + "'ResultWriter':{'WriterConfig':{'Transformation':'%s','OutputType':'JSON'}}," + PROCESSOR + "}}}";
        String input = "[[1,2],[],'three',[[4]],{'five':[5]}]";

        assertThat(execute("arn:aws:states:::s3:putObject", answering(Json.NODES.objectNode()),
                definition.formatted("FLATTEN"), input).output())
                .isEqualTo(json("[1,2,'three',[4],{'five':[5]}]"));
        assertThat(execute("arn:aws:states:::s3:putObject", answering(Json.NODES.objectNode()),
                definition.formatted("COMPACT"), input).output()).isEqualTo(json(input));
        assertThat(requests).isEmpty();
    }

    @Test
    void flattenLeavesAToleratedFailureAsItIs() {
        String definition = "{'StartAt':'M','States':{'M':{'Type':'Map','End':true,'ToleratedFailureCount':1,"
                + "'ResultWriter':{'WriterConfig':{'Transformation':'FLATTEN'}},"
                + "'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED','ExecutionType':'STANDARD'},"
                + "'StartAt':'C','States':{'C':{'Type':'Choice','Choices':[{'Variable':'$[0]','IsPresent':true,"
                + "'Next':'P'}],'Default':'F'},'P':{'Type':'Pass','End':true},"
                + "'F':{'Type':'Fail','Error':'Empty','Cause':'no items'}}}}}}";
        Execution ex = execute("arn:aws:states:::s3:putObject", answering(Json.NODES.objectNode()), definition,
                "[[1,2],[]]");

        assertThat(ex.output()).isEqualTo(json("[1,2,{'Error':'Empty','Cause':'no items'}]"));
    }

    @Test
    void aFailingPutFailsTheResultWriter() {
        String definition = "{'StartAt':'M','States':{'M':{'Type':'Map','End':true,"
                + "'ResultWriter':{'Resource':'arn:aws:states:::s3:putObject',"
                + "'Parameters':{'Bucket':'out','Prefix':'p'}}," + PROCESSOR + "}}}";
        Execution ex = execute("arn:aws:states:::s3:putObject", (in, ctx) -> {
            throw new StatesError("S3.AccessDenied", "denied");
        }, definition, "[1]");

        assertThat(ex.error()).isEqualTo("States.ResultWriterFailed");
        assertThat(ex.cause()).isEqualTo("S3.AccessDenied: denied");
        assertThat(types(ex)).contains("MapRunFailed");
    }

    private static final String PROCESSOR = "'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED',"
            + "'ExecutionType':'STANDARD'},'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}";

    private TaskHandler answering(String content) {
        return answering(Json.NODES.textNode(content));
    }

    private TaskHandler answering(JsonNode answer) {
        return (input, context) -> {
            requests.add(input);
            return answer;
        };
    }

    private static String reader(String config, String resource) {
        return "{'Resource':'" + resource + "','ReaderConfig':{" + config + "},"
                + "'Parameters':{'Bucket.$':'$.Bucket','Key.$':'$.Key'}}";
    }

    private static String machine(String reader) {
        return "{'StartAt':'M','States':{'M':{'Type':'Map','End':true,'ItemReader':" + reader + "," + PROCESSOR
                + "}}}";
    }

    private Execution run(String resource, TaskHandler handler, String reader) {
        return run(resource, handler, reader, "{'Bucket':'bucket','Key':'items.json'}");
    }

    private Execution run(String resource, TaskHandler handler, String reader, String input) {
        return execute(resource, handler, machine(reader), input);
    }

    private Execution execute(String resource, TaskHandler handler, String definition, String input) {
        requests.clear();
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).handler(resource, handler).build();
        return runtime.start(runtime.load(json(definition)), json(input)).await();
    }

    private static List<String> types(Execution ex) {
        return ex.history().stream().map(HistoryEvent::type).toList();
    }
}
