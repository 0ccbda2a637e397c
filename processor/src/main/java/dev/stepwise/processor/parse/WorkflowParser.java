package dev.stepwise.processor.parse;

import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problems;
import dev.stepwise.processor.diag.Sites;
import dev.stepwise.processor.diag.Where;
import dev.stepwise.processor.model.FlowModel;
import dev.stepwise.processor.model.WorkflowModel;
import dev.stepwise.processor.model.WorkflowSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads a {@code @Workflow} class: its settings annotations, then its states through {@link FlowParser}. */
public final class WorkflowParser {

    private static final int MAX_TAGS = 50;
    private static final int MAX_TAG_KEY = 128;
    private static final int MAX_TAG_VALUE = 256;
    private static final Pattern LOG_GROUP_ARN =
            Pattern.compile("arn:aws[a-z-]*:logs:[a-z0-9-]+:\\d{12}:log-group:[\\w./#-]+:\\*");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");
    private static final Pattern ALIAS_NAME = Pattern.compile("(?!\\d+$)[A-Za-z0-9_-]{1,80}");

    private final Elements elements;

    public WorkflowParser(Elements elements) {
        this.elements = elements;
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
        boolean isClass = type.getKind() == ElementKind.CLASS || type.getKind() == ElementKind.RECORD;
        if (!isClass || type.getModifiers().contains(Modifier.PRIVATE)) {
            String kindName = type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
            String kind = isClass ? "private" : ("aeiou".indexOf(kindName.charAt(0)) >= 0 ? "an " : "a ") + kindName;
            problems.add(Message.WORKFLOW_CLASS, where.on("Workflow"), type.getSimpleName(), kind);
        }
        if (annotations.containsKey("Flow")) {
            problems.add(Message.FLOW_AS_WORKFLOW, where.on("Flow"));
        }
        AnnotationReader workflow = annotations.get("Workflow").get(0);
        if (workflow.enumName("queryLanguage").equals("JSONATA")) {
            problems.add(Message.JSONATA_NOT_SUPPORTED, where.on("Workflow", "queryLanguage"));
        }
        int timeout = workflow.integer("timeoutSeconds");
        if (timeout < 0) {
            problems.add(Message.NEGATIVE_NUMBER, where.on("Workflow", "timeoutSeconds"), "timeoutSeconds", timeout);
        }
        var settings = new WorkflowSettings(workflow.enumName("type"), Math.max(timeout, 0),
                tags(annotations.getOrDefault("Tag", List.of()), where, problems),
                logging(annotations, where, problems), annotations.containsKey("Tracing"),
                role(annotations, where, problems), publish(annotations, where, problems));

        var types = new TypeReader(elements);
        String comment = workflow.string("comment");
        FlowModel flow = new FlowParser(elements, types, problems, sites).parse(type, comment.isEmpty() ? null : comment);
        String name = workflow.string("name").isEmpty() ? type.getSimpleName().toString() : workflow.string("name");
        String packageName = elements.getPackageOf(type).getQualifiedName().toString();
        var model = new WorkflowModel(packageName, classNames(type), name,
                comment.isEmpty() ? null : comment, flow, settings, types.catalog());
        return new ParsedWorkflow(model, problems.snapshot(), sites);
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

    private static List<WorkflowSettings.Tag> tags(List<AnnotationReader> readers, Where where, Problems problems) {
        if (readers.size() > MAX_TAGS) {
            problems.add(Message.TOO_MANY_TAGS, where.on("Tag", MAX_TAGS, null), readers.size());
        }
        var tags = new ArrayList<WorkflowSettings.Tag>();
        var keys = new HashSet<String>();
        for (int k = 0; k < readers.size(); k++) {
            String key = readers.get(k).string("key");
            String value = readers.get(k).string("value");
            if (!keys.add(key)) {
                problems.add(Message.DUPLICATE_TAG_KEY, where.on("Tag", k, "key"), key);
            }
            if (key.length() > MAX_TAG_KEY) {
                problems.add(Message.TAG_KEY_LENGTH, where.on("Tag", k, "key"), abbreviate(key), key.length());
            }
            if (value.length() > MAX_TAG_VALUE) {
                problems.add(Message.TAG_VALUE_LENGTH, where.on("Tag", k, "value"), abbreviate(key), value.length());
            }
            tags.add(new WorkflowSettings.Tag(key, value));
        }
        return tags;
    }

    private static WorkflowSettings.Logging logging(Map<String, List<AnnotationReader>> annotations, Where where,
                                                    Problems problems) {
        if (!annotations.containsKey("Logging")) {
            return null;
        }
        AnnotationReader logging = annotations.get("Logging").get(0);
        String logGroup = logging.string("logGroup");
        if (!logGroup.isEmpty() && !LOG_GROUP_ARN.matcher(logGroup).matches()) {
            problems.add(Message.LOG_GROUP_ARN, where.on("Logging", "logGroup"), logGroup);
        }
        return new WorkflowSettings.Logging(logging.enumName("level"), logging.bool("includeExecutionData"),
                logGroup.isEmpty() ? null : logGroup);
    }

    private static String role(Map<String, List<AnnotationReader>> annotations, Where where, Problems problems) {
        if (!annotations.containsKey("ExecutionRole")) {
            return null;
        }
        String role = annotations.get("ExecutionRole").get(0).string("value");
        if (!ROLE_ARN.matcher(role).matches()) {
            problems.add(Message.ROLE_ARN, where.on("ExecutionRole", "value"), role);
        }
        return role;
    }

    private static WorkflowSettings.Publish publish(Map<String, List<AnnotationReader>> annotations, Where where,
                                                    Problems problems) {
        if (!annotations.containsKey("Publish")) {
            return null;
        }
        AnnotationReader publish = annotations.get("Publish").get(0);
        String alias = publish.string("alias");
        if (!ALIAS_NAME.matcher(alias).matches()) {
            problems.add(Message.ALIAS_NAME, where.on("Publish", "alias"), alias);
        }
        return new WorkflowSettings.Publish(alias, publish.string("description"), publish.strings("routing"));
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "...";
    }
}
