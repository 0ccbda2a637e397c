package dev.stepwise.processor.validate;

import dev.stepwise.processor.diag.Problem;
import java.util.List;

/** The problems validation found, immutable; printing them is the caller's job. */
public record ValidationReport(List<Problem> problems) {

    public ValidationReport {
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.stream().noneMatch(Problem::isError);
    }
}
