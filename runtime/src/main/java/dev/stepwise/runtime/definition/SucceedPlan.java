package dev.stepwise.runtime.definition;

/** A Succeed state: ends its flow successfully. */
public record SucceedPlan(String name, DataFlow dataFlow) implements StatePlan {

    @Override
    public String type() {
        return "Succeed";
    }

    @Override
    public Transition transition() {
        return Transition.END;
    }
}
