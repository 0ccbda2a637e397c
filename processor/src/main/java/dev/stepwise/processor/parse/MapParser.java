package dev.stepwise.processor.parse;

import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.model.FlowModel;
import dev.stepwise.processor.model.JavaType;
import dev.stepwise.processor.model.MapLimits;
import dev.stepwise.processor.model.RawJson;
import dev.stepwise.processor.model.StateModel;
import java.util.List;

/**
 * Reads a Map state: where its items come from, how each is selected, its concurrency and failure tolerance, and
 * the {@code @Flow} class that processes one item.
 */
final class MapParser implements StateParser {

    private final StateParts parts;
    private final StateAttributes attributes;
    private final Subflows subflows;
    private final DistributedMapParser distributed;

    MapParser(StateParts parts, Subflows subflows) {
        this.parts = parts;
        this.attributes = parts.attributes();
        this.subflows = subflows;
        this.distributed = new DistributedMapParser(parts.problems(), attributes);
    }

    @Override
    public StateModel parse(DeclaredState d, String comment, String following) {
        AnnotationReader map = d.one("Map");
        String items = d.jsonata()
                ? attributes.expression(d, map, "Map", "items")
                : attributes.optionalPath(d, map, "Map", "items");
        RawJson selector = attributes.payload(d, d.where().on("Map", "itemSelector"), map.string("itemSelector"),
                "itemSelector");
        MapLimits limits = limits(d, map);
        FlowModel processor = subflows.parse(d, map.type("processor"), "Map", "processor", "Map processor")
                .orElse(new FlowModel(JavaType.ClassType.of("", map.type("processor").toString()), null, "", List.of()));
        return new StateModel.Map(d.name(), comment, parts.transition(d, following), parts.dataFlow().data(d, null),
                items, selector, limits, processor, map.enumName("mode"), distributed.parse(d, map),
                parts.errorHandling().errorHandling(d),
                parts.dataFlow().expressions(d));
    }

    private MapLimits limits(DeclaredState d, AnnotationReader map) {
        Integer concurrency = attributes.optionalInteger(map, "maxConcurrency");
        Integer failureCount = attributes.optionalInteger(map, "toleratedFailureCount");
        Double percentage = map.isSet("toleratedFailurePercentage") ? map.decimal("toleratedFailurePercentage") : null;
        attributes.exclusive(d, map, "Map", "maxConcurrency", "maxConcurrencyPath");
        attributes.exclusive(d, map, "Map", "toleratedFailureCount", "toleratedFailureCountPath");
        attributes.exclusive(d, map, "Map", "toleratedFailurePercentage", "toleratedFailurePercentagePath");
        return new MapLimits(concurrency, attributes.dynamic(d, map, "Map", "maxConcurrencyPath"), failureCount,
                attributes.dynamic(d, map, "Map", "toleratedFailureCountPath"), percentage,
                attributes.dynamic(d, map, "Map", "toleratedFailurePercentagePath"));
    }
}
