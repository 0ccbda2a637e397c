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

    @Test
    void findingsCarryTheRuntimesReasonAndColumn() {
        assertThat(PathSyntax.checkPath("$.a[0].b[", "InputPath").orElseThrow().args())
                .containsExactly("$.a[0].b[", "InputPath", "unclosed '[' at column 9");
        assertThat(PathSyntax.checkReferencePath("$.items[*].id", "ResultPath", false).orElseThrow().args())
                .containsExactly("$.items[*].id", "ResultPath",
                        "a reference path allows only .field, ['field'] and [index] steps, not [*] at column 8");
    }

    @Test
    void contextReferencesAreCheckedWhereAllowed() {
        assertThat(PathSyntax.checkReferencePath("$$.Execution.Input.id", "path", true)).isEmpty();
        assertThat(PathSyntax.checkReferencePath("$$.Map.Item[*]", "path", true).orElseThrow().args().get(2))
                .isEqualTo("a reference path allows only .field, ['field'] and [index] steps, not [*] at column 12");
        assertThat(PathSyntax.checkReferencePath("$$.Execution", "ResultPath", false).orElseThrow().args().get(2))
                .isEqualTo("the context object ($$) cannot be used here");
    }

    @Test
    void aVariableIsReadAsAPathButNotWrittenAsAResultPath() {
        // AWS runs "InputPath": "$theAnswer" and "Variable": "$guess" (assign__test_reference_assign__*)
        assertThat(PathSyntax.checkPath("$order.id", "InputPath")).isEmpty();
        assertThat(PathSyntax.checkReferencePath("$guess", "path", true)).isEmpty();
        assertThat(PathSyntax.checkReferencePath("$order.lines[0]['sku']", "path", true)).isEmpty();
        assertThat(PathSyntax.checkReferencePath("$order.lines[*]", "path", true).orElseThrow().args().get(2))
                .isEqualTo("a reference path allows only .field, ['field'] and [index] steps, not [*] at column 13");
        assertThat(PathSyntax.checkReferencePath("$order", "ResultPath", false).orElseThrow().args().get(2))
                .isEqualTo("$order names a variable, which ResultPath cannot write; did you mean $.order?");
        assertThat(PathSyntax.variableRead("$order.lines[0].sku"))
                .contains(new PathSyntax.VariableRead("order", java.util.List.of("lines"),
                        java.util.List.of("lines", 0, "sku")));
        assertThat(PathSyntax.variableRead("$.order")).isEmpty();
    }

    @Test
    void segmentsFollowTheReadableStartOfQueries() {
        assertThat(PathSyntax.segments("$.items[*].id")).containsExactly("items");
        assertThat(PathSyntax.segments("$.a[")).isEmpty();
    }

    @Test
    void stepsAreTheFieldsAndIndexesBeforeTheFirstQueryStep() {
        assertThat(PathSyntax.steps("$.a[0]['b'][*].c")).containsExactly("a", 0, "b");
        assertThat(PathSyntax.steps("$.a.b")).containsExactly("a", "b");
        assertThat(PathSyntax.steps("$$.Map.Item.Value")).isEmpty();
        assertThat(PathSyntax.steps("$.a[")).isEmpty();
    }
}
