package org.exovigil.vigilance.fhir;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static org.exovigil.vigilance.fhir.FhirCodes.*;
import static org.exovigil.vigilance.fhir.FhirExtensions.*;

import org.exovigil.vigilance.model.CaseComments;
import org.exovigil.vigilance.model.ReportContext;
import org.exovigil.vigilance.model.Sender;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Base64BinaryType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.StringType;

/**
 * Where a report comes from and what was said of it, as FHIR R4: the sender (ICH E2B(R3) C.3) as an Organization
 * ({@code name}, {@code type} in the C.3.1 code list, {@code address}, {@code telecom}, the person as {@code
 * contact.name}) named by the AdverseEvent's extension {@code sender}; C.1.6-C.1.10, C.4 and C.5 (R4's {@code
 * study} names a ResearchStudy, whose required {@code status} a report does not give, so the study is an
 * extension too) and H.2-H.5 as the AdverseEvent's extensions of {@link FhirCodes}.
 */
final class ContextWriting {

    private ContextWriting() {}

    static Organization sender(Sender sender) {
        Organization organization = new Organization();
        if (sender.organisation() != null) {
            organization.setName(sender.organisation());
        } else {
            // org-1: an Organization has a name or an identifier; this one's is not known.
            organization.getNameElement().addExtension(DATA_ABSENT_REASON, new CodeType("unknown"));
        }
        if (sender.type() != null) {
            organization.addType(
                    new CodeableConcept(code(C_3_1_SENDER_TYPE, sender.type().e2bCode())));
        }
        ContactParts parts = new ContactParts(
                sender.title(),
                sender.givenName(),
                sender.middleName(),
                sender.familyName(),
                sender.street(),
                sender.city(),
                sender.state(),
                sender.postcode(),
                sender.country(),
                sender.telephone(),
                sender.fax(),
                sender.email());
        if (parts.address() != null) {
            organization.addAddress(parts.address());
        }
        parts.telecom().forEach(organization::addTelecom);
        HumanName person = parts.name(null);
        if (person != null) {
            organization.addContact().setName(person);
        }
        if (sender.department() != null) {
            organization.addExtension(EXT_DEPARTMENT, new StringType(sender.department()));
        }
        return organization;
    }

    static void context(AdverseEvent event, ReportContext context) {
        if (context.additionalDocuments() != null) {
            event.addExtension(EXT_ADDITIONAL_DOCUMENTS, new BooleanType(context.additionalDocuments()));
        }
        context.documentTitles().forEach(title -> event.addExtension(EXT_DOCUMENT_TITLE, new StringType(title)));
        if (context.localCriteria() != null) {
            event.addExtension(EXT_LOCAL_CRITERIA, new BooleanType(context.localCriteria()));
        }
        if (context.localCriteriaReportType() != null) {
            event.addExtension(
                    EXT_LOCAL_CRITERIA_REPORT_TYPE,
                    new Coding(FDA_LOCAL_CRITERIA_REPORT_TYPE, context.localCriteriaReportType(), null));
        }
        if (context.firstSender() != null) {
            event.addExtension(
                    EXT_FIRST_SENDER,
                    code(C_1_8_2_FIRST_SENDER, context.firstSender().e2bCode()));
        }
        context.linkedReports().forEach(id -> event.addExtension(EXT_LINKED_REPORT, new StringType(id)));
        context.literature().forEach(reference -> event.addExtension(EXT_LITERATURE, new StringType(reference)));
        if (context.study() != null) {
            ReportContext.Study study = context.study();
            Extension extension = new Extension(EXT_STUDY);
            for (ReportContext.Study.Registration registration : study.registrations()) {
                Extension each = extension.addExtension().setUrl("registration");
                each.addExtension("number", new StringType(registration.number()));
                if (registration.country() != null) {
                    each.addExtension("country", new CodeType(registration.country()));
                }
                if (registration.register() != ReportContext.Study.Register.STUDY) {
                    each.addExtension(
                            "register", new CodeType(registration.register().code())); // FDA.C.5.5-6
                }
            }
            if (study.name() != null) {
                extension.addExtension("name", new StringType(study.name()));
            }
            if (study.sponsorNumber() != null) {
                extension.addExtension("sponsorNumber", new StringType(study.sponsorNumber()));
            }
            if (study.type() != null) {
                extension.addExtension("type", new Coding(C_5_4_STUDY_TYPE, study.type(), null));
            }
            event.addExtension(extension);
        }
        if (context.combinationProduct() != null) {
            event.addExtension(EXT_COMBINATION_PRODUCT, new BooleanType(context.combinationProduct()));
        }
        if (context.receivedAt() != null) {
            event.addExtension(EXT_RECEIVED_AT, new DateTimeType(ISO_OFFSET_DATE_TIME.format(context.receivedAt())));
        }
        if (context.mostRecentInfoAt() != null) {
            event.addExtension(
                    EXT_MOST_RECENT_INFORMATION_AT,
                    new DateTimeType(ISO_OFFSET_DATE_TIME.format(context.mostRecentInfoAt())));
        }
        context.caseIdSources().forEach((id, source) -> {
            Extension extension = event.addExtension().setUrl(EXT_CASE_ID_SOURCE);
            extension.addExtension("id", new StringType(id));
            extension.addExtension("source", new StringType(source));
        });
        context.attachments().forEach((place, attachment) -> {
            Extension extension = event.addExtension().setUrl(EXT_INCLUDED_DOCUMENT);
            extension.addExtension("part", new CodeType(place.part().code()));
            extension.addExtension("index", new IntegerType(place.index()));
            Attachment document =
                    new Attachment().setContentType(attachment.mediaType()).setTitle(attachment.fileName());
            if (attachment.base64() != null) {
                document.setDataElement(new Base64BinaryType(attachment.base64()));
            }
            extension.addExtension("document", document);
            if (attachment.compression() != null) {
                extension.addExtension("compression", new CodeType(attachment.compression()));
            }
        });
    }

    static void comments(AdverseEvent event, CaseComments comments) {
        if (comments.reporterComments() != null) {
            event.addExtension(EXT_REPORTER_COMMENTS, new StringType(comments.reporterComments()));
        }
        comments.senderDiagnoses().forEach(d -> event.addExtension(EXT_SENDER_DIAGNOSIS, PatientWriting.concept(d)));
        if (comments.senderComments() != null) {
            event.addExtension(EXT_SENDER_COMMENTS, new StringType(comments.senderComments()));
        }
        for (CaseComments.Summary summary : comments.summaries()) {
            Extension extension = new Extension(EXT_CASE_SUMMARY);
            if (summary.text() != null) {
                extension.addExtension("text", new StringType(summary.text()));
            }
            if (summary.language() != null) {
                extension.addExtension("language", new CodeType(summary.language()));
            }
            event.addExtension(extension);
        }
    }
}
