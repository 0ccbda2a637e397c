package dev.stepwise.runtime.definition.validation;

/** An RFC 6901 JSON pointer into the definition, built one step at a time. */
final class Pointer {

    private static final Pointer ROOT = new Pointer("");

    private final String text;

    private Pointer(String text) {
        this.text = text;
    }

    static Pointer root() {
        return ROOT;
    }

    Pointer field(String name) {
        return new Pointer(text + "/" + name.replace("~", "~0").replace("/", "~1"));
    }

    Pointer index(int index) {
        return new Pointer(text + "/" + index);
    }

    @Override
    public String toString() {
        return text;
    }
}
