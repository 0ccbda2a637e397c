package dev.stepwise.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import org.junit.jupiter.api.Test;

class FlakyTaskTest {

    private final FlakyTask task = new FlakyTask();

    private JsonNode id(int id) {
        return Json.NODES.objectNode().put("id", id);
    }

    @Test
    void failsTwicePerExecutionThenReturnsItsAttempts() throws Exception {
        assertThatThrownBy(() -> task.handle(id(1), null)).isInstanceOf(FlakyTask.CustomError.class)
                .hasMessage("attempt 1 failed");
        assertThatThrownBy(() -> task.handle(id(2), null)).hasMessage("attempt 1 failed");
        assertThatThrownBy(() -> task.handle(id(1), null)).hasMessage("attempt 2 failed");

        assertThat(task.handle(id(1), null)).isEqualTo(Json.parse("{\"ok\":true,\"attempts\":3,\"id\":1}"));
        assertThatThrownBy(() -> task.handle(id(1), null)).as("a new execution with the same id starts over")
                .hasMessage("attempt 1 failed");
    }

    @Test
    void itsErrorNameIsWhatTheRetryMatches() {
        assertThat(dev.stepwise.runtime.task.TaskErrors.fromException(new FlakyTask.CustomError("x")).error())
                .isEqualTo("CustomError");
    }
}
