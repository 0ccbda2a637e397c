package dev.stepwise.processor.parse;

import dev.stepwise.processor.diag.Problem;
import dev.stepwise.processor.diag.Sites;
import dev.stepwise.processor.model.WorkflowModel;
import java.util.List;

/** The parser's result: the model (meaningful only when {@code problems} has no error) and where its states came from. */
public record ParsedWorkflow(WorkflowModel model, List<Problem> problems, Sites sites) {
    public ParsedWorkflow {
        problems = List.copyOf(problems);
    }
}
