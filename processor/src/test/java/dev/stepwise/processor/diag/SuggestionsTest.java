package dev.stepwise.processor.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void suggestsTheNearestNameWithinTypoDistance() {
        assertThat(Suggestions.didYouMean("chrage", List.of("charge", "reserve", "done")))
                .isEqualTo("; did you mean \"charge\"?");
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertThat(Suggestions.didYouMean("shipping", List.of("charge", "done"))).isEmpty();
    }

    @Test
    void distanceCountsEdits() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    }
}
