/**
 * Execution reports: one self-contained HTML file per execution ({@link
 * dev.stepwise.runtime.report.ExecutionReport}, also {@code Execution.report(path)}).
 */
package dev.stepwise.runtime.report;
