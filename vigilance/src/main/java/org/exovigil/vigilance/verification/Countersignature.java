package org.exovigil.vigilance.verification;

import java.time.Instant;

/** A second regulator's agreement with a proposed decision: who, when, and why they agree. */
public record Countersignature(String by, Instant at, String reason) {}
