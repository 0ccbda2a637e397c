package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.definition.TaskResource;
import dev.stepwise.runtime.history.HistoryEvent;
import org.junit.jupiter.api.Test;

/** Integration ARNs that name a region and account run as the region-less integration does. */
class RegionalIntegrationArnTest {

    private static final String REGIONAL_SDK = "arn:aws:states:eu-west-1:123456789012:aws-sdk:s3:getObject";

    private static String task(String resource) {
        return "{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'" + resource + "','End':true}}}";
    }

    private static Execution run(LocalRuntime runtime, String resource) {
        return runtime.start(runtime.load(json(task(resource))), json("{'k':1}")).await();
    }

    @Test
    void aHandlerOnTheExactRegionalArnServesIt() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .handler(REGIONAL_SDK, (input, ctx) -> json("{'from':'regional'}"))
                .handler("arn:aws:states:::aws-sdk:s3:getObject", (input, ctx) -> json("{'from':'regionless'}"))
                .build();
        assertThat(run(runtime, REGIONAL_SDK).output()).isEqualTo(json("{'from':'regional'}"));
    }

    @Test
    void aHandlerOnTheRegionlessArnServesEveryRegion() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .handler("arn:aws:states:::aws-sdk:s3:getObject", (input, ctx) -> json("{'from':'regionless'}"))
                .build();
        Execution ex = run(runtime, REGIONAL_SDK);
        assertThat(ex.output()).isEqualTo(json("{'from':'regionless'}"));
        HistoryEvent scheduled = ex.history().stream().filter(e -> e.type().equals("TaskScheduled")).findFirst()
                .orElseThrow();
        assertThat(scheduled.detail("resourceType").asText()).isEqualTo("aws-sdk:s3");
        assertThat(scheduled.detail("resource").asText()).isEqualTo("getObject");
        assertThat(scheduled.detail("region").asText()).isEqualTo("eu-west-1");
    }

    @Test
    void aRegionalHandlerDoesNotServeTheRegionlessArn() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .handler(REGIONAL_SDK, (input, ctx) -> json("{}")).build();
        Execution ex = run(runtime, "arn:aws:states:::aws-sdk:s3:getObject");
        assertThat(ex.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(ex.cause()).contains("No local handler for resource 'arn:aws:states:::aws-sdk:s3:getObject'");
    }

    @Test
    void aRegionalCallbackIntegrationKeepsItsPattern() {
        String resource = "arn:aws:states:us-east-1:123456789012:lambda:invoke.waitForTaskToken";
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .handler("arn:aws:states:::lambda:invoke.waitForTaskToken", (input, ctx) -> json("{'ok':true}"))
                .build();
        Execution ex = run(runtime, resource);
        assertThat(ex.output()).isEqualTo(json("{'ok':true}"));
        assertThat(TaskResource.parse(resource).waitsForTaskToken()).isTrue();
        assertThat(ex.history().stream().filter(e -> e.type().equals("TaskScheduled")).findFirst().orElseThrow()
                .detail("resource").asText()).isEqualTo("invoke.waitForTaskToken");
    }

    @Test
    void regionlessFormsDropOnlyRegionAndAccount() {
        assertThat(TaskResource.regionless("arn:aws-us-gov:states:us-gov-west-1:123456789012:athena:"
                + "startQueryExecution.sync")).isEqualTo("arn:aws-us-gov:states:::athena:startQueryExecution.sync");
        assertThat(TaskResource.regionless("arn:aws-cn:states:::lambda:invoke")).isEqualTo(
                "arn:aws-cn:states:::lambda:invoke");
        String activity = "arn:aws:states:us-east-1:123456789012:activity:approve";
        assertThat(TaskResource.regionless(activity)).isEqualTo(activity);
        assertThat(TaskResource.parse(activity).kind()).isEqualTo(TaskResource.Kind.ACTIVITY);
        String function = "arn:aws:lambda:us-east-1:123456789012:function:fn";
        assertThat(TaskResource.regionless(function)).isEqualTo(function);
    }

    @Test
    void aRegionalIntegrationIsReadAsTheSameIntegration() {
        TaskResource resource = TaskResource.parse("arn:aws:states:us-east-1:123456789012:athena:"
                + "startQueryExecution.sync");
        assertThat(resource.kind()).isEqualTo(TaskResource.Kind.SERVICE_INTEGRATION);
        assertThat(resource.resourceType()).isEqualTo("athena");
        assertThat(resource.resource()).isEqualTo("startQueryExecution.sync");
        assertThat(resource.region()).isEqualTo("us-east-1");
    }
}
