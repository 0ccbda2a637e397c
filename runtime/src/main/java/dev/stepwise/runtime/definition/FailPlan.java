package dev.stepwise.runtime.definition;

import dev.stepwise.runtime.data.ValueExpression;

/**
 * A Fail state: literal {@code Error}/{@code Cause} or their {@code ...Path} forms (a path or an intrinsic function);
 * any may be {@code null}.
 */
public record FailPlan(String name, String error, String cause, ValueExpression errorPath, ValueExpression causePath)
        implements StatePlan {

    @Override
    public String type() {
        return "Fail";
    }

    @Override
    public DataFlow dataFlow() {
        return DataFlow.NEUTRAL;
    }

    @Override
    public Transition transition() {
        return Transition.END;
    }
}
