package dev.stepwise.processor.model;

import java.util.List;
import java.util.Optional;

/** One state of a flow: one of the eight ASL state types. */
public sealed interface StateModel {

    String name();

    /** Null when absent. */
    String comment();

    /** Where the state goes next; empty for Choice, Succeed and Fail, which never transition by {@code Next}. */
    default Optional<Transition> transition() {
        return Optional.empty();
    }

    /** Retriers and catchers; none for the state types that take neither. */
    default ErrorHandling errorHandling() {
        return ErrorHandling.NONE;
    }

    /** Every state name this state can go to. */
    List<String> targets();

    /** Its query language, JSONata output and variable assignments. */
    Expressions expressions();

    record Task(String name, String comment, Transition next, DataFlow data, String resource, TaskTimeouts timeouts,
                RawJson credentials, ErrorHandling errors, TaskSignature signature, Expressions expressions)
            implements StateModel {
        @Override
        public ErrorHandling errorHandling() {
            return errors;
        }

        @Override
        public Optional<Transition> transition() {
            return Optional.of(next);
        }

        @Override
        public List<String> targets() {
            return Targets.of(next, errors);
        }
    }

    record Pass(String name, String comment, Transition next, DataFlow data, RawJson result, Expressions expressions)
            implements StateModel {
        @Override
        public Optional<Transition> transition() {
            return Optional.of(next);
        }

        @Override
        public List<String> targets() {
            return Targets.of(next, ErrorHandling.NONE);
        }
    }

    /** @param defaultTarget null when no rule matching raises {@code States.NoChoiceMatched} */
    record Choice(String name, String comment, String inputPath, String outputPath, List<ChoiceRule> rules,
                  String defaultTarget, Expressions expressions) implements StateModel {
        public Choice {
            rules = List.copyOf(rules);
        }

        @Override
        public List<String> targets() {
            var targets = new java.util.ArrayList<String>();
            rules.forEach(r -> targets.add(r.next()));
            if (defaultTarget != null) {
                targets.add(defaultTarget);
            }
            return List.copyOf(targets);
        }
    }

    record Wait(String name, String comment, Transition next, String inputPath, String outputPath,
                WaitDuration duration, Expressions expressions) implements StateModel {
        @Override
        public Optional<Transition> transition() {
            return Optional.of(next);
        }

        @Override
        public List<String> targets() {
            return Targets.of(next, ErrorHandling.NONE);
        }
    }

    record Parallel(String name, String comment, Transition next, DataFlow data, List<FlowModel> branches,
                    ErrorHandling errors, Expressions expressions) implements StateModel {
        @Override
        public ErrorHandling errorHandling() {
            return errors;
        }

        public Parallel {
            branches = List.copyOf(branches);
        }

        @Override
        public Optional<Transition> transition() {
            return Optional.of(next);
        }

        @Override
        public List<String> targets() {
            return Targets.of(next, errors);
        }
    }

    /**
     * @param itemsPath null for the whole input; a JSONata state's {@code Items} expression when it is JSONata;
     *                  {@code mode} is INLINE or DISTRIBUTED; {@code distributed} holds what only DISTRIBUTED uses
     */
    record Map(String name, String comment, Transition next, DataFlow data, String itemsPath, RawJson itemSelector,
               MapLimits limits, FlowModel processor, String mode, DistributedMap distributed, ErrorHandling errors,
               Expressions expressions)
            implements StateModel {
        /** Whether its iterations are child workflow executions (Mode DISTRIBUTED), not part of this execution. */
        public boolean isDistributed() {
            return mode.equals("DISTRIBUTED");
        }

        @Override
        public ErrorHandling errorHandling() {
            return errors;
        }

        @Override
        public Optional<Transition> transition() {
            return Optional.of(next);
        }

        @Override
        public List<String> targets() {
            return Targets.of(next, errors);
        }
    }

    record Succeed(String name, String comment, String inputPath, String outputPath, Expressions expressions)
            implements StateModel {
        @Override
        public List<String> targets() {
            return List.of();
        }
    }

    /** Each of the four fields may be null. */
    record Fail(String name, String comment, String error, String cause, String errorPath, String causePath,
                Expressions expressions) implements StateModel {
        @Override
        public List<String> targets() {
            return List.of();
        }
    }
}
