package dev.stepwise.runtime.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.mapruns.ChildExecution;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapRunChildrenTest {

    @Test
    void aRunOfManyChildrenShowsThoseThatDidNotSucceedFirstThenTheEarliestInTheOrderTheyStarted() {
        List<ChildExecution> newestFirst = new ArrayList<>();
        for (int i = 99; i >= 0; i--) {
            newestFirst.add(child(i, i % 40 == 39 ? ExecutionStatus.FAILED : ExecutionStatus.SUCCEEDED));
        }
        List<String> shown = MapRunChildren.chosen(newestFirst).stream().map(ChildExecution::name).toList();

        assertThat(shown).hasSize(MapRunChildren.SHOWN).contains("c39", "c79");
        assertThat(shown.subList(0, 3)).containsExactly("c0", "c1", "c2");
        assertThat(shown).isSortedAccordingTo((a, b) -> Integer.parseInt(a.substring(1)) - Integer.parseInt(b.substring(1)));
        assertThat(shown).doesNotContain("c" + MapRunChildren.SHOWN);
    }

    private static ChildExecution child(int index, ExecutionStatus status) {
        return new ChildExecution("arn:aws:states:us-east-1:123456789012:execution:m/map:c" + index, "c" + index,
                "arn:aws:states:us-east-1:123456789012:stateMachine:m/map", status,
                Instant.ofEpochSecond(1_700_000_000L + index), Instant.ofEpochSecond(1_700_000_001L + index), 1, 0, null);
    }
}
