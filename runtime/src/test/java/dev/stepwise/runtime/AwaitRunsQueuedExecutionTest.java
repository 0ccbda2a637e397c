package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.runtime.clock.Clocks;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Under the system clock, {@code await()} runs an execution itself when no pool thread has taken it yet. */
class AwaitRunsQueuedExecutionTest {

    private static final String TASK = "{'StartAt':'Call','States':{'Call':{'Type':'Task',"
            + "'Resource':'arn:aws:lambda:us-east-1:123456789012:function:work','End':true}}}";
    private static final String PASS = "{'StartAt':'Done','States':{'Done':{'Type':'Pass','Result':{'ok':true},"
            + "'End':true}}}";

    @Test
    void anExecutionAwaitedWhileThePoolIsBusyRunsOnTheAwaitingThread() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocking = new CountDownLatch(1);
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.system()).poolSize(1)
                .stateHandler("Call", (input, ctx) -> {
                    blocking.countDown();
                    release.await(10, TimeUnit.SECONDS);
                    return json("{'released':true}");
                }).build();
        Execution first = runtime.start(runtime.load("Blocks", json(TASK)), json("{}"));
        assertThat(blocking.await(10, TimeUnit.SECONDS)).as("the first execution holds the only pool thread").isTrue();

        Execution second = runtime.start(runtime.load("Quick", json(PASS)), json("{}")).await();

        assertThat(second.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(second.output()).isEqualTo(json("{'ok':true}"));
        assertThat(first.status()).as("still blocked in its handler").isEqualTo(ExecutionStatus.RUNNING);
        release.countDown();
        assertThat(first.await(Duration.ofSeconds(10))).isTrue();
        assertThat(first.output()).isEqualTo(json("{'released':true}"));
    }
}
