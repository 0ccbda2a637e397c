package dev.stepwise.asl;

import java.util.SortedSet;
import java.util.TreeSet;

/** The sorted names of an enum whose constants are spelt as ASL spells the values, for "must be one of" messages. */
public final class EnumNames {

    private EnumNames() {
    }

    public static <E extends Enum<E>> SortedSet<String> of(Class<E> type) {
        SortedSet<String> names = new TreeSet<>(); // a loop: a stream's lambdas cost a fresh JVM more to link
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        return names;
    }
}
