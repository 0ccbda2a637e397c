package dev.stepwise.processor.deploy;

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
 */
public final class DeploymentChecks {

    static final int MAX_TAGS = 50;
    static final int MAX_TAG_KEY = 128;
    static final int MAX_TAG_VALUE = 256;
    static final int MAX_NAME = 80;
    static final int MAX_ALIAS_DESCRIPTION = 256;
    static final int MAX_INTERVAL_MINUTES = 2100;

    private static final Pattern LOG_GROUP_ARN =
            Pattern.compile("arn:aws[a-z-]*:logs:[a-z0-9-]+:\\d{12}:log-group:[.\\-_/#A-Za-z0-9]{1,512}:\\*");
    private static final Pattern ROLE_ARN =
            Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/(?:[\\x21-\\x7E]*/)?[\\w+=,.@-]{1,64}");
    /** Letters, digits, _ . - only, and not digits alone: a number would read as a version. */
    private static final Pattern ALIAS_NAME = Pattern.compile("(?=.*[a-zA-Z_.-])[a-zA-Z0-9_.-]+");
    private static final Pattern TAG_TEXT = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
    private static final Pattern NAME_FORBIDDEN =
            Pattern.compile("[\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\x00-\\x1F\\x7F-\\x9F]");
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
        spec.placeholders().forEach(name -> checkPlaceholder(name, problems));
        return List.copyOf(problems);
    }

    private static void checkName(String name, List<DeploymentProblem> problems) {
        if (name.isEmpty() || name.length() > MAX_NAME) {
            problems.add(new DeploymentProblem(Kind.STATE_MACHINE_NAME,
                    "state machine name '" + name + "' must have 1 to " + MAX_NAME + " characters, not " + name.length()));
        }
        var forbidden = NAME_FORBIDDEN.matcher(name);
        if (forbidden.find()) {
            problems.add(new DeploymentProblem(Kind.STATE_MACHINE_NAME, "state machine name '" + name
                    + "' must not contain '" + printable(forbidden.group()) + "' (no white space, brackets, wildcards,"
                    + " control characters or any of \" # % \\ ^ | ~ ` $ & , ; : /)"));
        }
    }

    private static void checkTags(List<ResourceTag> tags, List<DeploymentProblem> problems) {
        if (tags.size() > MAX_TAGS) {
            problems.add(new DeploymentProblem(Kind.TOO_MANY_TAGS,
                    "a state machine takes at most " + MAX_TAGS + " tags, not " + tags.size()));
        }
        Set<String> keys = new HashSet<>();
        for (ResourceTag tag : tags) {
            String key = tag.key();
            if (key.isEmpty() || key.length() > MAX_TAG_KEY) {
                problems.add(new DeploymentProblem(Kind.TAG_KEY_LENGTH,
                        "tag key '" + key + "' must have 1 to " + MAX_TAG_KEY + " characters, not " + key.length()));
            }
            if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
                problems.add(new DeploymentProblem(Kind.TAG_KEY_RESERVED,
                        "tag key '" + key + "' must not start with 'aws:', which AWS reserves for its own tags"));
            }
            if (tag.value().isEmpty() || tag.value().length() > MAX_TAG_VALUE) {
                problems.add(new DeploymentProblem(Kind.TAG_VALUE_LENGTH, "value of tag '" + key
                        + "' must have 1 to " + MAX_TAG_VALUE + " characters, not " + tag.value().length()));
            }
            if (!TAG_TEXT.matcher(key).matches() || !TAG_TEXT.matcher(tag.value()).matches()) {
                problems.add(new DeploymentProblem(Kind.TAG_CHARACTERS, "tag '" + key + "' may use only letters, "
                        + "digits, white space and _ . : / = + - @"));
            }
            if (!keys.add(key)) {
                problems.add(new DeploymentProblem(Kind.DUPLICATE_TAG_KEY, "tag key '" + key + "' is given twice"));
            }
        }
    }

    private static void checkLogGroupArn(String arn, List<DeploymentProblem> problems) {
        if (LOG_GROUP_ARN.matcher(arn).matches()) {
            return;
        }
        String hint = LOG_GROUP_ARN.matcher(arn + ":*").matches()
                ? "; Step Functions wants the ARN that ends with ':*' (" + arn + ":*)"
                : "";
        problems.add(new DeploymentProblem(Kind.LOG_GROUP_ARN, "log group '" + arn
                + "' is not a log group ARN of the form arn:<partition>:logs:<region>:<account>:log-group:<name>:*"
                + hint));
    }

    private static void checkRoleArn(String arn, List<DeploymentProblem> problems) {
        if (!ROLE_ARN.matcher(arn).matches()) {
            problems.add(new DeploymentProblem(Kind.ROLE_ARN, "execution role '" + arn
                    + "' is not a role ARN of the form arn:<partition>:iam::<12-digit account>:role/<path/name>"));
        }
    }

    private static void checkPublish(PublishSpec publish, List<DeploymentProblem> problems) {
        String alias = publish.alias();
        if (alias.isEmpty() || alias.length() > MAX_NAME || !ALIAS_NAME.matcher(alias).matches()) {
            problems.add(new DeploymentProblem(Kind.ALIAS_NAME, "alias name '" + alias + "' must have 1 to "
                    + MAX_NAME + " letters, digits, '_', '.' or '-', and not be a number (numbers name versions)"));
        }
        String description = publish.description();
        if (description != null && description.length() > MAX_ALIAS_DESCRIPTION) {
            problems.add(new DeploymentProblem(Kind.ALIAS_DESCRIPTION, "alias description must have at most "
                    + MAX_ALIAS_DESCRIPTION + " characters, not " + description.length()));
        }
        if (publish.preference() != null) {
            checkPreference(publish.preference(), problems);
        }
        if (!publish.routing().isEmpty()) {
            checkRouting(publish.routing(), problems);
        }
    }

    private static void checkPreference(DeploymentPreference preference, List<DeploymentProblem> problems) {
        if (preference.type() == DeploymentPreference.Type.ALL_AT_ONCE) {
            if (preference.percentage() != null || preference.intervalMinutes() != null) {
                problems.add(new DeploymentProblem(Kind.DEPLOYMENT_PREFERENCE,
                        "an ALL_AT_ONCE deployment shifts all traffic at once: it takes no percentage or interval"));
            }
            return;
        }
        Integer percentage = preference.percentage();
        if (percentage == null || percentage < 1 || percentage > 99) {
            problems.add(new DeploymentProblem(Kind.DEPLOYMENT_PREFERENCE, "a " + preference.type()
                    + " deployment needs a percentage from 1 to 99 per increment, not " + percentage));
        }
        Integer interval = preference.intervalMinutes();
        if (interval == null || interval < 1 || interval > MAX_INTERVAL_MINUTES) {
            problems.add(new DeploymentProblem(Kind.DEPLOYMENT_PREFERENCE, "a " + preference.type()
                    + " deployment needs an interval from 1 to " + MAX_INTERVAL_MINUTES + " minutes, not " + interval));
        }
    }

    private static void checkRouting(List<RoutingWeight> routing, List<DeploymentProblem> problems) {
        if (routing.size() > 2) {
            problems.add(new DeploymentProblem(Kind.ROUTING_WEIGHTS,
                    "an alias routes to at most 2 versions, not " + routing.size()));
        }
        int sum = 0;
        Set<String> versions = new HashSet<>();
        for (RoutingWeight weight : routing) {
            if (weight.weight() < 0 || weight.weight() > 100) {
                problems.add(new DeploymentProblem(Kind.ROUTING_WEIGHTS,
                        "a routing weight is a percentage from 0 to 100, not " + weight.weight()));
            }
            sum += weight.weight();
            String version = weight.isNewVersion() ? "the new version" : weight.versionArn();
            if (!versions.add(version)) {
                problems.add(new DeploymentProblem(Kind.ROUTING_WEIGHTS, "routing names " + version + " twice"));
            }
        }
        if (sum != 100) {
            problems.add(new DeploymentProblem(Kind.ROUTING_WEIGHTS,
                    "routing weights must add up to 100, not " + sum));
        }
    }

    private static void checkPlaceholder(String name, List<DeploymentProblem> problems) {
        if (!PARAMETER_NAME.matcher(name).matches()) {
            problems.add(new DeploymentProblem(Kind.PLACEHOLDER_NAME, "placeholder '${" + name + "}' becomes a "
                    + "template parameter, so its name must be 1 to 255 letters and digits"));
        }
    }

    private static String printable(String character) {
        char c = character.charAt(0);
        return Character.isISOControl(c) || Character.isWhitespace(c)
                ? String.format("\\u%04X", (int) c)
                : character;
    }
}
