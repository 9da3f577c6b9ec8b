package org.exovigil.app.reports;

import java.util.List;
import org.exovigil.app.portal.Vocabulary;

/**
 * The professional's report form as shown: its one-time key, why it is shown again when it is, and the
 * choices it offers.
 *
 * @param formKey the one-time key that makes a second press of "send" file nothing new
 * @param limited whether this connection sent too many reports in the hour
 * @param alreadySent the reference of the report this key already filed with other answers, or null
 */
record ProfessionalFormPage(String formKey, boolean limited, String alreadySent) {

    static ProfessionalFormPage of(String formKey) {
        return new ProfessionalFormPage(formKey, false, null);
    }

    static ProfessionalFormPage overLimit(String formKey) {
        return new ProfessionalFormPage(formKey, true, null);
    }

    /** The key was used for a report with other answers: a new key, so the answers shown can still be sent. */
    static ProfessionalFormPage sentBefore(String newFormKey, String reference) {
        return new ProfessionalFormPage(newFormKey, false, reference);
    }

    public List<String> qualifications() {
        return ProfessionalReport.QUALIFICATIONS;
    }

    public List<String> roles() {
        return ProfessionalReport.ROLES;
    }

    public List<String> seriousnessOptions() {
        return ProfessionalReport.SERIOUSNESS;
    }

    public List<String> outcomes() {
        return PatientReport.OUTCOMES;
    }

    public List<String> productTypes() {
        return Vocabulary.PRODUCT_TYPES;
    }

    public List<String> routes() {
        return Vocabulary.ROUTES;
    }

    public List<String> countries() {
        return PatientReport.COUNTRIES;
    }
}
