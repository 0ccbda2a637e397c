package dev.stepwise.runtime.engine.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.ItemReaderInputType;
import dev.stepwise.asl.error.StatesError;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectItemsTest {

    @Test
    void csvQuotedFieldsHoldDelimitersLineBreaksAndQuotes() {
        String csv = "\uFEFFA,B\r\n\"1,2\",\"line\nbreak\"\n\"say \"\"hi\"\"\",\n";

        assertThat(ObjectItems.read(ItemReaderInputType.CSV, csv, null, ',', 0)).isEqualTo(Json.parse(
                "[{\"A\":\"1,2\",\"B\":\"line\\nbreak\"},{\"A\":\"say \\\"hi\\\"\",\"B\":\"\"}]"));
    }

    @Test
    void csvKeepsSpacesAndReadsEveryValueAsText() {
        assertThat(ObjectItems.read(ItemReaderInputType.CSV, "   ,true,1\n", List.of("x", "y", "z"), ',', 0))
                .isEqualTo(Json.parse("[{\"x\":\"   \",\"y\":\"true\",\"z\":\"1\"}]"));
    }

    @Test
    void csvWithOnlyAHeaderRowOrNothingHasNoItems() {
        assertThat(ObjectItems.read(ItemReaderInputType.CSV, "A,B\n", null, ',', 0)).isEmpty();
        assertThat(ObjectItems.read(ItemReaderInputType.CSV, "", null, ',', 0)).isEmpty();
    }

    @Test
    void duplicateHeadersInTheFirstRowFailToo() {
        assertThatThrownBy(() -> ObjectItems.read(ItemReaderInputType.CSV, "A,A\n1,2\n", null, ',', 0))
                .isInstanceOfSatisfying(StatesError.class, e -> {
                    assertThat(e.error()).isEqualTo("States.ItemReaderFailed");
                    assertThat(e.cause()).isEqualTo("CSV headers cannot contain duplicates.");
                });
    }

    @Test
    void limitsCutEveryFormat() {
        assertThat(ObjectItems.read(ItemReaderInputType.JSON, "[1,2,3]", null, ',', 2)).hasSize(2);
        assertThat(ObjectItems.read(ItemReaderInputType.JSONL, "1\n2\n3\n", null, ',', 2)).hasSize(2);
        assertThat(ObjectItems.read(ItemReaderInputType.CSV, "A\n1\n2\n3\n", null, ',', 2)).hasSize(2);
        assertThat(ObjectItems.read(ItemReaderInputType.JSON, "[1,2,3]", null, ',', 0)).hasSize(3);
    }

    @Test
    void malformedJsonAndJsonLinesFailTheReader() {
        assertThatThrownBy(() -> ObjectItems.read(ItemReaderInputType.JSON, "[1,", null, ',', 0))
                .isInstanceOfSatisfying(StatesError.class,
                        e -> assertThat(e.error()).isEqualTo("States.ItemReaderFailed"));
        assertThatThrownBy(() -> ObjectItems.read(ItemReaderInputType.JSONL, "1\n{oops\n", null, ',', 0))
                .isInstanceOfSatisfying(StatesError.class, e -> assertThat(e.cause()).startsWith("Line 2 "));
    }

    @Test
    void formatsTheRuntimeDoesNotReadSaySo() {
        assertThatThrownBy(() -> ObjectItems.read(ItemReaderInputType.PARQUET, "", null, ',', 0))
                .isInstanceOfSatisfying(StatesError.class, e -> assertThat(e.cause()).contains("PARQUET"));
    }

    @Test
    void aListingPageNamesItsNextTokenOnlyWhenTruncated() {
        assertThat(ObjectListing.of(Json.parse("{\"Contents\":[{\"Key\":\"a\"}],\"IsTruncated\":true,"
                + "\"NextContinuationToken\":\"t\"}")).continuationToken()).isEqualTo("t");
        assertThat(ObjectListing.of(Json.parse("{\"Contents\":[],\"NextContinuationToken\":\"t\"}"))
                .continuationToken()).isNull();
        assertThat(ObjectListing.of(Json.parse("{\"KeyCount\":0}")).contents()).isEmpty();
        assertThatThrownBy(() -> ObjectListing.of(Json.parse("[]"))).isInstanceOf(StatesError.class);
    }
}
