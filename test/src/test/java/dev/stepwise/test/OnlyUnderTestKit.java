package dev.stepwise.test;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the fixture test classes of the extension's tests only when {@link StepwiseExtensionTest} launches them
 * through the EngineTestKit (which sets {@code stepwise.fixtures}); a plain build skips them, since some fail on
 * purpose.
 */
final class OnlyUnderTestKit implements ExecutionCondition {

    static final String PARAMETER = "stepwise.fixtures";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getConfigurationParameter(PARAMETER).filter("true"::equals).isPresent()
                ? ConditionEvaluationResult.enabled("launched by StepwiseExtensionTest")
                : ConditionEvaluationResult.disabled("a fixture of StepwiseExtensionTest");
    }
}
