package dev.stepwise.test;

import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.history.HistoryEvent;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a failure (of a test, a dynamic test or a lifecycle method) tells about the executions it ran: each one's
 * history as a {@link HistoryTable} on standard output, headed by the execution's ARN and published as the report
 * entry {@code stepwise.history} (with the child executions of its Map Runs that did not succeed, see
 * {@link MapRunFailures}), and each one as an HTML report under {@code target/stepwise-reports/} (see
 * {@link ReportFiles}), its path published as {@code stepwise.report}.
 */
final class FailureReport {

    private static final String HISTORY_KEY = "stepwise.history";
    private static final String REPORT_FILE_KEY = "stepwise.report";

    private FailureReport() {
    }

    /**
     * Tells about the executions {@code recorder} kept, except those in {@code earlier} (a shared runtime's, run
     * before the failing test began); {@code phase} names the reports of a failure outside a test method.
     */
    static void explain(ExtensionContext context, ExecutionRecorder recorder, Set<String> earlier, String phase) {
        Map<String, List<HistoryEvent>> histories = recorder.histories();
        histories.keySet().removeAll(earlier);
        Map<String, Execution> executions = new HashMap<>();
        recorder.executions().forEach(execution -> executions.put(execution.arn(), execution));
        String report = describe(histories, executions);
        if (!report.isEmpty()) {
            PrintStream out = System.out;
            out.print(report);
            out.flush();
            context.publishReportEntry(HISTORY_KEY, report);
        }
        writeReports(context, recorder.executions().stream()
                .filter(execution -> !earlier.contains(execution.arn())).toList(), phase);
    }

    /** One HTML report per execution: its graph coloured by what each state did, timeline and history. */
    private static void writeReports(ExtensionContext context, List<Execution> executions, String phase) {
        for (int i = 0; i < executions.size(); i++) {
            Path file = ReportFiles.of(context, phase, i, executions.size());
            try {
                executions.get(i).report(file);
                System.out.println("Report of " + executions.get(i).arn() + ": " + file.toAbsolutePath());
                context.publishReportEntry(REPORT_FILE_KEY, file.toAbsolutePath().toString());
            } catch (IOException | RuntimeException e) {
                // the test's own failure matters more than its report
                System.out.println("No report of " + executions.get(i).arn() + ": " + e);
            }
        }
    }

    /** Each history, followed by the child executions of its Map Runs that did not succeed. */
    private static String describe(Map<String, List<HistoryEvent>> histories, Map<String, Execution> executions) {
        StringBuilder text = new StringBuilder();
        histories.forEach((arn, events) -> {
            text.append("History of ").append(arn).append(":\n").append(HistoryTable.format(events)).append('\n');
            if (executions.containsKey(arn)) {
                text.append(MapRunFailures.of(executions.get(arn)));
            }
        });
        return text.toString();
    }
}
