package dev.stepwise.asl.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8TextTest {

    @Test
    void utf8TextIsDecodedWhole() {
        String text = "{\"café\": \"日本\", \"emoji\": \"\uD83D\uDE00\"}\n";

        assertThat(Utf8Text.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        assertThat(Utf8Text.decode(new byte[0])).isEmpty();
    }

    @Test
    void theFirstByteThatIsNotUtf8IsNamedWithItsLine() {
        byte[] latin1 = "{\n  \"a\": \"ok\",\n  \"b\": \"café\"\n}".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> Utf8Text.decode(latin1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the byte 0xE9 on line 3 is not UTF-8 (JSON is UTF-8 text); save the file as UTF-8");
    }

    @Test
    void aSequenceCutShortAtTheEndIsNotUtf8() {
        byte[] cut = {'"', 'a', (byte) 0xE6, (byte) 0x97};

        assertThatThrownBy(() -> Utf8Text.decode(cut)).hasMessageStartingWith("the byte 0xE6 on line 1 ");
    }
}
