package dev.stepwise.processor.deploy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ARN or condition value of {@code iam-actions.json} with slots for the call's arguments:
 * {@code arn:${AWS::Partition}:codebuild:${AWS::Region}:${AWS::AccountId}:project/{ProjectName}}. A slot is an
 * argument name in braces (no {@code $} before it, so CloudFormation's {@code ${AWS::Region}} is left alone).
 */
final class ArnTemplate {

    private static final Pattern SLOT = Pattern.compile("(?<!\\$)\\{([A-Za-z0-9]+)}");

    private ArnTemplate() {
    }

    /**
     * The template with each slot filled by the argument named in it; an argument chosen at run time or not passed
     * fills its slot with {@code *}, so the ARN matches whatever the call may reach ({@code job/{Name}*} becomes
     * {@code job/*}, not {@code job/**}).
     */
    static String fill(String template, TaskArguments args) {
        Matcher slot = SLOT.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (slot.find()) {
            TaskArguments.Argument argument = args.read(slot.group(1));
            slot.appendReplacement(filled, Matcher.quoteReplacement(argument.isStatic() ? argument.value() : "*"));
        }
        slot.appendTail(filled);
        return filled.toString().replaceAll("\\*{2,}", "*");
    }

    /** The template with every slot filled, or empty when an argument it names is not known at compile time. */
    static Optional<String> fillExactly(String template, TaskArguments args) {
        Matcher slot = SLOT.matcher(template);
        while (slot.find()) {
            if (!args.read(slot.group(1)).isStatic()) {
                return Optional.empty();
            }
        }
        return Optional.of(fill(template, args));
    }
}
