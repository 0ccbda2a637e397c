package dev.stepwise.processor.dataflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.processor.model.JavaType;
import dev.stepwise.processor.model.TypeCatalog;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Where two paths meet, a document knows what either side knows and never less permissively. */
class DocumentTest {

    private static Document closed(String... fields) {
        return Document.closed(Stream.of(fields).map(f -> new TypeCatalog.Property(f, JavaType.STRING)).toList());
    }

    @Test
    void aJoinHasTheFieldsOfBothSidesInOrder() {
        Document joined = closed("a", "b").join(closed("b", "c"));

        assertThat(joined.properties()).extracting(TypeCatalog.Property::name).containsExactly("a", "b", "c");
        assertThat(joined.knowledge()).isEqualTo(Document.Knowledge.CLOSED);
    }

    @Test
    void aFieldTypedDifferentlyOnEachSideIsAnyJson() {
        Document other = Document.opaque();
        other.put("b", JavaType.INTEGER);

        Document joined = closed("a", "b").join(other);

        assertThat(joined.type("a")).contains(JavaType.STRING);
        assertThat(joined.type("b")).contains(JavaType.JSON);
    }

    @Test
    void theMorePermissiveKnowledgeWins() {
        assertThat(closed().join(Document.opaque()).knowledge()).isEqualTo(Document.Knowledge.OPAQUE);
        assertThat(Document.opaque().join(closed()).knowledge()).isEqualTo(Document.Knowledge.OPAQUE);
        assertThat(closed().join(Document.open()).knowledge()).isEqualTo(Document.Knowledge.INPUT);
        assertThat(Document.open().join(Document.opaque()).knowledge()).isEqualTo(Document.Knowledge.INPUT);
    }

    @Test
    void aCopyIsIndependent() {
        Document original = closed("a");
        Document copy = original.copy();

        copy.put("b", JavaType.STRING);

        assertThat(original.type("b")).isEmpty();
        assertThat(copy.knowledge()).isEqualTo(Document.Knowledge.CLOSED);
    }

    @Test
    void aWholeValueTypeSurvivesAJoinWithTheSameTypeAndNoChangeOfAField() {
        JavaType receipt = JavaType.ClassType.of("shop", "Receipt");
        Document one = closed("id").valueOf(receipt);

        assertThat(one.join(closed("id").valueOf(receipt)).wholeType()).contains(receipt);
        assertThat(one.join(closed("id")).wholeType()).isEmpty();
        assertThat(one.copy().wholeType()).contains(receipt);
        Document changed = one.copy();
        changed.put("note", JavaType.STRING);
        assertThat(changed.wholeType()).isEmpty();
    }

    @Test
    void equalDocumentsHaveTheSameKnowledgeFieldsAndWholeType() {
        assertThat(closed("a", "b")).isEqualTo(closed("a", "b")).hasSameHashCodeAs(closed("a", "b"));
        assertThat(closed("a", "b")).isEqualTo(closed("b", "a"));
        assertThat(closed("a")).isNotEqualTo(closed("a", "b"));
        assertThat(closed("a")).isNotEqualTo(Document.opaque().join(closed("a")));
        assertThat(closed("a")).isNotEqualTo(closed("a").valueOf(JavaType.STRING));
    }

    @Test
    void aDescriptionNamesTheDocumentUntilAFieldChangesOrAJoinMeetsAnother() {
        Document declared = closed("id").describedAs("the workflow input Order");

        assertThat(declared.copy().description()).isEqualTo("the workflow input Order");
        assertThat(declared.join(closed("id")).description()).isEqualTo("the state input");
        declared.put("x", JavaType.STRING);
        assertThat(declared.description()).isEqualTo("the state input");
    }
}
