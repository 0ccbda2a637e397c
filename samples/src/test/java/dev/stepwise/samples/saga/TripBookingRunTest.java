package dev.stepwise.samples.saga;

import static dev.stepwise.test.ExecutionHistory.errors;
import static dev.stepwise.test.ExecutionHistory.events;
import static dev.stepwise.test.StepwiseAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.test.StepwiseTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The TripBooking saga on the local runtime: bookings retried, and on failure the completed ones undone in reverse
 * order before the execution fails with the original error.
 */
@StepwiseTest
class TripBookingRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TripBooking.Trip TRIP = new TripBooking.Trip("t-7", "LIS", "OSL", "2024-02-01",
            "2024-02-08");

    /** The compensations run, in order, with the reservation each one released. */
    private final List<String> cancelled = new CopyOnWriteArrayList<>();

    @Test
    void allThreeBookingsSucceed(LocalRuntime runtime) throws Exception {
        Execution run = runtime.start(TripBookingWorkflow.bind(new TripBooking()), input(30, 10, 60));

        assertThat(run).succeeded().enteredStates("start", "bookFlight", "bookHotel", "bookCar", "booked")
                .outputAs(TripBookingWorkflow.Output.class).satisfies(output -> {
                    assertThat(output.flight()).isEqualTo(new TripBooking.Reservation("FL-t-7", "LIS->OSL"));
                    assertThat(output.hotel()).isEqualTo(new TripBooking.Reservation("HT-t-7", "OSL"));
                    assertThat(output.car()).isEqualTo(new TripBooking.Reservation("CR-t-7", "OSL"));
                    assertThat(Instant.parse(output.booking().get("startedAt").asText()))
                            .isEqualTo(Clocks.DEFAULT_VIRTUAL_START);
                });
    }

    @Test
    void anUnavailableFlightIsRetriedAfterItsInterval(LocalRuntime runtime) {
        TripBooking flightsBusyOnce = new TripBooking() {
            private int calls;

            @Override
            Reservation bookFlight(Trip trip) {
                if (++calls == 1) {
                    throw new FlightsUnavailable("no seats right now");
                }
                return super.bookFlight(trip);
            }
        };

        Execution run = runtime.start(TripBookingWorkflow.bind(flightsBusyOnce), input(30, 10, 60));

        assertThat(run).succeeded().retried("bookFlight", 1);
        assertThat(errors(run, "LambdaFunctionFailed")).containsExactly("FlightsUnavailable");
        List<Instant> flightAttempts = events(run, "LambdaFunctionScheduled").stream()
                .filter(event -> event.detail("resource").asText().endsWith(":book-flight"))
                .map(event -> event.timestamp()).toList();
        assertThat(flightAttempts).hasSize(2);
        assertThat(Duration.between(flightAttempts.get(0), flightAttempts.get(1))).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aFailedCarBookingCancelsTheHotelThenTheFlightAndFailsWithTheCarsError(LocalRuntime runtime) {
        Execution run = runtime.start(TripBookingWorkflow.bind(new CompensationRecorder() {
            @Override
            Reservation bookCar(String city, String tripId) {
                throw new NoCarsLeft("no cars in " + city);
            }
        }), input(30, 10, 60));

        assertThat(run).failedWith("NoCarsLeft", "no cars in OSL").caught("bookCar", "NoCarsLeft")
                .enteredStates("start", "bookFlight", "bookHotel", "bookCar", "cancelHotel", "cancelFlight", "settle",
                        "bookingFailed");
        assertThat(cancelled).containsExactly("hotel HT-t-7", "flight FL-t-7");
    }

    @Test
    void theSettleWaitTakesTheSecondsFromTheInput(LocalRuntime runtime) {
        Execution run = runtime.start(TripBookingWorkflow.bind(new CompensationRecorder() {
            @Override
            Reservation bookCar(String city, String tripId) {
                throw new NoCarsLeft("no cars in " + city);
            }
        }), input(30, 10, 45));

        JsonNode waited = events(run, "WaitStateExited").get(0).detail("name");
        assertThat(waited.asText()).isEqualTo("settle");
        Instant entered = events(run, "WaitStateEntered").get(0).timestamp();
        Instant exited = events(run, "WaitStateExited").get(0).timestamp();
        assertThat(Duration.between(entered, exited)).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void aHotelThatMissesItsHeartbeatCancelsOnlyTheFlight(LocalRuntime.Builder builder) {
        LocalRuntime silentHotel = builder
                .stateHandler("bookHotel", (input, context) -> {
                    context.clock().sleep(Duration.ofSeconds(11)); // heartbeatSeconds is 10 and no beat comes
                    return JSON.readTree("{\"reservationId\": \"HT-late\", \"description\": \"too late\"}");
                })
                .build();

        Execution run = silentHotel.start(TripBookingWorkflow.bind(new CompensationRecorder()), input(30, 10, 60));

        // AWS's error output for a timeout has "Cause": "", and a missed heartbeat is named States.Timeout
        assertThat(run).failedWith("States.Timeout", "").caught("bookHotel", "States.Timeout");
        assertThat(errors(run, "LambdaFunctionTimedOut")).containsExactly("States.Timeout");
        assertThat(cancelled).containsExactly("flight FL-t-7");
    }

    @Test
    void aCompensationThatFailsIsRetriedUntilItGoesThrough(LocalRuntime runtime) {
        Execution run = runtime.start(TripBookingWorkflow.bind(new CompensationRecorder() {
            private int hotelCancellations;

            @Override
            Reservation bookCar(String city, String tripId) {
                throw new NoCarsLeft("no cars in " + city);
            }

            @Override
            void cancelHotel(String reservationId) {
                if (++hotelCancellations <= 3) {
                    throw new IllegalStateException("hotel system unavailable");
                }
                super.cancelHotel(reservationId);
            }
        }), input(30, 10, 60));

        assertThat(run).failedWith("NoCarsLeft").retried("cancelHotel", 3);
        assertThat(errors(run, "LambdaFunctionFailed")).containsExactly("NoCarsLeft", "IllegalStateException",
                "IllegalStateException", "IllegalStateException");
        assertThat(cancelled).containsExactly("hotel HT-t-7", "flight FL-t-7");
    }

    private static JsonNode input(int bookingTimeoutSeconds, int heartbeatSeconds, int settleSeconds) {
        TripBookingWorkflow.Input input = new TripBookingWorkflow.Input(TRIP, JSON.createObjectNode()
                .put("bookingTimeoutSeconds", bookingTimeoutSeconds)
                .put("heartbeatSeconds", heartbeatSeconds)
                .put("settleSeconds", settleSeconds));
        return JSON.valueToTree(input);
    }

    /** The saga with its compensations recorded, so a test sees what was undone and in which order. */
    private class CompensationRecorder extends TripBooking {
        @Override
        void cancelHotel(String reservationId) {
            cancelled.add("hotel " + reservationId);
        }

        @Override
        void cancelFlight(String reservationId) {
            cancelled.add("flight " + reservationId);
        }
    }

    /** A booking error the flight Retry matches by name. */
    static final class FlightsUnavailable extends RuntimeException {
        FlightsUnavailable(String message) {
            super(message);
        }
    }

    static final class NoCarsLeft extends RuntimeException {
        NoCarsLeft(String message) {
            super(message);
        }
    }
}
