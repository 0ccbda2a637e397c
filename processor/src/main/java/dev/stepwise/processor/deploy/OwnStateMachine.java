package dev.stepwise.processor.deploy;

/**
 * ARNs of the workflow's own state machine, for grants its role needs on it (a Distributed Map's children, an HTTP
 * Task's endpoint). They are built from the name parameter, not from a reference to the state machine: the state
 * machine depends on the role, so a reference from the role's policy would be a circular dependency.
 */
final class OwnStateMachine {

    private OwnStateMachine() {
    }

    static String arn(DeploymentSpec spec) {
        return TargetArns.inStack("states", "stateMachine:" + name(spec));
    }

    /** The child executions a Distributed Map starts: {@code execution:<name>/<Map Run label>:<id>}. */
    static String mapRunExecutions(DeploymentSpec spec) {
        return TargetArns.inStack("states", "execution:" + name(spec) + "/*");
    }

    private static String name(DeploymentSpec spec) {
        return "${" + LogicalIds.of(spec.stateMachineName()).nameParameter() + "}";
    }
}
