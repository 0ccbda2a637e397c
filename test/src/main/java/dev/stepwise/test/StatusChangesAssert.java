package dev.stepwise.test;

import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.events.ExecutionStatusChange;
import java.util.Arrays;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/** Assertions on the status-change events of one execution; failure messages show the execution's path. */
public class StatusChangesAssert extends AbstractAssert<StatusChangesAssert, StatusChanges> {

    protected StatusChangesAssert(StatusChanges actual) {
        super(actual, StatusChangesAssert.class);
    }

    /** The events reported exactly these statuses, in this order. */
    public StatusChangesAssert hasStatuses(ExecutionStatus... statuses) {
        isNotNull();
        if (!actual.statuses().equals(Arrays.asList(statuses))) {
            failWithMessage("%nExpecting execution '%s' to report the statuses %s, but it reported %s%n%n%s",
                    actual.execution().name(), Arrays.asList(statuses), actual.statuses(),
                    ExecutionPath.describe(actual.execution()));
        }
        return this;
    }

    /** The events, for further checks. */
    public ListAssert<ExecutionStatusChange> events() {
        isNotNull();
        return Assertions.assertThat(actual.events());
    }
}
