package dev.stepwise.server.api;

import dev.stepwise.server.protocol.ApiException;
import java.util.regex.Pattern;

/**
 * AWS's rule for the names of state machines, executions and activities: 1 to 80 characters, none of them
 * whitespace, brackets ({@code < > { } [ ]}), wildcards ({@code ? *}), the specials {@code " # % \ ^ | ~ ` $ & , ; :
 * /} or control characters.
 */
final class Names {

    private static final Pattern FORBIDDEN = Pattern.compile("[\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\p{Cntrl}]");

    private Names() {
    }

    /** @throws ApiException {@code InvalidName} */
    static String check(String name) {
        if (name.isEmpty() || name.length() > 80 || FORBIDDEN.matcher(name).find()) {
            throw new ApiException("InvalidName", "Invalid Name: '" + name + "'");
        }
        return name;
    }
}
