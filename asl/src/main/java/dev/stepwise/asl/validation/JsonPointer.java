package dev.stepwise.asl.validation;

/** An RFC 6901 JSON pointer into the definition, built one step at a time. */
public final class JsonPointer {

    private static final JsonPointer ROOT = new JsonPointer("");

    private final String text;

    private JsonPointer(String text) {
        this.text = text;
    }

    public static JsonPointer root() {
        return ROOT;
    }

    public JsonPointer field(String name) {
        return new JsonPointer(text + "/" + name.replace("~", "~0").replace("/", "~1"));
    }

    public JsonPointer index(int index) {
        return new JsonPointer(text + "/" + index);
    }

    @Override
    public String toString() {
        return text;
    }
}
