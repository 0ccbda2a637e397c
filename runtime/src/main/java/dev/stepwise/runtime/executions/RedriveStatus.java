package dev.stepwise.runtime.executions;

/**
 * DescribeExecution's {@code redriveStatus} and, when NOT_REDRIVABLE, its {@code redriveStatusReason}.
 *
 * @param status REDRIVABLE, NOT_REDRIVABLE or REDRIVABLE_BY_MAP_RUN (the API model's ExecutionRedriveStatus)
 * @param reason {@code null} unless NOT_REDRIVABLE
 */
public record RedriveStatus(String status, String reason) {

    /**
     * The status of an execution RedriveExecution would refuse for {@code reason}, or allow when it is {@code null};
     * {@code byMapRun}: only its Map Run redrives it (a child workflow execution).
     */
    public static RedriveStatus of(String reason, boolean byMapRun) {
        if (reason != null) {
            return new RedriveStatus("NOT_REDRIVABLE", reason);
        }
        return new RedriveStatus(byMapRun ? "REDRIVABLE_BY_MAP_RUN" : "REDRIVABLE", null);
    }
}
