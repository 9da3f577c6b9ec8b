package org.exovigil.vigilance.fhir;

import static org.exovigil.vigilance.fhir.FhirCodes.EXTENSION_DOMAIN;

import org.exovigil.vigilance.e2b.E2bCodes;

/**
 * Exovigil's FHIR R4 extensions, each with the ICH E2B(R3) element it carries and the type of its value: what
 * the case model holds and R4 has no element for. All live under {@link FhirCodes#EXTENSION_DOMAIN}, which the
 * validator knows as a custom extension domain; a receiver that does not know them loses only what R4 cannot
 * say (FHIR R4 §2.18, extensibility).
 */
final class FhirExtensions {

    private FhirExtensions() {}

    // Extensions on AdverseEvent: the case-level facts (ICH E2B(R3) C.1, C.2, H.1) R4 has no element for.
    /** C.1.8.1, valueIdentifier. */
    static final String EXT_WORLDWIDE_CASE_ID = EXTENSION_DOMAIN + "worldwide-case-id";
    /** ICH E2B(R3) C.1.9.1.r.2, one extension per identifier of the case in another sender's transmission. */
    static final String EXT_OTHER_CASE_ID = EXTENSION_DOMAIN + "other-case-id";

    static final String C_1_9_1_R_2_OTHER_CASE_ID = FhirCodes.oidSystem(E2bCodes.C_1_9_1_R_2_OTHER_CASE_ID);
    /** The version of the case Exovigil recorded, valuePositiveInt. */
    static final String EXT_CASE_VERSION = EXTENSION_DOMAIN + "case-version";
    /** C.1.5 date of the most recent information, valueDate. */
    static final String EXT_MOST_RECENT_INFORMATION = EXTENSION_DOMAIN + "most-recent-information";
    /** C.1.3 type of report, valueCoding in {@link FhirCodes#C_1_3_REPORT_TYPE}. */
    static final String EXT_REPORT_TYPE = EXTENSION_DOMAIN + "report-type";
    /** C.1.11, complex: {@code kind} (valueCoding in {@link FhirCodes#C_1_11_1_NULLIFICATION}) and {@code reason} (C.1.11.2). */
    static final String EXT_NULLIFICATION = EXTENSION_DOMAIN + "nullification";
    /** H.1 case narrative, valueString. */
    static final String EXT_CASE_NARRATIVE = EXTENSION_DOMAIN + "case-narrative";
    /** C.2.r primary sources in their order, valueReference(Practitioner | RelatedPerson). */
    static final String EXT_PRIMARY_SOURCE = EXTENSION_DOMAIN + "primary-source";
    /** E.i.1.1b the language of the reaction as reported (ISO 639-2), valueCode. */
    static final String EXT_REACTION_LANGUAGE = EXTENSION_DOMAIN + "reaction-language";
    /** E.i.1.2 the reaction as reported, translated for the receiver, valueString. */
    static final String EXT_REACTION_TRANSLATION = EXTENSION_DOMAIN + "reaction-translation";
    /** E.i.3.1 term highlighted by the reporter, valueCoding in {@link FhirCodes#E_I_3_1_HIGHLIGHTED}. */
    static final String EXT_HIGHLIGHTING = EXTENSION_DOMAIN + "highlighting";
    /** E.i.5 end of the reaction (R4's AdverseEvent has a date, not a period), valueDate (valueDateTime with a time). */
    static final String EXT_REACTION_END = EXTENSION_DOMAIN + "reaction-end";
    /** FDA.E.i.3.2h required intervention (devices), valueBoolean. */
    static final String EXT_REQUIRED_INTERVENTION = EXTENSION_DOMAIN + "required-intervention";
    /** E.i.9 where the reaction occurred, when not the case's occurrence country, valueCode (ISO 3166-1). */
    static final String EXT_REACTION_COUNTRY = EXTENSION_DOMAIN + "reaction-country";
    /** Why E.i.4 is missing (e.g. NASK), valueCode of HL7's NullFlavor. */
    static final String EXT_ONSET_UNKNOWN = EXTENSION_DOMAIN + "onset-unknown";
    /** E.i.8 medical confirmation by a health professional, valueBoolean. */
    static final String EXT_MEDICALLY_CONFIRMED = EXTENSION_DOMAIN + "medically-confirmed";
    /** C.3 the sender, valueReference(Organization). */
    static final String EXT_SENDER = EXTENSION_DOMAIN + "sender";
    /** C.1.6.1 whether the sender holds additional documents, valueBoolean. */
    static final String EXT_ADDITIONAL_DOCUMENTS = EXTENSION_DOMAIN + "additional-documents";
    /** C.1.6.1.r.1 the title of a document the sender holds, one per document, valueString. */
    static final String EXT_DOCUMENT_TITLE = EXTENSION_DOMAIN + "document-title";
    /** C.1.7 whether the case fulfils the local criteria for an expedited report, valueBoolean. */
    static final String EXT_LOCAL_CRITERIA = EXTENSION_DOMAIN + "local-criteria";
    /** FDA.C.1.7.1 the kind of expedited report, valueCoding in {@link FhirCodes#FDA_LOCAL_CRITERIA_REPORT_TYPE}. */
    static final String EXT_LOCAL_CRITERIA_REPORT_TYPE = EXTENSION_DOMAIN + "local-criteria-report-type";
    /** C.1.8.2 first sender of the case, valueCoding in {@link FhirCodes#C_1_8_2_FIRST_SENDER}. */
    static final String EXT_FIRST_SENDER = EXTENSION_DOMAIN + "first-sender";
    /** C.1.10.r the identification number of a linked report, one per report, valueString. */
    static final String EXT_LINKED_REPORT = EXTENSION_DOMAIN + "linked-report";
    /** C.4.r.1 a literature reference, one per reference, valueString. */
    static final String EXT_LITERATURE = EXTENSION_DOMAIN + "literature";
    /**
     * C.5, complex: {@code registration} (C.5.1.r, complex {@code number} valueString and {@code country}
     * valueCode), {@code name} (C.5.2) and {@code sponsorNumber} (C.5.3) valueString, {@code type} (C.5.4) valueCoding.
     */
    static final String EXT_STUDY = EXTENSION_DOMAIN + "study";
    /** FDA.C.1.12 whether the report is about a combination product, valueBoolean. */
    static final String EXT_COMBINATION_PRODUCT = EXTENSION_DOMAIN + "combination-product";
    /** C.1.4 with the time of day and zone it was sent with, valueDateTime (the date stands in recordedDate). */
    static final String EXT_RECEIVED_AT = EXTENSION_DOMAIN + "received-at";
    /** C.1.5 with the time of day and zone it was sent with, valueDateTime. */
    static final String EXT_MOST_RECENT_INFORMATION_AT = EXTENSION_DOMAIN + "most-recent-information-at";
    /** C.1.9.1.r.1, complex: {@code id} (a C.1.9.1.r.2 identifier) and {@code source}, both valueString. */
    static final String EXT_CASE_ID_SOURCE = EXTENSION_DOMAIN + "case-id-source";
    /**
     * C.1.6.1.r.2 and C.4.r.2, complex: {@code part} (document or literature, valueCode) and {@code index} (which
     * of the held documents or literature references, valueInteger),
     * {@code document} (valueAttachment: content type, Base64 data, the file name as title) and {@code compression}
     * (valueCode, HL7's compression of the data).
     */
    static final String EXT_INCLUDED_DOCUMENT = EXTENSION_DOMAIN + "included-document";
    /** H.2 reporter's comments, valueString. */
    static final String EXT_REPORTER_COMMENTS = EXTENSION_DOMAIN + "reporter-comments";
    /** H.3.r the sender's diagnosis or syndrome, one per term, valueCodeableConcept. */
    static final String EXT_SENDER_DIAGNOSIS = EXTENSION_DOMAIN + "sender-diagnosis";
    /** H.4 sender's comments, valueString. */
    static final String EXT_SENDER_COMMENTS = EXTENSION_DOMAIN + "sender-comments";
    /** H.5.r, complex: {@code text} (H.5.r.1a) valueString and {@code language} (H.5.r.1b) valueCode. */
    static final String EXT_CASE_SUMMARY = EXTENSION_DOMAIN + "case-summary";
    /** E.i.3.2a-f, one per criterion, valueCodeableConcept. */
    static final String EXT_SERIOUSNESS_CRITERION = EXTENSION_DOMAIN + "seriousness-criterion";
    // On Patient.
    /** D.2.2a/b age at the time of onset, valueAge in UCUM years. */
    static final String EXT_AGE_AT_ONSET = EXTENSION_DOMAIN + "age-at-onset";
    /** D.2.3 age group, valueCoding in {@link FhirCodes#D_2_3_AGE_GROUP}. */
    static final String EXT_AGE_GROUP = EXTENSION_DOMAIN + "age-group";
    /** D.3 body weight, valueQuantity in UCUM kg. */
    static final String EXT_BODY_WEIGHT = EXTENSION_DOMAIN + "body-weight";
    /** D.4 height, valueQuantity in UCUM cm (no date of measurement, which an R4 vital-signs Observation needs). */
    static final String EXT_BODY_HEIGHT = EXTENSION_DOMAIN + "body-height";
    /** D.6 last menstrual period, valueDate. */
    static final String EXT_LAST_MENSTRUAL_PERIOD = EXTENSION_DOMAIN + "last-menstrual-period";
    /** D.7.2 medical history in words, valueString. */
    static final String EXT_MEDICAL_HISTORY_TEXT = EXTENSION_DOMAIN + "medical-history-text";
    /** D.7.3 concomitant therapies, valueBoolean. */
    static final String EXT_CONCOMITANT_THERAPIES = EXTENSION_DOMAIN + "concomitant-therapies";
    /** D.7.1.r, one per condition in order, valueReference(Condition): the parent's too, which no AdverseEvent names. */
    static final String EXT_MEDICAL_CONDITION = EXTENSION_DOMAIN + "medical-condition";
    /** D.8.r, one per past drug in order, valueReference(MedicationStatement): subjectMedicalHistory cannot name one. */
    static final String EXT_PAST_DRUG = EXTENSION_DOMAIN + "past-drug";
    /**
     * D.9, complex: {@code reportedCause} (D.9.2.r) and {@code autopsyCause} (D.9.4.r) valueCodeableConcept, {@code
     * autopsy} (D.9.3) valueBoolean; D.9.1 is {@code Patient.deceasedDateTime}.
     */
    static final String EXT_DEATH = EXTENSION_DOMAIN + "death";
    /** D.2.2.1a/b gestation period when the reaction was observed in the foetus, valueQuantity (unit as sent). */
    static final String EXT_GESTATION_AT_ONSET = EXTENSION_DOMAIN + "gestation-at-onset";
    /** FDA.D.11.r race, one per code, valueCoding in {@link FhirCodes#NCI_THESAURUS}. */
    static final String EXT_RACE = EXTENSION_DOMAIN + "race";
    /** FDA.D.12 ethnicity, valueCoding in {@link FhirCodes#NCI_THESAURUS}. */
    static final String EXT_ETHNICITY = EXTENSION_DOMAIN + "ethnicity";
    /** D.10 the parent of a parent-child or parent-foetus report, valueReference(Patient). */
    static final String EXT_PARENT = EXTENSION_DOMAIN + "parent";
    // On Condition (D.7.1.r).
    /** D.7.1.r.4 end of a condition not said to be over, valueDate (R4 con-4 lets abatement go only with a resolved status). */
    static final String EXT_CONDITION_END = EXTENSION_DOMAIN + "condition-end";
    /** D.7.1.r.6 family history, valueBoolean. */
    static final String EXT_FAMILY_HISTORY = EXTENSION_DOMAIN + "family-history";
    // On MedicationStatement (D.8.r).
    /** D.8.r.7 the reaction the past drug caused, valueCodeableConcept. */
    static final String EXT_PAST_DRUG_REACTION = EXTENSION_DOMAIN + "past-drug-reaction";
    // On Practitioner and RelatedPerson.
    /** C.2.r.4 qualification of a reporter who is no Practitioner, valueCoding in {@link FhirCodes#C_2_R_4_QUALIFICATION}. */
    static final String EXT_REPORTER_QUALIFICATION = EXTENSION_DOMAIN + "reporter-qualification";
    /** C.2.r.2.2 or C.3.3.1 the department of a reporter or the sender, valueString. */
    static final String EXT_DEPARTMENT = EXTENSION_DOMAIN + "department";
    /** C.2.r.2.1 reporter's organisation, valueReference(Organization). */
    static final String EXT_REPORTER_ORGANIZATION = EXTENSION_DOMAIN + "reporter-organization";
    // On Procedure, the administration of a product (G.k.4.r).
    /** G.k.1 characterisation of drug role, valueCoding in {@link FhirCodes#G_K_1_DRUG_ROLE}. */
    static final String EXT_PRODUCT_ROLE = EXTENSION_DOMAIN + "product-role";
    /** The BiologicallyDerivedProduct given, valueReference (R4's Procedure.usedReference cannot name one). */
    static final String EXT_ADMINISTERED_PRODUCT = EXTENSION_DOMAIN + "administered-product";
    /** G.k.4.r.10 route, G.k.4.r.1a/b dose and G.k.4.r.8 dosage text, valueDosage. */
    static final String EXT_DOSAGE = EXTENSION_DOMAIN + "dosage";
    /** G.k.4.r, one per dosage as the sender gave it, in order, valueDosage (then {@link #EXT_DOSAGE} is not written). */
    static final String EXT_DOSAGE_AS_SENT = EXTENSION_DOMAIN + "dosage-as-sent";
    /** G.k.2.4 the country where the drug was obtained, valueCode (ISO 3166-1 alpha-2). */
    static final String EXT_OBTAINED_IN = EXTENSION_DOMAIN + "obtained-in";
    /** G.k.3, complex: {@code number} (G.k.3.1) valueString, {@code country} (G.k.3.2) valueCode, {@code holder} (G.k.3.3) valueString. */
    static final String EXT_AUTHORISATION = EXTENSION_DOMAIN + "authorisation";
    /** G.k.8 action taken with the drug, valueCoding in {@link FhirCodes#G_K_8_ACTION_TAKEN}. */
    static final String EXT_ACTION_TAKEN = EXTENSION_DOMAIN + "action-taken";
    /** G.k.2.5 investigational product blinded, valueBoolean. */
    static final String EXT_BLINDED = EXTENSION_DOMAIN + "blinded";
    /** G.k.5 cumulative dose to the first reaction, valueQuantity with the unit as sent. */
    static final String EXT_CUMULATIVE_DOSE = EXTENSION_DOMAIN + "cumulative-dose";
    /** G.k.6 gestation period at the time of exposure, valueQuantity with the unit as sent. */
    static final String EXT_GESTATION_EXPOSURE = EXTENSION_DOMAIN + "gestation-exposure";
    /** G.k.10.r additional information on the drug, one per code, valueCoding in {@link FhirCodes#G_K_10_ADDITIONAL_INFORMATION}. */
    static final String EXT_ADDITIONAL_INFORMATION_CODE = EXTENSION_DOMAIN + "additional-information-code";
    // On Dosage (G.k.4.r).
    /** G.k.4.r.2-3 an interval whose unit R4's Timing does not take, valueQuantity with the unit as sent. */
    static final String EXT_DOSAGE_INTERVAL = EXTENSION_DOMAIN + "dosage-interval";
    /** G.k.4.r.6 duration of the drug administration, valueQuantity with the unit as sent. */
    static final String EXT_DOSAGE_DURATION = EXTENSION_DOMAIN + "dosage-duration";
    /** Why G.k.4.r.4-5 are missing (e.g. ASKU), valueCode of HL7's NullFlavor, on the Dosage. */
    static final String EXT_DATES_UNKNOWN = EXTENSION_DOMAIN + "dates-unknown";
    /** G.k.4.r.7 batch/lot number of this dosage, valueString. */
    static final String EXT_LOT = EXTENSION_DOMAIN + "lot";
    /** G.k.4.r.9 pharmaceutical dose form as sent, valueCodeableConcept. */
    static final String EXT_DOSE_FORM = EXTENSION_DOMAIN + "dose-form";
    /** G.k.4.r.11 parent route of administration as sent, valueCodeableConcept. */
    static final String EXT_PARENT_ROUTE = EXTENSION_DOMAIN + "parent-route";
    // On AdverseEvent.suspectEntity (G.k.9.i).
    /** G.k.9.i.3.1 time from the start of administration to the start of the reaction, valueQuantity. */
    static final String EXT_TIME_TO_ONSET = EXTENSION_DOMAIN + "time-to-onset";
    /** G.k.9.i.3.2 time from the last dose to the start of the reaction, valueQuantity. */
    static final String EXT_TIME_SINCE_LAST_DOSE = EXTENSION_DOMAIN + "time-since-last-dose";
    /** G.k.9.i.4 did the reaction recur on re-administration, valueCoding in {@link FhirCodes#G_K_9_I_4_RECURRENCE}. */
    static final String EXT_RECURRENCE = EXTENSION_DOMAIN + "recurrence";
    // On BiologicallyDerivedProduct.
    /** G.k.2.3.r.1 a substance of a product that is no Medication (which has ingredient), valueString. */
    static final String EXT_SUBSTANCE = EXTENSION_DOMAIN + "substance";
    /** The product type of {@code spec/vocabulary.md}, valueCoding in {@link FhirCodes#PRODUCT_TYPES}. */
    static final String EXT_PRODUCT_TYPE = EXTENSION_DOMAIN + "product-type";
    // On Observation.
    /** F.r.4 lowest normal value when it is not a number, valueString, as sent. */
    static final String EXT_NORMAL_LOW = EXTENSION_DOMAIN + "normal-low";
    /** F.r.5 highest normal value when it is not a number, valueString, as sent. */
    static final String EXT_NORMAL_HIGH = EXTENSION_DOMAIN + "normal-high";
    /** F.r.7 more information available, valueBoolean. */
    static final String EXT_MORE_INFORMATION = EXTENSION_DOMAIN + "more-information";
    /** F.r.3.3 unit of a result that is not a number (valueQuantity carries the unit of a number), valueString. */
    static final String EXT_RESULT_UNIT = EXTENSION_DOMAIN + "result-unit";
}
