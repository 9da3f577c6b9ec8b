package org.exovigil.app.committees;

import java.time.LocalDate;

/**
 * One reporting deadline of a case's current version, as intake computed it from the rulebook's duties (for a
 * plan under the ASRM, the committee's 7 and 15 days of Enforcement Regulation Art 35), with the source that sets
 * it.
 *
 * @param dueOn the day it is due, or null for a periodic duty without a fixed day
 */
public record CaseDeadline(String duty, String regime, LocalDate dueOn, String kind, String source) {}
