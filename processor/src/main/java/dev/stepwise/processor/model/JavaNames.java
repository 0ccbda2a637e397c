package dev.stepwise.processor.model;

import java.util.Set;

/**
 * The Java names generated code gives to JSON names and state names: one rule for the records' components and for
 * the nested types named after states, which type tracking names too (a Parallel's results record).
 */
public final class JavaNames {

    /** Reserved words and literals, and {@code _}, which is no identifier since Java 9. */
    private static final Set<String> KEYWORDS = Set.of("_", "abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "record", "var", "yield");

    private JavaNames() {
    }

    /** A Java identifier for a JSON field name: invalid characters dropped camel-case style, keywords suffixed. */
    public static String identifier(String jsonName) {
        var result = new StringBuilder();
        boolean upper = false;
        for (char c : jsonName.toCharArray()) {
            if (Character.isJavaIdentifierPart(c) && c != '$') {
                result.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = result.length() > 0;
            }
        }
        if (result.length() == 0 || !Character.isJavaIdentifierStart(result.charAt(0))) {
            result.insert(0, '_');
        }
        String name = result.toString();
        return KEYWORDS.contains(name) ? name + "_" : name;
    }

    /** A type-name fragment for a state name: {@code "Charge card"} gives {@code ChargeCard}. */
    public static String typeFragment(String stateName) {
        String identifier = identifier(stateName);
        return Character.toUpperCase(identifier.charAt(0)) + identifier.substring(1);
    }

    /** {@code name}, or {@code name2}, {@code name3}... when {@code taken} has it already; the one returned is taken. */
    public static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + n;
        }
        return candidate;
    }
}
