package dev.stepwise.processor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"$", "$.a", "$.a.b-c", "$['a b']", "$.a[0]", "$.a[*].b", "$..id", "$.a[1:3]",
            "$.a[?(@.price < 10)]", "$$.Map.Item.Value", "$.a['x','y']"})
    void acceptsPaths(String path) {
        assertThat(PathSyntax.checkPath(path, "path")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a.b", "$.", "$.a[", "$.a[x]", "$ .a", "$.a.."})
    void rejectsMalformedPaths(String path) {
        assertThat(PathSyntax.checkPath(path, "path")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"$.a[*]", "$..a", "$.a.*", "$.a[1:2]", "$$.Execution"})
    void referencePathsNameOneNodeInTheInput(String path) {
        assertThat(PathSyntax.checkReferencePath(path, "ResultPath", false)).isPresent();
    }

    @Test
    void segmentsStopAtTheFirstIndex() {
        assertThat(PathSyntax.segments("$.order['lines'][0].sku")).isEqualTo(List.of("order", "lines"));
        assertThat(PathSyntax.segments("$$.Execution.Id")).isEmpty();
    }
}
