package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.data.JsonBinding;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.workflow.TaskJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Java values a workflow's types commonly hold bind alike in the generated code ({@code TaskJson}) and in the
 * runtime ({@code JsonBinding.MAPPER}: typed inputs, {@code outputAs}): {@code java.time} and {@code Optional}
 * through the Jackson modules a project adds, dates as the ISO-8601 text Step Functions' timestamps use.
 */
class JavaValuesBindAlikeTest {

    public record Booking(Instant at, LocalDate day, OffsetDateTime local, Optional<String> note,
            Optional<String> none, BigDecimal amount) {
    }

    private static final Booking BOOKING = new Booking(Instant.parse("2026-01-02T03:04:05Z"),
            LocalDate.of(2026, 1, 2), OffsetDateTime.of(2026, 1, 2, 4, 4, 5, 0, ZoneOffset.ofHours(1)),
            Optional.of("window seat"), Optional.empty(), new BigDecimal("249.00"));

    @Test
    void theGeneratedCodeAndTheRuntimeWriteTheSameIsoJson() throws Exception {
        JsonNode generated = Json.parse(TaskJson.write(BOOKING));
        JsonNode runtime = JsonBinding.MAPPER.valueToTree(BOOKING);

        assertThat(runtime).isEqualTo(generated);
        assertThat(Json.write(generated)).isEqualTo("{\"at\":\"2026-01-02T03:04:05Z\",\"day\":\"2026-01-02\","
                + "\"local\":\"2026-01-02T04:04:05+01:00\",\"note\":\"window seat\",\"none\":null,\"amount\":249.00}");
        // read back alike too: an offset date-time as the same instant in UTC, Jackson's default
        Booking readBack = new Booking(BOOKING.at(), BOOKING.day(), BOOKING.local().withOffsetSameInstant(
                ZoneOffset.UTC), BOOKING.note(), BOOKING.none(), BOOKING.amount());
        assertThat(TaskJson.read(Json.write(generated), Booking.class)).isEqualTo(readBack);
        assertThat(JsonBinding.MAPPER.treeToValue(runtime, Booking.class)).isEqualTo(readBack);
    }

    @Test
    void aTypedInputsInstantIsATimestampChoiceRulesCompare() {
        String definition = "{'StartAt':'When','States':{'When':{'Type':'Choice','Choices':[{'Variable':'$.at',"
                + "'TimestampEquals':'2026-01-02T03:04:05Z','Next':'OnTime'}],'Default':'Late'},"
                + "'OnTime':{'Type':'Succeed'},'Late':{'Type':'Fail','Error':'Late'}}}";
        try (LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build()) {
            Execution run = runtime.start(runtime.load("Booking", json(definition)),
                    JsonBinding.MAPPER.<JsonNode>valueToTree(BOOKING)).await();

            assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        }
    }
}
