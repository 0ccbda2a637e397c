package dev.stepwise.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.runtime.task.TaskErrors;
import org.junit.jupiter.api.Test;

class FlakyTaskTest {

    private final FlakyTask task = new FlakyTask();

    private JsonNode id(int id) {
        return Json.NODES.objectNode().put("id", id);
    }

    @Test
    void failsTwicePerExecutionThenReturnsItsAttempts() throws Exception {
        assertThatThrownBy(() -> task.handle(id(1), null)).isInstanceOf(StatesError.class)
                .hasMessage("CustomError: attempt 1 failed");
        assertThatThrownBy(() -> task.handle(id(2), null)).hasMessage("CustomError: attempt 1 failed");
        assertThatThrownBy(() -> task.handle(id(1), null)).hasMessage("CustomError: attempt 2 failed");

        assertThat(task.handle(id(1), null)).isEqualTo(Json.parse("{\"ok\":true,\"attempts\":3,\"id\":1}"));
        assertThatThrownBy(() -> task.handle(id(1), null)).as("a new execution with the same id starts over")
                .hasMessage("CustomError: attempt 1 failed");
    }

    @Test
    void itsErrorNameIsWhatTheRetryMatchesAndItCarriesNoStackTrace() {
        StatesError failure = catchThrowableOfType(() -> task.handle(id(3), null), StatesError.class);
        assertThat(TaskErrors.fromException(failure).error()).isEqualTo("CustomError");
        assertThat(failure.getStackTrace()).isEmpty();
    }
}
