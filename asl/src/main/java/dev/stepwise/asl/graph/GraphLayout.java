package dev.stepwise.asl.graph;

import dev.stepwise.asl.graph.Layout.Role;
import dev.stepwise.asl.graph.Layout.Route;
import dev.stepwise.asl.graph.Layout.Shape;
import dev.stepwise.asl.graph.StateGraph.Arrow;
import dev.stepwise.asl.graph.StateGraph.Box;
import dev.stepwise.asl.graph.StateGraph.Kind;
import dev.stepwise.asl.graph.StateGraph.Region;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a {@link StateGraph} out with the Eclipse Layout Kernel's layered (Sugiyama) algorithm, top to bottom, the
 * way the Step Functions console does. ELK runs on plain Java (no Eclipse runtime) and handles what a hand-written
 * layered layout would have to solve again: cycles (Choice loops), crossing minimisation, orthogonal edge routing
 * with labels, and nested containers laid out together with the edges that cross their borders
 * ({@code INCLUDE_CHILDREN}). Parallel and Map states are containers of one region per branch.
 */
final class GraphLayout {

    static final double STATE_MIN_WIDTH = 150;
    static final double PAD = 12;
    static final double NAME_LINE = 18;
    static final double DETAIL_LINE = 15;
    static final double TERMINAL_WIDTH = 64;
    static final double TERMINAL_HEIGHT = 30;
    static final double REGION_HEADER = 22;

    private final Map<String, ElkNode> nodes = new LinkedHashMap<>();
    private final Map<ElkNode, Object> origins = new HashMap<>();
    private final Map<ElkEdge, Arrow> arrows = new LinkedHashMap<>();

    private GraphLayout() {
    }

    static Layout layout(StateGraph graph) {
        return new GraphLayout().run(graph);
    }

    private Layout run(StateGraph graph) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered");
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(20));
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
        root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
        root.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);

        Region machine = graph.machine();
        region(root, machine);
        ElkNode start = terminal(root, "start", Role.START);
        if (!machine.startAt().isEmpty()) {
            edge(start, nodes.get(machine.startAt()), "start", machine.startAt(), Kind.NEXT, "");
        }
        ElkNode end = null;
        for (Box box : machine.boxes()) {
            if (box.end()) {
                end = end == null ? terminal(root, "finish", Role.END) : end;
                edge(nodes.get(box.id()), end, box.id(), "finish", Kind.NEXT, "");
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        return collect(root);
    }

    private void region(ElkNode parent, Region region) {
        for (Box box : region.boxes()) {
            ElkNode node = ElkGraphUtil.createNode(parent);
            node.setIdentifier(box.id());
            nodes.put(box.id(), node);
            origins.put(node, box);
            double textWidth = textWidth(box);
            if (box.container()) {
                node.setProperty(CoreOptions.PADDING, new ElkPadding(headerHeight(box) + 8, PAD, PAD, PAD));
                node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
                node.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(textWidth + 2 * PAD, 0));
                for (Region nested : box.regions()) {
                    ElkNode area = ElkGraphUtil.createNode(node);
                    area.setIdentifier(nested.id());
                    origins.put(area, nested);
                    area.setProperty(CoreOptions.PADDING, new ElkPadding(REGION_HEADER + 6, PAD, PAD, PAD));
                    area.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
                    area.setProperty(CoreOptions.NODE_SIZE_MINIMUM,
                            new KVector(TextMetrics.width(nested.label(), TextMetrics.DETAIL_SIZE) + 2 * PAD, 0));
                    region(area, nested);
                }
            } else {
                node.setDimensions(Math.max(STATE_MIN_WIDTH, textWidth + 2 * PAD), headerHeight(box));
            }
        }
        for (Arrow arrow : region.arrows()) {
            edge(nodes.get(arrow.from()), nodes.get(arrow.to()), arrow.from(), arrow.to(), arrow.kind(),
                    Labels.shorten(arrow.label(), Labels.EDGE));
        }
    }

    private ElkNode terminal(ElkNode parent, String id, Role role) {
        ElkNode node = ElkGraphUtil.createNode(parent);
        node.setIdentifier(id);
        node.setDimensions(TERMINAL_WIDTH, TERMINAL_HEIGHT);
        origins.put(node, role);
        return node;
    }

    private void edge(ElkNode from, ElkNode to, String fromId, String toId, Kind kind, String label) {
        ElkEdge edge = ElkGraphUtil.createSimpleEdge(from, to);
        ElkGraphUtil.updateContainment(edge);
        if (!label.isEmpty()) {
            ElkLabel text = ElkGraphUtil.createLabel(label, edge);
            text.setDimensions(TextMetrics.width(label, TextMetrics.LABEL_SIZE) + 8, 16);
        }
        arrows.put(edge, new Arrow(fromId, toId, kind, label));
    }

    /** The name line, the type and detail line, and the retry line if any. */
    static double headerHeight(Box box) {
        return PAD + NAME_LINE + DETAIL_LINE + (box.retry().isEmpty() ? 0 : DETAIL_LINE) + PAD / 2;
    }

    private static double textWidth(Box box) {
        double width = TextMetrics.width(SvgRenderer.nameLine(box), TextMetrics.NAME_SIZE);
        width = Math.max(width, TextMetrics.width(SvgRenderer.detailLine(box), TextMetrics.DETAIL_SIZE));
        return Math.max(width, TextMetrics.width(SvgRenderer.retryLine(box), TextMetrics.DETAIL_SIZE));
    }

    private Layout collect(ElkNode root) {
        List<Shape> shapes = new ArrayList<>();
        shapesOf(root, 0, 0, "", shapes);
        List<Route> routes = new ArrayList<>();
        arrows.forEach((edge, arrow) -> {
            ElkNode frame = edge.getContainingNode();
            double[] offset = absolute(frame);
            List<double[]> points = new ArrayList<>();
            for (ElkEdgeSection section : edge.getSections()) {
                points.add(new double[] {offset[0] + section.getStartX(), offset[1] + section.getStartY()});
                for (ElkBendPoint bend : section.getBendPoints()) {
                    points.add(new double[] {offset[0] + bend.getX(), offset[1] + bend.getY()});
                }
                points.add(new double[] {offset[0] + section.getEndX(), offset[1] + section.getEndY()});
            }
            double lx = 0;
            double ly = 0;
            double lw = 0;
            double lh = 0;
            if (!edge.getLabels().isEmpty()) {
                ElkLabel label = edge.getLabels().get(0);
                lx = offset[0] + label.getX();
                ly = offset[1] + label.getY();
                lw = label.getWidth();
                lh = label.getHeight();
            }
            routes.add(new Route(arrow.from(), arrow.to(), arrow.kind(), arrow.label(), points,
                    lx, ly, lw, lh));
        });
        return new Layout(root.getWidth(), root.getHeight(), shapes, routes);
    }

    private void shapesOf(ElkNode parent, double dx, double dy, String path, List<Shape> shapes) {
        for (ElkNode node : parent.getChildren()) {
            double x = dx + node.getX();
            double y = dy + node.getY();
            String id = node.getIdentifier();
            String own = path.isEmpty() ? id : path + "/" + id;
            Object origin = origins.get(node);
            Shape shape;
            if (origin instanceof Box box) {
                shape = new Shape(id, own, box.container() ? Role.CONTAINER : Role.STATE, box, null, x, y,
                        node.getWidth(), node.getHeight());
            } else if (origin instanceof Region region) {
                shape = new Shape(id, own, Role.REGION, null, region, x, y, node.getWidth(), node.getHeight());
            } else {
                shape = new Shape(id, own, (Role) origin, null, null, x, y, node.getWidth(), node.getHeight());
            }
            shapes.add(shape);
            shapesOf(node, x, y, own, shapes);
        }
    }

    private static double[] absolute(ElkNode node) {
        double x = 0;
        double y = 0;
        for (ElkNode at = node; at != null && at.getParent() != null; at = at.getParent()) {
            x += at.getX();
            y += at.getY();
        }
        return new double[] {x, y};
    }
}
