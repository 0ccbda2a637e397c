package dev.stepwise.processor.parse;

import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problems;
import dev.stepwise.processor.diag.Where;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * State methods a workflow or flow class inherits. Its states are the methods it declares itself (javac does not
 * inherit a method's annotations, and the generated binding and diagnostics follow the declaring class), so a
 * state method of a superclass or an interface's default method would be dropped without a word: each is an error
 * on the class, unless the class overrides it with a state method of its own.
 */
final class InheritedStates {

    private InheritedStates() {
    }

    /** An inherited instance method that is no member of the class: another supertype overrides it first. */
    private static boolean overriddenBelow(ExecutableElement method, Set<Element> members) {
        Set<Modifier> modifiers = method.getModifiers();
        return !modifiers.contains(Modifier.PRIVATE) && !modifiers.contains(Modifier.STATIC)
                && !members.contains(method);
    }

    static void report(TypeElement type, Elements elements, Problems problems) {
        List<ExecutableElement> own = StateMethods.of(type);
        Set<Element> members = new HashSet<>(elements.getAllMembers(type));
        for (TypeElement supertype : Supertypes.all(type)) {
            if (supertype.equals(type)) {
                continue;
            }
            for (ExecutableElement method : StateMethods.of(supertype)) {
                if (overriddenBelow(method, members)) {
                    continue; // a class between them overrides it: that class's method is the one to report
                }
                if (own.stream().noneMatch(mine -> elements.overrides(mine, method, type))) {
                    problems.add(Message.INHERITED_STATE, Where.type(type.getQualifiedName().toString()),
                            type.getSimpleName(), method.getSimpleName(), supertype.getSimpleName(), type.getSimpleName());
                }
            }
        }
    }
}
