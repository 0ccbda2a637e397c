package dev.stepwise.bench;

import java.nio.file.Path;

/**
 * Writes {@code N} source files for the anchor processor, AutoValue: one {@code @AutoValue} class per file with ten
 * properties and a builder, so compare.sh can set our cost per generated workflow against AutoValue's per class.
 *
 * <pre>
 * AutoValueSources &lt;output-dir&gt; &lt;count&gt;
 * </pre>
 */
public final class AutoValueSources {

    static final String PACKAGE = "bench.autovalue";

    private AutoValueSources() {
    }

    public static void main(String[] args) {
        if (args.length != 2 || !args[1].matches("\\d+")) {
            System.err.println("usage: AutoValueSources <output-dir> <count>");
            System.exit(2);
        }
        write(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    /** Writes the classes under {@code dir/bench/autovalue/} and returns that folder. */
    static Path write(Path dir, int count) {
        return SourceFolder.write(dir, PACKAGE, count, AutoValueSources::className, AutoValueSources::source);
    }

    static String className(int i) {
        return "Value" + i;
    }

    /**
     * One value class: ten properties of the kinds a workflow's records carry, and its builder. Nothing refers to
     * the generated {@code AutoValue_} class, so the sources also compile without the processor (the baseline).
     */
    static String source(int i) {
        String name = className(i);
        return """
                package %1$s;

                import com.google.auto.value.AutoValue;
                import java.math.BigDecimal;
                import java.util.List;
                import java.util.Map;

                @AutoValue
                public abstract class %2$s {
                    public abstract String id();
                    public abstract String customer();
                    public abstract int quantity();
                    public abstract long createdAt();
                    public abstract boolean priority();
                    public abstract double weight();
                    public abstract BigDecimal total();
                    public abstract List<String> tags();
                    public abstract Map<String, String> attributes();
                    public abstract String status();

                    @AutoValue.Builder
                    public abstract static class Builder {
                        public abstract Builder id(String id);
                        public abstract Builder customer(String customer);
                        public abstract Builder quantity(int quantity);
                        public abstract Builder createdAt(long createdAt);
                        public abstract Builder priority(boolean priority);
                        public abstract Builder weight(double weight);
                        public abstract Builder total(BigDecimal total);
                        public abstract Builder tags(List<String> tags);
                        public abstract Builder attributes(Map<String, String> attributes);
                        public abstract Builder status(String status);
                        public abstract %2$s build();
                    }
                }
                """.formatted(PACKAGE, name);
    }
}
