package dev.stepwise.test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/** Assertions on the log records of one execution; failure messages show the execution's path. */
public class ExecutionLogsAssert extends AbstractAssert<ExecutionLogsAssert, ExecutionLogs> {

    protected ExecutionLogsAssert(ExecutionLogs actual) {
        super(actual, ExecutionLogsAssert.class);
    }

    /** The records' types are exactly these, in this order. */
    public ExecutionLogsAssert hasTypes(String... types) {
        isNotNull();
        if (!actual.types().equals(Arrays.asList(types))) {
            fail("to log exactly the record types %s, but it logged %s", Arrays.asList(types), actual.types());
        }
        return this;
    }

    /** Some record has each of these types (at least one). */
    public ExecutionLogsAssert containsTypes(String... types) {
        isNotNull();
        Expectations.requireSome("containsTypes", "record type", types);
        List<String> missing = Arrays.stream(types).filter(type -> !actual.types().contains(type)).toList();
        if (!missing.isEmpty()) {
            fail("to log records of the types %s, but none of %s was logged; it logged %s", Arrays.asList(types),
                    missing, actual.types());
        }
        return this;
    }

    /** No record was logged. */
    public ExecutionLogsAssert isEmpty() {
        isNotNull();
        if (!actual.records().isEmpty()) {
            fail("to log nothing, but it logged %s", actual.types());
        }
        return this;
    }

    /** The records, for further checks. */
    public ListAssert<ObjectNode> records() {
        isNotNull();
        return Assertions.assertThat(actual.records());
    }

    private void fail(String expectation, Object... arguments) {
        Object[] all = new Object[arguments.length + 2];
        all[0] = actual.execution().name();
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        all[all.length - 1] = ExecutionPath.describe(actual.execution());
        failWithMessage("%nExpecting execution '%s' " + expectation + "%n%n%s", all);
    }
}
