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
 * the peer's {@code summary.json}: warm throughput per workload with the ratio, then the cold first unit, then peak
 * memory, each line with its target.
 *
 * <pre>
 * CompareReport &lt;ours.jsonl&gt; &lt;peer-summary.json&gt; [&lt;ours-archived.jsonl&gt;]
 * </pre>
 *
 * <p>Throughput is transitions/s for the single long executions and executions/s where the brief counts executions
 * (map-fanout, task-retry). Warm is compared with warm: ours is the median over processes of each process's warm
 * median, the peer's the median over its processes of its warm median ({@code tpsMed}, {@code execsPerSecMed}).
 * Cold is compared with cold: the first unit of each fresh process on both sides ({@code coldTpsMed},
 * {@code coldExecsPerSecMed}), before any warm-up. The optional third file holds first units of processes that
 * mapped an application class-data-sharing archive, as {@code ./stepwise} does: they are printed as
 * {@code cold+AppCDS} lines under the same target.
 */
public final class CompareReport {

    /** Warm throughput, ours over the peer's, at least. */
    static final double WARM_TARGET = 40;
    /** The first unit in a fresh process, ours over the peer's, at least. */
    static final double COLD_TARGET = 5;
    /** Peak RSS, ours over the peer's, at most. */
    static final double MEMORY_TARGET = 0.4;

    private CompareReport() {
    }

    public static void main(String[] args) {
        if (args.length != 2 && args.length != 3) {
            System.err.println("usage: CompareReport <ours.jsonl> <peer-summary.json> [<ours-archived.jsonl>]");
            System.exit(2);
        }
        try {
            report(Files.readAllLines(Path.of(args[0])), Json.parse(Files.readString(Path.of(args[1]))),
                    args.length == 3 ? Files.readAllLines(Path.of(args[2])) : List.of())
                    .forEach(System.out::println);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            System.err.println("CompareReport: " + e.getMessage());
            System.exit(2);
        }
    }

    static List<String> report(List<String> ourLines, JsonNode peerSummary) {
        return report(ourLines, peerSummary, List.of());
    }

    static List<String> report(List<String> ourLines, JsonNode peerSummary, List<String> archivedLines) {
        Map<String, List<JsonNode>> ours = byWorkload(ourLines);
        Map<String, List<JsonNode>> archived = byWorkload(archivedLines);
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
            String unit = perExecution ? "executions/s" : "transitions/s";
            double mine = median(entry.getValue(), perExecution ? "executionsPerSec" : "transitionsPerSec");
            double theirs = peerRate(peer, workload, "tpsMed", "execsPerSecMed", perExecution);
            throughput.add(line(workload, rate(mine), rate(theirs), mine / theirs, ">=", WARM_TARGET,
                    unit + ", warm: median unit after warm-up, both sides"));
            double myCold = median(entry.getValue(), perExecution ? "coldExecutionsPerSec" : "coldTransitionsPerSec");
            double theirCold = peerRate(peer, workload, "coldTpsMed", "coldExecsPerSecMed", perExecution);
            cold.add(line("cold " + workload, rate(myCold), rate(theirCold), myCold / theirCold, ">=", COLD_TARGET,
                    unit + " of the first unit in a fresh process, both sides"));
            if (archived.containsKey(workload)) {
                double myArchived = median(archived.get(workload),
                        perExecution ? "coldExecutionsPerSec" : "coldTransitionsPerSec");
                cold.add(line("cold+AppCDS " + workload, rate(myArchived), rate(theirCold), myArchived / theirCold,
                        ">=", COLD_TARGET, unit + " of the first unit, ours with a class archive as ./stepwise uses"));
            }
            double myMb = median(entry.getValue(), "maxRssKB") / 1024;
            double peerMb = required(peer, workload, "rssMbMed");
            memory.add(line("memory " + workload, String.format(Locale.ROOT, "%.0fMB", myMb),
                    String.format(Locale.ROOT, "%.0fMB", peerMb), myMb / peerMb, "<=", MEMORY_TARGET,
                    "peak RSS of the whole process, median"));
        }
        throughput.addAll(cold);
        throughput.addAll(memory);
        return throughput;
    }

    private static Map<String, List<JsonNode>> byWorkload(List<String> lines) {
        Map<String, List<JsonNode>> runs = new LinkedHashMap<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                JsonNode run = Json.parse(line);
                runs.computeIfAbsent(run.path("workload").asText(), w -> new ArrayList<>()).add(run);
            }
        }
        return runs;
    }

    /** {@code <what> ours=<n> peer=<n> ratio=<r> target<op><t> met|MISSED  (<note>)}. */
    static String line(String what, String ours, String peer, double ratio, String op, double target, String note) {
        boolean met = op.equals(">=") ? ratio >= target : ratio <= target;
        return String.format(Locale.ROOT, "%s ours=%s peer=%s ratio=%s target%s%s %s  (%s)", what, ours, peer,
                ratio(ratio), op, ratio(target), met ? "met" : "MISSED", note);
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
    }

    /**
     * The peer's rate: transitions/s, or executions/s derived from its transitions/s and the transitions per
     * execution of its unit (its executions/s field is rounded to one decimal, 0.7 for a map-fanout rate of 0.74).
     */
    private static double peerRate(JsonNode peer, String workload, String tpsField, String execsField,
            boolean perExecution) {
        double tps = required(peer, workload, tpsField);
        if (!perExecution) {
            return tps;
        }
        if (peer.path("transitions").isNumber() && peer.path("executions").isNumber()) {
            return tps * peer.path("executions").asDouble() / peer.path("transitions").asDouble();
        }
        return required(peer, workload, execsField);
    }

    private static double required(JsonNode peer, String workload, String field) {
        JsonNode value = peer.path(field);
        if (!value.isNumber()) {
            throw new IllegalArgumentException("the peer summary of " + workload + " has no " + field
                    + " (an older peer/run.sh?)");
        }
        return value.asDouble();
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
