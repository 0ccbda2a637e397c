package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.stepwise.asl.ResultWriterTransformation;
import dev.stepwise.asl.data.Json;

/**
 * A Map state's result when nothing is exported to S3: its iterations' outputs in item order, shaped by the
 * ResultWriter's {@code WriterConfig.Transformation}. FLATTEN splices in the elements of each succeeded output that
 * is an array; a failed iteration's result stays as it is (AWS's ResultWriter page: "If a child workflow execution
 * fails, Step Functions returns its execution result unchanged"). NONE, which AWS documents as adding each child's
 * execution metadata, is answered as COMPACT: the shape of that metadata in a state output is not recorded.
 */
final class MapResults {

    private MapResults() {
    }

    /** @param transformation the WriterConfig's Transformation; {@code null} when none is given */
    static ArrayNode output(ResultWriting.Outcome[] outcomes, ResultWriterTransformation transformation) {
        boolean flatten = transformation == ResultWriterTransformation.FLATTEN;
        ArrayNode output = Json.NODES.arrayNode(outcomes.length);
        for (ResultWriting.Outcome outcome : outcomes) {
            JsonNode result = outcome.output();
            if (flatten && !outcome.failed() && result.isArray()) {
                output.addAll((ArrayNode) result);
            } else {
                output.add(result);
            }
        }
        return output;
    }
}
