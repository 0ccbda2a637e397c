package dev.stepwise.asl.data.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * jsonata-js's {@code $sort}: a stable merge sort that takes the right-hand item first only when the comparator
 * answers truthy for (left, right), so items the comparator does not order keep their order.
 *
 * <p>The library hands the comparator to {@link List#sort}, which needs a consistent three-way comparison; a
 * JSONata comparator is a one-sided "should swap" test, so equal items came back reordered, and from 32 items on
 * the sort could fail with "Comparison method violates its general contract". Without a comparator, jsonata-js
 * compares with {@code >}: numbers by value whatever their Java type (the library's natural order could not
 * compare an integer with a fraction), strings by UTF-16 code units.
 */
final class JavaScriptSort {

    private JavaScriptSort() {
    }

    /** {@code $sort(array[, comparator])}; arrays of at most one item come back as they are. */
    static Object sort(List<?> args) {
        List<?> array = (List<?>) args.get(0);
        Object comparator = args.size() > 1 ? args.get(1) : null;
        if (array == null || array.size() <= 1) {
            return array;
        }
        if (comparator == null && !allOfType(array, Number.class) && !allOfType(array, String.class)) {
            throw new JException("D3070", -1);
        }
        SwapTest swap = comparator == null ? JavaScriptSort::greaterThan : (left, right) -> truthy(apply(comparator,
                left, right));
        return mergeSort(array, swap);
    }

    /** Whether the right-hand item goes first. */
    private interface SwapTest {
        boolean swap(Object left, Object right);
    }

    private static List<Object> mergeSort(List<?> items, SwapTest swap) {
        if (items.size() <= 1) {
            return new ArrayList<>(items);
        }
        int middle = items.size() / 2;
        List<Object> left = mergeSort(items.subList(0, middle), swap);
        List<Object> right = mergeSort(items.subList(middle, items.size()), swap);
        List<Object> merged = new ArrayList<>(items.size());
        int l = 0;
        int r = 0;
        while (l < left.size() && r < right.size()) {
            merged.add(swap.swap(left.get(l), right.get(r)) ? right.get(r++) : left.get(l++));
        }
        merged.addAll(left.subList(l, left.size()));
        merged.addAll(right.subList(r, right.size()));
        return merged;
    }

    private static boolean greaterThan(Object left, Object right) {
        if (left instanceof Number a && right instanceof Number b) {
            return a.doubleValue() > b.doubleValue();
        }
        return ((String) left).compareTo((String) right) > 0;
    }

    private static Object apply(Object function, Object left, Object right) {
        return FunctionCalls.apply(function, Arrays.asList(left, right));
    }

    /** JavaScript's truthiness, which jsonata-js's merge step applies to the comparator's answer. */
    private static boolean truthy(Object value) {
        if (value == null || value == Jsonata.NULL_VALUE || Boolean.FALSE.equals(value) || "".equals(value)) {
            return false;
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return d != 0 && !Double.isNaN(d);
        }
        return true;
    }

    private static boolean allOfType(List<?> array, Class<?> type) {
        return array.stream().allMatch(type::isInstance);
    }
}
