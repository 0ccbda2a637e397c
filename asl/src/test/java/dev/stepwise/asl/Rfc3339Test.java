package dev.stepwise.asl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Rfc3339Test {

    @ParameterizedTest
    @ValueSource(strings = {"2016-03-14T01:59:00Z", "2016-03-14T01:59:00.5Z", "2016-03-14T01:59:00+05:30",
            "2024-02-29T23:59:59-08:00", "2016-03-05T21:29:29.243167252Z", "2024-01-31T12:00:00.123456789+05:30"})
    void acceptsRfc3339WithUppercaseTAndAZone(String timestamp) {
        assertThat(Rfc3339.isTimestamp(timestamp)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-13-05T21:29:29Z", "05-12-2016T21:29:29Z", "2016-12-05T25:29:29Z",
            "2016-12-05 21:29:29Z", "2016-12-05T21:29:29", "2016-12-05t21:29:29z", "2016-12-05T21:29:29z",
            "2023-02-29T00:00:00Z", "2024-02-30T12:00:00Z", "2024-01-31", "2016-03-14T01:59Z",
            "2016-03-14T01:59:00.Z", "2016-03-14T01:59:00.1234567890Z", "2016-03-14T01:59:00+0100",
            "{% '2016-03-14T01:59:00Z' %}", ""})
    void rejectsEverythingElse(String timestamp) {
        assertThat(Rfc3339.isTimestamp(timestamp)).isFalse();
        assertThat(Rfc3339.parse(timestamp)).isEmpty();
    }

    @Test
    void parsesToTheInstantItNames() {
        assertThat(Rfc3339.parse("2016-03-14T02:59:00.25+01:00")).contains(Instant.parse("2016-03-14T01:59:00.25Z"));
        assertThat(Rfc3339.parse(null)).isEmpty();
    }
}
