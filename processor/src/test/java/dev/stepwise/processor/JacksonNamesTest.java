package dev.stepwise.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stepwise.processor.Sources.compile;
import static dev.stepwise.processor.Sources.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Paths into a user type are checked against the names Jackson writes for it, the generated code's conversions being
 * Jackson's: {@code @JsonProperty} renames, {@code @JsonIgnore} removes, getters are named as Jackson names them,
 * superclasses count, {@code @JsonNaming} with Jackson's strategies renames, and a type whose JSON its declaration
 * does not tell is not checked at all.
 */
class JacksonNamesTest {

    private static final String LAMBDA = "\"arn:aws:lambda:us-east-1:123456789012:function:f\"";
    private static final String JACKSON = """
                import com.fasterxml.jackson.annotation.*;
                import com.fasterxml.jackson.databind.PropertyNamingStrategies;
                import com.fasterxml.jackson.databind.annotation.JsonNaming;
            """;

    /** A workflow whose first Task writes a {@code type} at {@code $.x}, then a Task reads {@code path}. */
    private static JavaFileObject reading(String types, String type, String path) {
        return workflow(types + """
                    @Task(resource = %s) @ResultPath("$.x") %s load() { return null; }
                    @Task(resource = %s) @ResultPath("$.y") String use(@From("%s") String value) { return null; }
                    @Succeed void done() {}
                """.formatted(LAMBDA, type, LAMBDA, path));
    }

    private static JavaFileObject withImports(JavaFileObject source) throws IOException {
        String text = source.getCharContent(false).toString().replace("import java.util.List;\n",
                "import java.util.List;\n" + JACKSON);
        return JavaFileObjects.forSourceString("test.Sample", text);
    }

    @Test
    void aJsonPropertyNameIsThePathsNameAndTheJavaNameIsNot() throws IOException {
        String types = "public record Order(@JsonProperty(\"order_id\") String orderId, String note) {}";

        assertThat(compile(withImports(reading(types, "Order", "$.x.order_id")))).succeededWithoutWarnings();
        JavaFileObject wrong = withImports(reading(types, "Order", "$.x.orderId"));
        Compilation compilation = compile(wrong);
        assertThat(compilation).hadErrorContaining(
                "\"$.x.orderId\": Sample.Order has no property \"orderId\"; it has order_id, note")
                .inFile(wrong).onLineContaining("$.x.orderId");
    }

    @Test
    void anIgnoredPropertyIsNotThere() throws IOException {
        String types = """
                public record Card(String last4, @JsonIgnore String number) {}
                @JsonIgnoreProperties({"cvc"}) public static final class Secret { public String cvc; public String name; }
                """;

        JavaFileObject ignored = withImports(reading(types, "Card", "$.x.number"));
        assertThat(compile(ignored)).hadErrorContaining(
                "\"$.x.number\": Sample.Card has no property \"number\"; it has last4").inFile(ignored)
                .onLineContaining("$.x.number");
        JavaFileObject listed = withImports(reading(types, "Secret", "$.x.cvc"));
        assertThat(compile(listed)).hadErrorContaining(
                "\"$.x.cvc\": Sample.Secret has no property \"cvc\"; it has name").inFile(listed)
                .onLineContaining("$.x.cvc");
    }

    @Test
    void gettersAreNamedAsJacksonNamesThemAndSuperclassesCount() throws IOException {
        String types = """
                public static class Base { public String getId() { return null; } }
                public static final class Link extends Base {
                    public String getURL() { return null; }
                    public boolean isActive() { return true; }
                    public void getNothing() {}
                }
                """;

        assertThat(compile(withImports(reading(types, "Link", "$.x.url")))).succeededWithoutWarnings();
        assertThat(compile(withImports(reading(types, "Link", "$.x.id")))).succeededWithoutWarnings();
        JavaFileObject source = withImports(reading(types, "Link", "$.x.uRL"));
        assertThat(compile(source)).hadErrorContaining(
                "\"$.x.uRL\": Sample.Link has no property \"uRL\"; it has id, url, active").inFile(source)
                .onLineContaining("$.x.uRL");
    }

    @Test
    void aRecordsGettersAndAnInterfacesDefaultGettersAreItsPropertiesAsJacksonWritesThem() throws Exception {
        // getters declared in a record, and default getters of the interfaces a class implements, were no
        // properties: "$.x.label" and "$.x.name" were refused, though Jackson writes both
        String types = """
                public interface Named { default String getName() { return "n"; } }
                public record Order(String id) implements Named {
                    public String getLabel() { return "l"; }
                    public boolean isPaid() { return true; }
                    public String summary() { return "s"; }
                }
                public static final class Person implements Named { public int age; }
                """;

        for (String type : List.of("Order", "Person")) {
            assertThat(namesTheProcessorChecks(types, type)).as(type).isNotEmpty()
                    .isEqualTo(namesJacksonWrites(types, type));
        }
        JavaFileObject source = withImports(reading(types, "Order", "$.x.summary"));
        assertThat(compile(source)).hadErrorContaining(
                "\"$.x.summary\": Sample.Order has no property \"summary\"; it has name, id, label, paid")
                .inFile(source).onLineContaining("$.x.summary");
    }

    @Test
    void aSealedTypeHasWhatItsPermittedClassesWriteAndOtherAbstractTypesOrContainersAreNotChecked() throws Exception {
        // Jackson writes the properties of the value's class: "$.x.radius" of a Shape was refused since the
        // interface declares only getKind, and a Map subclass's entries were refused for its getters
        String types = """
                public sealed interface Shape permits Circle, Square { String getKind(); }
                public record Circle(double radius) implements Shape { public String getKind() { return "c"; } }
                public record Square(double side) implements Shape { public String getKind() { return "s"; } }
                public interface Marker { String getKind(); }
                public abstract static class Base { public String getId() { return null; } }
                public static class Attributes extends java.util.HashMap<String, String> {
                    public int getTotal() { return 0; }
                }
                """;

        Set<String> permitted = new TreeSet<>(namesJacksonWrites(types, "Circle"));
        permitted.addAll(namesJacksonWrites(types, "Square"));
        assertThat(namesTheProcessorChecks(types, "Shape")).isEqualTo(permitted);
        for (String type : List.of("Marker", "Base", "Attributes")) {
            assertThat(compile(withImports(reading(types, type, "$.x.color")))).succeededWithoutWarnings();
        }
    }

    @Test
    void aPropertyANonFinalClassLacksMayBeASubclasssSoItIsAWarningUnlessTheCompilationShowsIt() throws Exception {
        // Jackson writes the properties of a value's own class: "$.x.breed" of an Animal holding a Dog was refused
        // with [UnknownField], though Dog's breed is written
        String open = "public static class Animal { public String name; }\n";
        String dog = "public static class Dog extends Animal { public String breed; }\n";

        JavaFileObject source = withImports(reading(open, "Animal", "$.x.breed"));
        Compilation compilation = compile(source);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[UnknownFieldOfOpenClass] \"$.x.breed\": Sample.Animal has no"
                + " property \"breed\" (it has name); Jackson writes the properties of a value's own class, so the"
                + " path exists only if the value is of a subclass that has it, and this compilation shows none; to"
                + " have the path checked exactly, declare Sample.Animal final, make it a record, or use the subclass's"
                + " type").inFile(source).onLineContaining("$.x.breed");
        // a subclass compiled here has it (directly or further down): nothing to say; one that has not still warns
        assertThat(compile(withImports(reading(open + dog, "Animal", "$.x.breed")))).succeededWithoutWarnings();
        assertThat(compile(withImports(reading(open + dog + "public static final class Puppy extends Dog"
                + " { public int age; }\n", "Animal", "$.x.age")))).succeededWithoutWarnings();
        assertThat(compile(withImports(reading(open + dog, "Animal", "$.x.color")))).hadWarningContaining(
                "\"$.x.color\": Sample.Animal has no property \"color\" (it has name)");
        // a subclass whose JSON its declaration does not tell may have any property
        assertThat(compile(withImports(reading(open + "public static class Pet extends Animal {"
                + " @JsonAnyGetter public java.util.Map<String, Object> all() { return null; } }\n",
                "Animal", "$.x.color")))).succeededWithoutWarnings();
        // what cannot be subclassed keeps the error: a final class, a record, a sealed type of such classes
        String closed = """
                public static final class Cat { public String name; }
                public record Cow(String name) {}
                public sealed interface Pet permits Fish, Bird {}
                public record Fish(String name) implements Pet {}
                public static final class Bird implements Pet { public String name; }
                """;
        for (String type : List.of("Cat", "Cow", "Pet")) {
            JavaFileObject exact = withImports(reading(closed, type, "$.x.breed"));
            assertThat(compile(exact)).hadErrorContaining("[UnknownField] \"$.x.breed\": Sample." + type
                    + " has no property \"breed\"; it has name").inFile(exact).onLineContaining("$.x.breed");
        }
        // a sealed type permitting a class that can be subclassed is open
        String permitsOpen = "public sealed interface Pet permits Fish {}\n"
                + "public static non-sealed class Fish implements Pet { public String name; }\n";
        assertThat(compile(withImports(reading(permitsOpen, "Pet", "$.x.fins")))).succeeded();
        assertThat(compile(withImports(reading(permitsOpen, "Pet", "$.x.fins"))))
                .hadWarningContaining("[UnknownFieldOfOpenClass] \"$.x.fins\": Sample.Pet has no property");
    }

    @Test
    void jacksonsNamingStrategiesRenameAndExplicitNamesStay() throws IOException {
        String types = """
                @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
                public record Customer(String firstName, String homeURL, @JsonProperty("Mail") String email) {}
                """;

        assertThat(compile(withImports(reading(types, "Customer", "$.x.first_name")))).succeededWithoutWarnings();
        JavaFileObject source = withImports(reading(types, "Customer", "$.x.firstName"));
        assertThat(compile(source)).hadErrorContaining("\"$.x.firstName\": Sample.Customer has no property"
                + " \"firstName\"; it has first_name, home_url, Mail").inFile(source).onLineContaining("$.x.firstName");
    }

    @Test
    void anUnwrappedPropertysFieldsAreTheOuterTypesWithItsPrefix() throws IOException {
        String types = """
                public record Money(String amount, String currency) {}
                public record Price(String sku, @JsonUnwrapped(prefix = "price_") Money price) {}
                """;

        assertThat(compile(withImports(reading(types, "Price", "$.x.price_amount")))).succeededWithoutWarnings();
        JavaFileObject source = withImports(reading(types, "Price", "$.x.price.amount"));
        assertThat(compile(source)).hadErrorContaining("\"$.x.price.amount\": Sample.Price has no property"
                + " \"price\"; it has sku, price_amount, price_currency").inFile(source)
                .onLineContaining("$.x.price.amount");
    }

    @Test
    void aTypeWhoseJsonItsDeclarationDoesNotTellIsNotChecked() throws IOException {
        String types = """
                public record Token(String value) { @JsonValue public String value() { return value; } }
                @JsonTypeInfo(use = JsonTypeInfo.Id.NAME) public record Shape(String kind) {}
                public static class Bag { @JsonAnyGetter public java.util.Map<String, Object> all() { return null; } }
                public static final class Money { public int cents; @JsonValue public String toJson() { return ""; } }
                public static final class Tagged {
                    public String id;
                    @JsonAnyGetter public java.util.Map<String, Object> extra() { return null; }
                }
                @JsonNaming(Sample.Custom.class) public record Odd(String name) {}
                public static class Custom extends PropertyNamingStrategies.NamingBase {
                    @Override public String translate(String name) { return name.toUpperCase(); }
                }
                """;

        // @JsonValue or @JsonAnyGetter on a method not named as a getter was not seen: "$.x.anything" of Money,
        // which Jackson writes as text, and of Tagged, whose extra entries it writes, was refused
        for (String type : List.of("Token", "Shape", "Bag", "Odd", "Money", "Tagged")) {
            assertThat(compile(withImports(reading(types, type, "$.x.anything")))).succeededWithoutWarnings();
        }
    }

    /**
     * Seeded property: for beans of random shapes (fields and getters of every visibility, acronyms, booleans,
     * ignored and renamed members, a superclass, a naming strategy), the names the processor checks paths against
     * are the names Jackson writes for the compiled class.
     */
    @Test
    void theNamesCheckedAreTheNamesJacksonWritesForRandomBeans() throws Exception {
        Random random = new Random(Long.getLong("stepwise.fuzz.seed", 20261207L));
        for (int round = 0; round < 25; round++) {
            String bean = randomBean(random, "Bean" + round);
            Set<String> checked = namesTheProcessorChecks(bean, "Bean" + round);
            Set<String> written = namesJacksonWrites(bean, "Bean" + round);
            assertThat(checked).as("round %d, bean:%n%s", round, bean).isEqualTo(written);
        }
    }

    private static final String[] BARE = {"Id", "URL", "URLPath", "aValue", "X", "HTTPStatus", "Name", "total", "IPv6"};
    private static final String[] STRATEGIES = {"SnakeCaseStrategy", "UpperCamelCaseStrategy", "LowerCaseStrategy",
        "KebabCaseStrategy", "LowerDotCaseStrategy", "UpperSnakeCaseStrategy", "LowerCamelCaseStrategy"};

    private static String randomBean(Random random, String name) {
        var members = new StringBuilder();
        var parent = new StringBuilder("public static class " + name + "Parent {\n");
        int count = 3 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            String bare = BARE[random.nextInt(BARE.length)] + i;
            String lower = Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
            StringBuilder into = random.nextInt(5) == 0 ? parent : members;
            switch (random.nextInt(8)) {
                case 0 -> into.append("    public String ").append(lower).append(";\n");
                case 1 -> into.append("    private String ").append(lower).append(";\n    public String get")
                        .append(bare).append("() { return ").append(lower).append("; }\n");
                case 2 -> into.append("    public boolean is").append(bare).append("() { return true; }\n");
                case 3 -> into.append("    @JsonProperty(\"named_").append(i).append("\") private String ")
                        .append(lower).append(";\n");
                case 4 -> into.append("    @JsonIgnore public String ").append(lower).append(";\n");
                case 5 -> into.append("    public transient String ").append(lower).append(";\n");
                case 6 -> into.append("    String get").append(bare).append("() { return null; }\n");
                default -> into.append("    @JsonProperty public String get").append(bare)
                        .append("() { return null; }\n    public static String ").append(lower).append("Static;\n");
            }
        }
        parent.append("}\n");
        String naming = random.nextBoolean() ? ""
                : "@JsonNaming(PropertyNamingStrategies." + STRATEGIES[random.nextInt(STRATEGIES.length)] + ".class)\n";
        return parent + naming + "public static final class " + name + " extends " + name + "Parent {\n" + members + "}\n";
    }

    private static Set<String> namesTheProcessorChecks(String bean, String name) throws IOException {
        JavaFileObject source = withImports(reading(bean, name, "$.x.zz_no_such_name"));
        Compilation compilation = compile(source);
        for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
            Matcher names = Pattern.compile("has no property \"zz_no_such_name\"; it has (.*)$")
                    .matcher(error.getMessage(null));
            if (names.find()) {
                return new TreeSet<>(List.of(names.group(1).split(", ")));
            }
        }
        // no properties known: the path is not checked
        assertThat(compilation).succeeded();
        return Set.of();
    }

    private static Set<String> namesJacksonWrites(String bean, String name) throws Exception {
        String source = "package test;\n" + JACKSON + "public class Holder {\n" + bean + "}\n";
        Compilation compilation = Compiler.javac().compile(JavaFileObjects.forSourceString("test.Holder", source));
        assertThat(compilation).succeeded();
        Map<String, byte[]> classes = new HashMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                try (InputStream in = file.openInputStream()) {
                    String path = file.toUri().getPath();
                    String binary = path.substring(path.indexOf("test/"), path.length() - ".class".length())
                            .replace('/', '.');
                    classes.put(binary, in.readAllBytes());
                }
            }
        }
        ClassLoader loader = new ClassLoader(JacksonNamesTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String binary) throws ClassNotFoundException {
                byte[] bytes = classes.get(binary);
                if (bytes == null) {
                    throw new ClassNotFoundException(binary);
                }
                return defineClass(binary, bytes, 0, bytes.length);
            }
        };
        Class<?> type = loader.loadClass("test.Holder$" + name);
        Object instance = type.isRecord() ? recordOfDefaults(type) : type.getConstructor().newInstance();
        Set<String> names = new TreeSet<>();
        new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).valueToTree(instance).fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A record whose components are null, zero or false. */
    private static Object recordOfDefaults(Class<?> type) throws Exception {
        Class<?>[] components = java.util.Arrays.stream(type.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = new Object[components.length];
        for (int k = 0; k < components.length; k++) {
            values[k] = components[k].isPrimitive() ? java.lang.reflect.Array.get(
                    java.lang.reflect.Array.newInstance(components[k], 1), 0) : null;
        }
        var constructor = type.getDeclaredConstructor(components);
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }
}
