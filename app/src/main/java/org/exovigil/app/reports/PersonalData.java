package org.exovigil.app.reports;

import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Splits a report into its clinical content and the identifiers of people in it, so the clinical part can be
 * analysed and exported without them (ICH E2B(R3) C.2.r.1-2 the reporters' names, organisations and addresses,
 * D.1 patient initials and D.1.1 record numbers, D.2.1 birth date (and the parent's, D.10.1, D.10.2.1), C.3.3-4
 * the sending person's name and how to reach them, C.1.6.1.r.2 and C.4.r.2 the documents included in the
 * message, as an autopsy report or a hospital letter names people; GDPR Art. 9 data concerning health is kept
 * apart from who it concerns).
 */
record PersonalData(ObjectNode clinical, ObjectNode identifiers) {

    private static final List<String> PATIENT_IDENTIFIERS = List.of("initials", "birthDate", "recordNumbers");
    private static final List<String> CONTEXT_IDENTIFIERS = List.of("attachments");
    private static final List<String> REPORTER_IDENTIFIERS = List.of("name", "organisation", "details");
    private static final List<String> SENDER_IDENTIFIERS =
            List.of("title", "givenName", "middleName", "familyName", "telephone", "fax", "email");
    /** Every further primary source moves whole: each is a person and where to find them. */
    private static final String OTHER_REPORTERS = "otherReporters";
    /** The patient's parent (D.10), kept in the identifiers under this name beside the sections. */
    private static final String PARENT = "parent";
    /** Where the forms keep how to reach a member of the public; not an element of the report itself. */
    static final String CONTACT = "contact";
    /** The language the reporter wrote in, beside the contact: the letters to them are written in it. */
    static final String CONTACT_LANGUAGE = "contactLanguage";

    static PersonalData split(ObjectNode report) {
        ObjectNode clinical = report.deepCopy();
        ObjectNode identifiers = JsonNodeFactory.instance.objectNode();
        move(clinical, identifiers, "patient", PATIENT_IDENTIFIERS);
        // D.10: the parent is identified by the same elements as the patient.
        if (clinical.get("patient") instanceof ObjectNode patient && patient.get(PARENT) instanceof ObjectNode parent) {
            ObjectNode parentIdentifiers = JsonNodeFactory.instance.objectNode();
            for (String field : PATIENT_IDENTIFIERS) {
                if (parent.has(field)) {
                    parentIdentifiers.set(field, parent.remove(field));
                }
            }
            if (!parentIdentifiers.isEmpty()) {
                identifiers.set(PARENT, parentIdentifiers);
            }
        }
        move(clinical, identifiers, "reporter", REPORTER_IDENTIFIERS);
        move(clinical, identifiers, "sender", SENDER_IDENTIFIERS);
        move(clinical, identifiers, "context", CONTEXT_IDENTIFIERS);
        if (clinical.has(OTHER_REPORTERS)) {
            identifiers.set(OTHER_REPORTERS, clinical.remove(OTHER_REPORTERS));
        }
        return new PersonalData(clinical, identifiers);
    }

    /**
     * Adds how to reach the reporter, a personal identifier that only the forms collect (not part of E2B), and the
     * language they wrote in (null when not known).
     */
    PersonalData withReporterContact(String contact, java.util.Locale language) {
        if (contact == null || contact.isBlank()) {
            return this;
        }
        ObjectNode all = identifiers.deepCopy();
        all.put(CONTACT, contact.strip());
        if (language != null) {
            all.put(CONTACT_LANGUAGE, language.getLanguage());
        }
        return new PersonalData(clinical, all);
    }

    /** The report as received: the clinical part with the identifiers put back. */
    static ObjectNode join(ObjectNode clinical, ObjectNode identifiers) {
        ObjectNode whole = clinical.deepCopy();
        for (String section : List.of("patient", "reporter", "sender", "context")) {
            if (identifiers.has(section)) {
                ObjectNode target = whole.has(section) ? (ObjectNode) whole.get(section) : whole.putObject(section);
                target.setAll((ObjectNode) identifiers.get(section));
            }
        }
        if (identifiers.has(OTHER_REPORTERS)) {
            whole.set(OTHER_REPORTERS, identifiers.get(OTHER_REPORTERS));
        }
        if (identifiers.get(PARENT) instanceof ObjectNode parentIdentifiers
                && whole.get("patient") instanceof ObjectNode patient) {
            ObjectNode parent =
                    patient.get(PARENT) instanceof ObjectNode existing ? existing : patient.putObject(PARENT);
            parent.setAll(parentIdentifiers);
        }
        return whole;
    }

    private static void move(ObjectNode clinical, ObjectNode identifiers, String section, List<String> fields) {
        if (!(clinical.get(section) instanceof ObjectNode from)) {
            return;
        }
        for (String field : fields) {
            if (from.has(field)) {
                ObjectNode to = identifiers.has(section)
                        ? (ObjectNode) identifiers.get(section)
                        : identifiers.putObject(section);
                to.set(field, from.remove(field));
            }
        }
    }
}
