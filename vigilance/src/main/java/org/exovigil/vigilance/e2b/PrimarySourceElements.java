package org.exovigil.vigilance.e2b;

import static org.exovigil.vigilance.e2b.E2bCodes.*;
import static org.exovigil.vigilance.e2b.ElementValues.at;
import static org.exovigil.vigilance.e2b.ElementValues.blankToNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exovigil.vigilance.model.PrimarySource;
import org.exovigil.vigilance.model.Qualification;
import org.exovigil.vigilance.model.ReporterDetails;

/**
 * ICH E2B(R3) C.2.r, the primary sources, each a {@code relatedInvestigation} of code 2 (source report) whose
 * author is the reporter: the name (as text or in parts), qualification, country, organisation and
 * department, address, telephone and e-mail. The first is the source for regulatory purposes (C.2.r.5).
 */
final class PrimarySourceElements {

    private static final Map<String, String> SOURCE_ELEMENTS =
            Map.of("name", "C.2.r.1", "organisation", "C.2.r.2.1", "country", "C.2.r.3");

    private final ElementValues values;

    PrimarySourceElements(ElementValues values) {
        this.values = values;
    }

    /** C.2.r, every primary source of the case, the one for regulatory purposes (C.2.r.5) first as sent. */
    List<PrimarySource> read(XmlElement event) {
        List<PrimarySource> sources = new ArrayList<>();
        int r = 0;
        for (XmlElement relationship : event.children("outboundRelationship")) {
            XmlElement investigation = relationship.child("relatedInvestigation");
            if (investigation == null || !investigation.hasCode(RELATION_SOURCE_REPORT, REPORT_RELATION)) {
                continue;
            }
            XmlElement entity = investigation.at("subjectOf2", "controlActEvent", "author", "assignedEntity");
            XmlElement person = entity == null ? null : entity.child("assignedPerson");
            String name = person == null ? null : personName(person.child("name"));
            XmlElement qualificationCode = person == null ? null : person.at("asQualifiedEntity", "code");
            Qualification qualification =
                    values.code(qualificationCode, at("C.2.r.4", r), Qualification.class, Qualification::e2bCode);
            XmlElement countryCode = person == null ? null : person.at("asLocatedEntity", "location", "code");
            String country = ElementValues.country(countryCode);
            XmlElement organisation = entity == null
                    ? null
                    : entity.at("representedOrganization", "assignedEntity", "representedOrganization", "name");
            String organisationName = organisation == null || organisation.isNull() ? null : organisation.text();
            PrimarySource source = values.accept(
                    PrimarySource.of(name, organisationName, country, qualification, details(entity, person)),
                    SOURCE_ELEMENTS,
                    r);
            if (source != null) {
                sources.add(source);
            }
            r++;
        }
        return sources;
    }

    /** C.2.r.1: the parts of a name (title, given, middle, family) in the order sent, or its plain text. */
    private static String personName(XmlElement name) {
        if (name == null || name.isNull()) {
            return null;
        }
        if (name.children().isEmpty()) {
            return blankToNull(name.text());
        }
        StringBuilder joined = new StringBuilder();
        for (XmlElement part : name.children()) {
            if (!part.isNull() && !part.text().isBlank()) {
                joined.append(joined.isEmpty() ? "" : " ").append(part.text().strip());
            }
        }
        return joined.isEmpty() ? null : joined.toString();
    }

    static void write(XmlWriter x, PrimarySource source, boolean forRegulatoryPurposes) {
        x.start("outboundRelationship", "typeCode", "SPRT");
        if (forRegulatoryPurposes) {
            x.empty("priorityNumber", "value", "1"); // C.2.r.5
        }
        x.start("relatedInvestigation", "classCode", "INVSTG", "moodCode", "EVN");
        x.empty("code", "code", RELATION_SOURCE_REPORT, "codeSystem", REPORT_RELATION, "displayName", "sourceReport");
        x.start("subjectOf2", "typeCode", "SUBJ");
        x.start("controlActEvent", "classCode", "CACT", "moodCode", "EVN");
        x.start("author", "typeCode", "AUT");
        x.start("assignedEntity", "classCode", "ASSIGNED");
        ReporterDetails details = source.details();
        if (details != null) {
            address(x, details);
        }
        x.start("assignedPerson", "classCode", "PSN", "determinerCode", "INSTANCE");
        if (details != null && details.hasNameParts()) {
            x.start("name");
            SenderElements.optional(x, "prefix", details.title()); // C.2.r.1.1
            SenderElements.optional(x, "given", details.givenName()); // C.2.r.1.2
            SenderElements.optional(x, "given", details.middleName()); // C.2.r.1.3
            SenderElements.optional(x, "family", details.familyName()); // C.2.r.1.4
            x.end();
        } else if (source.name() != null) {
            x.text("name", source.name()); // C.2.r.1
        }
        if (source.qualification() != null) {
            x.start("asQualifiedEntity", "classCode", "QUAL");
            x.empty(
                    "code",
                    "code",
                    Integer.toString(source.qualification().e2bCode()),
                    "codeSystem",
                    C_2_R_4_QUALIFICATION);
            x.end();
        }
        if (source.country() != null) {
            x.start("asLocatedEntity", "classCode", "LOCE");
            x.start("location", "classCode", "COUNTRY", "determinerCode", "INSTANCE");
            x.empty("code", "code", source.country(), "codeSystem", ISO_COUNTRY); // C.2.r.3
            x.end().end();
        }
        x.end();
        String department = details == null ? null : details.department();
        if (source.organisation() != null || department != null) {
            SenderElements.organisation(x, department, source.organisation()); // C.2.r.2.2, C.2.r.2.1
        }
        x.end().end().end().end().end().end();
    }

    /** C.2.r.2.3-6 the address, C.2.r.2.7 the telephone and FDA.C.2.r.2.8 the e-mail. */
    private static void address(XmlWriter x, ReporterDetails d) {
        if (d.street() != null || d.city() != null || d.state() != null || d.postcode() != null) {
            x.start("addr");
            SenderElements.streetLines(x, d.street());
            SenderElements.optional(x, "city", d.city());
            SenderElements.optional(x, "state", d.state());
            SenderElements.optional(x, "postalCode", d.postcode());
            x.end();
        }
        SenderElements.telecom(x, "tel:", d.telephone());
        SenderElements.telecom(x, "mailto:", d.email());
    }

    /** What C.2.r says beyond the name as one text, the organisation, country and qualification. */
    private static ReporterDetails details(XmlElement entity, XmlElement person) {
        if (entity == null) {
            return null;
        }
        XmlElement name = person == null ? null : person.child("name");
        List<XmlElement> given = name == null ? List.of() : name.children("given");
        XmlElement address = entity.child("addr");
        XmlElement department = entity.child("representedOrganization");
        return ReporterDetails.of(
                text(name, "prefix"),
                given.isEmpty() ? null : blankToNull(given.getFirst().text()),
                given.size() < 2 ? null : blankToNull(given.get(1).text()),
                text(name, "family"),
                text(department, "name"),
                SenderElements.streetLines(address),
                text(address, "city"),
                text(address, "state"),
                text(address, "postalCode"),
                SenderElements.telecom(entity, "tel:"),
                SenderElements.telecom(entity, "mailto:"));
    }

    private static String text(XmlElement parent, String child) {
        return parent == null ? null : blankToNull(parent.childText(child));
    }
}
