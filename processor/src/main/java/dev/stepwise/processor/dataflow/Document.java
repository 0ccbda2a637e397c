package dev.stepwise.processor.dataflow;

import dev.stepwise.processor.model.JavaType;
import dev.stepwise.processor.model.TypeCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What type tracking knows about the JSON document between two states: some root fields and their types. */
final class Document {

    /** From the strictest to the most permissive: a join keeps the more permissive of two. */
    enum Knowledge {
        /** Replaced by a value of a known type: these fields and no others. */
        CLOSED,
        /** Replaced by something of unknown shape: only the fields listed are known. */
        OPAQUE,
        /** Still the workflow input: a field not seen yet is one the input must provide. */
        INPUT
    }

    private static final String STATE_INPUT = "the state input";

    private final Knowledge knowledge;
    private final Map<String, JavaType> fields = new LinkedHashMap<>();
    /** What a message calls this document: the state input, unless it is known to be something more telling. */
    private String description = STATE_INPUT;
    /** The one Java type the whole document is a value of (a result that replaced it), while no field changed. */
    private JavaType whole;
    /**
     * The class a value of which replaced the document, when a subclass's value may have more fields than the
     * listed ones; they stay possible when fields are added. Null when the fields listed are all it can have.
     */
    private JavaType openClass;
    private TypeCatalog.Openness openness = TypeCatalog.Openness.CLOSED;

    private Document(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** This document, called {@code description} in messages while it is not joined with another. */
    Document describedAs(String description) {
        this.description = description;
        return this;
    }

    String description() {
        return description;
    }

    /** This document as what a state outputs, for OutputPath's messages: "the state input" would mislead there. */
    Document asStateOutput() {
        if (description.equals(STATE_INPUT)) {
            description = "the state's output";
        }
        return this;
    }

    /** This document, known to be a whole value of {@code type} while no field changes. */
    Document valueOf(JavaType type) {
        this.whole = type;
        return this;
    }

    /** This document as a value of a class of this openness: an open one's subclass may add fields. */
    Document ofClass(JavaType type, TypeCatalog.Openness openness) {
        if (!openness.closed()) {
            this.openClass = type;
            this.openness = openness;
        }
        return this;
    }

    /** The class whose subclass's value the document may be, with fields not listed; empty when it is not open. */
    Optional<JavaType> openClass() {
        return Optional.ofNullable(openClass);
    }

    /** Whether a subclass this compilation shows gives the document the field, though it is not listed. */
    boolean subclassMayHave(String field) {
        return openness.subclassMayHave(field);
    }

    /** The Java type the whole document is a value of, when one is known. */
    Optional<JavaType> wholeType() {
        return Optional.ofNullable(whole);
    }

    static Document open() {
        return new Document(Knowledge.INPUT);
    }

    static Document opaque() {
        return new Document(Knowledge.OPAQUE);
    }

    static Document closed(List<TypeCatalog.Property> properties) {
        var document = new Document(Knowledge.CLOSED);
        properties.forEach(p -> document.fields.put(p.name(), p.type()));
        return document;
    }

    /** An independent copy, for a flow that starts from this document and must not change it. */
    Document copy() {
        var copy = new Document(knowledge);
        copy.fields.putAll(fields);
        copy.description = description;
        copy.whole = whole;
        copy.openClass = openClass;
        copy.openness = openness;
        return copy;
    }

    /**
     * What is known where two paths meet (a catch target reached by its catcher and by the state before it): every
     * field either side has, typed as both agree or as any JSON, and the more permissive knowledge, so a path that
     * exists on one side only is never reported.
     */
    Document join(Document other) {
        var joined = new Document(knowledge.compareTo(other.knowledge) >= 0 ? knowledge : other.knowledge);
        joined.fields.putAll(fields);
        joined.description = description.equals(other.description) ? description : STATE_INPUT;
        joined.whole = whole != null && whole.equals(other.whole) ? whole : null;
        // a field one side's open class may add stays possible
        joined.openClass = openClass != null ? openClass : other.openClass;
        joined.openness = openClass != null ? openness : other.openness;
        other.fields.forEach((name, type) ->
                joined.fields.merge(name, type, (mine, theirs) -> mine.equals(theirs) ? mine : JavaType.JSON));
        return joined;
    }

    Knowledge knowledge() {
        return knowledge;
    }

    Optional<JavaType> type(String field) {
        return Optional.ofNullable(fields.get(field));
    }

    boolean isJsonField(String field) {
        return JavaType.JSON.equals(fields.get(field));
    }

    /** Sets a field; the document is no longer what its description named. */
    void put(String field, JavaType type) {
        fields.put(field, type);
        description = STATE_INPUT;
        whole = null;
    }

    /** Adds (or overrides with) every field of another document, as an object merge does. */
    void putAll(Document other) {
        fields.putAll(other.fields);
        description = STATE_INPUT;
        whole = null;
    }

    List<TypeCatalog.Property> properties() {
        return fields.entrySet().stream().map(e -> new TypeCatalog.Property(e.getKey(), e.getValue())).toList();
    }

    /** Same knowledge and the same fields with the same types, in any order: a join that changed nothing. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Document document && knowledge == document.knowledge && fields.equals(document.fields)
                && java.util.Objects.equals(whole, document.whole)
                && java.util.Objects.equals(openClass, document.openClass) && openness.equals(document.openness);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(knowledge, fields, whole, openClass, openness);
    }

    String describeFields() {
        return fields.isEmpty() ? "no fields" : String.join(", ", fields.keySet());
    }
}
