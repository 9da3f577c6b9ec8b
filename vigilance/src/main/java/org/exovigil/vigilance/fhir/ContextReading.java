package org.exovigil.vigilance.fhir;

import static org.exovigil.vigilance.fhir.CaseInput.*;
import static org.exovigil.vigilance.fhir.FhirCodes.*;
import static org.exovigil.vigilance.fhir.FhirExtensions.*;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.exovigil.vigilance.fhir.ResourceIndex.Located;
import org.exovigil.vigilance.model.CaseComments;
import org.exovigil.vigilance.model.Coded;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.ReportContext;
import org.exovigil.vigilance.model.Sender;
import org.exovigil.vigilance.model.SenderType;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * The sender (ICH E2B(R3) C.3), the report's context (C.1.6-C.1.10, C.4, C.5) and comments (H.2-H.5), as {@link
 * ContextWriting} writes them.
 */
final class ContextReading {

    private final CaseInput input;

    ContextReading(CaseInput input) {
        this.input = input;
    }

    /** C.3 from the Organization the extension {@code sender} names; null when there is none. */
    Sender sender(Located at) {
        Reference named = input.extensionValue((AdverseEvent) at.resource(), EXT_SENDER, Reference.class, at.path());
        String path = extensionPath(at.path(), EXT_SENDER) + ".value";
        Located found = named == null ? null : input.follow(named, at, path);
        if (found == null) {
            return null;
        }
        if (!(found.resource() instanceof Organization organization)) {
            input.wrongType(found, path, "Organization");
            return null;
        }
        String base = found.path();
        ContactParts parts = ContactParts.of(
                organization.hasContact() ? organization.getContactFirstRep().getName() : null,
                organization.hasAddress() ? organization.getAddressFirstRep() : null,
                organization.getTelecom());
        SenderType type = null;
        for (Coding coding :
                organization.hasType() ? organization.getTypeFirstRep().getCoding() : List.<Coding>of()) {
            if (C_3_1_SENDER_TYPE.equals(coding.getSystem())) {
                type = input.byE2bCode(
                        SenderType.class, SenderType::e2bCode, coding, C_3_1_SENDER_TYPE, base + ".type[0]");
            }
        }
        StringType department = input.extensionValue(organization, EXT_DEPARTMENT, StringType.class, base);
        return input.accept(
                Sender.of(
                        type,
                        blankToNull(organization.getName()),
                        department == null ? null : department.getValue(),
                        parts.title(),
                        parts.givenName(),
                        parts.middleName(),
                        parts.familyName(),
                        parts.street(),
                        parts.city(),
                        parts.state(),
                        parts.postcode(),
                        parts.country(),
                        parts.telephone(),
                        parts.fax(),
                        parts.email()),
                base,
                Map.of("organisation", base + ".name", "country", base + ".address[0].country"));
    }

    /** C.1.6-C.1.10, C.4 and C.5, and the namespace of the sender's report id; null when none was sent. */
    ReportContext context(Located at, String identifierSystem) {
        AdverseEvent event = (AdverseEvent) at.resource();
        String base = at.path();
        BooleanType documents = input.extensionValue(event, EXT_ADDITIONAL_DOCUMENTS, BooleanType.class, base);
        BooleanType local = input.extensionValue(event, EXT_LOCAL_CRITERIA, BooleanType.class, base);
        Coding kind = input.extensionValue(event, EXT_LOCAL_CRITERIA_REPORT_TYPE, Coding.class, base);
        Coding first = input.extensionValue(event, EXT_FIRST_SENDER, Coding.class, base);
        BooleanType combination = input.extensionValue(event, EXT_COMBINATION_PRODUCT, BooleanType.class, base);
        return ReportContext.of(
                documents == null ? null : documents.getValue(),
                texts(event, EXT_DOCUMENT_TITLE),
                local == null ? null : local.getValue(),
                first == null
                        ? null
                        : input.byE2bCode(
                                ReportContext.FirstSender.class,
                                ReportContext.FirstSender::e2bCode,
                                first,
                                C_1_8_2_FIRST_SENDER,
                                extensionPath(base, EXT_FIRST_SENDER) + ".value"),
                texts(event, EXT_LINKED_REPORT),
                texts(event, EXT_LITERATURE),
                study(extension(event, EXT_STUDY)),
                kind == null ? null : blankToNull(kind.getCode()),
                combination == null ? null : combination.getValue(),
                timeOfDay(input.extensionValue(event, EXT_RECEIVED_AT, DateTimeType.class, base)),
                timeOfDay(input.extensionValue(event, EXT_MOST_RECENT_INFORMATION_AT, DateTimeType.class, base)),
                caseIdSources(event),
                attachments(event),
                identifierSystem);
    }

    /** C.1.4 or C.1.5 to the second with its zone, or null when the value is anything less. */
    private static OffsetDateTime timeOfDay(DateTimeType value) {
        if (value == null || value.getValueAsString() == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.getValueAsString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** C.1.9.1.r.1, the source of each other case identifier. */
    private static Map<String, String> caseIdSources(AdverseEvent event) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Extension each : extensions(event, EXT_CASE_ID_SOURCE)) {
            String id = value(each, "id");
            String source = value(each, "source");
            if (id != null && source != null) {
                sources.putIfAbsent(id, source);
            }
        }
        return sources;
    }

    /** C.1.6.1.r.2 and C.4.r.2, by the held document or literature reference they belong to. */
    private static Map<org.exovigil.vigilance.model.Attachment.Place, org.exovigil.vigilance.model.Attachment>
            attachments(AdverseEvent event) {
        Map<org.exovigil.vigilance.model.Attachment.Place, org.exovigil.vigilance.model.Attachment> attachments =
                new LinkedHashMap<>();
        for (Extension each : extensions(event, EXT_INCLUDED_DOCUMENT)) {
            Extension document = extension(each, "document");
            var part = Coded.fromCode(org.exovigil.vigilance.model.Attachment.Part.class, value(each, "part"));
            String index = value(each, "index");
            if (part.isPresent()
                    && index != null
                    && index.matches("\\d{1,9}")
                    && document != null
                    && document.getValue() instanceof Attachment file) {
                var attachment = org.exovigil.vigilance.model.Attachment.of(
                        file.getContentType(),
                        value(each, "compression"),
                        file.getTitle(),
                        file.hasData() ? file.getDataElement().getValueAsString() : null);
                if (attachment != null) {
                    attachments.put(
                            new org.exovigil.vigilance.model.Attachment.Place(part.get(), Integer.parseInt(index)),
                            attachment);
                }
            }
        }
        return attachments;
    }

    private static ReportContext.Study study(Extension study) {
        if (study == null) {
            return null;
        }
        List<ReportContext.Study.Registration> registrations = new ArrayList<>();
        for (Extension registration : study.getExtensionsByUrl("registration")) {
            String number = value(registration, "number");
            if (number != null) {
                String register = value(registration, "register");
                registrations.add(new ReportContext.Study.Registration(
                        number,
                        value(registration, "country"),
                        register == null
                                ? ReportContext.Study.Register.STUDY
                                : Coded.fromCode(ReportContext.Study.Register.class, register)
                                        .orElse(ReportContext.Study.Register.STUDY)));
            }
        }
        Extension type = extension(study, "type");
        return new ReportContext.Study(
                registrations,
                value(study, "name"),
                value(study, "sponsorNumber"),
                type != null && type.getValue() instanceof Coding coding ? blankToNull(coding.getCode()) : null);
    }

    /** H.2-H.5; null when none was sent. */
    CaseComments comments(Located at) {
        AdverseEvent event = (AdverseEvent) at.resource();
        List<CodedTerm> diagnoses = new ArrayList<>();
        List<Extension> listed = extensions(event, EXT_SENDER_DIAGNOSIS);
        for (int d = 0; d < listed.size(); d++) {
            if (listed.get(d).getValue() instanceof CodeableConcept concept) {
                CodedTerm term = input.coded(
                        concept, "%s.extension('%s')[%d].value".formatted(at.path(), EXT_SENDER_DIAGNOSIS, d));
                if (term != null) {
                    diagnoses.add(term);
                }
            }
        }
        List<CaseComments.Summary> summaries = extensions(event, EXT_CASE_SUMMARY).stream()
                .map(s -> new CaseComments.Summary(value(s, "text"), value(s, "language")))
                .toList();
        StringType reporter = input.extensionValue(event, EXT_REPORTER_COMMENTS, StringType.class, at.path());
        StringType sender = input.extensionValue(event, EXT_SENDER_COMMENTS, StringType.class, at.path());
        return CaseComments.of(
                reporter == null ? null : reporter.getValue(),
                diagnoses,
                sender == null ? null : sender.getValue(),
                summaries);
    }

    private static List<String> texts(AdverseEvent event, String url) {
        return extensions(event, url).stream()
                .map(e -> e.getValue() == null ? null : blankToNull(e.getValue().primitiveValue()))
                .filter(Objects::nonNull)
                .toList();
    }

    private static String value(Extension holder, String url) {
        Extension part = extension(holder, url);
        return part == null || part.getValue() == null ? null : part.getValue().primitiveValue();
    }
}
