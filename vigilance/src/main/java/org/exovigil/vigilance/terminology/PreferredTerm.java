package org.exovigil.vigilance.terminology;

/**
 * A MedDRA preferred term: one medical concept, with its English name, its Japanese name (null without
 * MedDRA/J) and the system organ class it is counted under when counted once (its primary SOC, pt_soc_code).
 */
public record PreferredTerm(long code, String name, String nameJa, long primarySocCode) {}
