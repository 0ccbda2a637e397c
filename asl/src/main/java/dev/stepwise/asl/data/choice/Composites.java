package dev.stepwise.asl.data.choice;

import dev.stepwise.asl.data.DataScope;

/** {@code And}, {@code Or} and {@code Not}: they short-circuit left to right, as AWS evaluates them. */
final class Composites {

    private Composites() {
    }

    record And(Condition[] all) implements Condition {
        @Override
        public boolean test(DataScope scope) {
            for (Condition condition : all) {
                if (!condition.test(scope)) {
                    return false;
                }
            }
            return true;
        }
    }

    record Or(Condition[] any) implements Condition {
        @Override
        public boolean test(DataScope scope) {
            for (Condition condition : any) {
                if (condition.test(scope)) {
                    return true;
                }
            }
            return false;
        }
    }

    record Not(Condition negated) implements Condition {
        @Override
        public boolean test(DataScope scope) {
            return !negated.test(scope);
        }
    }
}
