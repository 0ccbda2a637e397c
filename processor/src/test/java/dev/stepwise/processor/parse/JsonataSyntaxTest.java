package dev.stepwise.processor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonataSyntaxTest {

    @Test
    void unwrapsAnExpressionWithOrWithoutItsDelimiters() {
        assertThat(JsonataSyntax.unwrap("  {% $states.input.a %} ")).isEqualTo("$states.input.a");
        assertThat(JsonataSyntax.unwrap("$states.input.a")).isEqualTo("$states.input.a");
        assertThat(JsonataSyntax.wrap("$x")).isEqualTo("{% $x %}");
    }

    @Test
    void overlappingDelimitersAreNoWrappedExpressionButASyntaxError() {
        assertThat(JsonataSyntax.isWrapped("{%}")).isFalse();
        assertThat(JsonataSyntax.unwrap("{%}")).isEqualTo("{%}");
        assertThat(JsonataSyntax.check("{%}")).isPresent();
        assertThat(JsonataSyntax.isWrapped("{%%}")).isTrue();
    }
}
