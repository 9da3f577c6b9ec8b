package org.exovigil.vigilance.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What ICH E2B(R3) sections C.1, C.4 and C.5 say about where a report comes from, beyond its identification,
 * kept as received so that a case passed on says the same.
 *
 * @param additionalDocuments C.1.6.1 whether the sender holds documents; null when not said
 * @param documentTitles      C.1.6.1.r.1 the documents the sender holds, by title (the attachments themselves
 *                            are not kept)
 * @param localCriteria       C.1.7 whether the case fulfils the local criteria for an expedited report
 * @param firstSender         C.1.8.2 who first sent the case
 * @param linkedReports       C.1.10.r identification numbers of reports linked to this one
 * @param literature          C.4.r.1 literature references
 * @param study               C.5 the study in which the reaction was observed; null when none
 * @param localCriteriaReportType FDA.C.1.7.1 the kind of expedited report by the local criteria (FDA's code,
 *                            e.g. 1 for 15-day)
 * @param combinationProduct  FDA.C.1.12 whether the report is about a combination product
 * @param receivedAt          C.1.4 with the time of day and zone it was sent with; null when it came as a date
 * @param mostRecentInfoAt    C.1.5 likewise
 * @param caseIdSources       C.1.9.1.r.1 the source of each other case identifier, by the identifier (C.1.9.1.r.2)
 * @param attachments         C.1.6.1.r.2 and C.4.r.2, the documents included in the message, by the held
 *                            document or literature reference they belong to
 * @param identifierSystem    the namespace of C.1.1 as another system sent it (FHIR R4 Identifier.system), so that
 *                            the sender finds its own case again; null for the C.1.1 OID of ICH E2B(R3)
 * @param pmda                PMDA's J elements of the report (J2.1a, J2.1b, J2.2.1); null when none
 * @param messageReceiver     N.2.r.3 of the message the case came in (e.g. FDA's CDER_IND), so that a case passed on
 *                            goes, by default, to the same receiver; null when it came otherwise
 */
public record ReportContext(
        Boolean additionalDocuments,
        List<String> documentTitles,
        Boolean localCriteria,
        FirstSender firstSender,
        List<String> linkedReports,
        List<String> literature,
        Study study,
        String localCriteriaReportType,
        Boolean combinationProduct,
        OffsetDateTime receivedAt,
        OffsetDateTime mostRecentInfoAt,
        Map<String, String> caseIdSources,
        Map<Attachment.Place, Attachment> attachments,
        String identifierSystem,
        Pmda pmda,
        String messageReceiver) {

    public ReportContext {
        attachments = Map.copyOf(attachments);
        caseIdSources = Map.copyOf(caseIdSources);
        documentTitles = List.copyOf(documentTitles);
        linkedReports = List.copyOf(linkedReports);
        literature = List.copyOf(literature);
    }

    /** Null when nothing is known. */
    public static ReportContext of(
            Boolean additionalDocuments,
            List<String> documentTitles,
            Boolean localCriteria,
            FirstSender firstSender,
            List<String> linkedReports,
            List<String> literature,
            Study study,
            String localCriteriaReportType,
            Boolean combinationProduct) {
        return of(
                additionalDocuments,
                documentTitles,
                localCriteria,
                firstSender,
                linkedReports,
                literature,
                study,
                localCriteriaReportType,
                combinationProduct,
                null,
                null,
                Map.of(),
                Map.of(),
                null);
    }

    /** Null when nothing is known. */
    public static ReportContext of(
            Boolean additionalDocuments,
            List<String> documentTitles,
            Boolean localCriteria,
            FirstSender firstSender,
            List<String> linkedReports,
            List<String> literature,
            Study study,
            String localCriteriaReportType,
            Boolean combinationProduct,
            OffsetDateTime receivedAt,
            OffsetDateTime mostRecentInfoAt,
            Map<String, String> caseIdSources,
            Map<Attachment.Place, Attachment> attachments,
            String identifierSystem) {
        return of(
                additionalDocuments,
                documentTitles,
                localCriteria,
                firstSender,
                linkedReports,
                literature,
                study,
                localCriteriaReportType,
                combinationProduct,
                receivedAt,
                mostRecentInfoAt,
                caseIdSources,
                attachments,
                identifierSystem,
                null);
    }

    /** Null when nothing is known. */
    public static ReportContext of(
            Boolean additionalDocuments,
            List<String> documentTitles,
            Boolean localCriteria,
            FirstSender firstSender,
            List<String> linkedReports,
            List<String> literature,
            Study study,
            String localCriteriaReportType,
            Boolean combinationProduct,
            OffsetDateTime receivedAt,
            OffsetDateTime mostRecentInfoAt,
            Map<String, String> caseIdSources,
            Map<Attachment.Place, Attachment> attachments,
            String identifierSystem,
            Pmda pmda) {
        String system = ElementRules.trimmedOrNull(identifierSystem);
        boolean none = additionalDocuments == null
                && documentTitles.isEmpty()
                && localCriteria == null
                && firstSender == null
                && linkedReports.isEmpty()
                && literature.isEmpty()
                && study == null
                && localCriteriaReportType == null
                && combinationProduct == null
                && receivedAt == null
                && mostRecentInfoAt == null
                && caseIdSources.isEmpty()
                && attachments.isEmpty()
                && system == null
                && pmda == null;
        return none
                ? null
                : new ReportContext(
                        additionalDocuments,
                        documentTitles,
                        localCriteria,
                        firstSender,
                        linkedReports,
                        literature,
                        study,
                        localCriteriaReportType,
                        combinationProduct,
                        receivedAt,
                        mostRecentInfoAt,
                        caseIdSources,
                        attachments,
                        system,
                        pmda,
                        null);
    }

    /** This context with FDA.C.1.7.1 and FDA.C.1.12 as given (null to leave them out). */
    public ReportContext withFdaElements(String reportType, Boolean combination) {
        return new ReportContext(
                additionalDocuments,
                documentTitles,
                localCriteria,
                firstSender,
                linkedReports,
                literature,
                study,
                reportType,
                combination,
                receivedAt,
                mostRecentInfoAt,
                caseIdSources,
                attachments,
                identifierSystem,
                pmda,
                messageReceiver);
    }

    /**
     * {@code context} (which may be null) with the N.2.r.3 the case came in under; null when both are empty.
     * Blank is none.
     */
    public static ReportContext withMessageReceiver(ReportContext context, String receiver) {
        String kept = ElementRules.trimmedOrNull(receiver);
        if (context == null) {
            return kept == null
                    ? null
                    : new ReportContext(
                            null, List.of(), null, null, List.of(), List.of(), null, null, null, null, null, Map.of(),
                            Map.of(), null, null, kept);
        }
        return new ReportContext(
                context.additionalDocuments,
                context.documentTitles,
                context.localCriteria,
                context.firstSender,
                context.linkedReports,
                context.literature,
                context.study,
                context.localCriteriaReportType,
                context.combinationProduct,
                context.receivedAt,
                context.mostRecentInfoAt,
                context.caseIdSources,
                context.attachments,
                context.identifierSystem,
                context.pmda,
                kept);
    }

    /** This context with another study (C.5), or none. */
    public ReportContext withStudy(Study other) {
        return new ReportContext(
                additionalDocuments,
                documentTitles,
                localCriteria,
                firstSender,
                linkedReports,
                literature,
                other,
                localCriteriaReportType,
                combinationProduct,
                receivedAt,
                mostRecentInfoAt,
                caseIdSources,
                attachments,
                identifierSystem,
                pmda,
                messageReceiver);
    }

    /** This context with PMDA's J elements as given, or none. */
    public ReportContext withPmda(Pmda elements) {
        return new ReportContext(
                additionalDocuments,
                documentTitles,
                localCriteria,
                firstSender,
                linkedReports,
                literature,
                study,
                localCriteriaReportType,
                combinationProduct,
                receivedAt,
                mostRecentInfoAt,
                caseIdSources,
                attachments,
                identifierSystem,
                elements,
                messageReceiver);
    }

    /**
     * PMDA's regional elements of the report (the "J" items of the MHLW/PMDA notification on E2B(R3) ICSRs, 2013-09-17
     * 薬食審査発0917第1号・薬食安発0917第2号), as far as the case model carries them.
     *
     * @param reportCategory       J2.1a the identification number's report category: PMDA's two-letter code, e.g.
     *                             {@code AB} adverse drug reaction in Japan (post-marketing), {@code DD} foreign ADR
     *                             in a clinical trial
     * @param identificationNumber J2.1b the identification number PMDA gave the report (the number of its first
     *                             report)
     * @param reportingStart       J2.2.1 the start date of the reporting time frame (day 0 of the 15 or 30 days)
     */
    public record Pmda(String reportCategory, String identificationNumber, LocalDate reportingStart) {

        /** Null when none is given; blanks count as none. */
        public static Pmda of(String reportCategory, String identificationNumber, LocalDate reportingStart) {
            String category = ElementRules.trimmedOrNull(reportCategory);
            String number = ElementRules.trimmedOrNull(identificationNumber);
            return category == null && number == null && reportingStart == null
                    ? null
                    : new Pmda(category, number, reportingStart);
        }
    }

    /** C.1.8.2 first sender of this case. */
    public enum FirstSender implements Coded {
        REGULATOR("regulator", 1),
        OTHER("other", 2);

        private final String code;
        private final int e2bCode;

        FirstSender(String code, int e2bCode) {
            this.code = code;
            this.e2bCode = e2bCode;
        }

        @Override
        public String code() {
            return code;
        }

        public int e2bCode() {
            return e2bCode;
        }
    }

    /**
     * C.5, a study.
     *
     * @param registrations C.5.1.r registration number (C.5.1.r.1) and country (C.5.1.r.2), and the FDA's own
     *                      numbers beside them (FDA.C.5.5a, FDA.C.5.5b, FDA.C.5.6.r)
     * @param name          C.5.2 study name (2000)
     * @param sponsorNumber C.5.3 sponsor study number (50)
     * @param type          C.5.4 study type: 1 clinical trials, 2 individual patient use, 3 other studies
     */
    public record Study(List<Registration> registrations, String name, String sponsorNumber, String type) {

        public Study {
            registrations = List.copyOf(registrations);
        }

        /** A number the study is registered under, and in which register. */
        public record Registration(String number, String country, Register register) {

            /** C.5.1.r, a registration in a country. */
            public Registration(String number, String country) {
                this(number, country, Register.STUDY);
            }
        }

        /** Which register a study number belongs to: C.5.1.r, or one of the FDA's regional elements. */
        public enum Register implements Coded {
            STUDY("study"),
            /** FDA.C.5.5a the IND under which the reaction occurred. */
            FDA_IND("fda_ind"),
            /** FDA.C.5.5b the pre-ANDA under which the reaction occurred. */
            FDA_PRE_ANDA("fda_pre_anda"),
            /** FDA.C.5.6.r an IND the report is cross-reported to. */
            FDA_CROSS_REPORTED_IND("fda_cross_reported_ind");

            private final String code;

            Register(String code) {
                this.code = code;
            }

            @Override
            public String code() {
                return code;
            }
        }
    }
}
