package dev.stepwise.server.api;

import dev.stepwise.server.protocol.ApiException;
import java.util.Arrays;
import java.util.List;

/**
 * A Step Functions ARN taken apart: {@code arn:<partition>:states:<region>:<account>:<type>:<name>[:<more>...]},
 * e.g. {@code stateMachine:orders}, {@code stateMachine:orders:3} (a version), {@code stateMachine:orders:live} (an
 * alias), {@code execution:orders:run-1}, {@code activity:approve}.
 *
 * @param parts what follows the resource type, split at ':'
 */
record StatesArn(String text, String type, List<String> parts) {

    /** @throws ApiException {@code InvalidArn} when {@code text} is not a Step Functions ARN */
    static StatesArn parse(String text) {
        if (!text.startsWith("arn:")) { // AWS's words (LocalStack's AWS-validated test_sfn_api snapshot)
            throw new ApiException("InvalidArn", "Invalid Arn: 'Invalid ARN prefix: " + text + "'");
        }
        String[] fields = text.split(":", -1);
        if (fields.length < 7 || !fields[0].equals("arn") || fields[1].isEmpty() || !fields[2].equals("states")
                || fields[5].isEmpty() || Arrays.stream(fields, 6, fields.length).anyMatch(String::isEmpty)) {
            throw ApiException.invalidArn(text);
        }
        return new StatesArn(text, fields[5], List.of(Arrays.copyOfRange(fields, 6, fields.length)));
    }

    /**
     * An ARN of the given type.
     *
     * @throws ApiException {@code InvalidArn} otherwise, naming the type found as AWS does
     */
    static StatesArn parse(String text, String expectedType) {
        StatesArn arn = parse(text);
        if (!arn.type().equals(expectedType)) {
            throw new ApiException("InvalidArn", "Invalid Arn: 'Resource type not valid in this context: "
                    + arn.type() + "'");
        }
        arn.checkParts();
        return arn;
    }

    /**
     * Checks the number of parts its type has: a state machine's name and maybe a version or alias, an activity's
     * name, an execution's machine and name (an Express one's also an id).
     */
    StatesArn checkParts() {
        int[] allowed = switch (type) {
            case "stateMachine" -> new int[] {1, 2};
            case "activity" -> new int[] {1, 1};
            case "execution" -> new int[] {2, 2};
            case "express" -> new int[] {3, 3};
            default -> new int[] {1, Integer.MAX_VALUE};
        };
        if (parts.size() < allowed[0] || parts.size() > allowed[1]) {
            throw ApiException.invalidArn(text);
        }
        return this;
    }

    /** The state machine's name (the first part of a stateMachine, execution or express ARN). */
    String name() {
        return parts.get(0);
    }

    /** A version number or alias name after the state machine's name, or {@code null}. */
    String qualifier() {
        return type.equals("stateMachine") && parts.size() == 2 ? parts.get(1) : null;
    }

    /** The state machine's own ARN: this one without a qualifier. */
    String unqualified() {
        String qualifier = qualifier();
        return qualifier == null ? text : text.substring(0, text.length() - qualifier.length() - 1);
    }

    boolean isVersion() {
        String qualifier = qualifier();
        return qualifier != null && qualifier.chars().allMatch(Character::isDigit);
    }

    boolean isAlias() {
        return qualifier() != null && !isVersion();
    }
}
