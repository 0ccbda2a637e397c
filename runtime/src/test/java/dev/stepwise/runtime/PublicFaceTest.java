package dev.stepwise.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime's public face is the packages its module exports; what they offer must not lead into the packages it
 * keeps to itself (the compiled plan, the interpreter), or a user would hold types that change without notice.
 */
class PublicFaceTest {

    private static final Set<String> INTERNAL = Set.of("dev.stepwise.runtime.definition", "dev.stepwise.runtime.engine",
            "dev.stepwise.runtime.engine.items");

    private static Path classes() throws URISyntaxException {
        return Path.of(LocalRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static ModuleDescriptor descriptor() throws URISyntaxException {
        return ModuleFinder.of(classes()).find("dev.stepwise.runtime").orElseThrow().descriptor();
    }

    @Test
    void theModuleExportsTheApiAndNotThePlanOrTheInterpreter() throws URISyntaxException {
        Set<String> exported = descriptor().exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());

        assertThat(exported).contains("dev.stepwise.runtime", "dev.stepwise.runtime.clock",
                "dev.stepwise.runtime.task", "dev.stepwise.runtime.history", "dev.stepwise.runtime.events",
                "dev.stepwise.runtime.versions");
        assertThat(exported).doesNotContainAnyElementsOf(INTERNAL);
        assertThat(descriptor().packages()).containsAll(INTERNAL);
    }

    @Test
    void noExportedSignatureNamesAnInternalType() throws Exception {
        Set<String> exported = descriptor().exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : classesIn(exported)) {
            if (!Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (isVisible(method.getModifiers()) && !method.isSynthetic()) {
                    check(type, method.getName(), method.getGenericReturnType(), leaks);
                    checkParameters(type, method, leaks);
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (isVisible(constructor.getModifiers())) {
                    checkParameters(type, constructor, leaks);
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (isVisible(field.getModifiers())) {
                    check(type, field.getName(), field.getGenericType(), leaks);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private static boolean isVisible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void checkParameters(Class<?> owner, Executable executable, List<String> leaks) {
        for (Type parameter : executable.getGenericParameterTypes()) {
            check(owner, executable.getName(), parameter, leaks);
        }
    }

    private static void check(Class<?> owner, String member, Type type, List<String> leaks) {
        if (type instanceof Class<?> c) {
            Class<?> element = c;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            if (INTERNAL.contains(element.getPackageName())) {
                leaks.add(owner.getName() + "." + member + " uses " + element.getName());
            }
        } else if (type instanceof ParameterizedType p) {
            check(owner, member, p.getRawType(), leaks);
            for (Type argument : p.getActualTypeArguments()) {
                check(owner, member, argument, leaks);
            }
        } else if (type instanceof GenericArrayType a) {
            check(owner, member, a.getGenericComponentType(), leaks);
        } else if (type instanceof WildcardType w) {
            Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds()))
                    .forEach(bound -> check(owner, member, bound, leaks));
        }
    }

    private static List<Class<?>> classesIn(Set<String> packages) throws IOException, URISyntaxException,
            ClassNotFoundException {
        Path root = classes();
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().equals("module-info.class"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(name -> packages.contains(name.substring(0, name.lastIndexOf('.'))))
                    .forEach(names::add);
        }
        List<Class<?>> found = new ArrayList<>();
        for (String name : names) {
            found.add(Class.forName(name, false, PublicFaceTest.class.getClassLoader()));
        }
        return found;
    }
}
