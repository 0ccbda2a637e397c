package dev.stepwise.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The flow instances a test gives to a generated {@code bind}. */
class FlowInstancesTest {

    static class Payment {
    }

    static class Inventory {
    }

    @Test
    void anInstanceIsFoundByItsFlowClassAndALaterOneReplacesIt() {
        Payment first = new Payment();
        Payment fake = new Payment() {
        };

        FlowInstances flows = FlowInstances.of(Payment.class, first).and(Payment.class, fake);

        assertThat(flows.find(Payment.class)).containsSame(fake);
        assertThat(flows.find(Inventory.class)).isEmpty();
        assertThat(FlowInstances.of(Payment.class, first).find(Payment.class)).containsSame(first);
        assertThat(FlowInstances.none().find(Payment.class)).isEmpty();
    }

    @Test
    void aClassThatIsNotAFlowOfTheWorkflowIsRefused() {
        FlowInstances flows = FlowInstances.of(Inventory.class, new Inventory());

        flows.requireFlowsOf("Orders", Payment.class, Inventory.class);
        assertThatThrownBy(() -> flows.requireFlowsOf("Orders", Payment.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("workflow Orders runs no @Flow class " + Inventory.class.getName() + "; its flows are "
                        + Payment.class.getName());
        assertThatThrownBy(() -> FlowInstances.none().and(Payment.class, null)).isInstanceOf(NullPointerException.class);
    }
}
