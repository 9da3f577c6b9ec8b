package org.exovigil.vigilance.events;

import org.exovigil.vigilance.verification.Countersignature;
import org.exovigil.vigilance.verification.Proposal;

/**
 * The decision on an event, in force: the proposal, its countersignature (null where the event is not grave), and
 * the clinic the decision names in public (null: none named).
 */
public record EventDecision(Proposal proposal, Countersignature countersignature, String clinicNamed) {}
