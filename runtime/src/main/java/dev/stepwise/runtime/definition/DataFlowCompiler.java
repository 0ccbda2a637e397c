package dev.stepwise.runtime.definition;

import dev.stepwise.asl.validation.Problems;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.PayloadTemplate;
import dev.stepwise.asl.data.jsonata.JsonataTemplate;
import java.util.List;

/**
 * Compiles a state's data flow fields into a {@link DataFlow}: InputPath, Parameters, ResultSelector, ResultPath and
 * OutputPath in JSONPath, Arguments and Output in JSONata, and Assign in both. A field of the other query language
 * is rejected, since a plan could read it two ways.
 */
final class DataFlowCompiler {

    /** JSONPath fields a JSONata state must not have, and the other way round. */
    private static final List<String> JSONPATH_ONLY = List.of("InputPath", "Parameters", "ResultSelector",
            "ResultPath", "OutputPath", "ItemsPath");
    private static final List<String> JSONATA_ONLY = List.of("Arguments", "Output", "Items");


    private DataFlowCompiler() {
    }

    /**
     * The data flow fields a state type has besides InputPath, OutputPath (Output in JSONata) and Assign, which every
     * type with a data flow has.
     */
    enum Scope {
        /** Choice, Wait and Succeed. */
        INPUT_OUTPUT(false, false, false),
        /** Pass: Parameters (Arguments) and ResultPath. */
        PASS(true, true, false),
        /** Map: ResultSelector and ResultPath; its Parameters are the legacy name of ItemSelector. */
        MAP(false, true, true),
        /** Task and Parallel: every field. */
        FULL(true, true, true);

        private final boolean parameters;
        private final boolean resultPath;
        private final boolean resultSelector;

        Scope(boolean parameters, boolean resultPath, boolean resultSelector) {
            this.parameters = parameters;
            this.resultPath = resultPath;
            this.resultSelector = resultSelector;
        }
    }

    /** The state's data flow; the fields its {@code scope} leaves out keep their neutral value. */
    static DataFlow compile(Fields f, Problems problems, boolean jsonata, Scope scope) {
        for (String field : jsonata ? JSONPATH_ONLY : JSONATA_ONLY) {
            if (f.has(field)) {
                problems.schema(f.at(field), "is not allowed in a " + (jsonata ? "JSONata" : "JSONPath") + " state");
            }
        }
        Assignment assign = assignment(f, problems, jsonata);
        if (jsonata) {
            return DataFlow.jsonata(scope.parameters ? FieldCompiler.jsonata(f, "Arguments", problems) : null,
                    FieldCompiler.jsonata(f, "Output", problems), assign);
        }
        PathFilter input = FieldCompiler.filter(f, "InputPath", problems);
        PathFilter output = FieldCompiler.filter(f, "OutputPath", problems);
        PayloadTemplate params = scope.parameters ? FieldCompiler.template(f, "Parameters", problems) : null;
        PayloadTemplate selector = scope.resultSelector ? FieldCompiler.template(f, "ResultSelector", problems) : null;
        ResultTarget target = scope.resultPath ? FieldCompiler.resultTarget(f, "ResultPath", problems)
                : ResultTarget.REPLACE;
        return new DataFlow(input, params, selector, target, output, false, null, null, assign);
    }

    /** {@code Assign}, in the state's query language; {@code null} when absent. States, rules and catchers have it. */
    static Assignment assignment(Fields f, Problems problems, boolean jsonata) {
        JsonNode value = f.object("Assign");
        if (value == null) {
            return null;
        }
        if (jsonata) {
            JsonataTemplate template = FieldCompiler.jsonata(f, "Assign", problems);
            return template == null ? null : Assignment.ofJsonata(template);
        }
        PayloadTemplate template = FieldCompiler.template(f, "Assign", problems);
        return template == null ? null : Assignment.ofJsonPath(template);
    }
}
