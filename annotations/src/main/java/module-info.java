/** The Stepwise DSL and the small contract generated workflow classes implement. */
module dev.stepwise.annotations {
    requires transitive com.fasterxml.jackson.databind;

    exports dev.stepwise.annotations;
    exports dev.stepwise.workflow;
}
