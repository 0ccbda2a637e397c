package dev.stepwise.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import java.util.Arrays;

/**
 * What one workload measured: the cold first unit and the warm measured units, as throughput.
 *
 * @param unitNanos the measured units' times, sorted
 */
record Measurement(Workload workload, long coldNanos, int warmupUnits, long[] unitNanos) {

    static Measurement of(Workload workload, long coldNanos, int warmupUnits, long[] unitNanos) {
        long[] sorted = unitNanos.clone();
        Arrays.sort(sorted);
        return new Measurement(workload, coldNanos, warmupUnits, sorted);
    }

    long medianNanos() {
        int n = unitNanos.length;
        return n % 2 == 1 ? unitNanos[n / 2] : (unitNanos[n / 2 - 1] + unitNanos[n / 2]) / 2;
    }

    long transitionsPerUnit() {
        return workload.transitionsPerExecution() * workload.executionsPerUnit();
    }

    private double perSecond(double count, long nanos) {
        return count / (nanos / 1e9);
    }

    /** One line in the shape of the peer harness's output, plus the warm/cold split. */
    String toJson() {
        ObjectNode json = Json.NODES.objectNode();
        json.put("tool", "stepwise");
        json.put("java", Runtime.version().toString());
        json.put("workload", workload.name());
        json.put("executions", workload.executionsPerUnit());
        json.put("transitions", transitionsPerUnit());
        json.put("runMsMedian", Math.round(medianNanos() / 1e4) / 100.0);
        json.put("transitionsPerSec", Math.round(perSecond(transitionsPerUnit(), medianNanos())));
        json.put("transitionsPerSecBest", Math.round(perSecond(transitionsPerUnit(), unitNanos[0])));
        json.put("executionsPerSec", Math.round(perSecond(workload.executionsPerUnit(), medianNanos()) * 10) / 10.0);
        json.put("coldTransitionsPerSec", Math.round(perSecond(transitionsPerUnit(), coldNanos)));
        json.put("coldExecutionsPerSec", Math.round(perSecond(workload.executionsPerUnit(), coldNanos) * 10) / 10.0);
        json.put("coldRunMs", Math.round(coldNanos / 1e4) / 100.0);
        json.put("warmupUnits", warmupUnits);
        json.put("measuredUnits", unitNanos.length);
        return Json.write(json);
    }
}
