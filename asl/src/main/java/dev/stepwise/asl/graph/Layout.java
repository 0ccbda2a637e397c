package dev.stepwise.asl.graph;

import dev.stepwise.asl.graph.StateGraph.Box;
import dev.stepwise.asl.graph.StateGraph.Kind;
import dev.stepwise.asl.graph.StateGraph.Region;
import java.util.List;

/**
 * Where everything of a {@link StateGraph} goes on the page, in absolute coordinates, top left at (0, 0).
 *
 * @param shapes outer shapes before the shapes they contain, so drawing in order paints containers first
 */
record Layout(double width, double height, List<Shape> shapes, List<Route> routes) {

    enum Role { STATE, CONTAINER, REGION, START, END }

    /**
     * One rectangle.
     *
     * @param path the ids of the shapes it sits in and its own, joined by '/': nested shapes may overlap only
     *             the shapes on their path
     * @param box the state (STATE, CONTAINER), or null
     * @param region the branch or item processor (REGION), or null
     */
    record Shape(String id, String path, Role role, Box box, Region region, double x, double y, double width,
                 double height) {
    }

    /** One arrow: its polyline and, if it has one, its label's box. */
    record Route(String from, String to, Kind kind, String label, List<double[]> points, double labelX,
                 double labelY, double labelWidth, double labelHeight) {
    }
}
