/**
 * Pictures of state machines: one reader from ASL ({@link dev.stepwise.asl.graph.StateGraphReader}) to one model
 * ({@link dev.stepwise.asl.graph.StateGraph}), drawn as Mermaid, Graphviz DOT or a self-contained SVG
 * ({@link dev.stepwise.asl.graph.GraphFormat}). The processor writes Mermaid next to each definition; the CLI, the
 * execution report and the console draw SVG.
 */
package dev.stepwise.asl.graph;
