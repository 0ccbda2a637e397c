package dev.stepwise.samples.saga;

import dev.stepwise.annotations.Catch;
import dev.stepwise.annotations.Fail;
import dev.stepwise.annotations.From;
import dev.stepwise.annotations.Next;
import dev.stepwise.annotations.Pass;
import dev.stepwise.annotations.Query;
import dev.stepwise.annotations.QueryLanguage;
import dev.stepwise.annotations.ResultPath;
import dev.stepwise.annotations.Retry;
import dev.stepwise.annotations.Succeed;
import dev.stepwise.annotations.Task;
import dev.stepwise.annotations.Wait;
import dev.stepwise.annotations.Workflow;

/**
 * Books a flight, a hotel and a car. When a booking fails, the Catch handlers undo the bookings already made, in
 * reverse order, then fail the execution with the original error.
 */
@Workflow(name = "TripBookingSaga", comment = "Book a trip; compensate completed bookings on failure")
public class TripBooking {

    @Pass(parameters = "{\"tripId.$\": \"$.trip.id\", \"startedAt.$\": \"$$.Execution.StartTime\"}")
    @ResultPath("$.booking")
    void start() {
    }

    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:book-flight",
            timeoutSecondsPath = "$.limits.bookingTimeoutSeconds",
            credentials = "{\"RoleArn\": \"arn:aws:iam::123456789012:role/flights-partner\"}")
    @Retry(errors = "FlightsUnavailable", intervalSeconds = 3, maxAttempts = 2, backoffRate = 1.5)
    @Catch(errors = "States.ALL", next = "bookingFailed", resultPath = "$.error")
    @ResultPath("$.flight")
    Reservation bookFlight(@From("$.trip") Trip trip) {
        return new Reservation("FL-" + trip.id(), trip.origin() + "->" + trip.destination());
    }

    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:book-hotel",
            heartbeatSecondsPath = "$.limits.heartbeatSeconds")
    @Catch(errors = "States.ALL", next = "cancelFlight", resultPath = "$.error")
    @ResultPath("$.hotel")
    Reservation bookHotel(@From("$.trip") Trip trip) {
        return new Reservation("HT-" + trip.id(), trip.destination());
    }

    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:book-car")
    @Catch(errors = "States.ALL", next = "cancelHotel", resultPath = "$.error")
    @ResultPath("$.car")
    @Query(QueryLanguage.JSONPATH)
    Reservation bookCar(@From("$.trip.destination") String city, @From("$.trip.id") String tripId) {
        return new Reservation("CR-" + tripId, city);
    }

    @Succeed
    void booked() {
    }

    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:cancel-hotel")
    @Retry(errors = "States.ALL", intervalSeconds = 2, maxAttempts = 10, backoffRate = 2, maxDelaySeconds = 300)
    @ResultPath(nullResult = true)
    void cancelHotel(@From("$.hotel.reservationId") String reservationId) {
        // cancelling is idempotent: the local stand-in has nothing to release
    }

    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:cancel-flight")
    @Retry(errors = "States.ALL", intervalSeconds = 2, maxAttempts = 10, backoffRate = 2, maxDelaySeconds = 300)
    @ResultPath("null")
    void cancelFlight(@From("$.flight.reservationId") String reservationId) {
    }

    @Wait(secondsPath = "$.limits.settleSeconds")
    @Next("bookingFailed")
    void settle() {
    }

    @Fail(errorPath = "$.error.Error", causePath = "$.error.Cause")
    void bookingFailed() {
    }

    /** The trip to book. */
    public record Trip(String id, String origin, String destination, String departure, String returning) {
    }

    /** A confirmed booking. */
    public record Reservation(String reservationId, String description) {
    }
}
