package org.exovigil.vigilance.fhir;

import static org.exovigil.vigilance.fhir.CaseInput.blankToNull;
import static org.exovigil.vigilance.fhir.FhirCodes.DATA_ABSENT_REASON;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.StringType;

/**
 * A person's name in its parts, an address and the ways to reach them, as ICH E2B(R3) gives them for a reporter
 * (C.2.r.1-2) and for the sender (C.3.3-4), and as R4's HumanName, Address and ContactPoint hold them: the title
 * as {@code prefix}, the given and middle names as {@code given} in that order, the family name as {@code
 * family}; the street as {@code line}; telephone, fax and e-mail as {@code telecom}.
 */
record ContactParts(
        String title,
        String givenName,
        String middleName,
        String familyName,
        String street,
        String city,
        String state,
        String postcode,
        String country,
        String telephone,
        String fax,
        String email) {

    /** The name, with {@code text} as one text beside the parts; null when there is neither. */
    HumanName name(String text) {
        HumanName name = new HumanName().setText(text);
        if (title != null) {
            name.addPrefix(title);
        }
        if (givenName != null || middleName != null) {
            StringType given = name.addGivenElement();
            given.setValue(givenName);
            if (givenName == null) {
                // A middle name without a given name keeps its place, the given name said to be unknown.
                given.addExtension(DATA_ABSENT_REASON, new CodeType("unknown"));
            }
        }
        if (middleName != null) {
            name.addGiven(middleName);
        }
        name.setFamily(familyName);
        return name.isEmpty() ? null : name;
    }

    /** The address; null when nothing of it is known. */
    Address address() {
        Address address = new Address()
                .setCity(city)
                .setState(state)
                .setPostalCode(postcode)
                .setCountry(country);
        if (street != null) {
            address.addLine(street);
        }
        return address.isEmpty() ? null : address;
    }

    List<ContactPoint> telecom() {
        return Stream.of(
                        point(ContactPoint.ContactPointSystem.PHONE, telephone),
                        point(ContactPoint.ContactPointSystem.FAX, fax),
                        point(ContactPoint.ContactPointSystem.EMAIL, email))
                .filter(Objects::nonNull)
                .toList();
    }

    private static ContactPoint point(ContactPoint.ContactPointSystem system, String value) {
        return value == null ? null : new ContactPoint().setSystem(system).setValue(value);
    }

    /** The parts of a name, an address and contact points as written; any may be null or empty. */
    static ContactParts of(HumanName name, Address address, List<ContactPoint> telecom) {
        HumanName n = name == null ? new HumanName() : name;
        Address a = address == null ? new Address() : address;
        List<StringType> given = n.getGiven();
        return new ContactParts(
                n.hasPrefix() ? blankToNull(n.getPrefix().getFirst().getValue()) : null,
                given.isEmpty() ? null : blankToNull(given.get(0).getValue()),
                given.size() < 2 ? null : blankToNull(given.get(1).getValue()),
                blankToNull(n.getFamily()),
                a.hasLine() ? blankToNull(a.getLine().getFirst().getValue()) : null,
                blankToNull(a.getCity()),
                blankToNull(a.getState()),
                blankToNull(a.getPostalCode()),
                blankToNull(a.getCountry()),
                value(telecom, ContactPoint.ContactPointSystem.PHONE),
                value(telecom, ContactPoint.ContactPointSystem.FAX),
                value(telecom, ContactPoint.ContactPointSystem.EMAIL));
    }

    private static String value(List<ContactPoint> telecom, ContactPoint.ContactPointSystem system) {
        return telecom.stream()
                .filter(p -> p.getSystem() == system)
                .map(p -> blankToNull(p.getValue()))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
