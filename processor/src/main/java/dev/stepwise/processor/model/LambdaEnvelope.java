package dev.stepwise.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The optimized Lambda integration's result: a Task whose resource is {@code arn:<partition>:states:::lambda:invoke}
 * (request-response only; {@code .waitForTaskToken} returns what the callback sends) has as result Lambda's Invoke
 * response, {@code {"ExecutedVersion", "Payload", "SdkHttpMetadata", "SdkResponseMetadata", "StatusCode"}}, with
 * the function's result as {@code Payload}. Its bound method stands for the function: it receives the request's
 * {@code Payload} and returns what becomes the response's. The record is
 * {@code dev.stepwise.workflow.LambdaInvocation}, shared with the generated binding.
 */
public final class LambdaEnvelope {

    private static final Pattern RESOURCE = Pattern.compile("arn:[^:]+:states:::lambda:invoke");
    private static final String PACKAGE = "dev.stepwise.workflow";
    private static final String NAME = "LambdaInvocation";
    private static final Map<String, String> BOXES = Map.of("int", "Integer", "long", "Long", "double", "Double",
            "float", "Float", "boolean", "Boolean", "short", "Short", "byte", "Byte", "char", "Character");

    private LambdaEnvelope() {
    }

    /** Whether a Task with this resource returns the envelope. */
    public static boolean wraps(String resource) {
        return resource != null && RESOURCE.matcher(resource).matches();
    }

    /** The envelope type around a function result of type {@code payload} (any JSON for a void method). */
    public static JavaType of(JavaType payload) {
        JavaType argument = payload.equals(JavaType.VOID) ? JavaType.JSON
                : payload instanceof JavaType.PrimitiveType p ? JavaType.ClassType.of("java.lang", BOXES.get(p.keyword()))
                : payload;
        return new JavaType.ClassType(PACKAGE, List.of(NAME), List.of(argument));
    }

    /** The envelope's JSON properties, when {@code type} is the envelope. */
    public static Optional<List<TypeCatalog.Property>> propertiesOf(JavaType type) {
        if (!(type instanceof JavaType.ClassType c) || !c.qualifiedName().equals(PACKAGE + "." + NAME)
                || c.typeArguments().size() != 1) {
            return Optional.empty();
        }
        return Optional.of(List.of(
                new TypeCatalog.Property("ExecutedVersion", JavaType.STRING),
                new TypeCatalog.Property("Payload", c.typeArguments().get(0)),
                new TypeCatalog.Property("SdkHttpMetadata", JavaType.JSON),
                new TypeCatalog.Property("SdkResponseMetadata", JavaType.JSON),
                new TypeCatalog.Property("StatusCode", JavaType.INTEGER)));
    }
}
