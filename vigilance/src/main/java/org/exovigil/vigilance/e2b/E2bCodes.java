package org.exovigil.vigilance.e2b;

import org.exovigil.vigilance.model.EdqmRoutes;
import org.exovigil.vigilance.model.Route;

/**
 * Every OID, interaction and code of the ICH ICSR message that this package reads or writes, in one
 * place, each with the data element it serves. Sources: ICH E2B(R3) Implementation Guide v5.02 with its
 * HL7 ICSR R2 schema ("ICH IG"); the element numbers are the IG's (N.x batch and message wrapper, C.x
 * administrative, D patient, E.i reactions, F.r tests, G.k drugs, H narrative, ACK acknowledgement).
 * The values agree with FDA's public E2B(R3) sample instances (FAERS2022Scenario1.xml and the R3 ACK
 * samples) and with the ICH/EU R2-R3 conversion style sheets, which spell the same OIDs out.
 */
public final class E2bCodes {

    private E2bCodes() {}

    /** HL7 v3 XML namespace of every ICH ICSR element. */
    public static final String HL7 = "urn:hl7-org:v3";
    /** XML Schema instance namespace, for {@code xsi:type} on HL7 ANY-typed values. */
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    // Interactions (ICH IG §3.1, message structure) and their identifier root.
    public static final String BATCH = "MCCI_IN200100UV01";
    public static final String MESSAGE = "PORR_IN049016UV";
    public static final String ACK_BATCH = "MCCI_IN200101UV01";
    public static final String ACK_MESSAGE = "MCCI_IN000002UV01";
    public static final String INTERACTION_ID_ROOT = "2.16.840.1.113883.1.6";
    public static final String TRIGGER_EVENT = "PORR_TE049016UV";
    public static final String TRIGGER_EVENT_SYSTEM = "2.16.840.1.113883.1.18";
    /** HL7 ActCode of the investigation event that holds the case (ICH IG C.1). */
    public static final String CASE_CODE = "PAT_ADV_EVNT";

    public static final String CASE_CODE_SYSTEM = "2.16.840.1.113883.5.4";

    // Identifier roots 2.16.840.1.113883.3.989.2.1.3.x.
    private static final String ID = "2.16.840.1.113883.3.989.2.1.3.";
    /** C.1.1 sender's safety report unique identifier; also N.2.r.1 message identifier and ACK.B.r.1. */
    public static final String C_1_1_SAFETY_REPORT_ID = ID + "1";

    public static final String N_2_R_1_MESSAGE_ID = ID + "1";
    /** C.1.8.1 worldwide unique case identification number. */
    public static final String C_1_8_1_WORLDWIDE_ID = ID + "2";
    /** C.1.9.1.r.2 case identifier in a previous transmission (C.1.9.1.r.1, its source, as assigningAuthorityName). */
    public static final String C_1_9_1_R_2_OTHER_CASE_ID = ID + "3";
    /** N.2.r.2 message sender identifier. */
    public static final String N_2_R_2_MESSAGE_SENDER = ID + "11";
    /** N.2.r.3 message receiver identifier. */
    public static final String N_2_R_3_MESSAGE_RECEIVER = ID + "12";
    /** N.1.3 batch sender identifier. */
    public static final String N_1_3_BATCH_SENDER = ID + "13";
    /** N.1.4 batch receiver identifier. */
    public static final String N_1_4_BATCH_RECEIVER = ID + "14";
    /** ACK.B.r.4 ICSR message ACK sender. */
    public static final String ACK_B_R_4_SENDER = ID + "15";
    /** ACK.B.r.3 ICSR message ACK receiver. */
    public static final String ACK_B_R_3_RECEIVER = ID + "16";
    /** ACK.M.2 acknowledgement batch sender identifier. */
    public static final String ACK_M_2_SENDER = ID + "17";
    /** ACK.M.3 acknowledgement batch receiver identifier. */
    public static final String ACK_M_3_RECEIVER = ID + "18";
    /** ACK.B.r.2 local report number. */
    public static final String ACK_B_R_2_LOCAL_REPORT = ID + "19";
    /** ACK.M.1 acknowledgement batch number. */
    public static final String ACK_M_1_BATCH_NUMBER = ID + "20";
    /** ACK.A.2 acknowledgement local message number. */
    public static final String ACK_A_2_LOCAL_MESSAGE = ID + "21";
    /** N.1.2 batch number; also ACK.A.1 ICSR batch number. */
    public static final String N_1_2_BATCH_NUMBER = ID + "22";

    // Code systems 2.16.840.1.113883.3.989.2.1.1.x.
    private static final String CS = "2.16.840.1.113883.3.989.2.1.1.";
    /** N.1.1 type of messages in batch: code 1 = ichicsr. */
    public static final String N_1_1_MESSAGE_TYPE = CS + "1";
    /** C.1.3 type of report. */
    public static final String C_1_3_REPORT_TYPE = CS + "2";
    /** C.1.11.1 report nullification / amendment: 1 nullification, 2 amendment. */
    public static final String C_1_11_1_NULLIFICATION = CS + "5";
    /** C.2.r.4 qualification. */
    public static final String C_2_R_4_QUALIFICATION = CS + "6";
    /** C.3.1 sender type. */
    public static final String C_3_1_SENDER_TYPE = CS + "7";
    /** C.3.1 sender type 6 = other (1 pharmaceutical company, 2 regulatory authority, ... 7 patient/consumer). */
    public static final String SENDER_TYPE_OTHER = "6";
    /** D.2.3 patient age group. */
    public static final String D_2_3_AGE_GROUP = CS + "9";
    /** E.i.7 outcome of reaction / event: 0 unknown, 1-5. */
    public static final String E_I_7_OUTCOME = CS + "11";
    /** G.k.1 characterisation of drug role: 1 suspect, 2 concomitant, 3 interacting, 4 not administered. */
    public static final String G_K_1_DRUG_ROLE = CS + "13";
    /** FDA.G.k.1.a: the drug-role observation valued in FDA's list of other characterisations. */
    public static final String FDA_OTHER_DRUG_ROLES = "2.16.840.1.113883.3.989.5.1.2.1.1.8";
    /** The ICH observation codes below (code attribute of observation/code). */
    public static final String OBSERVATION = CS + "19";
    /** The ICH organizer codes below (the grouping of tests and drugs). */
    public static final String VALUE_GROUPING = CS + "20";
    /** The ICH report relation codes (C.1.8.2 first sender, C.2.r source report). */
    public static final String REPORT_RELATION = CS + "22";
    /** The ICH report characterisation codes (C.1.3, C.1.9.1, C.1.11). */
    public static final String REPORT_CHARACTERISATION = CS + "23";
    /** The ICH attention line keywords of the acknowledgement (ACK.B.r.5, ACK.A.2, ACK.A.3). */
    public static final String ATTENTION_LINE = CS + "24";

    // Observation codes in OBSERVATION (2.16.840.1.113883.3.989.2.1.1.19).
    /** C.1.6.1 are additional documents available? */
    public static final String OBS_ADDITIONAL_DOCUMENTS = "1";
    /** D.2.2a/b age at time of onset, a PQ with a UCUM unit. */
    public static final String OBS_AGE = "3";
    /** D.1.1.1-4 the patient's record numbers: an identified entity with its id root and its kind (1-4). */
    public static final String D_1_1_RECORD_KIND = CS + "4";

    public static final String D_1_1_1_GP_RECORD = ID + "7";
    public static final String D_1_1_2_SPECIALIST_RECORD = ID + "8";
    public static final String D_1_1_3_HOSPITAL_RECORD = ID + "9";
    public static final String D_1_1_4_INVESTIGATION = ID + "10";
    /** D.2.3 patient age group. */
    public static final String OBS_AGE_GROUP = "4";
    /** D.3 body weight (kg). */
    public static final String OBS_BODY_WEIGHT = "7";
    /** E.i.3.2e congenital anomaly / birth defect. */
    public static final String OBS_CONGENITAL_ANOMALY = "12";
    /** G.k.1 characterisation of drug role (causalityAssessment). */
    public static final String OBS_DRUG_ROLE = "20";
    /** E.i.3.2b life threatening. */
    public static final String OBS_LIFE_THREATENING = "21";
    /** C.1.7 does this case fulfil the local criteria for an expedited report? */
    public static final String OBS_LOCAL_CRITERIA = "23";
    /** E.i.3.2f other medically important condition. */
    public static final String OBS_OTHER_MEDICALLY_IMPORTANT = "26";
    /** E.i.7 outcome of reaction / event at the time of last observation. */
    public static final String OBS_OUTCOME = "27";
    /** E.i reaction / event. */
    public static final String OBS_REACTION = "29";
    /** E.i.1.2 reaction / event as reported by the primary source for translation. */
    public static final String OBS_REACTION_FOR_TRANSLATION = "30";
    /** E.i.3.2c caused / prolonged hospitalisation. */
    public static final String OBS_HOSPITALISATION = "33";
    /** E.i.3.2a results in death. */
    public static final String OBS_DEATH = "34";
    /** E.i.3.2d disabling / incapacitating. */
    public static final String OBS_DISABILITY = "35";

    // Organizer codes in VALUE_GROUPING (2.16.840.1.113883.3.989.2.1.1.20).
    /** F.r results of tests and procedures relevant to the investigation of the patient. */
    public static final String GROUP_MEDICAL_HISTORY = "1";

    public static final String GROUP_DRUG_HISTORY = "2";

    /** HL7 RoleCode, where D.10's parent is the role PRN. */
    public static final String HL7_ROLE_CODE = "2.16.840.1.113883.5.111";

    public static final String GROUP_TESTS = "3";
    /** G.k drug(s) information. */
    public static final String GROUP_DRUGS = "4";

    // Report relation codes in REPORT_RELATION (2.16.840.1.113883.3.989.2.1.1.22).
    /** C.2.r primary source(s) of information. */
    public static final String RELATION_SOURCE_REPORT = "2";

    // Report characterisation codes in REPORT_CHARACTERISATION (2.16.840.1.113883.3.989.2.1.1.23).
    public static final String CHARACTERISATION_REPORT_TYPE = "1";
    /** C.1.9.1 other case identifiers in previous transmissions. */
    public static final String CHARACTERISATION_OTHER_CASE_IDS = "2";

    public static final String CHARACTERISATION_NULLIFICATION = "3";
    public static final String CHARACTERISATION_NULLIFICATION_REASON = "4";

    // Attention line keywords in ATTENTION_LINE (2.16.840.1.113883.3.989.2.1.1.24).
    /** ACK.B.r.5 date of ICSR message creation. */
    public static final String ATTENTION_MESSAGE_CREATION = "1";
    /** ACK.A.2 acknowledgement local message number. */
    public static final String ATTENTION_LOCAL_MESSAGE_NUMBER = "2";
    /** ACK.A.3 date of ICSR batch transmission. */
    public static final String ATTENTION_BATCH_TRANSMISSION = "3";

    // Terminologies outside ICH.
    /** MedDRA (E.i.2.1a/b, F.r.2.2a/b). */
    public static final String MEDDRA = "2.16.840.1.113883.6.163";
    /** ISO 3166-1 alpha-2 country codes (C.2.r.3, E.i.9). */
    public static final String ISO_COUNTRY = "1.0.3166.1.2.2";
    /** ISO/IEC 5218 sex codes (D.5): 1 male, 2 female. */
    public static final String ISO_SEX = "1.0.5218";
    /** EDQM standard terms for the route of administration (G.k.4.r.10.2b). */
    public static final String EDQM_ROUTE = EdqmRoutes.OID;

    // UCUM age units of D.2.2b (ICH IG code list "age unit").
    public static final String AGE_YEARS = "a";
    /** D.3 body weight is always in kilograms. */
    public static final String KILOGRAM = "kg";
    /** UCUM's unity: a number without a unit (as the ICH R2-R3 conversion writes unit-less results). */
    public static final String UNITY = "1";

    /**
     * Exovigil's own code system, for what the case model holds and E2B does not: a namespaced extension
     * that an E2B receiver ignores like any code system it does not know. The OID is derived from a UUID
     * under the 2.25 arc (ITU-T X.667), which needs no registration. Its codes: {@link #EXT_CASE_VERSION},
     * {@link #EXT_OCCURRENCE_COUNTRY}, {@link #EXT_PRODUCT_TYPE}, {@link #EXT_PROVIDER}, {@link
     * #EXT_TEST_UNIT}.
     */
    public static final String EXOVIGIL = "2.25.240648680827062127277788326624279755926";
    /** Exovigil's product types ({@code spec/vocabulary.md}, product_types), the values of EXT_PRODUCT_TYPE. */
    public static final String EXOVIGIL_PRODUCT_TYPES = EXOVIGIL + ".2";
    /** A coded term in a terminology other than MedDRA (Exovigil's open event vocabulary); its name in codeSystemName. */
    public static final String EXOVIGIL_TERMINOLOGY = EXOVIGIL + ".3";
    /** The version number Exovigil gave this version of the case (INT); E2B orders versions by C.1.5, C.1.2. */
    public static final String EXT_CASE_VERSION = "caseVersion";
    /** The occurrence country when the report has no reaction to carry it in E.i.9. */
    public static final String EXT_OCCURRENCE_COUNTRY = "occurrenceCountry";
    /** The kind of product given (exosome, culture supernatant, ...). */
    public static final String EXT_PRODUCT_TYPE = "productType";
    /** The clinic or practitioner who gave the product. */
    public static final String EXT_PROVIDER = "provider";
    /** The unit of a test result that is not a number (F.r.3.3 only goes with a number in F.r.3.2). */
    public static final String EXT_TEST_UNIT = "testResultUnit";

    /** Observation codes of D: D.9.3 autopsy and its D.9.4.r causes, D.4 height, D.6 last menstrual period. */
    public static final String OBS_AUTOPSY = "5";

    public static final String OBS_CAUSE_OF_DEATH = "8";
    public static final String OBS_CONCOMITANT_THERAPY = "11";
    public static final String OBS_CONTINUING = "13";
    public static final String OBS_HEIGHT = "17";
    public static final String OBS_HISTORY_TEXT = "18";
    public static final String OBS_LAST_MENSTRUAL_PERIOD = "22";
    public static final String OBS_REPORTED_CAUSE_OF_DEATH = "32";
    public static final String OBS_FAMILY_HISTORY = "38";
    public static final String CENTIMETRE = "cm";

    /** E.i.3.1 term highlighted by the reporter (an observation, valued in its code list) and E.i.8. */
    public static final String OBS_TERM_HIGHLIGHTED = "37";

    public static final String E_I_3_1_HIGHLIGHTED = CS + "10";
    public static final String OBS_MEDICAL_CONFIRMATION = "24";

    /** C.1.6.1.r documents held by the sender and C.4.r literature, as kinds of document. */
    public static final String DOCUMENT_KIND = CS + "27";

    public static final String DOCUMENT_HELD_BY_SENDER = "1";
    public static final String DOCUMENT_LITERATURE = "2";
    /** C.1.8.2 first sender, the related investigation of the initial report. */
    public static final String RELATION_INITIAL_REPORT = "1";

    public static final String C_1_8_2_FIRST_SENDER = CS + "3";
    /** C.5.1.r.1 study registration number, C.5.3 sponsor study number, C.5.4 study type. */
    public static final String C_5_1_REGISTRATION_NUMBER = "2.16.840.1.113883.3.989.2.1.3.6";
    /** FDA.C.5.5a IND, FDA.C.5.5b pre-ANDA and FDA.C.5.6.r cross-reported IND numbers, as study registrations. */
    public static final String FDA_IND_NUMBER = "2.16.840.1.113883.3.989.5.1.2.2.1.2.1";

    public static final String FDA_PRE_ANDA_NUMBER = "2.16.840.1.113883.3.989.5.1.2.2.1.2.2";
    public static final String FDA_CROSS_REPORTED_IND_NUMBER = "2.16.840.1.113883.3.989.5.1.2.2.1.2.3";
    public static final String C_5_3_SPONSOR_STUDY_NUMBER = "2.16.840.1.113883.3.989.2.1.3.5";
    public static final String C_5_4_STUDY_TYPE = CS + "8";

    /**
     * FDA's regional elements, coded in the NCI Thesaurus (FDA E2B(R3) Regional Implementation Guide): D.11.r
     * race (C17049), D.12 ethnicity (C16564), C.1.7.1 local criteria report type (C54588, valued in FDA's
     * list) and C.1.12 combination product indicator (C156384).
     */
    public static final String NCI_THESAURUS = "2.16.840.1.113883.3.26.1.1";

    public static final String FDA_RACE = "C17049";
    public static final String FDA_ETHNICITY = "C16564";
    public static final String FDA_LOCAL_CRITERIA_REPORT_TYPE = "C54588";
    public static final String FDA_LOCAL_CRITERIA_REPORT_TYPES = "2.16.840.1.113883.3.989.5.1.2.2.1.1.1";
    public static final String FDA_COMBINATION_PRODUCT = "C156384";
    /** FDA.G.k.10.1 FDA specialised product category, a characteristic of the manufactured product. */
    public static final String FDA_SPECIALIZED_CATEGORY = "C94031";
    /**
     * FDA.G.k.12.r device components: characteristics of the part, coded in the NCI Thesaurus (usage in the ICH
     * observation list, as FDA's examples code it) and valued in FDA's lists; the operator is a code alone.
     */
    public static final String FDA_DEVICE_MALFUNCTION = "C54026";

    public static final String FDA_DEVICE_FOLLOW_UP = "C54592";
    public static final String FDA_DEVICE_FOLLOW_UPS = "2.16.840.1.113883.3.989.5.1.2.1.1.5";
    public static final String FDA_DEVICE_PROBLEM = "C54451";
    public static final String FDA_DEVICE_USAGE = "C54595";
    public static final String FDA_DEVICE_USAGES = "2.16.840.1.113883.3.989.5.1.2.1.1.4";
    public static final String FDA_DEVICE_REMEDIAL_ACTION = "C54594";
    public static final String FDA_DEVICE_REMEDIAL_ACTIONS = "2.16.840.1.113883.3.989.5.1.2.1.1.3";
    public static final String FDA_DEVICE_OPERATORS = "2.16.840.1.113883.3.989.5.1.2.1.1.6";
    /** FDA.E.i.3.2h required intervention: an observation under the reaction, coded in FDA's own list. */
    public static final String FDA_REACTION_OBSERVATIONS = "2.16.840.1.113883.3.989.5.1.2.2.1.3";

    public static final String FDA_REQUIRED_INTERVENTION = "7";

    /** H.3.r sender's diagnosis and H.5.r case summary, observation codes. */
    public static final String OBS_DIAGNOSIS = "15";

    public static final String OBS_SUMMARY = "36";
    /** Who wrote a comment: the sender (H.3, H.4), the reporter (H.5) or the source reporter (H.2). */
    public static final String AUTHOR_ROLE = CS + "21";

    public static final String AUTHOR_SENDER = "1";
    public static final String AUTHOR_REPORTER = "2";
    public static final String AUTHOR_SOURCE_REPORTER = "3";

    /** G.k.9.i.2.r, a causality assessment of one drug against one reaction. */
    public static final String OBS_CAUSALITY = "39";
    /**
     * Observations of a drug: G.k.2.5 blinded (6), G.k.5 cumulative dose (14), G.k.6 gestation at exposure (16),
     * G.k.9.i.4 recurrence (31, valued in list 16), G.k.10.r coded information (9, list 17), G.k.11 text (2).
     */
    public static final String OBS_BLINDED = "6";

    public static final String OBS_CUMULATIVE_DOSE = "14";
    public static final String OBS_GESTATION_PERIOD = "16";
    public static final String OBS_RECURRENCE = "31";
    public static final String G_K_9_I_4_RECURRENCE = CS + "16";
    public static final String OBS_CODED_DRUG_INFORMATION = "9";
    public static final String G_K_10_ADDITIONAL_INFORMATION = CS + "17";
    /** FDA.G.k.10a: the same observation valued in FDA's own list. */
    public static final String FDA_ADDITIONAL_INFORMATION = "2.16.840.1.113883.3.989.5.1.2.1.1.7";

    public static final String OBS_ADDITIONAL_DRUG_INFORMATION = "2";

    /** G.k.4.r.11 parent route of administration, an observation code. */
    public static final String OBS_PARENT_ROUTE = "28";

    /** G.k.7.r indication, an observation code. */
    public static final String OBS_INDICATION = "19";
    /** G.k.8 action taken with the drug. */
    public static final String ACTION_TAKEN = CS + "15";
    /** G.k.2.4: the product event "retail supply" that carries the country where the drug was obtained. */
    public static final String PRODUCT_EVENT = CS + "18";

    public static final String PRODUCT_EVENT_RETAIL_SUPPLY = "1";
    /** G.k.3.1 authorisation or application number. */
    public static final String G_K_3_1_AUTHORISATION_NUMBER = "2.16.840.1.113883.3.989.2.1.3.4";

    /** F.r.3.1 test result code list. */
    public static final String TEST_RESULT_CODE = CS + "12";
    /** HL7 ObservationInterpretation, which marks F.r.4 (L) and F.r.5 (H) in a reference range. */
    public static final String HL7_INTERPRETATION = "2.16.840.1.113883.5.83";
    /** F.r.6 comments, and H.2 to H.4 comments, share this observation code. */
    public static final String OBS_COMMENT = "10";
    /** F.r.7 more information available. */
    public static final String OBS_MORE_INFORMATION = "25";

    /** G.k.4.r.10.2b: the EDQM standard term of a route, or null where EDQM has no exact term ({@link EdqmRoutes}). */
    static String edqmRoute(Route route) {
        return EdqmRoutes.codeOf(route).orElse(null);
    }

    /** The route of an EDQM term, or null when it is none of Exovigil's. */
    static Route routeOfEdqm(String code) {
        return EdqmRoutes.routeOf(code).orElse(null);
    }
}
