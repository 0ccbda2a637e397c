package dev.stepwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the side-by-side lines of compare.sh from our runs (one JSON line per process, with {@code maxRssKB}) and
 * the peer's {@code summary.json}: throughput per workload with the ratio, then peak memory.
 *
 * <pre>
 * CompareReport &lt;ours.jsonl&gt; &lt;peer-summary.json&gt;
 * </pre>
 *
 * <p>Throughput is transitions/s for the single long executions and executions/s where the brief counts executions
 * (map-fanout, task-retry); ours is the median over processes of each process's warm median, the peer's is the
 * median over its processes. The cold lines compare the first unit of each of our processes, before any warm-up,
 * with the peer's processes, which run one unit each.
 */
public final class CompareReport {

    private CompareReport() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: CompareReport <ours.jsonl> <peer-summary.json>");
            System.exit(2);
        }
        try {
            report(Files.readAllLines(Path.of(args[0])), Json.parse(Files.readString(Path.of(args[1]))))
                    .forEach(System.out::println);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            System.err.println("CompareReport: " + e.getMessage());
            System.exit(2);
        }
    }

    static List<String> report(List<String> ourLines, JsonNode peerSummary) {
        Map<String, List<JsonNode>> ours = new LinkedHashMap<>();
        for (String line : ourLines) {
            if (!line.isBlank()) {
                JsonNode run = Json.parse(line);
                ours.computeIfAbsent(run.path("workload").asText(), w -> new ArrayList<>()).add(run);
            }
        }
        List<String> throughput = new ArrayList<>();
        List<String> cold = new ArrayList<>();
        List<String> memory = new ArrayList<>();
        for (Map.Entry<String, List<JsonNode>> entry : ours.entrySet()) {
            String workload = entry.getKey();
            JsonNode peer = peerSummary.path(workload);
            if (peer.isMissingNode()) {
                throw new IllegalArgumentException("the peer summary has no " + workload);
            }
            boolean perExecution = countsExecutions(workload);
            double mine = median(entry.getValue(), perExecution ? "executionsPerSec" : "transitionsPerSec");
            double theirs = peer.path(perExecution ? "execsPerSecMed" : "tpsMed").asDouble();
            throughput.add(String.format(Locale.ROOT, "%s ours=%s peer=%s ratio=%.1f  (%s)", workload, rate(mine),
                    rate(theirs), mine / theirs, perExecution ? "executions/s" : "transitions/s"));
            double myCold = median(entry.getValue(), "coldTransitionsPerSec");
            double theirTransitions = peer.path("tpsMed").asDouble();
            cold.add(String.format(Locale.ROOT, "cold %s ours=%s peer=%s ratio=%.1f  (transitions/s of the first unit"
                    + " in a fresh process)", workload, rate(myCold), rate(theirTransitions), myCold / theirTransitions));
            double myMb = median(entry.getValue(), "maxRssKB") / 1024;
            double peerMb = peer.path("rssMbMed").asDouble();
            memory.add(String.format(Locale.ROOT, "memory %s ours=%.0fMB peer=%.0fMB ratio=%.2f  (peak RSS, median)",
                    workload, myMb, peerMb, myMb / peerMb));
        }
        throughput.addAll(cold);
        throughput.addAll(memory);
        return throughput;
    }

    /** Whole numbers, except for the few-per-second rates of long executions. */
    static String rate(double perSecond) {
        return String.format(Locale.ROOT, perSecond < 100 ? "%.2f" : "%.0f", perSecond);
    }

    /** The workloads whose unit the brief counts in executions. */
    static boolean countsExecutions(String workload) {
        return workload.startsWith("map-fanout") || workload.startsWith("task-retry");
    }

    static double median(List<JsonNode> runs, String field) {
        double[] values = runs.stream().mapToDouble(run -> run.path(field).asDouble()).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
