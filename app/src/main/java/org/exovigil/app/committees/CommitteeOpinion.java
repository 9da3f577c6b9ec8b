package org.exovigil.app.committees;

import java.time.Instant;

/** A committee's opinion on a case: which committee, what it said, who recorded it and when. */
public record CommitteeOpinion(String committeeName, String opinion, String byWhom, Instant at) {}
