package dev.stepwise.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.error.StatesError;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The running total of an execution's variables: what assignments add, replace and give back, across threads. */
class VariableScopeTest {

    /** A string of {@code bytes} bytes as JSON (its quotes included). */
    private static ObjectNode assignment(String name, int bytes) {
        return Json.NODES.objectNode().put(name, "x".repeat(bytes - 2));
    }

    private static final int MIB = 1024 * 1024;

    @Test
    void theTotalAddsNewVariablesAndReplacesReassignedOnes() {
        VariableScope root = VariableScope.root();
        root.assign("A", assignment("a", 200_000), true);
        root.assign("B", assignment("b", 100_000), true);
        root.assign("C", assignment("a", 50_000), true); // a now holds 50,000 bytes: 150,000 in all
        for (int i = 0; i < 41; i++) {
            root.assign("S" + i, assignment("v" + i, 250_000), true); // 10,400,000
        }
        root.assign("Full", assignment("last", (int) (VariableBudget.LIMIT_BYTES - 10_400_000)), true);
        // Exactly 10 MiB are held: one byte more, even in an inner scope, is refused.
        assertThatThrownBy(() -> root.inner().assign("More", Json.NODES.objectNode().put("n", 1), true))
                .isInstanceOf(StatesError.class)
                .hasMessageContaining("'More' assigned variables");
    }

    @Test
    void aRefusedAssignmentSetsNothing() {
        VariableScope root = VariableScope.root();
        for (int i = 0; i < 41; i++) {
            root.assign("S" + i, assignment("v" + i, 250_000), true); // 10,250,000 bytes
        }
        ObjectNode tooMuch = assignment("late", 250_000).put("small", 1);
        assertThatThrownBy(() -> root.assign("Late", tooMuch, true))
                .isInstanceOf(StatesError.class)
                .hasMessageContaining("States.DataLimitExceeded")
                .hasMessageContaining("'Late'");
        assertThat(root.get("late")).isNull();
        assertThat(root.get("small")).isNull();
        root.assign("Fits", assignment("late", 200_000), true);
        assertThat(root.get("late")).isNotNull();
    }

    @Test
    void aClosedScopeGivesItsBytesBackAndReopeningTakesThemAgain() {
        VariableScope root = VariableScope.root();
        for (int i = 0; i < 40; i++) {
            root.assign("S" + i, assignment("v" + i, 250_000), true); // 10,000,000 bytes
        }
        VariableScope iteration = root.inner();
        iteration.open();
        iteration.assign("I", assignment("mine", 250_000), true);
        assertThatThrownBy(() -> root.inner().assign("J", assignment("other", 250_000), true))
                .isInstanceOf(StatesError.class);
        iteration.close();
        VariableScope next = root.inner();
        next.assign("J", assignment("other", 250_000), true);
        next.close();
        iteration.open(); // a redrive resumes the iteration with what it held
        assertThatThrownBy(() -> root.inner().assign("K", assignment("third", 250_000), true))
                .isInstanceOf(StatesError.class);
    }

    @Test
    void concurrentIterationsNeverHoldMoreThanTheLimitTogether() throws Exception {
        VariableScope root = VariableScope.root();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger refused = new AtomicInteger();
        try {
            List<Callable<Integer>> iterations = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                iterations.add(() -> {
                    VariableScope scope = root.inner();
                    int kept = 0;
                    for (int i = 0; i < 20; i++) {
                        try {
                            scope.assign("S" + i, assignment("v" + i, MIB / 4), true);
                            kept++;
                        } catch (StatesError e) {
                            refused.incrementAndGet();
                        }
                    }
                    return kept;
                });
            }
            int kept = 0;
            for (Future<Integer> result : pool.invokeAll(iterations)) {
                kept += result.get();
            }
            // 160 quarter-MiB assignments race for 10 MiB: exactly 40 fit, whatever the interleaving.
            assertThat(kept).isEqualTo(40);
            assertThat(refused.get()).isEqualTo(120);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withoutLimitsNothingIsMeasured() {
        VariableScope root = VariableScope.root();
        for (int i = 0; i < 50; i++) {
            root.assign("S" + i, assignment("v" + i, 300_000), false);
        }
        assertThat(root.get("v49").textValue()).hasSize(300_000 - 2);
    }
}
