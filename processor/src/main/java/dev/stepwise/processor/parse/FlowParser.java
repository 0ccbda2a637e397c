package dev.stepwise.processor.parse;

import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problems;
import dev.stepwise.processor.diag.Sites;
import dev.stepwise.processor.diag.Where;
import dev.stepwise.processor.model.FlowModel;
import dev.stepwise.processor.model.JavaType;
import dev.stepwise.processor.model.StateModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads a workflow or {@code @Flow} class into a {@link FlowModel}: one state per annotated method, in declaration
 * order, recursing into Parallel branches and Map processors. {@link StateDeclarations} checks each method's
 * annotations, then the {@link StateParser} of its state type reads it. Every problem found is added to
 * {@link Problems} and parsing goes on, so one compilation shows them all.
 */
final class FlowParser {

    private final Elements elements;
    private final Problems problems;
    private final Sites sites;
    private final StateDeclarations declarations;
    private final Map<String, StateParser> parsers;
    /** The flow classes being read, innermost first: a flow that contains itself is reported, not followed. */
    private final Deque<String> parsing = new ArrayDeque<>();

    /** @param workflowJsonata whether the workflow's query language is JSONata, which every state then inherits */
    FlowParser(Elements elements, TypeReader types, GeneratedAccess access, SourceTypes sources, Problems problems,
               Sites sites, boolean workflowJsonata) {
        this.elements = elements;
        this.problems = problems;
        this.sites = sites;
        this.declarations = new StateDeclarations(elements, problems, workflowJsonata);
        var parts = StateParts.reportingTo(problems);
        var subflows = new Subflows(elements, access, sources, problems, this::parse);
        this.parsers = Map.of(
                "Task", new TaskParser(elements, types, access, parts),
                "Pass", new PassParser(parts),
                "Choice", new ChoiceParser(parts),
                "Wait", new WaitParser(parts),
                "Parallel", new ParallelParser(parts, subflows),
                "Map", new MapParser(parts, subflows),
                "Succeed", (d, comment, following) -> new StateModel.Succeed(d.name(), comment,
                        parts.attributes().path(d, "InputPath"), parts.attributes().path(d, "OutputPath"),
                        parts.dataFlow().expressions(d)),
                "Fail", new FailParser(parts));
    }

    FlowModel parse(TypeElement type, String comment) {
        String className = type.getQualifiedName().toString();
        JavaType.ClassType flowType = TypeReader.classType(type, elements);
        if (parsing.contains(className)) {
            problems.add(Message.RECURSIVE_FLOW, Where.type(className), type.getSimpleName());
            return new FlowModel(flowType, comment, "", List.of());
        }
        parsing.push(className);
        try {
            return parseStates(type, flowType, comment);
        } finally {
            parsing.pop();
        }
    }

    private FlowModel parseStates(TypeElement type, JavaType.ClassType flowType, String comment) {
        String className = flowType.qualifiedName();
        InheritedStates.report(type, elements, problems);
        List<ExecutableElement> methods = StateMethods.of(type);
        var declared = new ArrayList<DeclaredState>();
        for (int i = 0; i < methods.size(); i++) {
            declarations.declare(className, i, methods.get(i)).ifPresent(declared::add);
        }
        if (declared.isEmpty()) {
            problems.add(Message.NO_STATES, Where.type(className), type.getSimpleName());
            return new FlowModel(flowType, comment, "", List.of());
        }
        var states = new ArrayList<StateModel>();
        String startAt = null;
        for (int j = 0; j < declared.size(); j++) {
            DeclaredState state = declared.get(j);
            String following = j + 1 < declared.size() ? declared.get(j + 1).name() : null;
            StateModel model = build(state, following);
            sites.put(model, state.where());
            states.add(model);
            if (state.has("StartAt")) {
                if (startAt != null) {
                    problems.add(Message.MULTIPLE_START_AT, state.where().on("StartAt"), startAt);
                } else {
                    startAt = state.name();
                }
            }
        }
        return new FlowModel(flowType, comment, startAt != null ? startAt : declared.get(0).name(), states,
                !type.getTypeParameters().isEmpty());
    }

    private StateModel build(DeclaredState state, String following) {
        String comment = state.has("Comment") ? state.one("Comment").string("value") : null;
        return parsers.get(state.type()).parse(state, comment, following);
    }
}
