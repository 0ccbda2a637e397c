package dev.stepwise.runtime.operations;

import static dev.stepwise.runtime.operations.Machines.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.StateMachine;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.history.HistoryEvent;
import dev.stepwise.runtime.history.HistoryPage;
import dev.stepwise.runtime.history.HistoryQuery;
import dev.stepwise.runtime.history.InvalidTokenException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GetExecutionHistory's paging, and the 25,000-event limit of a Standard execution. */
class HistoryPagingTest {

    private final LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();

    /** 2 + 2 x 5 = 12 events. */
    private Execution fivePasses() {
        return runtime.start(runtime.load(json("{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'B'},"
                + "'B':{'Type':'Pass','Next':'C'},'C':{'Type':'Pass','Next':'D'},'D':{'Type':'Pass','Next':'E'},"
                + "'E':{'Type':'Pass','End':true}}}")), json("{'secret':42}")).await();
    }

    private static List<Long> ids(List<HistoryEvent> events) {
        return events.stream().map(HistoryEvent::id).toList();
    }

    @Test
    void pagesFollowTheirTokensToTheEnd() {
        Execution execution = fivePasses();
        List<Long> seen = new ArrayList<>();
        HistoryQuery query = HistoryQuery.firstPage().maxResults(5);
        int pages = 0;
        HistoryPage page;
        do {
            page = execution.history(query);
            seen.addAll(ids(page.events()));
            query = query.nextToken(page.nextToken());
            pages++;
        } while (page.hasNext());
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
    }

    @Test
    void reverseOrderStartsWithTheNewestEvent() {
        Execution execution = fivePasses();
        HistoryPage first = execution.history(HistoryQuery.firstPage().maxResults(3).reverseOrder(true));
        assertThat(ids(first.events())).containsExactly(12L, 11L, 10L);
        assertThat(first.events().get(0).type()).isEqualTo("ExecutionSucceeded");
        HistoryPage second = execution.history(HistoryQuery.firstPage().maxResults(3).reverseOrder(true)
                .nextToken(first.nextToken()));
        assertThat(ids(second.events())).containsExactly(9L, 8L, 7L);
    }

    @Test
    void withoutExecutionDataEventsCarryNoInputsOrOutputs() {
        Execution execution = fivePasses();
        List<HistoryEvent> events = execution.history(HistoryQuery.firstPage().includeExecutionData(false)).events();
        assertThat(events).hasSize(12);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.detail("input")).isNull();
            assertThat(event.detail("output")).isNull();
        });
        assertThat(events.get(1).detail("name").asText()).isEqualTo("A");
        // the execution's own history is untouched
        assertThat(execution.history().get(0).detail("input")).isEqualTo(json("{'secret':42}"));
    }

    @Test
    void theDefaultPageHoldsAHundredEventsAndMoreThanAThousandIsRefused() {
        assertThat(fivePasses().history(HistoryQuery.firstPage()).hasNext()).isFalse();
        assertThatThrownBy(() -> HistoryQuery.firstPage().maxResults(1001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000");
        assertThat(HistoryQuery.firstPage().maxResults(1000).maxResults()).isEqualTo(1000);
    }

    @Test
    void aTokenOnlyWorksForItsExecutionAndOrder() {
        Execution one = fivePasses();
        Execution other = fivePasses();
        String token = one.history(HistoryQuery.firstPage().maxResults(2)).nextToken();
        assertThatThrownBy(() -> other.history(HistoryQuery.firstPage().maxResults(2).nextToken(token)))
                .isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> one.history(HistoryQuery.firstPage().maxResults(2).reverseOrder(true)
                .nextToken(token))).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> one.history(HistoryQuery.firstPage().nextToken("%%%")))
                .isInstanceOf(InvalidTokenException.class);
    }

    /** Counts to {@code n}: 2 events for Init, 4 per loop, 2 to finish. */
    private static final String COUNTER = "{'StartAt':'Init','States':{"
            + "'Init':{'Type':'Pass','Result':{'n':0},'Next':'Inc'},"
            + "'Inc':{'Type':'Pass','Parameters':{'n.$':'States.MathAdd($.n, 1)','to.$':'$$.Execution.Input.to'},"
            + "'Next':'Check'},"
            + "'Check':{'Type':'Choice','Choices':[{'Variable':'$.n','NumericLessThanPath':'$.to','Next':'Inc'}],"
            + "'Default':'Done'},'Done':{'Type':'Succeed'}}}";

    @Test
    void aStandardExecutionFailsAtItsTwentyFiveThousandthEvent() {
        Execution execution = runtime.start(runtime.load(json(COUNTER)), json("{'to':10000}")).await();

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).contains("25000");
        List<HistoryEvent> events = execution.history();
        assertThat(events).hasSize(25_000);
        assertThat(events.get(24_999).type()).isEqualTo("ExecutionFailed");
        assertThat(events.get(24_999).id()).isEqualTo(25_000);
        assertThat(execution.notRedrivableReason()).isEqualTo("Execution history event limit exceeded");
    }

    @Test
    void anExecutionThatEndsWithinTheLimitSucceeds() {
        // 1 + 2 + 4 x 6248 + 2 + 1 = 24,998 events
        Execution execution = runtime.start(runtime.load(json(COUNTER)), json("{'to':6248}")).await();
        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.history()).hasSizeLessThanOrEqualTo(25_000);
    }

    @Test
    void theLimitCanBeTurnedOffForLoadRuns() {
        LocalRuntime unlimited = LocalRuntime.builder().clock(Clocks.virtual()).historyLimit(false).build();
        StateMachine machine = unlimited.load(json(COUNTER));
        assertThat(unlimited.start(machine, json("{'to':10000}")).await().status())
                .isEqualTo(ExecutionStatus.SUCCEEDED);
    }
}
