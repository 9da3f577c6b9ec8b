package org.exovigil.vigilance.e2b;

import static org.exovigil.vigilance.e2b.E2bCodes.*;
import static org.exovigil.vigilance.e2b.ElementValues.blankToNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.exovigil.vigilance.model.Sender;
import org.exovigil.vigilance.model.SenderType;

/**
 * ICH E2B(R3) C.3, the sender, as {@code subjectOf1/controlActEvent/author/assignedEntity} of the case:
 * C.3.1 its {@code code}, C.3.2 the organisation and C.3.3.1 the department as nested
 * {@code representedOrganization} names, C.3.3.2-5 the person's name parts, C.3.4 the address and the
 * {@code tel:}, {@code fax:} and {@code mailto:} telecoms. The same act carries C.1.9.1.r.2, the case's
 * identifiers in other senders' transmissions.
 */
final class SenderElements {

    private SenderElements() {}

    /** The sender as received, or null when the message names none. */
    static Sender read(XmlElement event, ElementValues values) {
        XmlElement entity = null;
        for (XmlElement subject : event.children("subjectOf1")) {
            XmlElement found = subject.at("controlActEvent", "author", "assignedEntity");
            entity = entity == null ? found : entity;
        }
        if (entity == null) {
            return null;
        }
        SenderType type = values.code(entity.child("code"), "C.3.1", SenderType.class, SenderType::e2bCode);
        XmlElement address = entity.child("addr");
        XmlElement person = entity.child("assignedPerson");
        XmlElement name = person == null ? null : person.child("name");
        List<XmlElement> given = name == null ? List.of() : name.children("given");
        XmlElement department = entity.child("representedOrganization");
        XmlElement organisation =
                department == null ? null : department.at("assignedEntity", "representedOrganization");
        XmlElement country = person == null ? null : person.at("asLocatedEntity", "location", "code");
        return values.accept(
                Sender.of(
                        type,
                        text(organisation, "name"),
                        text(department, "name"),
                        text(name, "prefix"),
                        given.isEmpty() ? null : blankToNull(given.getFirst().text()),
                        given.size() < 2 ? null : blankToNull(given.get(1).text()),
                        text(name, "family"),
                        streetLines(address),
                        text(address, "city"),
                        text(address, "state"),
                        text(address, "postalCode"),
                        country == null || country.isNull() || country.attribute("code") == null
                                ? null
                                : country.attribute("code").toUpperCase(Locale.ROOT),
                        telecom(entity, "tel:"),
                        telecom(entity, "fax:"),
                        telecom(entity, "mailto:")),
                java.util.Map.of(
                        "organisation",
                        "C.3.2",
                        "department",
                        "C.3.3.1",
                        "title",
                        "C.3.3.2",
                        "givenName",
                        "C.3.3.3",
                        "middleName",
                        "C.3.3.4",
                        "familyName",
                        "C.3.3.5",
                        "street",
                        "C.3.4.1",
                        "city",
                        "C.3.4.2",
                        "country",
                        "C.3.4.5",
                        "email",
                        "C.3.4.8"),
                -1);
    }

    /**
     * Writes C.3 and C.1.9.1.r.1-2. A case received from another system keeps its sender; one Exovigil took in
     * itself is sent by the batch's sender, as "other" (C.3.1 = 6).
     */
    static void write(
            XmlWriter x, Sender sender, String batchSender, List<String> otherCaseIds, Map<String, String> sources) {
        x.start("subjectOf1", "typeCode", "SUBJ");
        x.start("controlActEvent", "classCode", "CACT", "moodCode", "EVN");
        for (String other : otherCaseIds) {
            x.empty(
                    "id",
                    "assigningAuthorityName",
                    sources.get(other),
                    "root",
                    C_1_9_1_R_2_OTHER_CASE_ID,
                    "extension",
                    other); // C.1.9.1.r.1, C.1.9.1.r.2
        }
        x.start("author", "typeCode", "AUT");
        x.start("assignedEntity", "classCode", "ASSIGNED");
        if (sender == null) {
            x.empty("code", "code", SENDER_TYPE_OTHER, "codeSystem", C_3_1_SENDER_TYPE); // C.3.1
            organisation(x, null, batchSender); // C.3.2
        } else {
            received(x, sender);
        }
        x.end().end().end().end();
    }

    private static void received(XmlWriter x, Sender s) {
        if (s.type() != null) {
            x.empty("code", "code", Integer.toString(s.type().e2bCode()), "codeSystem", C_3_1_SENDER_TYPE); // C.3.1
        }
        if (s.street() != null || s.city() != null || s.state() != null || s.postcode() != null) {
            x.start("addr");
            streetLines(x, s.street()); // C.3.4.1
            optional(x, "city", s.city()); // C.3.4.2
            optional(x, "state", s.state()); // C.3.4.3
            optional(x, "postalCode", s.postcode()); // C.3.4.4
            x.end();
        }
        telecom(x, "tel:", s.telephone()); // C.3.4.6
        telecom(x, "fax:", s.fax()); // C.3.4.7
        telecom(x, "mailto:", s.email()); // C.3.4.8
        boolean named = s.title() != null || s.givenName() != null || s.middleName() != null || s.familyName() != null;
        if (named || s.country() != null) {
            x.start("assignedPerson", "classCode", "PSN", "determinerCode", "INSTANCE");
            if (named) {
                x.start("name");
                optional(x, "prefix", s.title()); // C.3.3.2
                optional(x, "given", s.givenName()); // C.3.3.3
                optional(x, "given", s.middleName()); // C.3.3.4
                optional(x, "family", s.familyName()); // C.3.3.5
                x.end();
            }
            if (s.country() != null) {
                x.start("asLocatedEntity", "classCode", "LOCE");
                x.start("location", "classCode", "COUNTRY", "determinerCode", "INSTANCE");
                x.empty("code", "code", s.country(), "codeSystem", ISO_COUNTRY); // C.3.4.5
                x.end().end();
            }
            x.end();
        }
        if (s.organisation() != null || s.department() != null) {
            organisation(x, s.department(), s.organisation()); // C.3.3.1, C.3.2
        }
    }

    /** representedOrganization (the department, C.3.3.1) holding the organisation (C.3.2). */
    static void organisation(XmlWriter x, String department, String organisation) {
        x.start("representedOrganization", "classCode", "ORG", "determinerCode", "INSTANCE");
        optional(x, "name", department);
        x.start("assignedEntity", "classCode", "ASSIGNED");
        x.start("representedOrganization", "classCode", "ORG", "determinerCode", "INSTANCE");
        optional(x, "name", organisation);
        x.end().end().end();
    }

    static void optional(XmlWriter x, String element, String text) {
        if (text != null) {
            x.text(element, text);
        }
    }

    /** Street lines (C.2.r.2.3, C.3.4.1), one {@code streetAddressLine} each: the model keeps them one per line. */
    static void streetLines(XmlWriter x, String street) {
        if (street != null) {
            street.lines().forEach(line -> x.text("streetAddressLine", line));
        }
    }

    /** Every {@code streetAddressLine} of an address, in order, one per line. */
    static String streetLines(XmlElement address) {
        if (address == null) {
            return null;
        }
        List<String> lines = address.children("streetAddressLine").stream()
                .map(line -> blankToNull(line.text()))
                .filter(Objects::nonNull)
                .toList();
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    static void telecom(XmlWriter x, String scheme, String value) {
        if (value != null) {
            x.empty("telecom", "value", scheme + value);
        }
    }

    private static String text(XmlElement parent, String child) {
        return parent == null ? null : blankToNull(parent.childText(child));
    }

    static String telecom(XmlElement entity, String scheme) {
        for (XmlElement telecom : entity.children("telecom")) {
            String value = telecom.attribute("value");
            if (value != null && value.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return blankToNull(value.substring(scheme.length()));
            }
        }
        return null;
    }
}
