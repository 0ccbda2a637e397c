package dev.stepwise.processor.parse;

import java.util.regex.Pattern;

/** RFC 3339 timestamps as Step Functions accepts them: uppercase T and Z, or a numeric offset. */
final class Timestamps {

    private static final Pattern RFC_3339 = Pattern.compile(
            "\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private Timestamps() {
    }

    static boolean isValid(String text) {
        return RFC_3339.matcher(text).matches();
    }
}
