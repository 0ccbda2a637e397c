package dev.stepwise.processor.dataflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.processor.model.JavaType;
import dev.stepwise.processor.model.TypeCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The element types Map items are tracked with, and the error output catchers place. */
class ShapesTest {

    private static final JavaType LINE = JavaType.ClassType.of("shop", "Line");

    @Test
    void arraysAndCollectionsHaveAnElementType() {
        assertThat(Shapes.elementOf(JavaType.listOf(LINE))).contains(LINE);
        assertThat(Shapes.elementOf(new JavaType.ArrayType(LINE))).contains(LINE);
        assertThat(Shapes.elementOf(new JavaType.ClassType("java.util", List.of("Set"), List.of(LINE)))).contains(LINE);
    }

    @Test
    void otherTypesHaveNone() {
        assertThat(Shapes.elementOf(LINE)).isEmpty();
        assertThat(Shapes.elementOf(JavaType.JSON)).isEmpty();
        assertThat(Shapes.elementOf(JavaType.ClassType.of("java.util", "List"))).isEmpty();
        var map = new JavaType.ClassType("java.util", List.of("Map"), List.of(JavaType.STRING, LINE));
        assertThat(Shapes.elementOf(map)).isEmpty();
    }

    @Test
    void theErrorOutputHasErrorAndCauseAndIsJsonInRecords() {
        var shapes = new Shapes(new TypeCatalog(Map.of()));

        assertThat(shapes.propertyType(Shapes.ERROR_OUTPUT, "Cause")).contains(JavaType.STRING);
        assertThat(shapes.propertyType(Shapes.ERROR_OUTPUT, "cause")).isEmpty();
        assertThat(Shapes.erase(Shapes.ERROR_OUTPUT)).isEqualTo(JavaType.JSON);
        assertThat(Shapes.erase(LINE)).isEqualTo(LINE);
    }
}
