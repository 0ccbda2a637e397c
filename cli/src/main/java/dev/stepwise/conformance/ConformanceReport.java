package dev.stepwise.conformance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The verdicts of a corpus run, with the figures the corpus README asks for. */
public record ConformanceReport(List<CaseVerdict> verdicts) {

    public ConformanceReport {
        verdicts = List.copyOf(verdicts);
    }

    /** Pass and total counts per category, sorted by category. */
    public Map<String, Tally> byCategory() {
        Map<String, Tally> tallies = new TreeMap<>();
        for (CaseVerdict v : verdicts) {
            tallies.merge(v.conformanceCase().category(), Tally.of(v.passed()), Tally::plus);
        }
        return tallies;
    }

    public Tally overall() {
        return tally(v -> true, CaseVerdict::passed);
    }

    public Tally tally(Predicate<CaseVerdict> which, Predicate<CaseVerdict> counted) {
        Tally t = new Tally(0, 0);
        for (CaseVerdict v : verdicts) {
            if (which.test(v)) {
                t = t.plus(Tally.of(counted.test(v)));
            }
        }
        return t;
    }

    /** Causes that match AWS's exactly (placeholders aside), among cases where AWS recorded one. */
    public Tally causes() {
        return tally(v -> !v.conformanceCase().expected().path("cause").isNull()
                && v.conformanceCase().expected().has("cause"), CaseVerdict::causeMatches);
    }

    /** Histories equal to AWS's event type by event type, among cases where AWS's history was recorded. */
    public Tally histories() {
        return tally(CaseVerdict::historyRecorded, CaseVerdict::historyMatches);
    }

    /**
     * Histories whose ids and previousEventIds equal AWS's wherever the recording kept them, among matching
     * histories recorded with their events.
     */
    public Tally links() {
        return tally(CaseVerdict::linksRecorded, CaseVerdict::linksMatch);
    }

    public List<CaseVerdict> failures() {
        return verdicts.stream().filter(v -> !v.passed()).toList();
    }

    /** The report file: {@code {"summary": {...}, "cases": [{name, status, output, error, cause, ...}]}}. */
    public ObjectNode toJson() {
        ObjectNode root = Json.NODES.objectNode();
        ObjectNode summary = root.putObject("summary");
        summary.set("overall", overall().toJson());
        summary.set("causes", causes().toJson());
        summary.set("histories", histories().toJson());
        summary.set("history_links", links().toJson());
        ObjectNode categories = summary.putObject("categories");
        byCategory().forEach((category, tally) -> categories.set(category, tally.toJson()));
        ArrayNode cases = root.putArray("cases");
        for (CaseVerdict v : verdicts) {
            CaseOutcome o = v.outcome();
            ObjectNode c = cases.addObject();
            c.put("name", v.conformanceCase().name());
            c.put("category", v.conformanceCase().category());
            c.put("passed", v.passed());
            c.put("status", o.status());
            c.set("output", o.output());
            c.put("error", o.error());
            c.put("cause", o.cause());
            ArrayNode types = c.putArray("history_types");
            o.historyTypes().forEach(types::add);
            c.put("next_state", o.nextState());
            if (!v.passed()) {
                c.put("mismatch", v.mismatch());
            }
        }
        return root;
    }

    /** A summary line per category, then the overall figures. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        byCategory().forEach((category, tally) -> out.append(String.format("%-24s %s%n", category, tally)));
        out.append(String.format("%-24s %s%n", "overall", overall()));
        out.append(String.format("%-24s %s%n", "causes matching", causes()));
        out.append(String.format("%-24s %s%n", "histories matching", histories()));
        out.append(String.format("%-24s %s%n", "event links matching", links()));
        return out.toString();
    }

    /** A count of passes out of a total. */
    public record Tally(int passed, int total) {
        static Tally of(boolean passed) {
            return new Tally(passed ? 1 : 0, 1);
        }

        Tally plus(Tally other) {
            return new Tally(passed + other.passed, total + other.total);
        }

        public double rate() {
            return total == 0 ? 1.0 : (double) passed / total;
        }

        ObjectNode toJson() {
            ObjectNode node = Json.NODES.objectNode();
            node.put("passed", passed);
            node.put("total", total);
            node.put("rate", Math.round(rate() * 10000) / 10000.0);
            return node;
        }

        @Override
        public String toString() {
            return String.format("%4d/%-4d %6.1f%%", passed, total, rate() * 100);
        }
    }
}
