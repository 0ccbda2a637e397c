package dev.stepwise.asl.validation;

/** The diagnostic codes AWS's ValidateStateMachineDefinition reports, as used in {@link DefinitionProblem#code()}. */
public final class ProblemCodes {

    /** A field is missing, unknown, of the wrong type or out of range. */
    public static final String SCHEMA_VALIDATION_FAILED = "SCHEMA_VALIDATION_FAILED";
    /** A transition names a state that does not exist, or a state cannot be reached. */
    public static final String MISSING_TRANSITION_TARGET = "MISSING_TRANSITION_TARGET";
    /** A state list has no state that ends the execution. */
    public static final String MISSING_END_STATE = "MISSING_END_STATE";
    /** Two states share one name somewhere in the machine. */
    public static final String DUPLICATE_STATE_NAME = "DUPLICATE_STATE_NAME";
    /** A state name breaks the naming rules (length). */
    public static final String INVALID_STATE_NAME = "INVALID_STATE_NAME";
    private ProblemCodes() {
    }
}
