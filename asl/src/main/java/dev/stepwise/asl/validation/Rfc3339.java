package dev.stepwise.asl.validation;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** RFC 3339 timestamps as Step Functions takes them: uppercase {@code T}, and a {@code Z} or numeric offset. */
final class Rfc3339 {

    private static final Pattern SHAPE =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private Rfc3339() {
    }

    static boolean isTimestamp(String text) {
        if (!SHAPE.matcher(text).matches()) {
            return false;
        }
        try {
            // The shape is right; the parser also rejects month 13, hour 25 and the like.
            OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
