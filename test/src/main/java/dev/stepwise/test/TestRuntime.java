package dev.stepwise.test;

import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import java.util.Optional;

/**
 * What the {@link StepwiseExtension} hands the parameters of one test (or, resolved in {@code @BeforeAll} or a
 * {@code PER_CLASS} constructor, of one test class): the builder, the runtime built from it, the recorder attached
 * to it, and the {@link MockConfig} it was configured with. Kept in the store of the context it was made for, which
 * closes it when that context ends.
 */
final class TestRuntime implements AutoCloseable {

    final ExecutionRecorder recorder = new ExecutionRecorder();
    final LocalRuntime.Builder builder;
    final Optional<MockConfig> mocks;
    private LocalRuntime runtime;

    TestRuntime(LocalRuntime.Builder builder, Optional<MockConfig> mocks) {
        this.builder = recorder.attachTo(builder);
        this.mocks = mocks;
    }

    synchronized LocalRuntime runtime() {
        if (runtime == null) {
            runtime = builder.build();
        }
        return runtime;
    }

    synchronized boolean built() {
        return runtime != null;
    }

    /**
     * Stops the executions still running: one waiting for a callback nobody will send, or for a Wait a virtual clock
     * no longer driven, would otherwise hold its thread for as long as the JVM lives, one more for each such test.
     * Then closes the runtime it built, which ends that runtime's threads (a runtime the test built from the
     * builder is the test's to close).
     */
    @Override
    public void close() {
        for (Execution execution : recorder.executions()) {
            if (execution.status() == ExecutionStatus.RUNNING) {
                execution.stop("Stepwise.TestEnded", "the test that started this execution ended");
            }
        }
        LocalRuntime built;
        synchronized (this) {
            built = runtime;
        }
        if (built != null) {
            built.close();
        }
    }
}
