package dev.stepwise.runtime.mock;

import java.util.List;
import java.util.Optional;

/**
 * A named entry of {@code MockedResponses}: the answers to the 0-based invocations of a mocked state, each answer
 * covering one invocation ({@code "3"}) or an inclusive range ({@code "1-2"}). Invocations no range covers have no
 * answer: the execution that reaches one fails, as on Step Functions Local.
 */
public record MockedResponse(String name, List<Range> ranges) {

    public MockedResponse {
        ranges = List.copyOf(ranges);
    }

    /** The answer to invocation {@code invocation} (0-based), if the file gives one. */
    public Optional<MockAnswer> answer(long invocation) {
        for (Range range : ranges) {
            if (range.covers(invocation)) {
                return Optional.of(range.answer());
            }
        }
        return Optional.empty();
    }

    /** Invocations {@code first} to {@code last}, inclusive, answered with {@code answer}. */
    public record Range(long first, long last, MockAnswer answer) {

        boolean covers(long invocation) {
            return invocation >= first && invocation <= last;
        }

        boolean overlaps(Range other) {
            return first <= other.last && other.first <= last;
        }
    }
}
