package dev.stepwise.processor.parse;

import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Whether Lombok rewrites classes of a round. Lombok adds getters, constructors and builders (and makes a
 * {@code @Value} class final) by changing the syntax trees of the round it processes, and javac runs a round's
 * processors in processor-path order: a processor before Lombok sees those classes without what Lombok adds, though
 * Jackson will see it. javac enters the rewritten trees in the next round.
 */
public final class LombokRewrites {

    private LombokRewrites() {
    }

    /** Whether a class compiled from source in this round, one of its members or nested classes uses Lombok. */
    public static boolean inRound(RoundEnvironment round) {
        return round.getRootElements().stream().anyMatch(root -> root instanceof TypeElement && usesLombok(root));
    }

    private static boolean usesLombok(Element element) {
        return element.getAnnotationMirrors().stream().anyMatch(LombokRewrites::lombok)
                || element.getEnclosedElements().stream().anyMatch(LombokRewrites::usesLombok);
    }

    private static boolean lombok(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString()
                .startsWith("lombok.");
    }
}
