package dev.stepwise.processor.deploy;

import dev.stepwise.asl.AliasRouting;
import dev.stepwise.processor.deploy.DeploymentProblem.Kind;
import dev.stepwise.processor.deploy.PublishSpec.DeploymentPreference;
import dev.stepwise.processor.deploy.PublishSpec.RoutingWeight;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the deployment settings AWS would reject, so they fail at compile time instead of at deploy time. Pure:
 * the spec in, every problem out (not just the first), in a fixed order.
 *
 * <p>Limits come from the CloudFormation resource schemas of AWS::StepFunctions::StateMachine and
 * ::StateMachineAlias and from the Step Functions API reference where the schemas say less (the alias name
 * pattern, the state machine name's forbidden characters, the tag character set).
 *
 * <p>This is the one implementation of these rules: the processor reports each problem as a compile error on the
 * annotation it is about, and nothing else checks the deployment settings again.
 */
public final class DeploymentChecks {

    static final int MAX_TAGS = 50;
    /** The workflow's own tags: the SAM template adds {@link SamTemplateWriter#SAM_TAG_KEY} to them. */
    static final int MAX_OWN_TAGS = MAX_TAGS - 1;
    static final int MAX_TAG_KEY = 128;
    static final int MAX_TAG_VALUE = 256;
    static final int MAX_NAME = 80;
    static final int MAX_ALIAS_DESCRIPTION = 256;
    static final int MAX_INTERVAL_MINUTES = 2100;
    /** Step Functions' Arn shape (role, log group, version ARNs), and the schema's RoleArn and LogGroupArn. */
    static final int MAX_ARN = 256;

    private static final Pattern LOG_GROUP_ARN =
            Pattern.compile("arn:aws[a-z-]*:logs:[a-z0-9-]+:\\d{12}:log-group:[.\\-_/#A-Za-z0-9]{1,512}:\\*");
    private static final Pattern ROLE_ARN =
            Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/(?:[\\x21-\\x7E]*/)?[\\w+=,.@-]{1,64}");
    /** Letters, digits, _ . - only, and not digits alone: a number would read as a version. */
    /** A published version of a state machine: its ARN with the version number as qualifier. */
    private static final Pattern VERSION_ARN =
            Pattern.compile("arn:aws[a-z-]*:states:[a-z0-9-]+:\\d{12}:stateMachine:[^:\\s]+:\\d+");
    private static final Pattern ALIAS_NAME = Pattern.compile("(?=.*[a-zA-Z_.-])[a-zA-Z0-9_.-]+");
    private static final Pattern TAG_TEXT = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
    /**
     * What CreateStateMachine's name must not contain: white space (any Unicode separator, not just ASCII's),
     * brackets, wildcards, the listed specials, control characters, U+FFFE-FFFF, unpaired surrogates and U+10FFFF.
     */
    private static final Pattern NAME_FORBIDDEN = Pattern.compile(
            "[\\s\\p{Z}<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\x00-\\x1F\\x7F-\\x9F\\x{FFFE}\\x{FFFF}\\p{Cs}\\x{10FFFF}]");
    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z0-9]{1,255}");

    private DeploymentChecks() {
    }

    public static List<DeploymentProblem> check(DeploymentSpec spec) {
        List<DeploymentProblem> problems = new ArrayList<>();
        checkName(spec.stateMachineName(), problems);
        checkTags(spec.tags(), problems);
        if (spec.logging().enabled() && spec.logging().logGroupArn() != null) {
            checkLogGroupArn(spec.logging().logGroupArn(), problems);
        }
        if (spec.roleArn() != null) {
            checkRoleArn(spec.roleArn(), problems);
        }
        if (spec.publish() != null) {
            checkPublish(spec.publish(), problems);
        }
        spec.placeholders().forEach(name -> checkPlaceholder(name, spec.tasks(), problems));
        for (int index = 0; index < spec.statusRules().size(); index++) {
            checkStatusRule(spec.statusRules().get(index), spec.type(), index, problems);
        }
        return List.copyOf(problems);
    }

    private static void checkName(String name, List<DeploymentProblem> problems) {
        if (name.isEmpty() || name.length() > MAX_NAME) {
            problems.add(new DeploymentProblem(Kind.STATE_MACHINE_NAME, "state machine name \"" + abbreviate(name)
                    + "\" must have 1 to " + MAX_NAME + " characters, not " + name.length()));
        }
        var forbidden = NAME_FORBIDDEN.matcher(name);
        if (forbidden.find()) {
            problems.add(new DeploymentProblem(Kind.STATE_MACHINE_NAME, "state machine name \"" + name
                    + "\" must not contain '" + printable(forbidden.group()) + "' (no white space, brackets, wildcards,"
                    + " control characters, non-characters or any of \" # % \\ ^ | ~ ` $ & , ; : /)"));
        }
    }

    private static void checkTags(List<ResourceTag> tags, List<DeploymentProblem> problems) {
        if (tags.size() > MAX_OWN_TAGS) {
            problems.add(new DeploymentProblem(Kind.TOO_MANY_TAGS, "a state machine takes at most " + MAX_TAGS
                    + " tags, and its SAM template adds " + SamTemplateWriter.SAM_TAG_KEY + ", so a workflow may declare "
                    + MAX_OWN_TAGS + ", not " + tags.size(), MAX_OWN_TAGS));
        }
        Set<String> keys = new HashSet<>();
        for (int index = 0; index < tags.size(); index++) {
            ResourceTag tag = tags.get(index);
            String key = abbreviate(tag.key());
            if (tag.key().isEmpty() || tag.key().length() > MAX_TAG_KEY) {
                problems.add(new DeploymentProblem(Kind.TAG_KEY_LENGTH, tag.key().isEmpty()
                        ? "a tag key must not be empty"
                        : "tag key \"" + key + "\" is " + tag.key().length() + " characters; the limit is " + MAX_TAG_KEY,
                        index));
            }
            if (tag.key().toLowerCase(Locale.ROOT).startsWith("aws:")) {
                problems.add(new DeploymentProblem(Kind.TAG_KEY_RESERVED, "tag key \"" + key
                        + "\" must not start with \"aws:\", which AWS reserves for its own tags", index));
            }
            if (tag.key().equals(SamTemplateWriter.SAM_TAG_KEY)) {
                problems.add(new DeploymentProblem(Kind.TAG_KEY_RESERVED, "tag key \"" + tag.key() + "\" is the one SAM "
                        + "sets on the state machines and roles it creates, so the SAM template would carry it twice",
                        index));
            }
            if (tag.value().isEmpty() || tag.value().length() > MAX_TAG_VALUE) {
                problems.add(new DeploymentProblem(Kind.TAG_VALUE_LENGTH, tag.value().isEmpty()
                        ? "tag value for \"" + key + "\" must not be empty"
                        : "tag value for \"" + key + "\" is " + tag.value().length() + " characters; the limit is "
                                + MAX_TAG_VALUE, index));
            }
            if (!TAG_TEXT.matcher(tag.key()).matches() || !TAG_TEXT.matcher(tag.value()).matches()) {
                problems.add(new DeploymentProblem(Kind.TAG_CHARACTERS, "tag \"" + key + "\" may use only letters, "
                        + "digits, white space and _ . : / = + - @", index));
            }
            if (!keys.add(tag.key())) {
                problems.add(new DeploymentProblem(Kind.DUPLICATE_TAG_KEY, "tag key \"" + key
                        + "\" is declared twice; a state machine has one value per tag key", index));
            }
        }
    }

    private static void checkLogGroupArn(String arn, List<DeploymentProblem> problems) {
        if (LOG_GROUP_ARN.matcher(arn).matches()) {
            checkArnLength(arn, Kind.LOG_GROUP_ARN, -1, problems);
            return;
        }
        String fix = LOG_GROUP_ARN.matcher(arn + ":*").matches()
                ? "Step Functions wants the ARN that ends with ':*' (" + arn + ":*)"
                : "use arn:<partition>:logs:<region>:<account>:log-group:<name>:*";
        problems.add(new DeploymentProblem(Kind.LOG_GROUP_ARN, "\"" + arn
                + "\" is not a log group ARN ending in :*; " + fix));
    }

    private static void checkRoleArn(String arn, List<DeploymentProblem> problems) {
        if (!ROLE_ARN.matcher(arn).matches()) {
            problems.add(new DeploymentProblem(Kind.ROLE_ARN, "\"" + arn + "\" is not an IAM role ARN; use "
                    + "arn:<partition>:iam::<12-digit account>:role/<path/name>"));
        } else {
            checkArnLength(arn, Kind.ROLE_ARN, -1, problems);
        }
    }

    /** An ARN of the right form may still be longer than the state machine and alias take. */
    private static void checkArnLength(String arn, Kind kind, int index, List<DeploymentProblem> problems) {
        if (arn.length() > MAX_ARN) {
            problems.add(new DeploymentProblem(kind, "\"" + abbreviate(arn) + "\" is " + arn.length()
                    + " characters; Step Functions takes ARNs of at most " + MAX_ARN, index));
        }
    }

    private static void checkPublish(PublishSpec publish, List<DeploymentProblem> problems) {
        String alias = publish.alias();
        if (alias.isEmpty() || alias.length() > MAX_NAME || !ALIAS_NAME.matcher(alias).matches()) {
            problems.add(new DeploymentProblem(Kind.ALIAS_NAME, "alias \"" + abbreviate(alias) + "\" is invalid: use 1 to "
                    + MAX_NAME + " letters, digits, '_', '.' or '-', and not only digits (numbers name versions)"));
        }
        String description = publish.description();
        if (description != null && description.length() > MAX_ALIAS_DESCRIPTION) {
            problems.add(new DeploymentProblem(Kind.ALIAS_DESCRIPTION, "the alias description is "
                    + description.length() + " characters; the limit is " + MAX_ALIAS_DESCRIPTION));
        }
        if (publish.preference() != null) {
            checkPreference(publish.preference(), problems);
        }
        if (!publish.routing().isEmpty()) {
            if (publish.preference() != null) {
                problems.add(new DeploymentProblem(Kind.GRADUAL_WITH_ROUTING, "an alias either shifts traffic by a "
                        + publish.preference().type() + " deployment or splits it by fixed routing weights; keep one"));
            }
            checkRouting(publish.routing(), problems);
        }
    }

    private static void checkPreference(DeploymentPreference preference, List<DeploymentProblem> problems) {
        Integer percentage = preference.percentage();
        Integer interval = preference.intervalMinutes();
        if (preference.type() == DeploymentPreference.Type.ALL_AT_ONCE) {
            if (percentage != null || interval != null) {
                problems.add(new DeploymentProblem(Kind.ALL_AT_ONCE_INCREMENTS, "an ALL_AT_ONCE deployment shifts "
                        + "all traffic at once: it takes no percentage or interval; choose CANARY or LINEAR to shift "
                        + "gradually"));
            }
            return;
        }
        if (percentage == null || percentage < 1 || percentage > 99) {
            problems.add(new DeploymentProblem(Kind.DEPLOYMENT_PERCENTAGE, "a " + preference.type()
                    + " deployment needs a percentage from 1 to 99 per increment" + was(percentage)));
        }
        if (interval == null || interval < 1 || interval > MAX_INTERVAL_MINUTES) {
            problems.add(new DeploymentProblem(Kind.DEPLOYMENT_INTERVAL, "a " + preference.type()
                    + " deployment needs an interval from 1 to " + MAX_INTERVAL_MINUTES + " minutes" + was(interval)));
        }
    }

    private static void checkRouting(List<RoutingWeight> routing, List<DeploymentProblem> problems) {
        if (routing.size() > AliasRouting.MAX_ROUTES) {
            problems.add(new DeploymentProblem(Kind.ROUTING_VERSIONS, "an alias routes to at most "
                    + AliasRouting.MAX_ROUTES + " versions, not " + routing.size(), AliasRouting.MAX_ROUTES));
        }
        int sum = 0;
        Set<String> versions = new HashSet<>();
        for (int index = 0; index < routing.size(); index++) {
            RoutingWeight weight = routing.get(index);
            if (!AliasRouting.isValidWeight(weight.weight())) {
                problems.add(new DeploymentProblem(Kind.ROUTING_WEIGHT_RANGE, "a routing weight is a percentage"
                        + " from 0 to " + AliasRouting.TOTAL_WEIGHT + ", not " + weight.weight(), index));
            }
            sum += weight.weight();
            if (!weight.isNewVersion()) {
                checkVersionArn(weight.versionArn(), index, problems);
            }
            String version = weight.isNewVersion() ? "the new version" : weight.versionArn();
            if (!versions.add(version)) {
                problems.add(new DeploymentProblem(Kind.ROUTING_VERSIONS, "routing names " + version + " twice",
                        index));
            }
        }
        if (sum != AliasRouting.TOTAL_WEIGHT) {
            problems.add(new DeploymentProblem(Kind.ROUTING_WEIGHTS_SUM,
                    "routing weights must add up to " + AliasRouting.TOTAL_WEIGHT + ", not " + sum));
        }
    }

    /** An alias routes to versions only (the API's RoutingConfigurationListItem): not to an alias or a name. */
    private static void checkVersionArn(String arn, int index, List<DeploymentProblem> problems) {
        if (!VERSION_ARN.matcher(arn).matches()) {
            problems.add(new DeploymentProblem(Kind.ROUTING_VERSIONS, "routing names \"" + arn + "\", which is not "
                    + "a state machine version ARN; use arn:<partition>:states:<region>:<account>:stateMachine:"
                    + "<name>:<version number>, or leave version empty for the version this deployment publishes",
                    index));
        } else {
            checkArnLength(arn, Kind.ROUTING_VERSIONS, index, problems);
        }
    }

    private static void checkPlaceholder(String name, List<TaskResource> tasks, List<DeploymentProblem> problems) {
        if (!PARAMETER_NAME.matcher(name).matches()) {
            int task = 0;
            while (task < tasks.size() && !Placeholders.in(List.of(tasks.get(task))).contains(name)) {
                task++;
            }
            problems.add(new DeploymentProblem(Kind.PLACEHOLDER_NAME, "placeholder \"${" + name + "}\" becomes a "
                    + "template parameter, so its name must be 1 to 255 letters and digits",
                    task < tasks.size() ? task : -1));
        }
    }

    private static void checkStatusRule(StatusChangeRule rule, StateMachineType type, int index,
                                        List<DeploymentProblem> problems) {
        // AWS's "Automating Step Functions event delivery with EventBridge": status changes come from Standard
        // workflows only, so a rule on an Express one would never fire
        if (type == StateMachineType.EXPRESS) {
            problems.add(new DeploymentProblem(Kind.STATUS_EXPRESS, "Step Functions sends EventBridge the status "
                    + "changes of Standard workflows only, so this rule would never fire for an Express workflow; "
                    + "remove @OnStatusChange, or make the workflow STANDARD", index));
        }
        if (rule.statuses().isEmpty()) {
            problems.add(new DeploymentProblem(Kind.STATUS_NONE, "an @OnStatusChange rule needs at least one status, "
                    + "e.g. statuses = {FAILED, TIMED_OUT}", index));
        }
        if (StatusTargets.of(rule.target()).isEmpty()) {
            problems.add(new DeploymentProblem(Kind.STATUS_TARGET, "\"" + abbreviate(rule.target()) + "\" is not the ARN "
                    + "of an SNS topic, SQS queue, Lambda function, state machine or event bus, which EventBridge can "
                    + "send the events to (its partition, region and account may be ${AWS::Partition}, ${AWS::Region} "
                    + "and ${AWS::AccountId})", index));
        }
    }

    private static String was(Integer value) {
        return value == null ? "" : ", not " + value;
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "...";
    }

    /** A character a reader could not see or tell apart, as its code point. */
    private static String printable(String character) {
        int c = character.codePointAt(0);
        return Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.SURROGATE || c == 0xFFFE || c == 0xFFFF || c == 0x10FFFF
                ? String.format("\\u%04X", c)
                : character;
    }
}
