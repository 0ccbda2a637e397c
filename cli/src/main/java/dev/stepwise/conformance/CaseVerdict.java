package dev.stepwise.conformance;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How one outcome compares with AWS's recording, by the corpus README's rule: the status matches and, for
 * SUCCEEDED, the output; for FAILED, the error name; for TestState, also the next state and, where AWS recorded it,
 * the inspection data. Causes and histories are compared too, and reported separately.
 */
public record CaseVerdict(ConformanceCase conformanceCase, CaseOutcome outcome, boolean passed, String mismatch,
        boolean causeMatches, boolean historyRecorded, boolean historyMatches, boolean linksRecorded,
        boolean linksMatch) {

    public static CaseVerdict judge(ConformanceCase c, CaseOutcome outcome) {
        ExpectedValueMatcher matcher = ExpectedValueMatcher.forCase(c);
        String expectedStatus = c.expectedStatus();
        String mismatch = null;
        if (!Objects.equals(expectedStatus, outcome.status())) {
            mismatch = "status " + outcome.status() + " expected " + expectedStatus
                    + (outcome.error() == null ? "" : " (" + outcome.error() + ": " + outcome.cause() + ")");
        } else if ("SUCCEEDED".equals(expectedStatus) && !matcher.matches(c.expected().path("output"),
                outcome.output())) {
            mismatch = "output " + outcome.output() + " expected " + c.expected().path("output");
        } else if ("FAILED".equals(expectedStatus) && !c.expected().path("error").isNull()
                && !matcher.matchesText(c.expected().path("error").asText(null), outcome.error())) {
            mismatch = "error " + outcome.error() + " expected " + c.expected().path("error").asText();
        } else if (c.kind().equals("test_state") && c.expected().has("next_state")
                && !Objects.equals(c.expected().path("next_state").asText(null), outcome.nextState())) {
            mismatch = "next state " + outcome.nextState() + " expected " + c.expected().path("next_state").asText();
        } else if (c.kind().equals("test_state") && c.expected().has("inspection_data")
                && !matcher.matches(c.expected().get("inspection_data"), outcome.inspection())) {
            mismatch = "inspection data " + outcome.inspection() + " expected " + c.expected().get("inspection_data");
        }
        String expectedCause = withoutClientWrapper(c.expected().path("cause").asText(null));
        boolean causeMatches = expectedCause == null || matcher.matchesText(expectedCause, outcome.cause());
        List<String> expectedTypes = c.expectedHistoryTypes();
        boolean historyRecorded = !expectedTypes.isEmpty();
        boolean historyMatches = historyRecorded && sameTypes(expectedTypes, outcome.historyTypes(),
                c.historyOrderNormalized());
        List<CaseOutcome.Link> expectedLinks = c.expectedHistoryLinks();
        boolean linksRecorded = !expectedLinks.isEmpty();
        boolean linksMatch = linksRecorded && historyMatches && sameLinks(expectedLinks, outcome,
                c.historyOrderNormalized());
        return new CaseVerdict(c, outcome, mismatch == null, mismatch, causeMatches, historyRecorded, historyMatches,
                linksRecorded, linksMatch);
    }

    /** Where the recording's client (boto3) wrapped AWS's message: "An error occurred (X) when calling the Y operation: ". */
    private static final Pattern CLIENT_WRAPPER =
            Pattern.compile("^An error occurred \\(\\w+\\) when calling the \\w+ operation: ");

    /** AWS's own message: some recordings hold it as the Python client printed it, prefixed by the client. */
    static String withoutClientWrapper(String cause) {
        return cause == null ? null : CLIENT_WRAPPER.matcher(cause).replaceFirst("");
    }

    /**
     * Event type by event type; where the recording sorted the events of Parallel states, as
     * {@link ParallelEventSorting} describes.
     */
    private static boolean sameTypes(List<String> expected, List<String> actual, boolean parallelEventsSorted) {
        return parallelEventsSorted ? ParallelEventSorting.matches(expected, actual) : expected.equals(actual);
    }

    /**
     * Every id and previousEventId the recording kept equals ours at the same position (after the recording's
     * Parallel sorting, where it applied).
     */
    private static boolean sameLinks(List<CaseOutcome.Link> expected, CaseOutcome outcome,
            boolean parallelEventsSorted) {
        List<CaseOutcome.Link> ours = outcome.historyLinks();
        if (parallelEventsSorted) {
            ours = ParallelEventSorting.apply(outcome.historyTypes()).stream()
                    .map(event -> outcome.historyLinks().get(event.index())).toList();
        }
        if (ours.size() != expected.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i) != null && !expected.get(i).equals(ours.get(i))) {
                return false;
            }
        }
        return true;
    }
}
