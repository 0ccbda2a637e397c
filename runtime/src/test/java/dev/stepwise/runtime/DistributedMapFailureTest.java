package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.history.HistoryEvent;
import org.junit.jupiter.api.Test;

/**
 * A failing item of a Map state. AWS's docs (tolerated failure threshold for Distributed Map state): a Map Run's
 * ToleratedFailurePercentage defaults to zero, "the workflow fails if any one of its child workflow executions fails
 * or times out", with {@code States.ExceedToleratedFailureThreshold}; an inline map fails with the item's own error.
 */
class DistributedMapFailureTest {

    private static final String MAP = "{'StartAt':'M','States':{'M':{'Type':'Map','ItemsPath':'$.items',%s"
            + "'ItemProcessor':{'ProcessorConfig':{'Mode':'%s'},'StartAt':'C','States':{"
            + "'C':{'Type':'Choice','Choices':[{'Variable':'$','NumericEquals':1,'Next':'F'}],'Default':'S'},"
            + "'F':{'Type':'Fail','Error':'Boom','Cause':'item failed'},'S':{'Type':'Succeed'}}},"
            + "'Catch':[{'ErrorEquals':['Boom'],'Next':'ItemError'},"
            + "{'ErrorEquals':['States.ExceedToleratedFailureThreshold'],'Next':'Threshold'}],'End':true},"
            + "'ItemError':{'Type':'Pass','End':true},'Threshold':{'Type':'Pass','End':true}}}";

    private final LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();

    private Execution run(String settings, String mode, String items) {
        return runtime.start(runtime.load(json(MAP.formatted(settings, mode))), json("{'items':" + items + "}"))
                .await();
    }

    private static String lastState(Execution ex) {
        return ex.history().stream().filter(e -> e.type().endsWith("StateEntered"))
                .reduce((first, second) -> second).map(e -> e.detail("name").asText()).orElseThrow();
    }

    @Test
    void aMapRunWithoutAThresholdToleratesNoFailedItem() {
        Execution ex = run("", "DISTRIBUTED", "[0,1,0]");

        assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(lastState(ex)).isEqualTo("Threshold");
        HistoryEvent runFailed = ex.history().stream().filter(e -> e.type().equals("MapRunFailed")).findFirst()
                .orElseThrow();
        assertThat(runFailed.details()).isEqualTo(json("{'error':'States.ExceedToleratedFailureThreshold',"
                + "'cause':'The specified tolerance threshold was exceeded'}"));
    }

    @Test
    void aMapRunThatSucceedsIsUntouchedByTheDefault() {
        Execution ex = run("", "DISTRIBUTED", "[0,0]");

        assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(ex.output()).isEqualTo(json("[0,0]"));
    }

    @Test
    void aMapRunWithAThresholdStillToleratesWhatItAllows() {
        Execution ex = run("'ToleratedFailureCount':1,", "DISTRIBUTED", "[0,1,0]");

        assertThat(ex.output()).isEqualTo(json("[0,{'Error':'Boom','Cause':'item failed'},0]"));
    }

    @Test
    void anInlineMapFailsWithTheItemsOwnError() {
        Execution ex = run("", "INLINE", "[0,1,0]");

        assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(lastState(ex)).isEqualTo("ItemError");
    }
}
