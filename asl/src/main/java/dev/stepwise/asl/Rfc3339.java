package dev.stepwise.asl;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What Step Functions takes as a timestamp, wherever it takes one: a Wait state's {@code Timestamp} (checked when
 * the machine is created) and {@code TimestampPath} value, the {@code Timestamp...} comparisons and
 * {@code IsTimestamp} of a Choice rule. RFC 3339 with an uppercase {@code T}, seconds, an optional fraction of up to
 * nine digits (AWS waits until {@code 2016-03-05T21:29:29.243167252Z}) and a zone that is an uppercase {@code Z} or
 * an offset such as {@code +01:00}. A date alone, a missing zone, a space or lowercase {@code t}/{@code z}, and
 * impossible dates (month 13, hour 25, February 30) are not timestamps.
 */
public final class Rfc3339 {

    private static final Pattern SHAPE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

    private Rfc3339() {
    }

    /** The instant the text names, or empty when it is not such a timestamp. */
    public static Optional<Instant> parse(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            // The shape is right; the parser also rejects month 13, hour 25 and the like.
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static boolean isTimestamp(String text) {
        return parse(text).isPresent();
    }
}
