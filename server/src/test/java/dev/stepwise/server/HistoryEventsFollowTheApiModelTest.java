package dev.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.activities.Activity;
import dev.stepwise.runtime.activities.ActivityTask;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.history.HistoryEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;

/**
 * Every history event the runtime records has only the members AWS's API model gives it: the {@code *EventDetails}
 * member of its type (or none, where the model has none: LambdaFunctionStarted, TaskStateAborted, ...), and inside
 * it only that shape's fields, each of the model's kind (text, number, boolean, object). The model is the AWS SDK
 * for Java v2's, read through its {@code sdkFields()}, so a field that AWS's own clients would not know fails here.
 */
class HistoryEventsFollowTheApiModelTest {

    private static final String FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:work";
    private static final String FAILING_FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:broken";
    private static final String SLOW_FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:slow";
    private static final String SDK_CALL = "arn:aws:states:::aws-sdk:s3:listObjectsV2";
    private static final String FAILING_SDK_CALL = "arn:aws:states:::aws-sdk:s3:getObject";
    private static final String CALLBACK = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";

    private final LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
            .handler(FUNCTION, (input, ctx) -> Json.NODES.objectNode().put("done", true))
            .handler(FAILING_FUNCTION, (input, ctx) -> {
                throw new IllegalStateException("broken");
            })
            .handler(SLOW_FUNCTION, (input, ctx) -> {
                ctx.clock().sleep(Duration.ofSeconds(30));
                return input;
            })
            .handler(SDK_CALL, (input, ctx) -> Json.NODES.objectNode().put("KeyCount", 0))
            .handler(FAILING_SDK_CALL, (input, ctx) -> {
                throw new IllegalStateException("no such key");
            })
            .build();

    private final List<HistoryEvent> events = new ArrayList<>();

    private Execution run(String definition, String input) {
        Execution execution = runtime.start(runtime.load(Json.parse(definition.replace('\'', '"'))),
                Json.parse(input)).await();
        events.addAll(execution.history());
        return execution;
    }

    private static String task(String resource, String settings) {
        return "'Type':'Task','Resource':'" + resource + "'" + settings;
    }

    private static String catchInto(String next) {
        return ",'Catch':[{'ErrorEquals':['States.ALL'],'ResultPath':'$.error','Next':'" + next + "'}]";
    }

    @Test
    void everyEventHasOnlyTheMembersOfItsTypeInTheApiModel() throws Exception {
        run("{'StartAt':'Lambda','States':{"
                + "'Lambda':{" + task(FUNCTION, ",'TimeoutSeconds':60,'HeartbeatSeconds':10") + ",'Next':'Sdk'},"
                + "'Sdk':{" + task(SDK_CALL, ",'TimeoutSeconds':60,'HeartbeatSeconds':10,'Arguments':{'Bucket':'b'}"
                        + ",'QueryLanguage':'JSONata'") + ",'Next':'Choose'},"
                + "'Choose':{'Type':'Choice','Choices':[{'Variable':'$.KeyCount','NumericEquals':0,'Next':'Vars'}],"
                + "'Default':'Vars'},"
                + "'Vars':{'Type':'Pass','Assign':{'seen':1},'Result':{'items':[1,2]},'Next':'Pause'},"
                + "'Pause':{'Type':'Wait','Seconds':1,'Next':'Fan'},"
                + "'Fan':{'Type':'Parallel','Branches':[{'StartAt':'B','States':{'B':{'Type':'Pass','End':true}}}],"
                + "'ResultPath':null,'Next':'Each'},"
                + "'Each':{'Type':'Map','ItemsPath':'$.items','ItemProcessor':{'StartAt':'I','States':{'I':{"
                + "'Type':'Pass','End':true}}},'ResultPath':null,'Next':'Distributed'},"
                + "'Distributed':{'Type':'Map','ItemsPath':'$.items','ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED',"
                + "'ExecutionType':'STANDARD'},'StartAt':'D','States':{'D':{'Type':'Pass','End':true}}},"
                + "'End':true}}}", "{\"items\":[1,2]}");
        run("{'StartAt':'Lambda','States':{"
                + "'Lambda':{" + task(FAILING_FUNCTION, catchInto("Caught")) + ",'End':true},"
                + "'Caught':{" + task(FAILING_SDK_CALL, catchInto("Slow"))
                + ",'End':true},"
                + "'Slow':{" + task(SLOW_FUNCTION, ",'TimeoutSeconds':5" + catchInto("Each")) + ",'End':true},"
                + "'Each':{'Type':'Map','ItemsPath':'$.items','ItemProcessor':{'StartAt':'F','States':{'F':{"
                + "'Type':'Fail','Error':'E','Cause':'C'}}}" + catchInto("Fan") + ",'End':true},"
                + "'Fan':{'Type':'Parallel','Branches':[{'StartAt':'G','States':{'G':{'Type':'Fail','Error':'E'}}}]"
                + catchInto("Bad") + ",'End':true},"
                + "'Bad':{'Type':'Pass','QueryLanguage':'JSONata','Output':'{% $undefinedFunction() %}','End':true}"
                + "}}", "{\"items\":[1]}");
        run("{'TimeoutSeconds':2,'StartAt':'Long','States':{'Long':{'Type':'Wait','Seconds':10,'End':true}}}", "{}");

        Execution waiting = runtime.start(runtime.load(Json.parse(("{'StartAt':'Ask','States':{'Ask':{"
                + task(CALLBACK, ",'Parameters':{'QueueUrl':'q','MessageBody':{'token.$':'$$.Task.Token'}}")
                + ",'End':true}}}").replace('\'', '"'))), Json.parse("{}"));
        runtime.sendTaskSuccess(waiting.awaitTaskToken("Ask"), Json.parse("{\"ok\":true}"));
        events.addAll(waiting.await().history());

        Activity activity = runtime.createActivity("pack");
        Execution working = runtime.start(runtime.load(Json.parse(("{'StartAt':'Work','States':{'Work':{"
                + task(activity.arn(), ",'TimeoutSeconds':600,'HeartbeatSeconds':60") + ",'End':true}}}")
                .replace('\'', '"'))), Json.parse("{}"));
        ActivityTask taken = runtime.getActivityTask(activity.arn(), "packer", Duration.ofSeconds(60)).orElseThrow();
        runtime.sendTaskSuccess(taken.taskToken(), Json.parse("{\"packed\":true}"));
        events.addAll(working.await().history());

        Execution stopped = runtime.start(runtime.load(Json.parse(("{'StartAt':'Ask','States':{'Ask':{"
                + task(CALLBACK, ",'Parameters':{'QueueUrl':'q','MessageBody':{'token.$':'$$.Task.Token'}}")
                + ",'End':true}}}").replace('\'', '"'))), Json.parse("{}"));
        stopped.awaitTaskToken("Ask");
        stopped.stop("Stopped", "by the test");
        events.addAll(stopped.await().history());
        Execution failed = run("{'StartAt':'F','States':{'F':{'Type':'Fail','Error':'E'}}}", "{}");
        events.addAll(failed.redrive().await().history());

        Set<String> types = events.stream().map(HistoryEvent::type).collect(Collectors.toCollection(TreeSet::new));
        assertThat(types).as("the machines above meet these types").contains("LambdaFunctionScheduled",
                "LambdaFunctionStarted", "LambdaFunctionSucceeded", "LambdaFunctionFailed", "LambdaFunctionTimedOut",
                "TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskFailed", "TaskSubmitted", "ActivityScheduled",
                "ActivityStarted", "ActivitySucceeded", "MapRunStarted", "MapIterationFailed", "ParallelStateFailed",
                "EvaluationFailed", "ExecutionTimedOut", "ExecutionAborted", "TaskStateAborted", "ExecutionRedriven",
                "PassStateExited");
        List<String> problems = new ArrayList<>();
        for (HistoryEvent event : events) {
            problems.addAll(problems(event.toJson()));
        }
        assertThat(problems.stream().distinct().toList()).isEmpty();
    }

    /** What in {@code event} (GetExecutionHistory's shape) the API model's HistoryEvent does not have. */
    private static List<String> problems(ObjectNode event) throws Exception {
        Map<String, SdkField<?>> members = fields(software.amazon.awssdk.services.sfn.model.HistoryEvent.builder()
                .build());
        List<String> problems = new ArrayList<>();
        String type = event.path("type").asText();
        for (var it = event.properties().iterator(); it.hasNext(); ) {
            var member = it.next();
            problems.addAll(check(type, member.getKey(), member.getValue(), members));
        }
        return problems;
    }

    private static List<String> check(String where, String name, JsonNode value, Map<String, SdkField<?>> fields) {
        SdkField<?> field = fields.get(name);
        if (field == null) {
            return List.of(where + ": '" + name + "' is not in the API model");
        }
        MarshallingType<?> kind = field.marshallingType();
        boolean fits = kind == MarshallingType.STRING || kind == MarshallingType.INSTANT ? value.isTextual()
                : kind == MarshallingType.LONG || kind == MarshallingType.INTEGER ? value.isIntegralNumber()
                : kind == MarshallingType.BOOLEAN ? value.isBoolean()
                : kind == MarshallingType.MAP ? value.isObject()
                : kind == MarshallingType.SDK_POJO && value.isObject();
        if (!fits) {
            return List.of(where + ": '" + name + "' is " + value.getNodeType() + ", the model's is " + kind);
        }
        if (kind != MarshallingType.SDK_POJO) {
            return List.of();
        }
        Map<String, SdkField<?>> inner = fields(field.constructor().get());
        List<String> problems = new ArrayList<>();
        for (var it = value.properties().iterator(); it.hasNext(); ) {
            var member = it.next();
            problems.addAll(check(where + "." + name, member.getKey(), member.getValue(), inner));
        }
        return problems;
    }

    private static Map<String, SdkField<?>> fields(Object pojo) {
        return ((SdkPojo) pojo).sdkFields().stream()
                .collect(Collectors.toMap(SdkField::locationName, Function.identity()));
    }
}
