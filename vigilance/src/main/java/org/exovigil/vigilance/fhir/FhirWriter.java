package org.exovigil.vigilance.fhir;

import java.util.List;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Writes reports as FHIR R4 (v4.0.1): a {@code collection} Bundle per export, or one self-contained
 * AdverseEvent per reaction. A collection, not a transaction: an export hands over a set of resources
 * for the receiver to keep or not, it asks no server to create them (FHIR R4 Bundle.type); {@link
 * FhirReader} accepts either, and any other Bundle type, on input.
 *
 * <p><b>One AdverseEvent per reaction.</b> R4 gives an AdverseEvent one {@code event}, so a case with
 * several reactions (ICH E2B(R3) E.i) becomes several AdverseEvents. They share one {@code identifier}
 * (the sender's report id, C.1.1, system {@code urn:oid:2.16.840.1.113883.3.989.2.1.3.1}), one subject
 * and the same suspect entities, and each carries the case-level facts, so that any one of them can be
 * served alone ({@code GET /fhir/AdverseEvent/{id}}). A case with no reaction yet is still one
 * AdverseEvent, without {@code event}: a report must never vanish because its reaction is not described.
 *
 * <p><b>Where each element goes.</b>
 *
 * <ul>
 *   <li>C.1.1 {@code AdverseEvent.identifier}; C.1.8.1 extension {@code worldwide-case-id}; the case
 *       version {@code case-version}; C.1.4 {@code AdverseEvent.recordedDate}; C.1.5 {@code
 *       most-recent-information}; C.1.3 {@code report-type}; C.1.11 {@code nullification}; H.1 {@code
 *       case-narrative}; the occurrence country (E.i.9) {@code AdverseEvent.location}, a Location with
 *       only {@code address.country}.
 *   <li>E.i.1.1a {@code AdverseEvent.event.text}; E.i.2.1a/b a coding of {@code event} (MedDRA as {@code
 *       http://terminology.hl7.org/CodeSystem/MDRAE} with its version; another terminology by name under
 *       Exovigil's code systems); E.i.4 {@code AdverseEvent.date}; E.i.7 {@code AdverseEvent.outcome}
 *       (R4 adverse-event-outcome: resolved, recovering, ongoing, resolvedWithSequelae, fatal, unknown, one
 *       to one); {@code AdverseEvent.seriousness} Serious or Non-serious (R4 adverse-event-seriousness) and
 *       each criterion of E.i.3.2a-f as an extension {@code seriousness-criterion} coded in that code
 *       system where it has the same criterion and in the ICH observation codes always. {@code severity}
 *       (mild, moderate, severe, not seriousness) and {@code category}, which E2B has not, as another system
 *       sent them. The sender's report id keeps the namespace another system gave it.
 *   <li>D {@code AdverseEvent.subject}, a Patient (see {@code PatientWriting}): D.1 as {@code name.text} with
 *       use {@code anonymous} (never split into invented given and family names); D.5 {@code gender}; D.2.1
 *       {@code birthDate}; D.2.2 age at onset as an extension {@code age-at-onset} (an Age in UCUM years, never
 *       made up from the birth date); D.2.3 {@code age-group}; D.3 {@code body-weight} and D.4 {@code
 *       body-height} (UCUM kg and cm: the report gives no date of measurement, which an R4 vital-signs
 *       Observation requires); D.6 {@code last-menstrual-period}; D.7.1.r each a Condition (code, onset,
 *       clinicalStatus, abatement, note), named by {@code medical-condition} and, for the patient, by {@code
 *       subjectMedicalHistory}; D.7.2-3 extensions; D.8.r each a MedicationStatement named by {@code past-drug};
 *       D.9.1 {@code deceasedDateTime}, D.9.2-4 the extension {@code death}; FDA.D.11-12 {@code race} and {@code
 *       ethnicity} in NCI Thesaurus; D.10 the parent, a second Patient named by {@code parent}.
 *   <li>E.i.1.1b, E.i.1.2, E.i.3.1, E.i.5 and E.i.8 as the AdverseEvent's extensions {@code reaction-language},
 *       {@code reaction-translation}, {@code highlighting}, {@code reaction-end}, {@code medically-confirmed}.
 *   <li>C.2.r primary sources: a health professional (C.2.r.4 = 1-3) as a Practitioner with {@code
 *       qualification.code}, anyone else (consumer, lawyer, or not stated) as a RelatedPerson of the patient
 *       with the extension {@code reporter-qualification}; {@code name.text}, {@code address.country}, and
 *       the organisation (C.2.r.2.1) as an Organization named by the extension {@code
 *       reporter-organization}. The first source (C.2.r.5, the one for regulatory purposes) is {@code
 *       AdverseEvent.recorder}; all of them, in order, are in the extension {@code primary-source}, because
 *       R4's {@code contributor} takes no RelatedPerson. The name's parts (C.2.r.1.1-4) as {@code name.prefix},
 *       {@code given} (given, then middle) and {@code family} beside {@code name.text}; the address (C.2.r.2.3-6)
 *       and {@code telecom} (C.2.r.2.7, FDA.C.2.r.2.8); the department (C.2.r.2.2) as the extension {@code
 *       department}.
 *   <li>C.3 the sender as an Organization named by the extension {@code sender}; C.1.6-C.1.10, C.4 and C.5
 *       and H.2-H.5 as extensions of the AdverseEvent (see {@code ContextWriting}).
 *   <li>G.k products. R4's {@code AdverseEvent.suspectEntity.instance} may name a Medication or a
 *       Procedure but not a BiologicallyDerivedProduct, and R4 has no administration resource that can hold
 *       one (MedicationAdministration and MedicationStatement take only a Medication). So every product's
 *       administration is a Procedure: status {@code not-done} for G.k.1 = 4 (not administered), else
 *       {@code unknown} (the report does not say whether it is over); G.k.4.r.4 {@code performedDateTime};
 *       the provider as {@code performer.actor}, an Organization; the role G.k.1 as extension {@code
 *       product-role}; route (G.k.4.r.10, EDQM where there is an exact term and Exovigil's route code
 *       always), dose (G.k.4.r.1a/b) and dosage text (G.k.4.r.8) as an extension {@code dosage} holding an
 *       R4 Dosage. The product itself is a Medication ({@code code.text}, {@code batch.lotNumber}) when the
 *       report gives no product type, and a BiologicallyDerivedProduct for the product types of {@code
 *       spec/vocabulary.md} (exosomes, vesicles, secretome, supernatant, conditioned media, stem cells,
 *       PRP, other) with {@code productCategory}, {@code productCode.text}, the lot as an {@code identifier}
 *       and the exact type as extension {@code product-type}; a Medication is the Procedure's {@code
 *       usedReference}, a BiologicallyDerivedProduct its extension {@code administered-product}. Suspect
 *       and interacting products are {@code suspectEntity}; concomitant and not-administered ones are in
 *       {@code subjectMedicalHistory}, the one other AdverseEvent element that may name a Procedure. G.k
 *       beyond these (see {@code DrugWriting}): G.k.2.1 a coding of the product's code, G.k.2.3 {@code
 *       Medication.ingredient}, G.k.7.r {@code Procedure.reasonCode}, G.k.11 {@code Procedure.note}; G.k.9.i
 *       one {@code suspectEntity} per assessment of a drug against the AdverseEvent's reaction, its {@code
 *       causality} the source ({@code author.display}), method and result ({@code assessment}), so a
 *       concomitant drug that was assessed is named there too (its role stays in {@code product-role});
 *       G.k.4.r every dosage as sent, each an R4 Dosage in {@code dosage-as-sent} (dose, timing period and
 *       bounds, route, text); G.k.2.4, G.k.2.5, G.k.3, G.k.5, G.k.6, G.k.8, G.k.10.r and G.k.9.i.3-4 as
 *       extensions.
 *   <li>F.r tests as Observations in {@code subjectMedicalHistory} (see {@code TestWriting}).
 * </ul>
 *
 * <p><b>Not carried</b>, because the case model holds none of it: no category is forced on an event whose
 * sender gave none (R4's codes are product problems and use errors, none of which says "suspected adverse
 * reaction"), {@code detected}, Exovigil's own causality assessments (kept apart from the report, in the
 * {@code causality} package; the sender's G.k.9.i are carried), encounter.
 * Exovigil's extensions live under {@code https://exovigil.org/fhir/StructureDefinition/}; a receiver that
 * does not know them loses only what R4 cannot say.
 *
 * <p>Resources in a Bundle have {@code urn:uuid} full URLs derived from the case (name-based UUIDs), so the
 * same reports always give the same bytes. The functions are thread-safe.
 */
public final class FhirWriter {

    private FhirWriter() {}

    /** A collection Bundle holding one case. */
    public static Bundle toBundle(IndividualCaseSafetyReport report) {
        return toBundle(List.of(report));
    }

    /** A collection Bundle holding the cases in order, each case's AdverseEvents first. */
    public static Bundle toBundle(List<IndividualCaseSafetyReport> reports) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        for (int c = 0; c < reports.size(); c++) {
            CaseWriting.BundleSink sink =
                    new CaseWriting.BundleSink(bundle, c, reports.get(c).identification());
            CaseWriting.writeAll(reports.get(c), sink);
            sink.flush();
        }
        return bundle;
    }

    public static String write(IndividualCaseSafetyReport report, FhirFormat format) {
        return encode(toBundle(report), format);
    }

    public static String write(List<IndividualCaseSafetyReport> reports, FhirFormat format) {
        return encode(toBundle(reports), format);
    }

    /** How many AdverseEvents a report becomes: one per reaction, and one when it has none yet. */
    public static int adverseEventCount(IndividualCaseSafetyReport report) {
        return Math.max(1, report.reactions().size());
    }

    /**
     * The AdverseEvent of reaction {@code index} (0-based, E.i order) with every resource it refers to
     * contained in it, so it can be served or stored alone; it has no id, the caller gives it one.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= index < adverseEventCount(report)}
     */
    public static AdverseEvent toAdverseEvent(IndividualCaseSafetyReport report, int index) {
        if (index < 0 || index >= adverseEventCount(report)) {
            throw new IndexOutOfBoundsException(
                    "reaction %d of a report with %d AdverseEvents".formatted(index, adverseEventCount(report)));
        }
        return CaseWriting.writeOne(report, index);
    }

    public static String writeAdverseEvent(IndividualCaseSafetyReport report, int index, FhirFormat format) {
        return encode(toAdverseEvent(report, index), format);
    }

    /** Any R4 resource in the format, pretty-printed: for the Bundles the application builds itself. */
    public static String encode(IBaseResource resource, FhirFormat format) {
        return FhirR4.encode(resource, format);
    }
}
