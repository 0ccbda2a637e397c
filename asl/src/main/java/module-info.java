/**
 * The rules of the Amazon States Language, once, for the processor and the runtime: the definition validator,
 * paths, payload templates, intrinsic functions, Choice conditions, JSONata, error names.
 */
module dev.stepwise.asl {
    requires transitive com.fasterxml.jackson.databind;
    requires json.path;
    requires com.dashjoin.jsonata;
    // optional: only the SVG layout uses it (see asl/pom.xml)
    requires static org.eclipse.elk.alg.layered;
    requires static org.eclipse.elk.core;
    requires static org.eclipse.elk.graph;
    requires static org.eclipse.emf.common;

    exports dev.stepwise.asl;
    exports dev.stepwise.asl.data;
    exports dev.stepwise.asl.data.choice;
    exports dev.stepwise.asl.data.intrinsics;
    exports dev.stepwise.asl.data.jsonata;
    exports dev.stepwise.asl.data.path;
    exports dev.stepwise.asl.error;
    exports dev.stepwise.asl.graph;
    exports dev.stepwise.asl.validation;
}
