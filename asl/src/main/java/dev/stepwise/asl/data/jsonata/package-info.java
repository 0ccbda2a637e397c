/**
 * JSONata as AWS Step Functions runs it, on top of the Java port {@code com.dashjoin:jsonata}.
 *
 * <ul>
 *   <li>{@link dev.stepwise.asl.data.jsonata.JsonataTemplate}: a JSONata state's field ({@code Arguments},
 *       {@code Output}, {@code Assign}, {@code Items}, {@code Condition}, ...) compiled once, with typed
 *       evaluation for single-value fields.</li>
 *   <li>{@link dev.stepwise.asl.data.jsonata.JsonataExpression}: one {@code {% ... %}} expression, compiled
 *       once and safe to share between threads.</li>
 *   <li>{@link dev.stepwise.asl.data.jsonata.JsonataBindings}: {@code $states} and the workflow variables.</li>
 *   <li>{@link dev.stepwise.asl.data.jsonata.QueryEvaluationException}: a failure worded as AWS words it, to
 *       be turned into {@code States.QueryEvaluationError}; {@link
 *       dev.stepwise.asl.data.jsonata.JsonataSyntaxException}: an expression that does not parse.</li>
 * </ul>
 *
 * <p>Every expression also sees AWS's added functions ({@code $partition}, {@code $range}, {@code $hash},
 * {@code $random}, {@code $uuid}, {@code $parse}), refuses {@code $eval}, and gets jsonata-js behaviour where the
 * Java port differs ({@code $string}, {@code $number}, {@code $sort}, {@code $encodeUrl}, {@code $now}, error
 * messages).
 */
package dev.stepwise.asl.data.jsonata;
