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
 * @param onsetsToConfirm the reactions that started before a suspect product was first given, which the reporter
 *     is asked to confirm
 */
record ProfessionalFormPage(
        String formKey, boolean limited, String alreadySent, List<ProfessionalReport.OnsetBeforeDose> onsetsToConfirm) {

    static ProfessionalFormPage of(String formKey) {
        return new ProfessionalFormPage(formKey, false, null, List.of());
    }

    static ProfessionalFormPage overLimit(String formKey) {
        return new ProfessionalFormPage(formKey, true, null, List.of());
    }

    /** The key was used for a report with other answers: a new key, so the answers shown can still be sent. */
    static ProfessionalFormPage sentBefore(String newFormKey, String reference) {
        return new ProfessionalFormPage(newFormKey, false, reference, List.of());
    }

    /** Reactions started before the first dose: possible (a condition the patient had before), so confirmed. */
    static ProfessionalFormPage onsetsToConfirm(String formKey, List<ProfessionalReport.OnsetBeforeDose> onsets) {
        return new ProfessionalFormPage(formKey, false, null, List.copyOf(onsets));
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
