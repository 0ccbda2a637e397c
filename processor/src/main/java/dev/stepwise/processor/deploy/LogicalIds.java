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

    String versionArnOutput() {
        return prefix + "VersionArn";
    }

    /** The EventBridge rule of the workflow's {@code index}-th {@code @OnStatusChange}. */
    String statusRule(int index) {
        return prefix + "StatusRule" + (index + 1);
    }

    /** The template parameter that names the state machine (default: the workflow's name). */
    String nameParameter() {
        return prefix + "StateMachineName";
    }

    /** The version SAM generates for {@code AutoPublishAlias}: the state machine's ID followed by "Version". */
    String samVersion() {
        return stateMachine() + "Version";
    }

    /** The alias SAM generates for {@code AutoPublishAlias}: the state machine's ID, "Alias" and the alias name. */
    String samAlias(String alias) {
        return stateMachine() + "Alias" + alias;
    }
}
