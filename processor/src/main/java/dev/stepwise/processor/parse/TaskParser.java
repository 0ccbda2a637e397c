package dev.stepwise.processor.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problems;
import dev.stepwise.processor.diag.Where;
import dev.stepwise.processor.model.LambdaEnvelope;
import dev.stepwise.processor.model.RawJson;
import dev.stepwise.processor.model.StateModel;
import dev.stepwise.processor.model.TaskSignature;
import dev.stepwise.processor.model.TaskTimeouts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads a Task state: its resource, timeouts and credentials, and the method's signature, whose {@code @From}
 * parameters become entries of the state's Parameters (Arguments in JSONata).
 */
final class TaskParser implements StateParser {

    private static final Pattern WHOLE_PLACEHOLDER = Pattern.compile("\\$\\{[^}]+}");

    private final Elements elements;
    private final TypeReader types;
    private final GeneratedAccess access;
    private final InnerClasses innerClasses;
    private final StateParts parts;
    private final Problems problems;
    private final StateAttributes attributes;

    TaskParser(Elements elements, TypeReader types, GeneratedAccess access, StateParts parts) {
        this.elements = elements;
        this.types = types;
        this.access = access;
        this.innerClasses = new InnerClasses(elements);
        this.parts = parts;
        this.problems = parts.problems();
        this.attributes = parts.attributes();
    }

    @Override
    public StateModel parse(DeclaredState d, String comment, String following) {
        AnnotationReader task = d.one("Task");
        String resource = task.string("resource");
        Where at = d.where().on("Task", "resource");
        if (resource.isBlank()) {
            problems.add(Message.TASK_WITHOUT_RESOURCE, at);
        } else if (!resource.startsWith("arn:") && !WHOLE_PLACEHOLDER.matcher(resource).matches()) {
            // "${ChargeFunctionArn}", substituted at deployment, is how SAM templates name a function they create
            problems.add(Message.INVALID_RESOURCE, at, resource);
        }
        TaskTimeouts timeouts = timeouts(d, task);
        RawJson credentials = attributes.payload(d.where().on("Task", "credentials"), task.string("credentials"),
                "credentials", true);
        TaskSignature signature = signature(d);
        RawJson parameters = parameters(d, signature, LambdaEnvelope.wraps(resource));
        return new StateModel.Task(d.name(), comment, parts.transition(d, following),
                parts.dataFlow().data(d, parameters), resource, timeouts, credentials,
                parts.errorHandling().errorHandling(d), signature, parts.dataFlow().expressions(d));
    }

    private TaskTimeouts timeouts(DeclaredState d, AnnotationReader task) {
        Integer timeout = attributes.optionalInteger(task, "timeoutSeconds");
        Integer heartbeat = attributes.optionalInteger(task, "heartbeatSeconds");
        String timeoutPath = attributes.dynamic(d, task, "Task", "timeoutSecondsPath");
        String heartbeatPath = attributes.dynamic(d, task, "Task", "heartbeatSecondsPath");
        attributes.exclusive(d, task, "Task", "timeoutSeconds", "timeoutSecondsPath");
        attributes.exclusive(d, task, "Task", "heartbeatSeconds", "heartbeatSecondsPath");
        return new TaskTimeouts(timeout, timeoutPath, heartbeat, heartbeatPath);
    }

    /** The method's parameters with their {@code @From} sources, which every parameter but a sole one needs. */
    private TaskSignature signature(DeclaredState d) {
        var parameters = new ArrayList<TaskSignature.Parameter>();
        List<? extends VariableElement> declared = d.method().getParameters();
        for (VariableElement parameter : declared) {
            String name = parameter.getSimpleName().toString();
            String source = null;
            for (AnnotationMirror mirror : StateMethods.stepwise(parameter.getAnnotationMirrors())) {
                if (StateMethods.simpleName(mirror).equals("From")) {
                    source = new AnnotationReader(mirror, elements).string("value");
                    Where at = d.where().parameter(name).on("From", "value");
                    (d.jsonata() ? JsonataSyntax.check(source) : Intrinsics.checkSource(source, "@From path"))
                            .ifPresent(f -> problems.add(f.at(at)));
                }
            }
            if (source == null && declared.size() > 1) {
                problems.add(Message.PARAMETER_WITHOUT_FROM, d.where().parameter(name), name);
            }
            checkNameable(parameter.asType(), d.where().parameter(name));
            parameters.add(new TaskSignature.Parameter(name, source, types.read(parameter.asType())));
        }
        checkNameable(d.method().getReturnType(), d.where());
        if (!d.method().getModifiers().contains(Modifier.PRIVATE) && !access.callable(d.method())) {
            problems.add(Message.TASK_METHOD_NOT_PUBLIC, d.where(), d.method().getSimpleName(),
                    d.method().getEnclosingElement().getSimpleName(), access.packageName());
        }
        return new TaskSignature(d.method().getSimpleName().toString(), parameters, types.read(d.method().getReturnType()));
    }

    /**
     * The generated class converts a Task's arguments and result, and its records hold them: it names their types,
     * and Jackson creates them from JSON.
     */
    private void checkNameable(TypeMirror type, Where at) {
        access.hidden(type).ifPresent(hidden -> problems.add(Message.TYPE_NOT_ACCESSIBLE, at, hidden.type(),
                hidden.reason(), access.packageName(), hidden.remedy()));
        innerClasses.in(type).ifPresent(inner -> problems.add(Message.INNER_CLASS, at,
                types.display(inner), types.display((TypeElement) inner.getEnclosingElement())));
    }

    /**
     * {@code @Parameters} raw JSON, with one {@code "<name>.$"} key added per {@code @From} parameter; in a JSONata
     * state the {@code Arguments}, with one {@code "<name>": "{% expression %}"} entry per {@code @From} parameter.
     * For {@code lambda:invoke} they go into the {@code Payload} object, what the function (the method) receives; a
     * Payload given otherwise (a path, an expression, a value) leaves them nowhere to go, which is an error.
     */
    private RawJson parameters(DeclaredState d, TaskSignature signature, boolean lambdaPayload) {
        RawJson raw = d.has("Parameters")
                ? attributes.payload(d, d.where().on("Parameters", "value"), d.one("Parameters").string("value"), "@Parameters")
                : null;
        List<TaskSignature.Parameter> bound = signature.parameters().stream().filter(p -> !p.wholeInput()).toList();
        if (bound.isEmpty()) {
            return raw;
        }
        ObjectNode parameters = JsonNodeFactory.instance.objectNode();
        if (raw != null) {
            JsonNode tree = Payloads.parse(raw.text(), "@Parameters", new ArrayList<>(), false);
            if (tree instanceof ObjectNode object) {
                parameters.setAll(object);
            }
        }
        ObjectNode target = parameters;
        if (lambdaPayload) {
            JsonNode payload = parameters.get("Payload");
            if (payload instanceof ObjectNode object) {
                target = object;
            } else if (payload == null && !parameters.has("Payload.$")) {
                target = parameters.putObject("Payload");
            } else {
                // the method receives that Payload: a @From value beside it would reach neither AWS nor the method
                String given = payload == null ? "the path " + parameters.get("Payload.$") : payload.toString();
                bound.forEach(p -> problems.add(Message.FROM_BESIDE_LAMBDA_PAYLOAD, d.where().parameter(p.name()),
                        p.name(), given));
                return raw;
            }
        }
        ObjectNode into = target;
        bound.forEach(p -> {
            // "x" and "x.$" both give the task its field x: one would silently win over the other
            String taken = into.has(p.name()) ? p.name() : into.has(p.name() + ".$") ? p.name() + ".$" : null;
            if (taken != null) {
                problems.add(Message.FROM_KEY_TAKEN, d.where().parameter(p.name()).on("From", "value"), p.name(), taken);
            }
            if (d.jsonata()) {
                into.put(p.name(), JsonataSyntax.wrap(p.source()));
            } else {
                into.put(p.name() + ".$", p.source());
            }
        });
        return Payloads.raw(parameters);
    }
}
