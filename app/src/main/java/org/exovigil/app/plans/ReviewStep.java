package org.exovigil.app.plans;

import java.time.Instant;

/**
 * One step in a plan's life: a declared conflict, a question, an answer or a decision on one of its
 * versions; a change filed; the plan withdrawn, suspended, reinstated or revoked.
 */
public record ReviewStep(int seq, int version, String kind, String byWhom, Instant at, String text) {}
