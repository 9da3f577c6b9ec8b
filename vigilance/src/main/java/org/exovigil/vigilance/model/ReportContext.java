package org.exovigil.vigilance.model;

import java.util.List;

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
 * @param identifierSystem    the namespace of C.1.1 as another system sent it (FHIR R4 Identifier.system), so that
 *                            the sender finds its own case again; null for the C.1.1 OID of ICH E2B(R3)
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
        String identifierSystem) {

    public ReportContext {
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
        return of(additionalDocuments, documentTitles, localCriteria, firstSender, linkedReports, literature, study,
                localCriteriaReportType, combinationProduct, null);
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
            String identifierSystem) {
        String system = ElementRules.trimmedOrNull(identifierSystem);
        boolean none = additionalDocuments == null && documentTitles.isEmpty() && localCriteria == null
                && firstSender == null && linkedReports.isEmpty() && literature.isEmpty() && study == null
                && localCriteriaReportType == null && combinationProduct == null && system == null;
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
                        system);
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
     * @param registrations C.5.1.r registration number (C.5.1.r.1) and country (C.5.1.r.2)
     * @param name          C.5.2 study name (2000)
     * @param sponsorNumber C.5.3 sponsor study number (50)
     * @param type          C.5.4 study type: 1 clinical trials, 2 individual patient use, 3 other studies
     */
    public record Study(List<Registration> registrations, String name, String sponsorNumber, String type) {

        public Study {
            registrations = List.copyOf(registrations);
        }

        public record Registration(String number, String country) {}
    }
}
