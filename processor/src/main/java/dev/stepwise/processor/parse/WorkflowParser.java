package dev.stepwise.processor.parse;

import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problems;
import dev.stepwise.processor.diag.Sites;
import dev.stepwise.processor.diag.Where;
import dev.stepwise.processor.model.FlowModel;
import dev.stepwise.processor.model.JavaType;
import dev.stepwise.processor.model.WorkflowModel;
import dev.stepwise.processor.model.WorkflowSettings;
import dev.stepwise.asl.ExecutionTimeout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads a {@code @Workflow} class: its settings annotations, then its states through {@link FlowParser}. The
 * deployment settings are read as written; {@code DeploymentValidator} checks them.
 */
public final class WorkflowParser {

    private final Elements elements;
    private final SourceTypes sources;

    /** @param sources the types compiled from source, to tell flows read from class files */
    public WorkflowParser(Elements elements, SourceTypes sources) {
        this.elements = elements;
        this.sources = sources;
    }

    public ParsedWorkflow parse(TypeElement type) {
        var problems = new Problems();
        var sites = new Sites();
        String className = type.getQualifiedName().toString();
        Where where = Where.type(className);
        Map<String, List<AnnotationReader>> annotations = new LinkedHashMap<>();
        for (AnnotationMirror mirror : StateMethods.stepwise(type.getAnnotationMirrors())) {
            annotations.computeIfAbsent(StateMethods.simpleName(mirror), k -> new ArrayList<>())
                    .add(new AnnotationReader(mirror, elements));
        }
        String packageName = elements.getPackageOf(type).getQualifiedName().toString();
        var access = new GeneratedAccess(elements, packageName);
        boolean isClass = type.getKind() == ElementKind.CLASS || type.getKind() == ElementKind.RECORD;
        if (!isClass || type.getModifiers().contains(Modifier.PRIVATE)) {
            String kindName = type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
            String kind = isClass ? "private" : ("aeiou".indexOf(kindName.charAt(0)) >= 0 ? "an " : "a ") + kindName;
            problems.add(Message.WORKFLOW_CLASS, where.on("Workflow"), type.getSimpleName(), kind);
        } else {
            // nested in a private class, it is as hidden from the generated class as a private one
            access.hidden(type).ifPresent(hidden -> problems.add(Message.WORKFLOW_CLASS, where.on("Workflow"),
                    type.getSimpleName(), "nested in the private class " + hidden.type()));
        }
        if (annotations.containsKey("Flow")) {
            problems.add(Message.FLOW_AS_WORKFLOW, where.on("Flow"));
        }
        AnnotationReader workflow = annotations.get("Workflow").get(0);
        boolean jsonata = workflow.enumName("queryLanguage").equals("JSONATA");
        // its bounds are the ASL core's, checked on the written definition (validate/DefinitionRules)
        int timeout = workflow.integer("timeoutSeconds");
        var settings = new WorkflowSettings(workflow.enumName("type"), timeout,
                tags(annotations.getOrDefault("Tag", List.of())), logging(annotations),
                annotations.containsKey("Tracing"), role(annotations), publish(annotations),
                statusRules(annotations.getOrDefault("OnStatusChange", List.of())));

        var types = new TypeReader(elements, sources);
        String comment = workflow.string("comment");
        FlowModel flow = new FlowParser(elements, types, access, sources, problems, sites, jsonata)
                .parse(type, comment.isEmpty() ? null : comment);
        String name = workflow.string("name").isEmpty() ? type.getSimpleName().toString() : workflow.string("name");
        JavaType input = declaredInput(workflow, types, access, new InnerClasses(elements), problems, where);
        var model = new WorkflowModel(packageName, classNames(type), name,
                comment.isEmpty() ? null : comment, flow, settings, types.catalog(), jsonata, input);
        return new ParsedWorkflow(model, problems.snapshot(), sites, types.readUngenerated());
    }

    /**
     * The type {@code @Workflow(input = ...)} declares, when it is one whose properties are known; null when none is
     * declared, or when the declared one has no properties to check paths against (reported).
     */
    private static JavaType declaredInput(AnnotationReader workflow, TypeReader types, GeneratedAccess access,
                                          InnerClasses innerClasses, Problems problems, Where where) {
        if (!workflow.isSet("input")) {
            return null;
        }
        TypeMirror mirror = workflow.type("input");
        // the Input record is built from its properties' types, and a Task may receive it whole
        Optional<GeneratedAccess.Hidden> hidden = access.hidden(mirror).or(() -> mirror instanceof DeclaredType declared
                ? TypeReader.declaredProperties((TypeElement) declared.asElement()).stream()
                        .flatMap(property -> access.hidden(property.type()).stream()).findFirst()
                : Optional.empty());
        if (hidden.isPresent()) {
            problems.add(Message.TYPE_NOT_ACCESSIBLE, where.on("Workflow", "input"), hidden.get().type(),
                    hidden.get().reason(), access.packageName(), hidden.get().remedy());
            return null;
        }
        Optional<TypeElement> inner = innerClasses.in(mirror);
        if (inner.isPresent()) {
            problems.add(Message.INNER_CLASS, where.on("Workflow", "input"), types.display(inner.get()),
                    types.display((TypeElement) inner.get().getEnclosingElement()));
            return null;
        }
        JavaType input = types.read(mirror);
        if (input instanceof JavaType.ClassType c && c.qualifiedName().equals("java.lang.Void")) {
            return null;
        }
        if (types.catalog().propertiesOf(input).filter(properties -> !properties.isEmpty()).isEmpty()) {
            problems.add(Message.INPUT_TYPE_NOT_OBJECT, where.on("Workflow", "input"), input.display(),
                    input.display());
            return null;
        }
        return input;
    }

    private static List<String> classNames(TypeElement type) {
        var names = new ArrayList<String>();
        Element current = type;
        while (current instanceof TypeElement) {
            names.add(0, current.getSimpleName().toString());
            current = current.getEnclosingElement();
        }
        return names;
    }

    private static List<WorkflowSettings.Tag> tags(List<AnnotationReader> readers) {
        return readers.stream().map(tag -> new WorkflowSettings.Tag(tag.string("key"), tag.string("value"))).toList();
    }

    private static List<WorkflowSettings.StatusRule> statusRules(List<AnnotationReader> readers) {
        return readers.stream().map(rule -> new WorkflowSettings.StatusRule(rule.enumNames("statuses"),
                rule.string("target"))).toList();
    }

    private static WorkflowSettings.Logging logging(Map<String, List<AnnotationReader>> annotations) {
        if (!annotations.containsKey("Logging")) {
            return null;
        }
        AnnotationReader logging = annotations.get("Logging").get(0);
        String logGroup = logging.string("logGroup");
        return new WorkflowSettings.Logging(logging.enumName("level"), logging.bool("includeExecutionData"),
                logGroup.isEmpty() ? null : logGroup);
    }

    private static String role(Map<String, List<AnnotationReader>> annotations) {
        return annotations.containsKey("ExecutionRole") ? annotations.get("ExecutionRole").get(0).string("value") : null;
    }

    private WorkflowSettings.Publish publish(Map<String, List<AnnotationReader>> annotations) {
        if (!annotations.containsKey("Publish")) {
            return null;
        }
        AnnotationReader publish = annotations.get("Publish").get(0);
        List<WorkflowSettings.Route> routing = publish.annotations("routing").stream()
                .map(route -> new WorkflowSettings.Route(route.string("version").isEmpty() ? null : route.string("version"),
                        route.integer("weight")))
                .toList();
        String description = publish.string("description");
        return new WorkflowSettings.Publish(publish.string("alias"), description.isEmpty() ? null : description,
                publish.enumName("deployment"), publish.isSet("deployment"),
                publish.isSet("percentage") ? publish.integer("percentage") : null,
                publish.isSet("intervalMinutes") ? publish.integer("intervalMinutes") : null, routing);
    }

}
