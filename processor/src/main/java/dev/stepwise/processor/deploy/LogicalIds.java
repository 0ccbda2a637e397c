package dev.stepwise.processor.deploy;

/**
 * Logical IDs of the resources generated for one workflow. They start with the state machine name (letters and
 * digits only, as CloudFormation requires) so several workflows' templates can be merged into one stack.
 */
record LogicalIds(String prefix) {

    static LogicalIds of(String stateMachineName) {
        String alphanumeric = stateMachineName.replaceAll("[^A-Za-z0-9]", "");
        return new LogicalIds(alphanumeric.isEmpty() ? "Workflow" : alphanumeric);
    }

    String stateMachine() {
        return prefix + "StateMachine";
    }

    String role() {
        return prefix + "Role";
    }

    String logGroup() {
        return prefix + "LogGroup";
    }

    String version() {
        return prefix + "Version";
    }

    String alias() {
        return prefix + "Alias";
    }

    String stateMachineArnOutput() {
        return prefix + "Arn";
    }

    String aliasArnOutput() {
        return prefix + "AliasArn";
    }
}
