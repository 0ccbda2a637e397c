package dev.stepwise.runtime.engine;

/**
 * A flow's position in its execution, which a redrive finds its records by: the machine's own flow, or branch or
 * iteration {@code index} of a state in a flow. Its text ({@code /Fan[17]/Inner[2]}) is made only when a redrive
 * record needs it: a flow that succeeds needs none, and a text per Map iteration was 4% of a 10,000-item Map
 * (async-profiler).
 */
final class FlowKey {

    /** The machine's flow. */
    static final FlowKey ROOT = new FlowKey(null, null, 0);

    private final FlowKey parent;
    private final String state;
    private final int index;
    /** Made on first use; a race makes it twice at worst, equal both times. */
    private String text;

    private FlowKey(FlowKey parent, String state, int index) {
        this.parent = parent;
        this.state = state;
        this.index = index;
    }

    /** Branch or iteration {@code index} of {@code state}, a state of this flow. */
    FlowKey child(String state, int index) {
        return new FlowKey(this, state, index);
    }

    String text() {
        String made = text;
        if (made == null) {
            made = parent == null ? "" : parent.childrenPrefix(state) + index + "]";
            text = made;
        }
        return made;
    }

    /** What the text of every branch or iteration of {@code state}, a state of this flow, starts with. */
    String childrenPrefix(String state) {
        return text() + "/" + state + "[";
    }

    @Override
    public String toString() {
        return text();
    }
}
