package dev.stepwise.conformance;

/** Runs one conformance case on a runtime. */
@FunctionalInterface
public interface CaseExecutor {

    CaseOutcome execute(ConformanceCase conformanceCase) throws Exception;
}
