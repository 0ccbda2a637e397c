package dev.stepwise.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.asl.data.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareReportTest {

    private static final String PEER = "{\"pass-chain\":{\"tpsMed\":40000,\"execsPerSecMed\":40,\"rssMbMed\":170,"
            + "\"coldTpsMed\":20000,\"coldExecsPerSecMed\":20},"
            + "\"task-retry\":{\"tpsMed\":15000,\"execsPerSecMed\":5000,\"rssMbMed\":100,\"coldTpsMed\":6000,"
            + "\"coldExecsPerSecMed\":2000}}";

    @Test
    void comparesWarmWithWarmAndColdWithColdAgainstTheTargets() {
        List<String> ours = List.of(
                "{\"workload\":\"pass-chain\",\"transitionsPerSec\":900000,\"executionsPerSec\":900,\"maxRssKB\":61440,"
                        + "\"coldTransitionsPerSec\":200000}",
                "{\"workload\":\"pass-chain\",\"transitionsPerSec\":800000,\"executionsPerSec\":800,\"maxRssKB\":71680,"
                        + "\"coldTransitionsPerSec\":100000}",
                "{\"workload\":\"pass-chain\",\"transitionsPerSec\":2000000,\"executionsPerSec\":2000,\"maxRssKB\":1,"
                        + "\"coldTransitionsPerSec\":300000}",
                "",
                "{\"workload\":\"task-retry\",\"transitionsPerSec\":300000,\"executionsPerSec\":100000,"
                        + "\"maxRssKB\":51200,\"coldTransitionsPerSec\":15000,\"coldExecutionsPerSec\":5000}");

        assertThat(CompareReport.report(ours, Json.parse(PEER))).containsExactly(
                "pass-chain ours=900000 peer=40000 ratio=22.5 target>=40.0 MISSED  (transitions/s, warm: median unit"
                        + " after warm-up, both sides)",
                "task-retry ours=100000 peer=5000 ratio=20.0 target>=40.0 MISSED  (executions/s, warm: median unit"
                        + " after warm-up, both sides)",
                "cold pass-chain ours=200000 peer=20000 ratio=10.0 target>=5.00 met  (transitions/s of the first unit"
                        + " in a fresh process, both sides)",
                "cold task-retry ours=5000 peer=2000 ratio=2.50 target>=5.00 MISSED  (executions/s of the first unit"
                        + " in a fresh process, both sides)",
                "memory pass-chain ours=60MB peer=170MB ratio=0.35 target<=0.40 met  (peak RSS of the whole process,"
                        + " median)",
                "memory task-retry ours=50MB peer=100MB ratio=0.50 target<=0.40 MISSED  (peak RSS of the whole"
                        + " process, median)");
    }

    @Test
    void thePeersExecutionRateComesFromItsTransitionRateWhenTheSummaryHasTheUnit() {
        String peer = "{\"map-fanout-c40\":{\"tpsMed\":22253,\"execsPerSecMed\":0.7,\"coldTpsMed\":17957,"
                + "\"coldExecsPerSecMed\":0.6,\"rssMbMed\":448,\"executions\":1,\"transitions\":30002}}";
        List<String> ours = List.of("{\"workload\":\"map-fanout-c40\",\"executionsPerSec\":26.3,"
                + "\"coldExecutionsPerSec\":4.4,\"maxRssKB\":94208}");

        assertThat(CompareReport.report(ours, Json.parse(peer))).startsWith(
                "map-fanout-c40 ours=26.30 peer=0.74 ratio=35.5 target>=40.0 MISSED  (executions/s, warm: median unit"
                        + " after warm-up, both sides)",
                "cold map-fanout-c40 ours=4.40 peer=0.60 ratio=7.35 target>=5.00 met  (executions/s of the first unit"
                        + " in a fresh process, both sides)");
    }

    @Test
    void firstUnitsWithAClassArchiveFollowTheirPlainColdLine() {
        List<String> ours = List.of("{\"workload\":\"task-retry\",\"executionsPerSec\":100000,"
                + "\"maxRssKB\":51200,\"coldExecutionsPerSec\":5000}");
        List<String> archived = List.of("{\"workload\":\"task-retry\",\"coldExecutionsPerSec\":9000}",
                "{\"workload\":\"task-retry\",\"coldExecutionsPerSec\":11000}",
                "{\"workload\":\"task-retry\",\"coldExecutionsPerSec\":12000}");

        assertThat(CompareReport.report(ours, Json.parse(PEER), archived)).containsSubsequence(
                "cold task-retry ours=5000 peer=2000 ratio=2.50 target>=5.00 MISSED  (executions/s of the first unit"
                        + " in a fresh process, both sides)",
                "cold+AppCDS task-retry ours=11000 peer=2000 ratio=5.50 target>=5.00 met  (executions/s of the first"
                        + " unit, ours with a class archive as ./stepwise uses)",
                "memory task-retry ours=50MB peer=100MB ratio=0.50 target<=0.40 MISSED  (peak RSS of the whole"
                        + " process, median)");
    }

    @Test
    void slowRatesKeepTheirDecimals() {
        assertThat(CompareReport.rate(0.7)).isEqualTo("0.70");
        assertThat(CompareReport.rate(1234.4)).isEqualTo("1234");
    }

    @Test
    void aWorkloadThePeerDidNotRunIsAnError() {
        assertThatThrownBy(() -> CompareReport.report(List.of("{\"workload\":\"choice-loop\"}"), Json.parse(PEER)))
                .hasMessageContaining("no choice-loop");
    }

    @Test
    void aPeerSummaryWithoutColdFiguresIsAnErrorNotAWarmStandIn() {
        String old = "{\"pass-chain\":{\"tpsMed\":40000,\"execsPerSecMed\":40,\"rssMbMed\":170}}";
        assertThatThrownBy(() -> CompareReport.report(List.of("{\"workload\":\"pass-chain\",\"transitionsPerSec\":1,"
                + "\"coldTransitionsPerSec\":1}"), Json.parse(old))).hasMessageContaining("no coldTpsMed");
    }
}
