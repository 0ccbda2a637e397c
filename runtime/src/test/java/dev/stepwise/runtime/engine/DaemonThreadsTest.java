package dev.stepwise.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DaemonThreadsTest {

    @Test
    void threadsAreNumberedDaemons() {
        DaemonThreads threads = new DaemonThreads("stepwise-test");
        Thread first = threads.newThread(() -> { });
        Thread second = threads.newThread(() -> { });
        assertThat(first.isDaemon()).isTrue();
        assertThat(second.isDaemon()).isTrue();
        assertThat(first.getName()).isEqualTo("stepwise-test-1");
        assertThat(second.getName()).isEqualTo("stepwise-test-2");
    }
}
