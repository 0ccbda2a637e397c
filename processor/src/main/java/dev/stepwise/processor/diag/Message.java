package dev.stepwise.processor.diag;

import javax.tools.Diagnostic.Kind;

/**
 * Every diagnostic the processor reports: a bracketed id, a kind and a format ({@link String#format} arguments).
 * Each message says how to fix the problem; each constant has a compilation test.
 */
public enum Message {
    // structure
    WORKFLOW_CLASS("WorkflowClass", Kind.ERROR, "@Workflow must annotate a non-private class, but %s is %s"),
    FLOW_AS_WORKFLOW("FlowIsWorkflow", Kind.ERROR, "a class cannot be both @Workflow and @Flow; use @Flow only for Parallel branches and Map processors"),
    FLOW_NOT_A_CLASS("FlowNotAClass", Kind.ERROR, "a %s names a class annotated @Flow, whose methods are its states, not %s"),
    NOT_A_FLOW("BranchNotFlow", Kind.ERROR, "%s is used as a %s but is not annotated @Flow; annotate it @Flow"),
    FLOW_NOT_INSTANTIABLE("FlowNotInstantiable", Kind.ERROR, "@Flow class %s needs to be a non-abstract, non-private top-level or static nested class with a non-private no-argument constructor, the class and constructor public when in another package than the workflow: the generated Workflow class creates it to run its Task states locally"),
    GENERATED_NAME_TAKEN("GeneratedNameTaken", Kind.ERROR, "the class %s generated for this workflow clashes with %s; rename one of the two classes, or, if it is a generated source left from an earlier build, clean the build (mvn clean)"),
    TYPE_NOT_ACCESSIBLE("TypeNotAccessible", Kind.ERROR, "%s is %s, so the generated Workflow class (in %s) cannot name it; make it %s"),
    INNER_CLASS("InnerClass", Kind.ERROR, "%s is an inner class, which Jackson cannot create from JSON without an instance of %s, so the generated Workflow class could not convert it; declare it static"),
    TASK_METHOD_NOT_PUBLIC("TaskMethodNotPublic", Kind.ERROR, "Task method %s of %s must be public: the generated Workflow class, in %s, calls it"),
    PARAMETER_NAMES_MISSING("ParameterNamesMissing", Kind.ERROR, "%s comes from a class file without parameter names, so Task method %s would pass its parameters to Step Functions as %s; compile %s with javac -parameters (Maven: <maven.compiler.parameters>true</maven.compiler.parameters>)"),
    RECURSIVE_FLOW("RecursiveFlow", Kind.ERROR, "%s contains itself through Parallel branches or Map processors; a flow cannot nest itself"),
    NO_STATES("NoStates", Kind.ERROR, "%s declares no states; annotate at least one method with a state annotation such as @Task or @Pass"),
    CONFLICTING_STATE_TYPES("ConflictingStateTypes", Kind.ERROR, "a method is one state: it cannot be both @%s and @%s"),
    STATE_METHOD_PRIVATE("StateMethodPrivate", Kind.ERROR, "state method %s must not be private: the generated Workflow class calls it"),
    STATE_METHOD_STATIC("StateMethodStatic", Kind.ERROR, "state method %s must not be static: it is bound to a workflow instance"),
    RECORD_TOO_LARGE("RecordTooLarge", Kind.ERROR, "the generated %s record would have %d components taking %d constructor parameter slots, over the %d a Java constructor can take (JVMS 4.3.3; a long or double takes two); group the workflow's top-level fields under fewer objects"),
    INHERITED_STATE("InheritedState", Kind.ERROR, "%s inherits the state method %s from %s, but a workflow's or flow's states are the methods its own class declares, so it is no state of %s; override it there with its state annotations (the override may call the inherited method)"),
    STATE_METHOD_GENERIC("StateMethodGeneric", Kind.ERROR, "state method %s must not declare type parameters: their JSON shape is unknown"),
    MODIFIER_WITHOUT_STATE("ModifierWithoutState", Kind.ERROR, "@%s is only meaningful on a state method; add a state annotation such as @Task, or remove it"),
    NOT_ALLOWED_ON_TYPE("NotAllowedOnStateType", Kind.ERROR, "@%s is not allowed on a %s state"),
    DUPLICATE_STATE("DuplicateState", Kind.ERROR, "state name \"%s\" is already used in %s; state names must be unique within a flow (use @State to rename)"),
    MULTIPLE_START_AT("MultipleStartAt", Kind.ERROR, "only one state can be @StartAt; %s is already marked"),
    END_AND_NEXT("EndAndNext", Kind.ERROR, "a state cannot have both @End and @Next; keep one"),
    UNKNOWN_NEXT("UnknownNext", Kind.ERROR, "@Next(\"%s\") names no state in %s%s"),
    UNKNOWN_CATCH_TARGET("UnknownCatchTarget", Kind.ERROR, "@Catch next = \"%s\" names no state in %s%s"),
    UNKNOWN_WHEN_TARGET("UnknownWhenTarget", Kind.ERROR, "@When next = \"%s\" names no state in %s%s"),
    UNKNOWN_DEFAULT("UnknownDefault", Kind.ERROR, "@Default(\"%s\") names no state in %s%s"),
    UNREACHABLE_STATE("UnreachableState", Kind.ERROR, "state \"%s\" cannot be reached from \"%s\"; Step Functions rejects unreachable states: remove it or point a @Next, @When or @Catch at it"),
    NO_TERMINAL_STATE("NoTerminalState", Kind.ERROR, "no path through %s ends: add @End, a @Succeed or a @Fail state"),
    CHOICE_WITHOUT_RULES("ChoiceWithoutRules", Kind.ERROR, "Choice state %s has no @When rules; add at least one @When(test = ..., next = ...)"),
    CHOICE_CANNOT_END("ChoiceCannotEnd", Kind.ERROR, "a Choice state cannot end a flow; remove @End and @Next and use @When/@Default"),
    CONDITION_NEVER_TRUE("ConditionNeverTrue", Kind.WARNING, "%s on %s is never true: %s has type %s, which Jackson writes as %s, and %s is true only for %s; %s"),
    // expressions and JSON
    CONDITION_SYNTAX("ConditionSyntax", Kind.ERROR, "cannot parse condition at column %d: %s%n  %s%n  %s^"),
    INVALID_PATH("InvalidPath", Kind.ERROR, "\"%s\" is not a valid %s: %s"),
    INPUT_TYPE_NOT_OBJECT("InputTypeNotObject", Kind.ERROR, "@Workflow(input = %s.class): the workflow input is a JSON object, so its declared type must be a record or a class with properties; %s has none the processor can read"),
    UNKNOWN_FIELD("UnknownField", Kind.ERROR, "\"%s\": %s has no property \"%s\"; it has %s"),
    UNKNOWN_FIELD_OF_OPEN_CLASS("UnknownFieldOfOpenClass", Kind.WARNING, "\"%s\": %s has no property \"%s\" (it has %s); Jackson writes the properties of a value's own class, so the path exists only if the value is of a subclass that has it, and this compilation shows none; to have the path checked exactly, declare %s final, make it a record, or use the subclass's type"),
    NO_SUCH_STEP("NoSuchStep", Kind.ERROR, "\"%s\": %s is written as %s, which has no %s%s"),
    UNKNOWN_INTRINSIC("UnknownIntrinsic", Kind.ERROR, "unknown intrinsic function %s%s"),
    INTRINSIC_ARITY("IntrinsicArity", Kind.ERROR, "%s takes %s, not %d"),
    INVALID_JSON("InvalidJson", Kind.ERROR, "%s is not valid JSON: %s"),
    INVALID_TIMESTAMP("InvalidTimestamp", Kind.ERROR, "\"%s\" is not an RFC 3339 timestamp such as 2026-01-31T12:00:00Z"),
    FROM_BESIDE_LAMBDA_PAYLOAD("FromBesideLambdaPayload", Kind.ERROR, "parameter %s cannot go into the Payload of lambda:invoke: @Parameters gives the Payload as %s; drop @From and read the Payload as the method's single parameter, or write the Payload as an object"),
    FROM_KEY_TAKEN("FromKeyTaken", Kind.ERROR, "parameter %s would replace \"%s\", which @Parameters already sets; remove that key from @Parameters, or read the value without @From"),
    PARAMETER_WITHOUT_FROM("ParameterWithoutFrom", Kind.ERROR, "parameter %s needs @From(\"$.path\"): only a task's single parameter may take the whole input"),
    // errors, retries, catches
    RESERVED_ERROR_NAME("ReservedErrorName", Kind.ERROR, "error name \"%s\" starts with \"States.\", which is reserved for Step Functions; choose another prefix"),
    UNKNOWN_STATES_ERROR("UnknownStatesError", Kind.ERROR, "\"%s\" is not a predefined Step Functions error%s"),
    // the rules of ASL itself, from the ASL core's validator (bounds, names, ARNs, required fields, ...)
    INVALID_DEFINITION("InvalidDefinition", Kind.ERROR, "Step Functions rejects the generated definition: %s (at %s); change this value"),
    BOTH_VALUE_AND_PATH("ValueAndPath", Kind.ERROR, "set %s or %s, not both"),
    DISTRIBUTED_ONLY("DistributedOnly", Kind.ERROR, "%s applies only to a Map whose child executions run apart; set @Map(mode = Map.Mode.DISTRIBUTED), or remove it"),
    // Wait and Task
    WAIT_WITHOUT_DURATION("WaitWithoutDuration", Kind.ERROR, "a Wait needs one of seconds, timestamp, secondsPath or timestampPath"),
    WAIT_TWO_DURATIONS("WaitDurationConflict", Kind.ERROR, "a Wait takes exactly one of seconds, timestamp, secondsPath or timestampPath; found %s"),
    TASK_WITHOUT_RESOURCE("TaskWithoutResource", Kind.ERROR, "a Task needs a resource ARN, e.g. arn:aws:lambda:us-east-1:123456789012:function:name"),
    INVALID_RESOURCE("InvalidResource", Kind.ERROR, "\"%s\" is not a resource ARN; use a Lambda, activity or arn:aws:states::: integration ARN, or a ${Placeholder} the template substitutes"),
    MISSING_INTEGRATION_PARAMETER("MissingIntegrationParameter", Kind.ERROR, "%s requires %s in its Parameters (Arguments in JSONata), or the call fails at run time; add %s to @Parameters"),
    // deployment settings: deploy.DeploymentChecks holds the rules and words each problem
    STATE_MACHINE_NAME("InvalidStateMachineName", Kind.ERROR, "%s"),
    TOO_MANY_TAGS("TooManyTags", Kind.ERROR, "%s"),
    TAG_KEY_LENGTH("TagKeyLength", Kind.ERROR, "%s"),
    TAG_KEY_RESERVED("ReservedTagKey", Kind.ERROR, "%s"),
    TAG_VALUE_LENGTH("TagValueLength", Kind.ERROR, "%s"),
    TAG_CHARACTERS("TagCharacters", Kind.ERROR, "%s"),
    DUPLICATE_TAG_KEY("DuplicateTagKey", Kind.ERROR, "%s"),
    LOG_GROUP_ARN("InvalidLogGroupArn", Kind.ERROR, "%s"),
    ROLE_ARN("InvalidRoleArn", Kind.ERROR, "%s"),
    ALIAS_NAME("InvalidAliasName", Kind.ERROR, "%s"),
    ALIAS_DESCRIPTION("AliasDescriptionLength", Kind.ERROR, "%s"),
    DEPLOYMENT_PERCENTAGE("DeploymentPercentage", Kind.ERROR, "%s"),
    DEPLOYMENT_INTERVAL("DeploymentInterval", Kind.ERROR, "%s"),
    ALL_AT_ONCE_INCREMENTS("AllAtOnceIncrements", Kind.ERROR, "%s"),
    GRADUAL_WITH_ROUTING("GradualWithRouting", Kind.ERROR, "%s"),
    ROUTING_WEIGHT_RANGE("RoutingWeightRange", Kind.ERROR, "%s"),
    ROUTING_WEIGHTS_SUM("RoutingWeightsSum", Kind.ERROR, "%s"),
    ROUTING_VERSIONS("RoutingVersions", Kind.ERROR, "%s"),
    PLACEHOLDER_NAME("PlaceholderName", Kind.ERROR, "%s"),
    STATUS_TARGET("InvalidStatusTarget", Kind.ERROR, "%s"),
    STATUS_NONE("NoStatuses", Kind.ERROR, "%s"),
    STATUS_EXPRESS("ExpressStatusRule", Kind.ERROR, "%s"),
    UNCOVERED_PERMISSION("UncoveredPermission", Kind.WARNING, "%s"),
    POLICY_TOO_LARGE("PolicyTooLarge", Kind.WARNING, "the generated execution role's policy is %d characters, over IAM's limit of %d for a role's inline policies, so deploying the template will fail; name a role with @ExecutionRole, or call fewer distinct resources"),
    // JSONata and variables
    JSONATA_SYNTAX("JsonataSyntax", Kind.ERROR, "cannot parse JSONata at column %d: %s%n  %s%n  %s^"),
    JSONPATH_IN_JSONATA("JsonPathInJsonataWorkflow", Kind.ERROR, "the workflow's query language is JSONata, and Step Functions does not let a state switch back to JSONPath; remove @Query or write the workflow in JSONPath"),
    JSONPATH_ONLY("JsonPathOnly", Kind.ERROR, "%s is JSONPath only; in a JSONata state %s"),
    JSONATA_ONLY("JsonataOnly", Kind.ERROR, "%s is JSONata only; in a JSONPath state %s, or add @Query(QueryLanguage.JSONATA)"),
    EXPRESSION_IN_JSONPATH("ExpressionInJsonPath", Kind.ERROR, "in a JSONPath state %s takes a path such as \"$.limit\", not the JSONata expression \"%s\"; write the path, or make the state JSONata with @Query(QueryLanguage.JSONATA)"),
    PATH_IN_JSONATA("PathInJsonata", Kind.ERROR, "in a JSONata state %s takes a JSONata expression, not the JSONPath path \"%s\"; write \"%s\""),
    JSONATA_RESULT_PATH("JsonataResultPath", Kind.ERROR, "in a JSONata state @ResultPath can only name a top-level field such as \"$.result\", not \"%s\"; write an @Output expression instead"),
    UNKNOWN_VARIABLE("UnknownVariable", Kind.ERROR, "\"%s\" reads the variable $%s, which no @Assign of this workflow sets; assign it with @Assign(name = \"%s\", value = ...) in an earlier state, or read the input field with $.%s"),
    VARIABLE_OUTSIDE_CHILD_WORKFLOW("VariableOutsideChildWorkflow", Kind.ERROR, "\"%s\" reads the variable $%s, which the workflow running this Distributed Map assigns: its child executions start with none of that workflow's variables; pass the value to each item with the Map's itemSelector and read it from the item"),
    INVALID_VARIABLE_NAME("InvalidVariableName", Kind.ERROR, "variable name \"%s\" must start with a letter or _, continue with letters, digits or _, have at most 80 characters and not be 'states' (that is $states)"),
    DUPLICATE_VARIABLE("DuplicateVariable", Kind.ERROR, "variable \"%s\" is assigned twice in this state; each variable takes one value per state"),
    INCOMPLETE_PROCESSOR_PATH("IncompleteProcessorPath", Kind.ERROR, "the Stepwise processor cannot use %s (%s): the processor path lacks one of its dependencies or holds another version of one; give stepwise-processor with its own dependencies, as Maven's annotationProcessorPaths and Gradle's annotationProcessor configuration resolve them (in Eclipse, on the Factory Path)"),
    INTERNAL_ERROR("InternalError", Kind.ERROR, "the Stepwise processor failed on this element (%s); please report this with the source that caused it");

    private final String id;
    private final Kind kind;
    private final String format;

    Message(String id, Kind kind, String format) {
        this.id = id;
        this.kind = kind;
        this.format = format;
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** The full text javac shows: {@code [Id] message}. */
    public String format(Object... args) {
        return "[" + id + "] " + String.format(format, args);
    }
}
