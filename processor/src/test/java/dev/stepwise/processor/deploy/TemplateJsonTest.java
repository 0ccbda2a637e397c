package dev.stepwise.processor.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateJsonTest {

    @Test
    void writesTwoSpaceIndentOneArrayElementPerLineAndUnixLineEnds() {
        assertThat(TemplateJson.write(SampleSpecs.json("{\"b\": [1, {\"c\": null}], \"a\": \"x\"}"))).isEqualTo("""
                {
                  "b": [
                    1,
                    {
                      "c": null
                    }
                  ],
                  "a": "x"
                }
                """);
    }
}
