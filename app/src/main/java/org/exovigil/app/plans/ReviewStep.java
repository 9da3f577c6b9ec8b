package org.exovigil.app.plans;

import java.time.Instant;

/** One step of a plan's review: a declared conflict, a question, an answer, or the decision. */
public record ReviewStep(int seq, String kind, String byWhom, Instant at, String text) {}
