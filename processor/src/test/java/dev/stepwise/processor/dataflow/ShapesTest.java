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

    private final Shapes shapes = new Shapes(new TypeCatalog(Map.of()));

    @Test
    void arraysAndCollectionsHaveAnElementType() {
        assertThat(shapes.elementOf(JavaType.listOf(LINE))).contains(LINE);
        assertThat(shapes.elementOf(new JavaType.ArrayType(LINE))).contains(LINE);
        assertThat(shapes.elementOf(new JavaType.ClassType("java.util", List.of("Set"), List.of(LINE)))).contains(LINE);
        assertThat(shapes.elementOf(JavaType.ClassType.of("java.util", "List"))).contains(JavaType.JSON);
    }

    @Test
    void otherTypesHaveNone() {
        assertThat(shapes.elementOf(LINE)).isEmpty();
        assertThat(shapes.elementOf(JavaType.JSON)).isEmpty();
        // Jackson writes a byte[] as base64 text
        assertThat(shapes.elementOf(new JavaType.ArrayType(new JavaType.PrimitiveType("byte")))).isEmpty();
        var map = new JavaType.ClassType("java.util", List.of("Map"), List.of(JavaType.STRING, LINE));
        assertThat(shapes.elementOf(map)).isEmpty();
        assertThat(shapes.propertyType(map, "any key")).contains(LINE);
    }

    @Test
    void theErrorOutputHasErrorAndCauseAndIsJsonInRecords() {
        assertThat(shapes.propertyType(Shapes.ERROR_OUTPUT, "Cause")).contains(JavaType.STRING);
        assertThat(shapes.propertyType(Shapes.ERROR_OUTPUT, "cause")).isEmpty();
        assertThat(Shapes.erase(Shapes.ERROR_OUTPUT)).isEqualTo(JavaType.JSON);
        assertThat(Shapes.erase(LINE)).isEqualTo(LINE);
    }
}
