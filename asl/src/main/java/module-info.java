/**
 * The rules of the Amazon States Language, once, for the processor and the runtime: the definition validator,
 * paths, payload templates, intrinsic functions, Choice conditions, JSONata, error names.
 */
module dev.stepwise.asl {
    requires transitive com.fasterxml.jackson.databind;
    requires json.path;
    requires com.dashjoin.jsonata;

    exports dev.stepwise.asl;
    exports dev.stepwise.asl.data;
    exports dev.stepwise.asl.data.choice;
    exports dev.stepwise.asl.data.intrinsics;
    exports dev.stepwise.asl.data.jsonata;
    exports dev.stepwise.asl.data.path;
    exports dev.stepwise.asl.error;
    exports dev.stepwise.asl.validation;
}
