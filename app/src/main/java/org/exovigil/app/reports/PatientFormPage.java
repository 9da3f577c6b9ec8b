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
 * @param confirmOnset whether the problem started before the treatment and the reporter is asked to confirm it
 * @param onsetBeforeBirth whether the problem is said to have started before the person was born
 */
record PatientFormPage(
        String formKey,
        boolean limited,
        boolean unreadable,
        String alreadySent,
        boolean confirmOnset,
        boolean onsetBeforeBirth) {

    static PatientFormPage of(String formKey) {
        return new PatientFormPage(formKey, false, false, null, false, false);
    }

    /** The problem is said to have started before the person was born: impossible, refused at the date. */
    static PatientFormPage bornAfterOnset(String formKey) {
        return new PatientFormPage(formKey, false, false, null, false, true);
    }

    static PatientFormPage overLimit(String formKey) {
        return new PatientFormPage(formKey, true, false, null, false, false);
    }

    static PatientFormPage notReadable(String formKey) {
        return new PatientFormPage(formKey, false, true, null, false, false);
    }

    /** The key was used for a report with other answers: a new key, so the answers shown can still be sent. */
    static PatientFormPage sentBefore(String newFormKey, String reference) {
        return new PatientFormPage(newFormKey, false, false, reference, false, false);
    }

    /** The problem started before the treatment: possible (a problem the person had before), so confirmed, not refused. */
    static PatientFormPage onsetToConfirm(String formKey) {
        return new PatientFormPage(formKey, false, false, null, true, false);
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
