package dev.stepwise.cli;

import dev.stepwise.cli.StepwiseCli.InputException;
import dev.stepwise.runtime.clock.Clock;
import dev.stepwise.runtime.clock.Clocks;
import java.util.Locale;

/** {@code --clock virtual|system}, as {@code run} and {@code serve} take it: in any case, as {@code --type} is. */
final class ClockOption {

    private ClockOption() {
    }

    static Clock parse(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "virtual" -> Clocks.virtual();
            case "system" -> Clocks.system();
            default -> throw new InputException("--clock: unknown clock '" + value + "': use virtual or system");
        };
    }
}
