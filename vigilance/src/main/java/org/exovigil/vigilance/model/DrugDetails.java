package org.exovigil.vigilance.model;

import java.util.List;

/**
 * What ICH E2B(R3) G.k says of a drug beyond what Exovigil's own reports hold: kept as received so that a case
 * passed on loses none of it.
 *
 * @param productId     G.k.2.1 the product's identifier in the code system it was sent in (an MPID, or FDA's
 *                      NDC): the code system as terminology, its version and the code
 * @param substances    G.k.2.3.r substances: name, TermID and strength
 * @param obtainedIn    G.k.2.4 the country where the drug was obtained
 * @param authorisation G.k.3
 * @param indications   G.k.7.r indications for use in the case, as reported and coded in MedDRA
 * @param actionTaken   G.k.8
 * @param relatedness   G.k.9.i, the assessments of this drug against each reaction
 * @param blinded       G.k.2.5 investigational product blinded
 * @param cumulativeDose G.k.5 cumulative dose to the first reaction
 * @param gestationExposure G.k.6 gestation period at the time of exposure
 * @param additionalCodes G.k.10.r additional information on the drug, as E2B codes (e.g. 4 taken beyond expiry)
 * @param additionalInfo G.k.11 additional information on the drug, in words
 * @param dosages       G.k.4.r every dosage as sent; the product's own lot, route, dose and start are the
 *                      first's, as Exovigil uses them. Empty for Exovigil's own reports, whose one dosage
 *                      those fields say all of
 * @param fda           what FDA's regional guide adds (FDA.G.k.1.a, G.k.10.1, G.k.10a, G.k.12.r); null when none
 * @param fulfilledIntents the sequence numbers of the drug's HL7 "fulfils" relationships (outboundRelationship2
 *                      typeCode FLFS) to an intended administration (substanceAdministration, mood INT), as FDA's
 *                      every-element example (Scenario 6) sends one under a drug. It is a structure of the HL7 ICSR
 *                      schema (PORR_MT049016UV) that neither the ICH IG nor FDA's regional guide, as far as they
 *                      were found, numbers as an element: kept as sent so that a case passed on says the same, and
 *                      given no meaning beyond it
 */
public record DrugDetails(
        CodedTerm productId,
        List<Substance> substances,
        String obtainedIn,
        Authorisation authorisation,
        List<ReportedTerm> indications,
        ActionTaken actionTaken,
        List<Relatedness> relatedness,
        List<Dosage> dosages,
        Boolean blinded,
        Quantity cumulativeDose,
        Quantity gestationExposure,
        List<String> additionalCodes,
        String additionalInfo,
        FdaDrugDetails fda,
        List<Integer> fulfilledIntents) {

    public DrugDetails {
        fulfilledIntents = List.copyOf(fulfilledIntents);
        additionalCodes = List.copyOf(additionalCodes);
        substances = List.copyOf(substances);
        indications = List.copyOf(indications);
        relatedness = List.copyOf(relatedness);
        dosages = List.copyOf(dosages);
    }

    /** Null when nothing is known. */
    public static DrugDetails of(
            CodedTerm productId,
            List<Substance> substances,
            String obtainedIn,
            Authorisation authorisation,
            List<ReportedTerm> indications,
            ActionTaken actionTaken,
            List<Relatedness> relatedness,
            List<Dosage> dosages) {
        return of(
                productId,
                substances,
                obtainedIn,
                authorisation,
                indications,
                actionTaken,
                relatedness,
                dosages,
                null,
                null,
                null,
                List.of(),
                null,
                null);
    }

    /** Null when nothing is known. */
    public static DrugDetails of(
            CodedTerm productId,
            List<Substance> substances,
            String obtainedIn,
            Authorisation authorisation,
            List<ReportedTerm> indications,
            ActionTaken actionTaken,
            List<Relatedness> relatedness,
            List<Dosage> dosages,
            Boolean blinded,
            Quantity cumulativeDose,
            Quantity gestationExposure,
            List<String> additionalCodes,
            String additionalInfo,
            FdaDrugDetails fda) {
        String info = ElementRules.trimmedOrNull(additionalInfo);
        boolean none = productId == null
                && substances.isEmpty()
                && obtainedIn == null
                && authorisation == null
                && indications.isEmpty()
                && actionTaken == null
                && relatedness.isEmpty()
                && dosages.isEmpty()
                && blinded == null
                && cumulativeDose == null
                && gestationExposure == null
                && additionalCodes.isEmpty()
                && info == null
                && fda == null;
        return none
                ? null
                : new DrugDetails(
                        productId,
                        substances,
                        obtainedIn,
                        authorisation,
                        indications,
                        actionTaken,
                        relatedness,
                        dosages,
                        blinded,
                        cumulativeDose,
                        gestationExposure,
                        additionalCodes,
                        info,
                        fda,
                        List.of());
    }

    /** These details with what FDA's regional guide adds, or (null) without it. */
    public DrugDetails withFda(FdaDrugDetails regional) {
        return new DrugDetails(
                productId,
                substances,
                obtainedIn,
                authorisation,
                indications,
                actionTaken,
                relatedness,
                dosages,
                blinded,
                cumulativeDose,
                gestationExposure,
                additionalCodes,
                additionalInfo,
                regional,
                fulfilledIntents);
    }

    /**
     * {@code details} (which may be null) with these FLFS sequence numbers (see {@link #fulfilledIntents}); null
     * when both are empty.
     */
    public static DrugDetails withFulfilledIntents(DrugDetails details, List<Integer> sequenceNumbers) {
        if (details == null && sequenceNumbers.isEmpty()) {
            return null;
        }
        DrugDetails base = details != null
                ? details
                : new DrugDetails(
                        null, List.of(), null, null, List.of(), null, List.of(), List.of(), null, null, null, List.of(),
                        null, null, List.of());
        return new DrugDetails(
                base.productId,
                base.substances,
                base.obtainedIn,
                base.authorisation,
                base.indications,
                base.actionTaken,
                base.relatedness,
                base.dosages,
                base.blinded,
                base.cumulativeDose,
                base.gestationExposure,
                base.additionalCodes,
                base.additionalInfo,
                base.fda,
                sequenceNumbers);
    }
}
