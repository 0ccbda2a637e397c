package dev.stepwise.processor.parse;

import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problems;
import dev.stepwise.processor.diag.Where;
import dev.stepwise.processor.model.FlowModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** Resolves the {@code @Flow} class a Parallel branch or Map processor names, and reads it as a nested flow. */
final class Subflows {

    private final Elements elements;
    private final GeneratedAccess access;
    private final SourceTypes sources;
    private final Problems problems;
    private final BiFunction<TypeElement, String, FlowModel> flows;

    /** @param flows reads a flow class, given its comment, into a model: the same parser as the enclosing flow's */
    Subflows(Elements elements, GeneratedAccess access, SourceTypes sources, Problems problems,
             BiFunction<TypeElement, String, FlowModel> flows) {
        this.elements = elements;
        this.access = access;
        this.sources = sources;
        this.problems = problems;
        this.flows = flows;
    }

    /**
     * The flow of the class literal {@code literal}, named by the state's {@code annotation} {@code attribute};
     * empty when it is no {@code @Flow} class.
     *
     * @param role what the flow is to the state, for the diagnostic ("Parallel branch")
     */
    Optional<FlowModel> parse(DeclaredState d, TypeMirror literal, String annotation, String attribute, String role) {
        Optional<String> other = notAClass(literal);
        if (other.isPresent()) {
            problems.add(Message.FLOW_NOT_A_CLASS, d.where().on(annotation, attribute), role, other.get());
            return Optional.empty();
        }
        TypeElement type = (TypeElement) ((DeclaredType) literal).asElement();
        AnnotationMirror flow = StateMethods.stepwise(type.getAnnotationMirrors()).stream()
                .filter(m -> StateMethods.simpleName(m).equals("Flow")).findFirst().orElse(null);
        if (flow == null) {
            problems.add(Message.NOT_A_FLOW, d.where().on(annotation, attribute), type.getSimpleName(), role);
            return Optional.empty();
        }
        if (!instantiable(type)) {
            problems.add(Message.FLOW_NOT_INSTANTIABLE, Where.type(type.getQualifiedName().toString()).on("Flow"),
                    type.getSimpleName());
        }
        if (!sources.compiles(type)) {
            // a class file has no source to point at: the attribute naming it is where the user can act
            reportUnnamedParameters(d.where().on(annotation, attribute), type);
        }
        String comment = new AnnotationReader(flow, elements).string("comment");
        return Optional.of(flows.apply(type, comment.isEmpty() ? null : comment));
    }

    /**
     * What a class literal names when that is not a class, which only a class can hold states: "the interface
     * Runnable", "the primitive type int".
     */
    private static Optional<String> notAClass(TypeMirror literal) {
        return switch (literal.getKind()) {
            case DECLARED -> {
                Element element = ((DeclaredType) literal).asElement();
                String kind = switch (element.getKind()) {
                    case INTERFACE -> "the interface ";
                    case ENUM -> "the enum ";
                    case ANNOTATION_TYPE -> "the annotation type ";
                    case RECORD -> "the record ";
                    default -> null;
                };
                yield Optional.ofNullable(kind).map(k -> k + element.getSimpleName());
            }
            case ARRAY -> Optional.of("the array type " + literal);
            case VOID -> Optional.of("void");
            default -> Optional.of("the primitive type " + literal);
        };
    }

    private void reportUnnamedParameters(Where at, TypeElement type) {
        unnamedParameters(type).ifPresent(method -> {
            String names = method.getParameters().stream().map(p -> p.getSimpleName().toString())
                    .collect(Collectors.joining(", "));
            problems.add(Message.PARAMETER_NAMES_MISSING, at, type.getSimpleName(),
                    method.getSimpleName() + "(" + names + ")", names.replaceAll("(\\w+)", "\"$1\""),
                    type.getSimpleName());
        });
    }

    /**
     * The first Task method whose parameter names javac made up, reading a class compiled without
     * {@code -parameters} (nor {@code -g}): {@code arg0, arg1, ...}. They matter where they become keys of the
     * state's Parameters, which is for every parameter but a sole one taking the whole input.
     */
    private static Optional<ExecutableElement> unnamedParameters(TypeElement type) {
        return StateMethods.of(type).stream()
                .filter(method -> StateMethods.stepwise(method.getAnnotationMirrors()).stream()
                        .anyMatch(mirror -> StateMethods.simpleName(mirror).equals("Task")))
                .filter(method -> {
                    List<? extends VariableElement> parameters = method.getParameters();
                    boolean keyed = parameters.size() > 1 || parameters.stream()
                            .anyMatch(p -> !StateMethods.stepwise(p.getAnnotationMirrors()).isEmpty());
                    return keyed && IntStream.range(0, parameters.size())
                            .allMatch(i -> parameters.get(i).getSimpleName().contentEquals("arg" + i));
                })
                .findFirst();
    }

    /** Whether generated code in the workflow's package can call {@code new Flow()}. */
    private boolean instantiable(TypeElement type) {
        Set<Modifier> modifiers = type.getModifiers();
        boolean nested = type.getNestingKind() == NestingKind.MEMBER;
        if (modifiers.contains(Modifier.ABSTRACT) || access.hidden(type).isPresent()
                || (nested && !modifiers.contains(Modifier.STATIC)) || type.getKind() != ElementKind.CLASS) {
            return false;
        }
        List<ExecutableElement> constructors =
                ElementFilter.constructorsIn(type.getEnclosedElements());
        return constructors.stream().anyMatch(c -> c.getParameters().isEmpty()
                && !c.getModifiers().contains(Modifier.PRIVATE) && access.callable(c));
    }
}
