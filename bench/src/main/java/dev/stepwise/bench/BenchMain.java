package dev.stepwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Measures one workload on the local runtime and prints one JSON line.
 *
 * <pre>
 * BenchMain &lt;bench-dir&gt; &lt;workload&gt; [--warmup-seconds S] [--iterations N] [--limit N] [--count-transitions]
 * </pre>
 *
 * <p>The first (cold) unit's output is checked against {@code expected/}; then units run for the warm-up time;
 * then {@code N} measured units, whose median and best throughput are reported along with the cold unit's time.
 * {@code --count-transitions} instead runs one execution with history on and checks its entered states against the
 * meta file (a separate run: a full history is what the measured runs do without). Peak memory is measured from
 * outside ({@code /usr/bin/time -v}, see {@code compare.sh}).
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(run(Options.parse(args)));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
        }
    }

    static String run(Options options) {
        Workload workload = Workload.load(options.benchDir(), options.workload());
        if (options.loopLimit() > 0) {
            workload = workload.withLoopLimit(options.loopLimit());
        }
        WorkloadRunner runner = new WorkloadRunner(workload, false);
        long coldStart = System.nanoTime();
        JsonNode output = runner.runUnit();
        long coldNanos = System.nanoTime() - coldStart;
        if (!JsonComparison.sameJson(workload.expectedOutput(), output)) {
            throw new IllegalStateException(workload.name() + " produced " + Json.write(output) + ", expected "
                    + Json.write(workload.expectedOutput()));
        }
        if (options.countTransitions()) {
            long entered = new WorkloadRunner(workload, true).countTransitions();
            if (entered != workload.transitionsPerExecution()) {
                throw new IllegalStateException(workload.name() + " entered " + entered
                        + " states, the meta file says " + workload.transitionsPerExecution());
            }
            return "{\"workload\":\"" + workload.name() + "\",\"stateEnteredEvents\":" + entered + "}";
        }
        long warmupEnd = System.nanoTime() + (long) (options.warmupSeconds() * 1e9);
        int warmupUnits = 0;
        while (System.nanoTime() < warmupEnd) {
            runner.runUnit();
            warmupUnits++;
        }
        long[] nanos = new long[options.iterations()];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            runner.runUnit();
            nanos[i] = System.nanoTime() - start;
        }
        return Measurement.of(workload, coldNanos, warmupUnits, nanos).toJson();
    }

    /** The command line. */
    record Options(Path benchDir, String workload, double warmupSeconds, int iterations, long loopLimit,
            boolean countTransitions) {

        static Options parse(String[] args) {
            if (args.length < 2) {
                throw new IllegalArgumentException("usage: BenchMain <bench-dir> <workload> [--warmup-seconds S]"
                        + " [--iterations N] [--limit N] [--count-transitions]");
            }
            double warmup = 3;
            int iterations = 5;
            long limit = 0;
            boolean count = false;
            for (int i = 2; i < args.length; i++) {
                if (args[i].equals("--count-transitions")) {
                    count = true;
                    continue;
                }
                String value = i + 1 < args.length ? args[i + 1] : null;
                if (value == null) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                try {
                    switch (args[i]) {
                        case "--warmup-seconds" -> warmup = Double.parseDouble(value);
                        case "--iterations" -> iterations = Integer.parseInt(value);
                        case "--limit" -> limit = Long.parseLong(value);
                        default -> throw new IllegalArgumentException("unknown option " + args[i] + " in "
                                + Arrays.toString(args));
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(args[i] + " needs a number, not '" + value + "'");
                }
                i++;
            }
            if (iterations < 1 || warmup < 0) {
                throw new IllegalArgumentException("--iterations must be at least 1 and --warmup-seconds at least 0");
            }
            return new Options(Path.of(args[0]), args[1], warmup, iterations, limit, count);
        }
    }
}
