package dev.stepwise.runtime.definition;

/** A compiled state: one record per ASL state type, every path and template compiled once. */
public sealed interface StatePlan
        permits PassPlan, TaskPlan, ChoicePlan, WaitPlan, SucceedPlan, FailPlan, ParallelPlan, MapPlan {

    String name();

    /** The ASL {@code Type}, which is also the prefix of its history events ({@code PassStateEntered}, ...). */
    String type();

    DataFlow dataFlow();

    /** Where the state goes on success; Choice, Succeed and Fail decide otherwise and return {@link Transition#END}. */
    Transition transition();

    /** Retry and Catch; only Task, Parallel and Map have them. */
    default ErrorHandling errorHandling() {
        return ErrorHandling.NONE;
    }
}
