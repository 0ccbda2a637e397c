package dev.stepwise.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.asl.data.Json;
import org.junit.jupiter.api.Test;

class JsonFileTest {

    @Test
    void writesTwoSpaceIndentOneArrayElementPerLineAndUnixLineEnds() {
        assertThat(JsonFile.TEMPLATE.write(Json.parse("{\"b\": [1, {\"c\": null}], \"a\": \"x\"}"))).isEqualTo("""
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

    @Test
    void definitionsWriteEmptyObjectsAndArraysTightTemplatesAsJacksonDoes() {
        String empty = "{\"o\": {}, \"a\": []}";
        assertThat(JsonFile.DEFINITION.write(Json.parse(empty))).isEqualTo("""
                {
                  "o": {},
                  "a": []
                }
                """);
        assertThat(JsonFile.TEMPLATE.write(Json.parse(empty))).isEqualTo("""
                {
                  "o": { },
                  "a": [ ]
                }
                """);
    }
}
