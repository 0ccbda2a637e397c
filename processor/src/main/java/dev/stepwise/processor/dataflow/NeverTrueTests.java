package dev.stepwise.processor.dataflow;

import dev.stepwise.processor.model.Condition;
import dev.stepwise.processor.model.JavaType;
import dev.stepwise.processor.model.JsonShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The comparisons and type tests of a {@code @When} condition that the JSON kind at their path makes never true.
 * On AWS an operator given a value of another kind than its own is false, not an error: NumericEquals on text or an
 * array, StringEquals on a number or an object, BooleanEqualsPath on anything but booleans (the recorded
 * choice_operators cases test_numeric_equals, test_string_equals, test_boolean_equals_path; IsNumeric, IsBoolean
 * likewise in test_is_numeric, test_is_boolean). A path of unknown kind is never reported.
 */
final class NeverTrueTests {

    /** The JSON an operator can be true for. */
    enum Need {
        NUMBER("a JSON number", JsonShape.Scalar.NUMBER),
        TEXT("JSON text", JsonShape.Scalar.TEXT),
        BOOLEAN("a JSON boolean", JsonShape.Scalar.BOOLEAN),
        /** Only text can hold one; which text does is not told by a Java type, so text is not reported. */
        TIMESTAMP("JSON text holding an RFC 3339 timestamp", JsonShape.Scalar.TEXT);

        private final String described;
        private final JsonShape.Scalar scalar;

        Need(String described, JsonShape.Scalar scalar) {
            this.described = described;
            this.scalar = scalar;
        }

        String described() {
            return described;
        }

        /** Whether a value of this shape can satisfy the operator; any JSON can, as far as the processor knows. */
        boolean admits(JsonShape shape) {
            return shape instanceof JsonShape.Unknown || shape == scalar;
        }

        static Need of(Condition.Kind kind) {
            return switch (kind) {
                case NUMERIC -> NUMBER;
                case STRING -> TEXT;
                case BOOLEAN -> BOOLEAN;
                case TIMESTAMP -> TIMESTAMP;
            };
        }

        /** What the {@code is} test asks for; empty for {@code present} and {@code null}, which any kind can pass. */
        static Optional<Need> of(Condition.Test test) {
            return switch (test) {
                case NUMBER -> Optional.of(NUMBER);
                case STRING -> Optional.of(TEXT);
                case BOOLEAN -> Optional.of(BOOLEAN);
                case TIMESTAMP -> Optional.of(TIMESTAMP);
                case PRESENT, NULL -> Optional.empty();
            };
        }
    }

    /**
     * A test that is never true.
     *
     * @param operator the ASL operator, e.g. {@code NumericEquals}
     * @param path     the path as the condition writes it, whose value rules the operator out
     * @param type     the Java type at that path
     * @param shape    the JSON Jackson writes for it
     * @param need     what the operator is true for
     * @param test     whether the operator is an {@code is} test rather than a comparison
     */
    record NeverTrue(String operator, String path, JavaType type, JsonShape shape, Need need, boolean test) {
    }

    private final Function<String, Optional<JavaType>> typeAt;
    private final Shapes shapes;
    private final List<NeverTrue> found = new ArrayList<>();

    private NeverTrueTests(Function<String, Optional<JavaType>> typeAt, Shapes shapes) {
        this.typeAt = typeAt;
        this.shapes = shapes;
    }

    /**
     * Each comparison, {@code matches} and positive type test of the condition (at any depth, under a negation too)
     * that the kind at one of its paths rules out. Under {@code !} (or {@code !=}) such a test makes its operand
     * always true instead, which is as surely a mistake.
     *
     * @param typeAt the Java type known at a path, empty where it is not known
     */
    static List<NeverTrue> in(Condition condition, Function<String, Optional<JavaType>> typeAt, Shapes shapes) {
        var tests = new NeverTrueTests(typeAt, shapes);
        tests.visit(condition);
        return List.copyOf(tests.found);
    }

    private void visit(Condition condition) {
        if (condition instanceof Condition.Compare compare) {
            Stream.of(compare.variable(), compare.otherPath())
                    .filter(path -> path != null)
                    .map(path -> ruledOut(compare.operator(), path, Need.of(compare.kind()), false))
                    .flatMap(Optional::stream).findFirst().ifPresent(found::add);
        } else if (condition instanceof Condition.Matches matches) {
            ruledOut(matches.operator(), matches.variable(), Need.TEXT, false).ifPresent(found::add);
        } else if (condition instanceof Condition.Is is && is.expected()) {
            Need.of(is.test()).flatMap(need -> ruledOut(is.test().operator(), is.variable(), need, true))
                    .ifPresent(found::add);
        } else if (condition instanceof Condition.All all) {
            all.operands().forEach(this::visit);
        } else if (condition instanceof Condition.Any any) {
            any.operands().forEach(this::visit);
        } else if (condition instanceof Condition.Not not) {
            visit(not.operand());
        }
    }

    private Optional<NeverTrue> ruledOut(String operator, String path, Need need, boolean test) {
        return typeAt.apply(path).flatMap(type -> {
            JsonShape shape = shapes.shapeOf(type);
            return need.admits(shape) ? Optional.empty()
                    : Optional.of(new NeverTrue(operator, path, type, shape, need, test));
        });
    }

    /** How to test what the path does hold, for the message. */
    static String remedy(NeverTrue neverTrue) {
        String path = neverTrue.path();
        JsonShape shape = neverTrue.shape();
        if (shape instanceof JsonShape.ArrayOf) {
            return "test one of its elements, such as " + path + "[0]";
        } else if (shape instanceof JsonShape.ObjectOf object) {
            String property = object.properties().isEmpty() ? "name" : object.properties().get(0).name();
            return "test one of its properties, such as " + path + "." + property;
        } else if (shape instanceof JsonShape.MapOf) {
            return "test one of its values, such as " + path + ".key";
        }
        if (neverTrue.test()) {
            return "test it with " + switch ((JsonShape.Scalar) shape) {
                case TEXT -> "'is string' or 'is timestamp'";
                case NUMBER -> "'is number'";
                case BOOLEAN -> "'is boolean'";
            };
        }
        return switch ((JsonShape.Scalar) shape) {
            case TEXT -> "compare it as text, with a 'quoted string', a string $.path, timestamp '...' or matches";
            case NUMBER -> "compare it as a number, with a number such as 42 or a number $.path";
            case BOOLEAN -> "compare it with true or false, or a boolean $.path";
        };
    }
}
