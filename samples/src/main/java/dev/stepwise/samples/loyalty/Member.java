package dev.stepwise.samples.loyalty;

/** A loyalty programme member as the member service returns it. */
public record Member(String memberId, String tier) {
}
