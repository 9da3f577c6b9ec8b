package org.exovigil.vigilance.model;

/**
 * ICH E2B(R3) D.8.r, a drug in the patient's past drug history.
 *
 * @param name       D.8.r.1 name of the drug as reported (250)
 * @param productId  D.8.r.2 the product's identifier in its code system (an MPID, or FDA's NDC)
 * @param startedOn  D.8.r.4, to the precision sent
 * @param endedOn    D.8.r.5
 * @param indication D.8.r.6 in MedDRA
 * @param reaction   D.8.r.7 the reaction it caused, in MedDRA
 */
public record PastDrug(
        String name,
        CodedTerm productId,
        PartialDate startedOn,
        PartialDate endedOn,
        CodedTerm indication,
        CodedTerm reaction) {}
