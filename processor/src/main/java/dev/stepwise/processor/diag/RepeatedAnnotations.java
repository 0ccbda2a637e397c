package dev.stepwise.processor.diag;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Places a diagnostic on the n-th of several repeated annotations. javac positions only the synthesized container
 * of a {@code @Repeatable} annotation, so this walks the source tree instead. Works on javac; elsewhere
 * {@link #print} returns false and the caller falls back to the element.
 */
public final class RepeatedAnnotations {

    private final Trees trees;

    private RepeatedAnnotations(Trees trees) {
        this.trees = trees;
    }

    public static RepeatedAnnotations of(ProcessingEnvironment environment) {
        try {
            return new RepeatedAnnotations(Trees.instance(environment));
        } catch (IllegalArgumentException | LinkageError notJavac) {
            return new RepeatedAnnotations(null);
        }
    }

    boolean print(Diagnostic.Kind kind, String message, Element element, String simpleName, int occurrence,
                  String attribute) {
        if (trees == null) {
            return false;
        }
        TreePath path = trees.getPath(element);
        ModifiersTree modifiers = path == null ? null : modifiers(path.getLeaf());
        if (modifiers == null) {
            return false;
        }
        int seen = 0;
        for (AnnotationTree annotation : modifiers.getAnnotations()) {
            if (simpleName(annotation.getAnnotationType()).equals(simpleName) && seen++ == occurrence) {
                trees.printMessage(kind, message, argument(annotation.getArguments(), attribute, annotation),
                        path.getCompilationUnit());
                return true;
            }
        }
        return false;
    }

    private static Tree argument(List<? extends ExpressionTree> arguments, String attribute, AnnotationTree whole) {
        for (ExpressionTree argument : arguments) {
            if (argument instanceof AssignmentTree assignment
                    && assignment.getVariable().toString().equals(attribute)) {
                return assignment.getExpression();
            }
        }
        return whole;
    }

    private static ModifiersTree modifiers(Tree tree) {
        if (tree instanceof MethodTree method) {
            return method.getModifiers();
        }
        if (tree instanceof ClassTree type) {
            return type.getModifiers();
        }
        if (tree instanceof VariableTree variable) {
            return variable.getModifiers();
        }
        return null;
    }

    private static String simpleName(Tree type) {
        if (type instanceof MemberSelectTree select) {
            return select.getIdentifier().toString();
        }
        return type instanceof IdentifierTree identifier ? identifier.getName().toString() : type.toString();
    }
}
