/**
 * Map Runs, as the Step Functions API shows them: the run a Distributed Map state starts, its settings, the counts
 * of its items and child workflow executions, and those executions (DescribeMapRun, ListMapRuns, UpdateMapRun,
 * ListExecutions by {@code mapRunArn}).
 */
package dev.stepwise.runtime.mapruns;
