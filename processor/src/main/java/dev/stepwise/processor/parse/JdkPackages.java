package dev.stepwise.processor.parse;

/**
 * The JDK's own packages: their types are read as Jackson writes them ({@code model.JdkJson}), never property by
 * property like a user's types, and no Jackson or subclass rule walks into them.
 */
final class JdkPackages {

    private JdkPackages() {
    }

    /** Whether a package name, or a type's qualified name, lies in the JDK's {@code java.*} or {@code javax.*}. */
    static boolean contain(String name) {
        return name.startsWith("java.") || name.startsWith("javax.");
    }
}
