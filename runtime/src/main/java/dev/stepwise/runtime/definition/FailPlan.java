package dev.stepwise.runtime.definition;

import dev.stepwise.asl.data.ValueExpression;
import dev.stepwise.asl.data.jsonata.JsonataTemplate;

/**
 * A Fail state: literal {@code Error}/{@code Cause} or their {@code ...Path} forms (a path or an intrinsic function);
 * or, in JSONata, {@code Error}/{@code Cause} expressions; any may be {@code null}.
 */
public record FailPlan(String name, String error, String cause, ValueExpression errorPath, ValueExpression causePath,
        JsonataTemplate errorExpression, JsonataTemplate causeExpression, boolean jsonata) implements StatePlan {

    private static final DataFlow JSONATA = DataFlow.jsonata(null, null, null);

    @Override
    public String type() {
        return "Fail";
    }

    @Override
    public DataFlow dataFlow() {
        return jsonata ? JSONATA : DataFlow.NEUTRAL;
    }

    @Override
    public Transition transition() {
        return Transition.END;
    }
}
