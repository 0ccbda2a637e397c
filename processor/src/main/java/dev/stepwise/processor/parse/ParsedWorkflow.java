package dev.stepwise.processor.parse;

import dev.stepwise.processor.diag.Problem;
import dev.stepwise.processor.diag.Sites;
import dev.stepwise.processor.model.WorkflowModel;
import java.util.List;

/**
 * The parser's result: the model (meaningful only when {@code problems} has no error) and where its states came from.
 *
 * @param readsUngenerated whether a type it reads names a class javac cannot find yet, which the model has as
 *                         {@code Object}: another processor may generate that class this round
 */
public record ParsedWorkflow(WorkflowModel model, List<Problem> problems, Sites sites, boolean readsUngenerated) {
    public ParsedWorkflow {
        problems = List.copyOf(problems);
    }
}
