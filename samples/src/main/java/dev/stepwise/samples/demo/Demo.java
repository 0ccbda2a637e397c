package dev.stepwise.samples.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.samples.order.Order;
import dev.stepwise.samples.order.OrderProcessing;
import dev.stepwise.samples.order.OrderProcessingWorkflow;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * Runs the OrderProcessing sample on the local runtime and prints what happened: the ASL that javac wrote for it,
 * the input, the output and the event history. Nothing is compiled here: the build's annotation processing already
 * wrote {@link OrderProcessingWorkflow}.
 *
 * <p>From the repository root: {@code mvn -B -q install -DskipTests && mvn -B -q -pl samples exec:java}.
 */
public final class Demo {

    private static final ObjectWriter PRETTY = new ObjectMapper().writerWithDefaultPrettyPrinter();

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        if (run(System.out) != ExecutionStatus.SUCCEEDED) {
            System.exit(1);
        }
    }

    /** Runs the sample once on a virtual clock, prints the report to {@code out} and returns how the run ended. */
    static ExecutionStatus run(PrintStream out) throws Exception {
        OrderProcessingWorkflow workflow = OrderProcessingWorkflow.bind(new OrderProcessing());
        // Above the 1000 review threshold, so the run takes the Choice's review route before fulfilment.
        OrderProcessingWorkflow.Input input = new OrderProcessingWorkflow.Input(new Order("o-1042", "c-7", "normal", List.of(
                new Order.Line("keyboard", 3, new BigDecimal("249.00")),
                new Order.Line("monitor", 1, new BigDecimal("399.00")))));

        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Execution run = runtime.start(workflow, input).await();

        section(out, "ASL written by javac for " + OrderProcessing.class.getName());
        out.print(workflow.definition());
        section(out, "Input");
        out.println(PRETTY.writeValueAsString(input));
        section(out, "Result: " + run.status());
        if (run.status() == ExecutionStatus.SUCCEEDED) {
            out.println(PRETTY.writeValueAsString(run.output()));
        } else {
            out.println(run.error() + ": " + run.cause());
        }
        section(out, "History (" + run.history().size() + " events)");
        out.print(HistoryTable.format(run.history()));
        return run.status();
    }

    private static void section(PrintStream out, String title) {
        out.println();
        out.println("== " + title);
    }
}
