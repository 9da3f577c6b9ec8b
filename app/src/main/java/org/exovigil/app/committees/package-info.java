/**
 * Certified committees (ASRM Ch. III, Arts 26-34): the regulator registers each committee and its members; a
 * plan remembers the committee whose member first decided it; the committee's members see the adverse-event
 * reports under the plans it reviewed (those naming the plan's clinic and a product of the plan), with each
 * case's reporting deadlines, since the provider reports to the committee as well as to the ministry
 * (Enforcement Regulation Art 35), and record the committee's opinion on a case, which regulators see on the
 * case's page. No one outside the committee sees its cases: a case is found only through the reader's own
 * committee, so another's is "not found". The plans and reports are read in SQL; nothing here depends on the
 * plans or reports packages, which lets the case page show the opinions.
 */
package org.exovigil.app.committees;
