package dev.stepwise.samples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.samples.order.OrderProcessingWorkflow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's main command: the demo's report has the ASL, the output and the history table. */
class DemoTest {

    @Test
    void theDemoRunsTheOrderSampleAndPrintsItsAslOutputAndHistory() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        ExecutionStatus status = Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String report = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(report).contains(OrderProcessingWorkflow.DEFINITION)
                .contains("== Result: SUCCEEDED")
                .contains("\"chargeId\" : \"ch-c-7-1146");
        assertThat(report.lines().filter(line -> line.matches("\\s+\\d+\\s+\\w+.*")))
                .first().asString().matches("\\s+1\\s+ExecutionStarted");
        assertThat(report).containsPattern("\\s9\\s+TaskStateEntered\\s+review\n")
                .containsPattern("\\s37\\s+ExecutionSucceeded\n");
    }
}
