package dev.stepwise.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Runs the selected cases of a corpus on an executor and judges each against AWS's recording. */
public final class ConformanceRunner {

    private final CaseExecutor executor;

    public ConformanceRunner(CaseExecutor executor) {
        this.executor = executor;
    }

    public ConformanceReport run(List<ConformanceCase> cases, Predicate<ConformanceCase> selection) {
        List<CaseVerdict> verdicts = new ArrayList<>();
        for (ConformanceCase c : cases) {
            if (!selection.test(c)) {
                continue;
            }
            CaseOutcome outcome;
            try {
                outcome = executor.execute(c);
            } catch (Exception | StackOverflowError e) {
                outcome = CaseOutcome.runnerError(e);
            }
            verdicts.add(CaseVerdict.judge(c, outcome));
        }
        return new ConformanceReport(verdicts);
    }
}
