package org.exovigil.vigilance.fhir;

import static org.exovigil.vigilance.fhir.CaseInput.*;
import static org.exovigil.vigilance.fhir.FhirCodes.*;
import static org.exovigil.vigilance.fhir.FhirExtensions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.fhir.ResourceIndex.Located;
import org.exovigil.vigilance.model.PrimarySource;
import org.exovigil.vigilance.model.Qualification;
import org.exovigil.vigilance.model.ReporterDetails;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.StringType;

/**
 * ICH E2B(R3) C.2.r primary sources from FHIR R4: the reporters the extension {@code primary-source} lists in
 * order, else the AdverseEvent's {@code recorder}; a Practitioner, PractitionerRole, RelatedPerson or Patient.
 */
final class SourceReading {

    private final CaseInput input;

    SourceReading(CaseInput input) {
        this.input = input;
    }

    List<PrimarySource> sources(Located at) {
        AdverseEvent event = (AdverseEvent) at.resource();
        List<Reference> references = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        List<Extension> listed = extensions(event, EXT_PRIMARY_SOURCE);
        for (int r = 0; r < listed.size(); r++) {
            String path = at.path() + ".extension('%s')[%d].value".formatted(EXT_PRIMARY_SOURCE, r);
            if (listed.get(r).getValue() instanceof Reference reference) {
                references.add(reference);
                paths.add(path);
            } else {
                input.problem(ProblemCode.NOT_VALID_FHIR, path, "expected a valueReference to the reporter");
            }
        }
        if (references.isEmpty() && event.hasRecorder()) {
            references.add(event.getRecorder());
            paths.add(at.path() + ".recorder");
        }
        List<PrimarySource> sources = new ArrayList<>();
        for (int r = 0; r < references.size(); r++) {
            source(references.get(r), at, paths.get(r)).ifPresent(sources::add);
        }
        return sources;
    }

    private Optional<PrimarySource> source(Reference reference, Located at, String path) {
        Located found = input.follow(reference, at, path);
        if (found == null) {
            String type = reference.getReferenceElement().getResourceType();
            if ("Practitioner".equals(type) || "PractitionerRole".equals(type)) {
                // A Practitioner takes part in health care by R4's definition, held elsewhere or not.
                input.note(
                        path, "a %s held elsewhere is kept as a health professional of unknown name".formatted(type));
                return Optional.ofNullable(input.accept(
                        PrimarySource.of(
                                blankToNull(reference.getDisplay()),
                                null,
                                null,
                                Qualification.OTHER_HEALTH_PROFESSIONAL),
                        "",
                        Map.of("name", path + ".display")));
            }
            if (reference.hasDisplay()) {
                input.note(path, "a reporter named only by display is kept as a name only");
                return Optional.ofNullable(input.accept(
                        PrimarySource.of(reference.getDisplay(), null, null, null),
                        "",
                        Map.of("name", path + ".display")));
            }
            return Optional.empty();
        }
        String base = found.path();
        String name = null;
        String country = null;
        ContactParts parts = null;
        Qualification qualification = null;
        String organisation = null;
        String organisationPath = base;
        DomainResource person = found.resource() instanceof DomainResource d ? d : null;
        switch (found.resource()) {
            case Practitioner practitioner -> {
                name = practitioner.hasName() ? name(practitioner.getNameFirstRep()) : null;
                parts = ContactParts.of(
                        practitioner.hasName() ? practitioner.getNameFirstRep() : null,
                        practitioner.hasAddress() ? practitioner.getAddressFirstRep() : null,
                        practitioner.getTelecom());
                qualification = practitionerQualification(practitioner, base);
            }
            case PractitionerRole role -> {
                Located who = input.follow(role.getPractitioner(), found, base + ".practitioner");
                if (who != null && who.resource() instanceof Practitioner practitioner) {
                    name = practitioner.hasName() ? name(practitioner.getNameFirstRep()) : null;
                    country = practitioner.hasAddress()
                            ? blankToNull(practitioner.getAddressFirstRep().getCountry())
                            : null;
                    qualification = practitionerQualification(practitioner, who.path());
                    base = who.path();
                } else {
                    qualification = Qualification.OTHER_HEALTH_PROFESSIONAL;
                }
                Located where = input.follow(role.getOrganization(), found, found.path() + ".organization");
                if (where != null && where.resource() instanceof Organization o) {
                    organisation = blankToNull(o.getName());
                    organisationPath = where.path();
                }
            }
            case RelatedPerson related -> {
                name = related.hasName() ? name(related.getNameFirstRep()) : null;
                parts = ContactParts.of(
                        related.hasName() ? related.getNameFirstRep() : null,
                        related.hasAddress() ? related.getAddressFirstRep() : null,
                        related.getTelecom());
                Coding coded = input.extensionValue(related, EXT_REPORTER_QUALIFICATION, Coding.class, base);
                qualification = coded == null
                        ? null
                        : input.byE2bCode(
                                Qualification.class,
                                Qualification::e2bCode,
                                coded,
                                C_2_R_4_QUALIFICATION,
                                extensionPath(base, EXT_REPORTER_QUALIFICATION) + ".value");
            }
            case Patient patient -> {
                name = patient.hasName() ? name(patient.getNameFirstRep()) : null;
                country = patient.hasAddress()
                        ? blankToNull(patient.getAddressFirstRep().getCountry())
                        : null;
                qualification = Qualification.CONSUMER;
            }
            default -> {
                input.note(
                        path,
                        "a %s is not a reporter; left out"
                                .formatted(found.resource().fhirType()));
                return Optional.empty();
            }
        }
        if (person != null && extension(person, EXT_REPORTER_ORGANIZATION) != null) {
            Reference org = input.extensionValue(person, EXT_REPORTER_ORGANIZATION, Reference.class, found.path());
            Located where = org == null
                    ? null
                    : input.follow(org, found, extensionPath(found.path(), EXT_REPORTER_ORGANIZATION) + ".value");
            if (where != null && where.resource() instanceof Organization o) {
                organisation = blankToNull(o.getName());
                organisationPath = where.path();
            } else if (where != null) {
                input.wrongType(where, extensionPath(found.path(), EXT_REPORTER_ORGANIZATION), "Organization");
            }
        }
        ReporterDetails details = null;
        if (parts != null) {
            country = parts.country();
            StringType department = input.extensionValue(person, EXT_DEPARTMENT, StringType.class, found.path());
            details = ReporterDetails.of(
                    parts.title(),
                    parts.givenName(),
                    parts.middleName(),
                    parts.familyName(),
                    department == null ? null : department.getValue(),
                    parts.street(),
                    parts.city(),
                    parts.state(),
                    parts.postcode(),
                    parts.telephone(),
                    parts.email());
        }
        return Optional.ofNullable(input.accept(
                PrimarySource.of(name, organisation, country, qualification, details),
                "",
                Map.of(
                        "name", base + ".name[0].text",
                        "organisation", organisationPath + ".name",
                        "country", base + ".address[0].country")));
    }

    /**
     * The ICH qualification of a Practitioner when it is coded so, else "other health professional":
     * a Practitioner is by R4's definition someone who takes part in health care.
     */
    private Qualification practitionerQualification(Practitioner practitioner, String base) {
        for (int q = 0; q < practitioner.getQualification().size(); q++) {
            for (Coding coding :
                    practitioner.getQualification().get(q).getCode().getCoding()) {
                if (C_2_R_4_QUALIFICATION.equals(coding.getSystem())) {
                    return input.byE2bCode(
                            Qualification.class,
                            Qualification::e2bCode,
                            coding,
                            C_2_R_4_QUALIFICATION,
                            base + ".qualification[%d].code".formatted(q));
                }
            }
        }
        return Qualification.OTHER_HEALTH_PROFESSIONAL;
    }
}
