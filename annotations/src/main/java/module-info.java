/** The Stepwise DSL and the small contract generated workflow classes implement. */
module dev.stepwise.annotations {
    requires transitive com.fasterxml.jackson.databind;
    // generated classes carry javax.annotation.processing.Generated (source retention): a module reading this one
    // reads java.compiler while it compiles, and needs nothing of it at run time
    requires static transitive java.compiler;

    exports dev.stepwise.annotations;
    exports dev.stepwise.workflow;
}
