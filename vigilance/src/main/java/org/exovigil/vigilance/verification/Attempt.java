package org.exovigil.vigilance.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One attempt to learn the facts: a request or a call, to whom, when it went out, by when an answer was due, and
 * when it was answered. The record of attempts is what an {@code unverifiable} decision rests on.
 *
 * @param askedOf    whom (a clinic, a physician, a hospital, a coroner, the reporter), in words
 * @param sentAt     when it went out
 * @param dueOn      the day an answer was due; null for a call, which is answered or not at once
 * @param answeredAt when it was answered; null while unanswered
 */
public record Attempt(String askedOf, Instant sentAt, LocalDate dueOn, Instant answeredAt) {

    public Attempt {
        Objects.requireNonNull(askedOf, "askedOf");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    /** Unanswered and still within its time: a failure to answer cannot be claimed of it yet. */
    public boolean awaitingAnswerOn(LocalDate day) {
        return answeredAt == null && dueOn != null && !dueOn.isBefore(day);
    }
}
