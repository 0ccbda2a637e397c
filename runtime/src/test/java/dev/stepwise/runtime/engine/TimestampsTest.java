package dev.stepwise.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    private static final DateTimeFormatter REFERENCE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-01T00:00:00Z", "1970-01-01T00:00:00.001Z", "2024-02-29T23:59:59.999999999Z",
            "0999-12-31T05:06:07.080Z", "9999-12-31T23:59:59.5Z", "2026-11-25T18:14:53.120Z"})
    void writesMillisecondsInUtcAsTheFormatterDoes(String text) {
        Instant instant = Instant.parse(text);
        assertThat(Timestamps.format(instant)).isEqualTo(REFERENCE.format(instant));
    }

    @Test
    void truncatesRatherThanRoundsSubMilliseconds() {
        assertThat(Timestamps.format(Instant.parse("2024-05-06T07:08:09.123999Z")))
                .isEqualTo("2024-05-06T07:08:09.123Z");
    }

    @Test
    void yearsBeyondFourDigitsStillFormat() {
        Instant far = Instant.parse("+10000-01-01T00:00:00Z");
        assertThat(Timestamps.format(far)).isEqualTo(REFERENCE.format(far));
    }
}
