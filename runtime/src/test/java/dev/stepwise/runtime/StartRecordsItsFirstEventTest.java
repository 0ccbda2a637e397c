package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.events.ExecutionListener;
import dev.stepwise.runtime.history.HistoryEvent;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * As on AWS, once StartExecution (or RedriveExecution) has returned, the history has ExecutionStarted (or
 * ExecutionRedriven): the event is recorded by the starting thread, not by whichever thread takes up the run later,
 * so a client that starts an execution on the system clock and reads its history at once never reads an empty one.
 */
class StartRecordsItsFirstEventTest {

    private static final String FLAKY = "{'StartAt':'Flaky','States':{'Flaky':{'Type':'Task',"
            + "'Resource':'arn:aws:lambda:us-east-1:123456789012:function:flaky','End':true}}}";

    @Test
    void executionStartedAndExecutionRedrivenAreRecordedBeforeTheCallReturns() {
        Map<String, Thread> recordedBy = new ConcurrentHashMap<>();
        AtomicInteger calls = new AtomicInteger();
        try (LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.system())
                .listener(new ExecutionListener() {
                    @Override
                    public void eventRecorded(String executionArn, HistoryEvent event) {
                        if (event.type().equals("ExecutionStarted") || event.type().equals("ExecutionRedriven")) {
                            recordedBy.put(event.type(), Thread.currentThread());
                        }
                    }
                })
                .stateHandler("Flaky", (input, ctx) -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("the first call fails");
                    }
                    return json("{'ok':true}");
                }).build()) {
            Execution execution = runtime.start(runtime.load("Flaky", json(FLAKY)), json("{}"));
            assertThat(recordedBy.get("ExecutionStarted")).isSameAs(Thread.currentThread());
            assertThat(execution.await(Duration.ofSeconds(10))).isTrue();
            assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);

            execution.redrive();
            assertThat(recordedBy.get("ExecutionRedriven")).isSameAs(Thread.currentThread());
            assertThat(execution.await(Duration.ofSeconds(10))).isTrue();
            assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(execution.history()).extracting(HistoryEvent::type).startsWith("ExecutionStarted")
                    .contains("ExecutionRedriven");
        }
    }
}
