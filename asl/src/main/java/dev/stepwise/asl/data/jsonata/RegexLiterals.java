package dev.stepwise.asl.data.jsonata;

import com.dashjoin.jsonata.Jsonata;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the regular expression literals of a parsed expression into {@link RegexLiteral} functions. The library
 * keeps its syntax tree and the literal's {@link Pattern} in package-private fields and has no hook for either, so
 * the tree is walked by reflection (the library is an automatic module: its packages are open).
 */
final class RegexLiterals {

    private static final String SYMBOL_CLASS = "com.dashjoin.jsonata.Parser$Symbol";
    private static final Field TREE = field(Jsonata.class, "ast");
    private static final Class<?> SYMBOL = TREE.getType();
    private static final Field TYPE = field(SYMBOL, "type");
    private static final Field VALUE = field(SYMBOL, "value");
    private static final ClassValue<List<Field>> NODE_FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            return fieldsOf(type);
        }
    };

    private RegexLiterals() {
    }

    /** Replaces each regex literal's pattern with a function; whether the expression has any. */
    static boolean convert(Jsonata compiled) {
        boolean found = false;
        for (Object symbol : symbols(read(TREE, compiled))) {
            if ("regex".equals(read(TYPE, symbol)) && read(VALUE, symbol) instanceof Pattern pattern) {
                write(VALUE, symbol, new RegexLiteral(pattern));
                found = true;
            }
        }
        return found;
    }

    /** Every node reachable from the root, once each (nodes refer back to their parents). */
    private static Collection<Object> symbols(Object root) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> pending = new ArrayDeque<>();
        pushUnlessNull(pending, root);
        while (!pending.isEmpty()) {
            Object value = pending.pop();
            if (SYMBOL.isInstance(value)) {
                if (seen.add(value)) {
                    NODE_FIELDS.get(value.getClass()).forEach(field -> pushUnlessNull(pending, read(field, value)));
                }
            } else if (value instanceof Collection<?> items) {
                items.forEach(item -> pushUnlessNull(pending, item));
            } else if (value instanceof Object[] items) {
                for (Object item : items) {
                    pushUnlessNull(pending, item);
                }
            }
        }
        return seen;
    }

    private static void pushUnlessNull(Deque<Object> pending, Object value) {
        if (value != null) {
            pending.push(value);
        }
    }

    /** The instance fields of a node class and its superclasses up to the node class itself. */
    private static List<Field> fieldsOf(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> at = type; at != null && SYMBOL.isAssignableFrom(at); at = at.getSuperclass()) {
            for (Field field : at.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static Field field(Class<?> owner, String name) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            if (name.equals("ast") && !field.getType().getName().equals(SYMBOL_CLASS)) {
                throw new IllegalStateException("The JSONata library's syntax tree is no longer " + SYMBOL_CLASS);
            }
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("The JSONata library no longer has the field " + name, e);
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Field field, Object owner, Object value) {
        try {
            field.set(owner, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
