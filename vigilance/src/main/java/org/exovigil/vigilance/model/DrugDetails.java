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
        FdaDrugDetails fda) {

    public DrugDetails {
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
                        fda);
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
                regional);
    }
}
