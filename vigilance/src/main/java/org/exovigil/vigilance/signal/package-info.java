/**
 * Signal management as EMA's Good Pharmacovigilance Practices Module IX (Rev 1, 2017) lays it out: a
 * signal raised from a source (a disproportionality hit, a cluster of cases, a failed lot release, a single
 * case of special interest, a rise in unlawful marketing) is validated or not (IX.B.3), prioritised (IX.B.4),
 * assessed (IX.B.3) and ends in a recommendation for action (Implementing Regulation (EU) 520/2012 Art 21(1)),
 * with actions that have an owner and a due date. Every step keeps who took it, when, why and on what evidence
 * (IX.B.5, quality requirements: the tracking an inspector reads). A pure state machine in the
 * manner of {@code verification}: each operation returns the next state or the problem that forbids it.
 * The priority score ({@link org.exovigil.vigilance.signal.PriorityScore}) follows vigiRank (Caster et al.
 * 2014) with weights read from a reviewed data file.
 */
package org.exovigil.vigilance.signal;
