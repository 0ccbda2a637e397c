package dev.stepwise.runtime.mapruns;

/** A Map Run's status, as DescribeMapRun reports it (the API model's MapRunStatus). */
public enum MapRunStatus {
    RUNNING, SUCCEEDED, FAILED, ABORTED
}
