package dev.stepwise.runtime.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.runtime.clock.Clocks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Event ids of a history that keeps no events: counted alone on one thread, then by several at once. */
class HistoryTest {

    @Test
    void idsStayUniqueAndDenseWhenThreadsRecordAtOnceAfterTheHistoryIsShared() throws Exception {
        History history = new History(Clocks.virtual(), false);
        for (int i = 1; i <= 5; i++) {
            assertThat(history.record("PassStateEntered", i - 1, null)).isEqualTo(i);
        }
        history.shareAmongThreads();
        int threads = 4;
        int perThread = 20_000;
        Set<Long> ids = ConcurrentHashMap.newKeySet();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> recorders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread recorder = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < perThread; i++) {
                    ids.add(history.record("PassStateEntered", 0, null));
                }
            });
            recorders.add(recorder);
            recorder.start();
        }
        go.countDown();
        for (Thread recorder : recorders) {
            recorder.join();
        }
        assertThat(ids).hasSize(threads * perThread);
        assertThat(history.lastId()).isEqualTo(5 + threads * perThread);
        assertThat(ids).allMatch(id -> id > 5 && id <= 5 + threads * perThread);
    }

    @Test
    void aHistoryCountedAloneStillStopsAtItsLimitButForTheFinalEvent() {
        History history = new History(Clocks.virtual(), false, 3, null);
        history.record("ExecutionStarted", 0, null);
        history.record("PassStateEntered", 1, null);
        assertThatThrownBy(() -> history.record("PassStateExited", 2, null))
                .isInstanceOf(HistoryLimitExceededException.class);
        assertThat(history.lastId()).isEqualTo(2);
        assertThat(history.record("ExecutionFailed", 2, null)).isEqualTo(3);
    }
}
