package dev.stepwise.workflow;

/**
 * A Task state's local implementation, as the generated {@code <Name>Workflow} binds it: JSON text in, JSON text out.
 *
 * <p>Text keeps this module free of dependencies; the generated binding converts to and from the typed records with
 * Jackson. An exception thrown here becomes the Task's ASL error (see {@link ErrorName}).
 */
@FunctionalInterface
public interface TaskMethod {
    String invoke(String inputJson) throws Exception;
}
