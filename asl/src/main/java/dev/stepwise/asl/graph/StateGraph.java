package dev.stepwise.asl.graph;

import java.util.List;

/**
 * What a picture of a state machine shows, independent of the format it is drawn in: the states as boxes, the ways
 * between them as arrows, and the machines nested in Parallel branches and Map item processors as regions inside
 * their state's box. Read from an ASL definition by {@link StateGraphReader}; drawn by {@link GraphFormat}.
 *
 * @param machine the top-level machine; its start state and its terminal states are linked to Start and End
 */
public record StateGraph(Region machine) {

    /** A machine (top level, one Parallel branch or one Map item processor): its states in document order. */
    public record Region(String id, String label, String startAt, List<Box> boxes, List<Arrow> arrows) {
        public Region {
            boxes = List.copyOf(boxes);
            arrows = List.copyOf(arrows);
        }
    }

    /**
     * One state.
     *
     * @param id unique in the whole graph and safe as an identifier in every format (s1, s2, ...)
     * @param name the state's name as the definition spells it
     * @param type the ASL type ("Task", "Choice", ...; "Unknown" when the definition gives none)
     * @param detail what the console shows under the name (the resource called, the wait, the error), or ""
     * @param retry the state's Retry rules in a few words, or "" when it has none
     * @param start whether its region starts here
     * @param end whether the execution (or its branch) ends here: End, Succeed or Fail
     * @param regions the branches of a Parallel state or the item processor of a Map state
     */
    public record Box(String id, String name, String type, String detail, String retry, boolean start, boolean end,
                      List<Region> regions) {
        public Box {
            regions = List.copyOf(regions);
        }

        /** A Parallel or Map state, drawn as a container of its regions. */
        public boolean container() {
            return !regions.isEmpty();
        }
    }

    /** A way from one state to another within one region. */
    public record Arrow(String from, String to, Kind kind, String label) {
    }

    /** Arrows are drawn by what takes them: Next, a Choice rule, a Choice's Default, or a Catch. */
    public enum Kind { NEXT, CHOICE, DEFAULT, CATCH }
}
