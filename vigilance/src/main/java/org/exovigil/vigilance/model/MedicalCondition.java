package org.exovigil.vigilance.model;

/**
 * ICH E2B(R3) D.7.1.r, one condition of the patient's relevant medical history (a disease, a surgical
 * procedure), coded in MedDRA.
 *
 * @param coded         D.7.1.r.1a/b
 * @param startedOn     D.7.1.r.2, to the precision sent
 * @param continuing    D.7.1.r.3; null when not said
 * @param endedOn       D.7.1.r.4
 * @param comments      D.7.1.r.5 (2000)
 * @param familyHistory D.7.1.r.6; null when not said
 */
public record MedicalCondition(
        CodedTerm coded,
        PartialDate startedOn,
        Boolean continuing,
        PartialDate endedOn,
        String comments,
        Boolean familyHistory) {}
