package dev.stepwise.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskJsonTest {

    record Line(String sku, BigDecimal price) {
    }

    @Test
    void decimalsKeepTheirScaleInBothDirections() throws Exception {
        Line line = TaskJson.field("{\"line\": {\"sku\": \"a\", \"price\": 249.00}}", "line", Line.class);

        assertThat(line.price()).isEqualTo(new BigDecimal("249.00"));
        assertThat(TaskJson.write(line)).isEqualTo("{\"sku\":\"a\",\"price\":249.00}");
    }

    @Test
    void readsTheWholeInputAsAPlainOrAParameterizedType() throws Exception {
        assertThat(TaskJson.read("{\"sku\": \"b\", \"price\": 1.5}", Line.class)).isEqualTo(new Line("b", new BigDecimal("1.5")));
        assertThat(TaskJson.read("[1, 2]", new TypeReference<List<Integer>>() {})).containsExactly(1, 2);
    }

    @Test
    void anAbsentFieldIsNullAndAParameterizedFieldConverts() throws Exception {
        assertThat(TaskJson.field("{}", "line", Line.class)).isNull();
        assertThat(TaskJson.field("{\"ids\": [\"x\", \"y\"]}", "ids", new TypeReference<List<String>>() {}))
                .containsExactly("x", "y");
    }

    @Test
    void inputThatIsNotJsonFailsAsJackson() {
        assertThatThrownBy(() -> TaskJson.read("{oops", Line.class)).isInstanceOf(JsonProcessingException.class);
    }
}
