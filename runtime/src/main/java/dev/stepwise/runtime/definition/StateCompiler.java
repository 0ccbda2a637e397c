package dev.stepwise.runtime.definition;

import dev.stepwise.asl.QueryLanguage;
import dev.stepwise.asl.validation.Problems;

/**
 * Compiles one state: settles its query language, then hands it to the compiler of its type. Also home to what
 * every type shares outside data flow: the query language and the Next/End transition.
 */
final class StateCompiler {

    private StateCompiler() {
    }

    /** The state's plan; {@code null} when its Type is missing or unknown (reported). */
    static StatePlan compile(String name, Fields f, Problems problems, QueryLanguage machineLanguage) {
        boolean jsonata = language(f, machineLanguage) == QueryLanguage.JSONATA;
        String type = f.requiredString("Type");
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "Pass" -> SimpleStateCompiler.pass(name, f, problems, jsonata);
            case "Task" -> TaskCompiler.compile(name, f, problems, jsonata);
            case "Choice" -> ChoiceCompiler.compile(name, f, problems, jsonata);
            case "Wait" -> SimpleStateCompiler.wait(name, f, problems, jsonata);
            case "Succeed" -> SimpleStateCompiler.succeed(name, f, problems, jsonata);
            case "Fail" -> SimpleStateCompiler.fail(name, f, problems, jsonata);
            case "Parallel" -> ParallelCompiler.compile(name, f, problems, jsonata, machineLanguage);
            case "Map" -> MapCompiler.compile(name, f, problems, jsonata, machineLanguage);
            default -> {
                problems.schema(f.at("Type"), "unknown state type '" + type
                        + "' (expected Pass, Task, Choice, Wait, Succeed, Fail, Parallel or Map)");
                yield null;
            }
        };
    }

    /**
     * The language of a machine or state, by {@link QueryLanguage}'s rule. An unknown name is reported here too:
     * TestState and {@code validateDefinitions(false)} compile definitions the validator has not seen.
     */
    static QueryLanguage language(Fields f, QueryLanguage machineLanguage) {
        String own = f.string("QueryLanguage");
        if (own != null && QueryLanguage.fromAslName(own).isEmpty()) {
            f.problem("QueryLanguage", "must be JSONPath or JSONata");
        }
        return QueryLanguage.ofState(f.node(), machineLanguage);
    }

    /** Next or End, exactly one of them. */
    static Transition transition(Fields f, Problems problems) {
        String next = f.string("Next");
        Boolean end = f.bool("End");
        boolean ends = Boolean.TRUE.equals(end);
        if (next != null && ends) {
            problems.schema(f.location(), "a state cannot have both Next and End");
        } else if (next == null && !ends) {
            problems.schema(f.location(), "a state needs Next or \"End\": true");
        }
        return next == null ? Transition.END : new Transition(next);
    }
}
