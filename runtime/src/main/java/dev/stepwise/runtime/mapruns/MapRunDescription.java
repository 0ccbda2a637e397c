package dev.stepwise.runtime.mapruns;

import java.time.Instant;

/**
 * What DescribeMapRun reports about a Map Run, as of the moment it was taken.
 *
 * @param executionArn               the execution that started the run
 * @param stopDate                   {@code null} while running
 * @param maxConcurrency             0 when not limited
 * @param toleratedFailurePercentage 0 when not set
 * @param toleratedFailureCount      0 when not set
 * @param redriveDate                when the run was last redriven, or {@code null}
 */
public record MapRunDescription(String mapRunArn, String executionArn, MapRunStatus status, Instant startDate,
        Instant stopDate, int maxConcurrency, double toleratedFailurePercentage, long toleratedFailureCount,
        MapRunCounts itemCounts, MapRunCounts executionCounts, int redriveCount, Instant redriveDate) {
}
