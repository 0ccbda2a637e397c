package dev.stepwise.processor.parse;

import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problems;
import dev.stepwise.processor.diag.Where;
import dev.stepwise.processor.model.ChoiceRule;
import dev.stepwise.processor.model.Condition;
import dev.stepwise.processor.model.StateModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Choice state: its {@code @When} rules (conditions in JSONPath, expressions in JSONata) and its default,
 * which is the following state method unless {@code @Default} names another.
 */
final class ChoiceParser implements StateParser {

    private final StateParts parts;
    private final Problems problems;

    ChoiceParser(StateParts parts) {
        this.parts = parts;
        this.problems = parts.problems();
    }

    @Override
    public StateModel parse(DeclaredState d, String comment, String following) {
        if (d.has("End")) {
            problems.add(Message.CHOICE_CANNOT_END, d.where().on("End"));
        }
        var rules = new ArrayList<ChoiceRule>();
        List<AnnotationReader> whens = d.all("When");
        for (int k = 0; k < whens.size(); k++) {
            String test = whens.get(k).string("test");
            if (d.jsonata()) {
                Where at = d.where().on("When", k, "test");
                JsonataSyntax.check(test).ifPresent(f -> parts.attributes().report(f, at));
                rules.add(new ChoiceRule(null, JsonataSyntax.wrap(test), whens.get(k).string("next")));
                continue;
            }
            try {
                Condition condition = ConditionParser.parse(test);
                rules.add(new ChoiceRule(condition, test, whens.get(k).string("next")));
            } catch (ConditionParser.SyntaxError e) {
                problems.add(e.finding().at(d.where().on("When", k, "test")));
            }
        }
        if (whens.isEmpty()) {
            problems.add(Message.CHOICE_WITHOUT_RULES, d.where().on("Choice"), d.name());
        }
        String defaultTarget = d.has("Default") ? d.one("Default").string("value") : following;
        return new StateModel.Choice(d.name(), comment, parts.attributes().path(d, "InputPath"),
                parts.attributes().path(d, "OutputPath"), rules, defaultTarget, parts.dataFlow().expressions(d));
    }
}
