package dev.stepwise.workflow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code @Flow} instances a generated workflow binds its branch and item-processor Task states to, in place of
 * the new instance per class that {@code bind(impl)} creates: a test replaces a flow with a fake,
 * {@code OrderProcessingWorkflow.bind(impl, FlowInstances.of(Payment.class, fakePayment))}. Immutable.
 */
public final class FlowInstances {

    private static final FlowInstances NONE = new FlowInstances(Map.of());

    private final Map<Class<?>, Object> instances;

    private FlowInstances(Map<Class<?>, Object> instances) {
        this.instances = instances;
    }

    /** No instance given: every flow gets a new instance of its class. */
    public static FlowInstances none() {
        return NONE;
    }

    /** {@code instance} runs the Task states of {@code @Flow} class {@code type} (it may be a subclass of it). */
    public static <T> FlowInstances of(Class<T> type, T instance) {
        return NONE.and(type, instance);
    }

    /** These instances and {@code instance} for {@code type}, which replaces one given before for that class. */
    public <T> FlowInstances and(Class<T> type, T instance) {
        if (type == null || instance == null) {
            throw new NullPointerException("a flow class and its instance are both required");
        }
        Map<Class<?>, Object> more = new LinkedHashMap<>(instances);
        more.put(type, type.cast(instance));
        return new FlowInstances(Collections.unmodifiableMap(more));
    }

    /** The instance given for {@code type}, if any. */
    public <T> Optional<T> find(Class<T> type) {
        return Optional.ofNullable(type.cast(instances.get(type)));
    }

    /**
     * Refuses instances for classes that are not flows of the workflow, which would otherwise be ignored silently.
     *
     * @throws IllegalArgumentException naming the classes the workflow does not run and those it does
     */
    public void requireFlowsOf(String workflow, Class<?>... flows) {
        List<Class<?>> known = List.of(flows);
        List<String> unknown = new ArrayList<>();
        for (Class<?> type : instances.keySet()) {
            if (!known.contains(type)) {
                unknown.add(type.getName());
            }
        }
        if (!unknown.isEmpty()) {
            List<String> names = known.stream().map(Class::getName).toList();
            throw new IllegalArgumentException("workflow " + workflow + " runs no @Flow class " + String.join(", ", unknown)
                    + "; its flows are " + (names.isEmpty() ? "none" : String.join(", ", names)));
        }
    }
}
