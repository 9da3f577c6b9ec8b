package org.exovigil.vigilance.fhir;

import static org.exovigil.vigilance.fhir.FhirCodes.*;
import static org.exovigil.vigilance.fhir.FhirExtensions.*;
import static org.exovigil.vigilance.fhir.PatientWriting.dateTime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.PartialDate;
import org.exovigil.vigilance.model.PrimarySource;
import org.exovigil.vigilance.model.Reaction;
import org.exovigil.vigilance.model.ReactionDetails;
import org.exovigil.vigilance.model.ReportIdentification;
import org.exovigil.vigilance.model.ReporterDetails;
import org.exovigil.vigilance.model.SeriousnessCriterion;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * Writes the resources of one case, as {@link FhirWriter} describes them, into a {@link Sink}: the entries
 * of a Bundle, or the contained resources of one AdverseEvent. The resources every AdverseEvent of the
 * case shares (patient, place, reporters, administrations, products, tests) are written once, then one
 * AdverseEvent per reaction refers to them.
 */
final class CaseWriting {

    /** Where the resources go; returns the reference by which the others name the added one. */
    interface Sink {
        Reference add(Resource resource, String localName);

        void addEvent(AdverseEvent event, String localName);
    }

    private final IndividualCaseSafetyReport report;
    private final Sink sink;
    private final Map<String, Reference> organisations = new LinkedHashMap<>();
    private Reference patient;
    private Reference location;
    private Reference sender;
    private final List<Reference> sources = new ArrayList<>();
    private final List<Reference> administrations = new ArrayList<>();
    private final List<Reference> tests = new ArrayList<>();
    private final List<Reference> conditions = new ArrayList<>();

    private CaseWriting(IndividualCaseSafetyReport report, Sink sink) {
        this.report = report;
        this.sink = sink;
    }

    /** Every AdverseEvent of the report, and what they share, into the sink. */
    static void writeAll(IndividualCaseSafetyReport report, Sink sink) {
        CaseWriting writing = new CaseWriting(report, sink);
        writing.shared();
        for (int i = 0; i < FhirWriter.adverseEventCount(report); i++) {
            AdverseEvent event = new AdverseEvent();
            writing.event(event, i);
            sink.addEvent(event, "event-" + i);
        }
    }

    /** One AdverseEvent with everything it refers to contained in it. */
    static AdverseEvent writeOne(IndividualCaseSafetyReport report, int index) {
        AdverseEvent event = new AdverseEvent();
        CaseWriting writing = new CaseWriting(report, new ContainedSink(event));
        writing.shared();
        writing.event(event, index);
        return event;
    }

    /** A Bundle sink: entries with {@code urn:uuid} full URLs, name-based so the same case gives the same bytes. */
    static final class BundleSink implements Sink {
        private final Bundle bundle;
        private final String namespace;
        private final List<Bundle.BundleEntryComponent> events = new ArrayList<>();
        private final List<Bundle.BundleEntryComponent> others = new ArrayList<>();

        BundleSink(Bundle bundle, int position, ReportIdentification id) {
            this.bundle = bundle;
            this.namespace =
                    "%d|%s|%s|%d".formatted(position, id.worldwideUniqueId(), id.senderReportId(), id.version());
        }

        /**
         * The entry of a resource: its id the name-based UUID, its full URL that UUID as a URN (R4
         * Bundle: the full URL of a urn:uuid entry need not repeat the id, but an id keeps an entry whose
         * resource knows nothing, such as an unknown patient, from being written without a resource).
         */
        private Bundle.BundleEntryComponent entry(Resource resource, String localName) {
            String name = namespace + "|" + localName;
            String uuid = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8))
                    .toString();
            resource.setId(uuid);
            return new Bundle.BundleEntryComponent()
                    .setFullUrl("urn:uuid:" + uuid)
                    .setResource(resource);
        }

        @Override
        public Reference add(Resource resource, String localName) {
            Bundle.BundleEntryComponent entry = entry(resource, localName);
            others.add(entry);
            return new Reference(entry.getFullUrl());
        }

        @Override
        public void addEvent(AdverseEvent event, String localName) {
            events.add(entry(event, localName));
        }

        /** The case's AdverseEvents first, then the resources they refer to, each in the order written. */
        void flush() {
            events.forEach(bundle::addEntry);
            others.forEach(bundle::addEntry);
        }
    }

    /** A sink into one AdverseEvent's contained resources, named by local ids ({@code #patient}). */
    private static final class ContainedSink implements Sink {
        private final AdverseEvent container;

        ContainedSink(AdverseEvent container) {
            this.container = container;
        }

        @Override
        public Reference add(Resource resource, String localName) {
            resource.setId(localName);
            container.addContained(resource);
            return new Reference("#" + localName);
        }

        @Override
        public void addEvent(AdverseEvent event, String localName) {
            throw new UnsupportedOperationException("a contained sink holds the resources of one event");
        }
    }

    private void shared() {
        if (report.identification().sender() != null) {
            sender = sink.add(ContextWriting.sender(report.identification().sender()), "sender");
        }
        PatientWriting patients = new PatientWriting(sink);
        patient = patients.write(report.patient());
        conditions.addAll(patients.conditions());
        if (report.identification().occurrenceCountry() != null) {
            location = sink.add(
                    new Location()
                            .setAddress(new Address()
                                    .setCountry(report.identification().occurrenceCountry())),
                    "location");
        }
        for (int r = 0; r < report.primarySources().size(); r++) {
            sources.add(sink.add(source(report.primarySources().get(r)), "source-" + r));
        }
        DrugWriting drugs = new DrugWriting(sink, patient, this::organisation);
        for (int k = 0; k < report.products().size(); k++) {
            administrations.add(sink.add(drugs.administration(report.products().get(k), k), "administration-" + k));
        }
        for (int r = 0; r < report.tests().size(); r++) {
            tests.add(sink.add(TestWriting.test(report.tests().get(r), patient), "test-" + r));
        }
    }

    private void event(AdverseEvent event, int index) {
        ReportIdentification id = report.identification();
        event.setActuality(AdverseEvent.AdverseEventActuality.ACTUAL);
        String system = id.context() == null || id.context().identifierSystem() == null
                ? C_1_1_SENDER_REPORT_ID
                : id.context().identifierSystem();
        event.setIdentifier(new Identifier().setSystem(system).setValue(id.senderReportId()));
        event.addExtension(
                EXT_WORLDWIDE_CASE_ID,
                new Identifier().setSystem(C_1_8_1_WORLDWIDE_ID).setValue(id.worldwideUniqueId()));
        id.otherCaseIds()
                .forEach(other -> event.addExtension(
                        EXT_OTHER_CASE_ID,
                        new Identifier().setSystem(C_1_9_1_R_2_OTHER_CASE_ID).setValue(other)));
        event.addExtension(EXT_CASE_VERSION, new PositiveIntType(id.version()));
        event.addExtension(
                EXT_MOST_RECENT_INFORMATION, new DateType(id.mostRecentInfoOn().toString()));
        event.addExtension(EXT_REPORT_TYPE, reportType(id.type()));
        if (id.nullification() != null) {
            Extension nullification = new Extension(EXT_NULLIFICATION);
            nullification.addExtension("kind", nullification(id.nullification().kind()));
            nullification.addExtension(
                    "reason", new StringType(id.nullification().reason()));
            event.addExtension(nullification);
        }
        if (report.narrative() != null) {
            event.addExtension(EXT_CASE_NARRATIVE, new StringType(report.narrative()));
        }
        if (sender != null) {
            event.addExtension(EXT_SENDER, sender.copy());
        }
        if (id.context() != null) {
            ContextWriting.context(event, id.context());
        }
        if (report.comments() != null) {
            ContextWriting.comments(event, report.comments());
        }
        sources.forEach(source -> event.addExtension(EXT_PRIMARY_SOURCE, source.copy()));
        if (index < report.reactions().size()) {
            reaction(event, report.reactions().get(index));
        }
        event.setSubject(patient.copy());
        event.setRecordedDateElement(dateTime(id.receivedOn()));
        if (location != null) {
            event.setLocation(location.copy());
        }
        if (!sources.isEmpty()) {
            event.setRecorder(sources.getFirst().copy());
        }
        for (int k = 0; k < report.products().size(); k++) {
            DrugWriting.suspectEntities(event, report.products().get(k), administrations.get(k), index);
        }
        for (int k = 0; k < report.products().size(); k++) {
            if (!report.products().get(k).role().isSuspected()) {
                event.addSubjectMedicalHistory(administrations.get(k).copy());
            }
        }
        tests.forEach(test -> event.addSubjectMedicalHistory(test.copy()));
        conditions.forEach(condition -> event.addSubjectMedicalHistory(condition.copy()));
    }

    private static void reaction(AdverseEvent event, Reaction reaction) {
        CodeableConcept term = new CodeableConcept().setText(reaction.term());
        if (reaction.codedTerm() != null) {
            term.addCoding(coding(reaction.codedTerm()));
        }
        event.setEvent(term);
        PartialDate asSent =
                reaction.details() == null ? null : reaction.details().onsetAsSentFor(reaction.onset());
        if (asSent != null) {
            event.setDateElement(PatientWriting.dateTime(asSent)); // E.i.4 to the precision sent
        } else if (reaction.onset() != null) {
            event.setDateElement(dateTime(reaction.onset()));
        }
        event.setSeriousness(new CodeableConcept(
                reaction.seriousness().isEmpty()
                        ? new Coding(SERIOUSNESS, "Non-serious", "Non-serious")
                        : new Coding(SERIOUSNESS, "Serious", "Serious")));
        for (SeriousnessCriterion criterion : SeriousnessCriterion.values()) {
            if (reaction.seriousness().contains(criterion)) {
                CodeableConcept coded = new CodeableConcept();
                seriousness(criterion).ifPresent(coded::addCoding);
                coded.addCoding(ichSeriousness(criterion));
                event.addExtension(EXT_SERIOUSNESS_CRITERION, coded);
            }
        }
        if (reaction.outcome() != null) {
            event.setOutcome(new CodeableConcept(outcome(reaction.outcome())));
        }
        ReactionDetails details = reaction.details();
        if (details != null) {
            if (details.language() != null) {
                event.addExtension(EXT_REACTION_LANGUAGE, new CodeType(details.language()));
            }
            if (details.translation() != null) {
                event.addExtension(EXT_REACTION_TRANSLATION, new StringType(details.translation()));
            }
            if (details.highlighting() != null) {
                event.addExtension(
                        EXT_HIGHLIGHTING,
                        code(E_I_3_1_HIGHLIGHTED, details.highlighting().e2bCode()));
            }
            if (details.endedOn() != null) {
                event.addExtension(
                        EXT_REACTION_END,
                        details.endedOn().iso().contains("T")
                                ? PatientWriting.dateTime(details.endedOn())
                                : PatientWriting.date(details.endedOn()));
            }
            if (details.medicallyConfirmed() != null) {
                event.addExtension(EXT_MEDICALLY_CONFIRMED, new BooleanType(details.medicallyConfirmed()));
            }
            if (details.requiredIntervention() != null) {
                event.addExtension(EXT_REQUIRED_INTERVENTION, new BooleanType(details.requiredIntervention()));
            }
            if (details.country() != null) {
                event.addExtension(EXT_REACTION_COUNTRY, new CodeType(details.country()));
            }
            if (details.onsetUnknown() != null) {
                event.addExtension(
                        EXT_ONSET_UNKNOWN, new CodeType(details.onsetUnknown().code()));
            }
            if (details.severity() != null) {
                event.setSeverity(new CodeableConcept(severity(details.severity())));
            }
            details.categories().forEach(category -> event.addCategory(new CodeableConcept(coding(category))));
        }
    }

    /** A health professional as a Practitioner with its qualification; anyone else as a RelatedPerson. */
    private DomainResource source(PrimarySource source) {
        ReporterDetails d = source.details() == null
                ? new ReporterDetails(null, null, null, null, null, null, null, null, null, null, null)
                : source.details();
        ContactParts parts = new ContactParts(
                d.title(),
                d.givenName(),
                d.middleName(),
                d.familyName(),
                d.street(),
                d.city(),
                d.state(),
                d.postcode(),
                source.country(),
                d.telephone(),
                null,
                d.email());
        HumanName name = parts.name(source.name());
        Address address = parts.address();
        DomainResource person;
        if (source.qualification() != null && source.qualification().isHealthProfessional()) {
            Practitioner practitioner = new Practitioner();
            if (name != null) {
                practitioner.addName(name);
            }
            if (address != null) {
                practitioner.addAddress(address);
            }
            parts.telecom().forEach(practitioner::addTelecom);
            practitioner.addQualification().setCode(new CodeableConcept(qualification(source.qualification())));
            person = practitioner;
        } else {
            RelatedPerson related = new RelatedPerson().setPatient(patient.copy());
            if (name != null) {
                related.addName(name);
            }
            if (address != null) {
                related.addAddress(address);
            }
            parts.telecom().forEach(related::addTelecom);
            if (source.qualification() != null) {
                related.addExtension(EXT_REPORTER_QUALIFICATION, qualification(source.qualification()));
            }
            person = related;
        }
        if (source.organisation() != null) {
            person.addExtension(EXT_REPORTER_ORGANIZATION, organisation(source.organisation()));
        }
        if (d.department() != null) {
            person.addExtension(EXT_DEPARTMENT, new StringType(d.department()));
        }
        return person;
    }

    /** One Organization per name in a case: a reporter's clinic is often the provider too. */
    private Reference organisation(String name) {
        return organisations
                .computeIfAbsent(
                        name, n -> sink.add(new Organization().setName(n), "organization-" + organisations.size()))
                .copy();
    }
}
