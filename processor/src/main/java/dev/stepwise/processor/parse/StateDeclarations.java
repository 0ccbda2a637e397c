package dev.stepwise.processor.parse;

import dev.stepwise.asl.StateFields;
import dev.stepwise.asl.StateType;
import dev.stepwise.processor.asl.ModifierFields;
import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problems;
import dev.stepwise.processor.diag.Where;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;

/**
 * Groups a state method's annotations and checks that they make one state: exactly one state type, only the
 * annotations that type allows, a method generated code can call, and a query language the workflow permits.
 */
final class StateDeclarations {

    static final List<String> STATE_TYPES =
            List.of("Task", "Pass", "Choice", "Wait", "Parallel", "Map", "Succeed", "Fail");

    /** Annotations that write no ASL field, or one every state has. */
    private static final Set<String> COMMON = Set.of("State", "Comment", "StartAt", "Query");
    /** JSONPath's input and output processing annotations, which a JSONata state replaces with expressions. */
    private static final List<String> JSONPATH_ANNOTATIONS = List.of("InputPath", "OutputPath", "ResultSelector");

    private final Elements elements;
    private final Problems problems;
    private final boolean workflowJsonata;

    /** @param workflowJsonata whether the workflow's query language is JSONata, which every state then inherits */
    StateDeclarations(Elements elements, Problems problems, boolean workflowJsonata) {
        this.elements = elements;
        this.problems = problems;
        this.workflowJsonata = workflowJsonata;
    }

    /**
     * Whether a state of {@code stateType} takes the modifier {@code annotation}: whether ASL's table of state fields
     * ({@link StateFields}, the ASL core's) has the field it writes. Two differences are the DSL's own: a Map's
     * legacy {@code Parameters} is written through {@code @Map(itemSelector)}, and {@code @End} is read on a Choice
     * so that the Choice parser can say why a Choice cannot end.
     */
    private static boolean takes(String stateType, String annotation) {
        if (stateType.equals("Choice") && annotation.equals("End")) {
            return true;
        }
        if (stateType.equals("Map") && annotation.equals("Parameters")) {
            return false;
        }
        StateType type = StateType.fromAslName(stateType).orElseThrow();
        return ModifierFields.fieldOf(annotation).filter(field -> StateFields.isKnown(type, field)).isPresent();
    }

    /** The method as a state; empty when it carries no state annotation. */
    Optional<DeclaredState> declare(String className, int index, ExecutableElement method) {
        var where = Where.state(className, index);
        var annotations = new LinkedHashMap<String, List<AnnotationReader>>();
        for (AnnotationMirror mirror : StateMethods.stepwise(method.getAnnotationMirrors())) {
            annotations.computeIfAbsent(StateMethods.simpleName(mirror), k -> new ArrayList<>())
                    .add(new AnnotationReader(mirror, elements));
        }
        List<String> stateTypes = STATE_TYPES.stream().filter(annotations::containsKey).toList();
        if (stateTypes.isEmpty()) {
            String first = annotations.keySet().iterator().next();
            problems.add(Message.MODIFIER_WITHOUT_STATE, where.on(first), first);
            return Optional.empty();
        }
        if (stateTypes.size() > 1) {
            problems.add(Message.CONFLICTING_STATE_TYPES, where.on(stateTypes.get(1)), stateTypes.get(0), stateTypes.get(1));
        }
        checkCallable(method, where);
        String stateType = stateTypes.get(0);
        for (String annotation : annotations.keySet()) {
            if (!STATE_TYPES.contains(annotation) && !COMMON.contains(annotation) && !takes(stateType, annotation)) {
                problems.add(Message.NOT_ALLOWED_ON_TYPE, where.on(annotation), annotation, stateType);
            }
        }
        boolean jsonata = workflowJsonata;
        if (annotations.containsKey("Query")) {
            jsonata = annotations.get("Query").get(0).enumName("value").equals("JSONATA");
            if (workflowJsonata && !jsonata) {
                problems.add(Message.JSONPATH_IN_JSONATA, where.on("Query", "value"));
            }
        }
        var declared = DeclaredState.of(method, where, stateType, annotations, jsonata, jsonata && !workflowJsonata);
        if (jsonata) {
            JSONPATH_ANNOTATIONS.stream().filter(declared::has).forEach(annotation -> problems.add(Message.JSONPATH_ONLY,
                    where.on(annotation), "@" + annotation, "its expressions read $states.input and @Output shapes the output"));
        } else if (declared.has("Output")) {
            problems.add(Message.JSONATA_ONLY, where.on("Output"), "@Output", "use @ResultPath and @OutputPath");
        }
        return Optional.of(declared);
    }

    /** The generated Workflow class calls the method on an instance, with arguments of known JSON shape. */
    private void checkCallable(ExecutableElement method, Where where) {
        String methodName = method.getSimpleName().toString();
        if (method.getModifiers().contains(Modifier.PRIVATE)) {
            problems.add(Message.STATE_METHOD_PRIVATE, where, methodName);
        }
        if (method.getModifiers().contains(Modifier.STATIC)) {
            problems.add(Message.STATE_METHOD_STATIC, where, methodName);
        }
        if (!method.getTypeParameters().isEmpty()) {
            problems.add(Message.STATE_METHOD_GENERIC, where, methodName);
        }
    }
}
