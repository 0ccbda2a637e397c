package dev.stepwise.testsupport;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The boxes of a graph SVG ({@code rect} elements with a {@code data-box} path), read back from the SVG text, and
 * which of them overlap: two boxes may share area only when one is nested in the other (its path starts with the
 * other's), as a state in a Parallel branch sits in the branch and in the Parallel state.
 */
public final class SvgBoxes {

    /** One box: its nesting path and its rectangle. */
    public record Box(String path, double x, double y, double width, double height) {
        boolean nestedIn(Box other) {
            return path.startsWith(other.path + "/");
        }

        boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height
                    && other.y < y + height;
        }
    }

    private SvgBoxes() {
    }

    /** Every box in the SVG, in document order; the SVG must be well-formed XML. */
    public static List<Box> read(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList rects = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                    .getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
            List<Box> boxes = new ArrayList<>();
            for (int i = 0; i < rects.getLength(); i++) {
                Element rect = (Element) rects.item(i);
                if (rect.hasAttribute("data-box")) {
                    boxes.add(new Box(rect.getAttribute("data-box"), number(rect, "x"), number(rect, "y"),
                            number(rect, "width"), number(rect, "height")));
                }
            }
            return boxes;
        } catch (Exception e) {
            throw new AssertionError("not a well-formed SVG: " + e.getMessage(), e);
        }
    }

    /** Each pair of boxes that overlap although neither is nested in the other, as "a overlaps b". */
    public static List<String> overlaps(String svg) {
        List<Box> boxes = read(svg);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Box a = boxes.get(i);
                Box b = boxes.get(j);
                if (!a.nestedIn(b) && !b.nestedIn(a) && a.overlaps(b)) {
                    found.add(a + " overlaps " + b);
                }
            }
        }
        return found;
    }

    /** Whether every box lies inside the SVG's own width and height. */
    public static List<Box> outside(String svg, double width, double height) {
        return read(svg).stream().filter(box -> box.x < 0 || box.y < 0 || box.x + box.width > width
                || box.y + box.height > height).toList();
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
