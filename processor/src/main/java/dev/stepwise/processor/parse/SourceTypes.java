package dev.stepwise.processor.parse;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The top-level types this compilation compiles from source, gathered round by round: the user's, then those the
 * processors generate. A class read from the class path is not one of them, which is how a class file's missing
 * parameter names are told from names a user wrote, and how a generated class is kept from replacing one.
 */
public final class SourceTypes {

    /** Qualified name to what declared it, for a diagnostic: "a class of that name here", "the class generated ...". */
    private final Map<String, String> origins = new HashMap<>();
    /** This round's subclass index, shared by its workflows; made at first use. */
    private Subclasses subclasses;

    /** The subclasses the compilation shows, indexed once per round for every workflow read in it. */
    Subclasses subclasses(Elements elements) {
        if (subclasses == null) {
            subclasses = new Subclasses(elements, this);
        }
        return subclasses;
    }

    /** Adds the types of a round; those seen before keep their origin. */
    public void add(RoundEnvironment round) {
        subclasses = null; // javac enters the types afresh each round
        for (Element root : round.getRootElements()) {
            if (root instanceof TypeElement type) {
                origins.putIfAbsent(type.getQualifiedName().toString(), "a class of that name in this compilation");
            }
        }
    }

    /** Adds a type before the round that compiles it, for the workflow whose generated class it is. */
    public void addGenerated(String qualifiedName, String workflow) {
        origins.put(qualifiedName, "the class generated for workflow " + workflow);
    }

    /** What declared the type of this name, if it is compiled from source here. */
    public Optional<String> origin(String qualifiedName) {
        return Optional.ofNullable(origins.get(qualifiedName));
    }

    /** The qualified names of the top-level types compiled from source here (a generated one maybe not yet). */
    public Set<String> compiledNames() {
        return Set.copyOf(origins.keySet());
    }

    /** Whether the type, or the top-level type it is nested in, is compiled from source here. */
    public boolean compiles(TypeElement type) {
        Element outermost = type;
        while (outermost.getEnclosingElement() instanceof TypeElement enclosing) {
            outermost = enclosing;
        }
        return origins.containsKey(((TypeElement) outermost).getQualifiedName().toString());
    }
}
