package org.exovigil.app.reports;

import java.util.List;

/**
 * The patient's report form as shown: its one-time key, why it is shown again when it is, and the
 * choices it offers.
 *
 * @param formKey the one-time key that makes a second press of "send" file nothing new
 * @param limited whether this connection sent too many reports in the hour
 * @param unreadable whether the answers could not be read as a report
 * @param alreadySent the reference of the report this key already filed with other answers, or null
 */
record PatientFormPage(String formKey, boolean limited, boolean unreadable, String alreadySent) {

    static PatientFormPage of(String formKey) {
        return new PatientFormPage(formKey, false, false, null);
    }

    static PatientFormPage overLimit(String formKey) {
        return new PatientFormPage(formKey, true, false, null);
    }

    static PatientFormPage notReadable(String formKey) {
        return new PatientFormPage(formKey, false, true, null);
    }

    /** The key was used for a report with other answers: a new key, so the answers shown can still be sent. */
    static PatientFormPage sentBefore(String newFormKey, String reference) {
        return new PatientFormPage(newFormKey, false, false, reference);
    }

    public List<String> seriousnessOptions() {
        return PatientReport.SERIOUSNESS;
    }

    public List<String> outcomes() {
        return PatientReport.OUTCOMES;
    }

    public List<String> productTypes() {
        return PatientReport.PRODUCT_TYPES;
    }

    public List<String> routes() {
        return PatientReport.ROUTES;
    }

    public List<String> countries() {
        return PatientReport.COUNTRIES;
    }
}
