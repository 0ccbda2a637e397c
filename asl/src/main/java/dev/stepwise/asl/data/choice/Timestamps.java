package dev.stepwise.asl.data.choice;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * What a Choice rule accepts as a timestamp: RFC 3339 with an uppercase {@code T}, seconds, optional fraction and
 * a zone that is {@code Z} or an offset ({@code 2024-01-31T12:00:00Z}, {@code 2024-01-31T12:00:00.5+01:00}).
 * A date alone, a missing zone or a lowercase {@code t}/{@code z} is not a timestamp.
 */
final class Timestamps {

    private static final Pattern SHAPE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

    private Timestamps() {
    }

    /** The instant, or {@code null} when the text is not a timestamp (including impossible dates). */
    static Instant parse(String text) {
        if (!SHAPE.matcher(text).matches()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
