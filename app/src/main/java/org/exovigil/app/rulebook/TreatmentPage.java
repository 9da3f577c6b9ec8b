package org.exovigil.app.rulebook;

import java.util.List;
import org.exovigil.rulebook.Assessment;

/**
 * "Check a treatment" as shown: the form with what was described, and the law's answer when there is one.
 *
 * @param offering what the form shows: the description as sent, or an empty one when none could be bound
 * @param authorizations the authorisation types the rulebook knows, offered as boxes to tick
 * @param unreadable whether the description could not be read (a hand-edited address)
 * @param assessment the law's answer, or null when nothing was asked or it could not be read
 */
record TreatmentPage(
        TreatmentDescription offering, List<String> authorizations, boolean unreadable, Assessment assessment) {

    static TreatmentPage unanswered(TreatmentDescription offering, List<String> authorizations) {
        return new TreatmentPage(offering, authorizations, false, null);
    }

    static TreatmentPage unreadable(TreatmentDescription offering, List<String> authorizations) {
        return new TreatmentPage(offering, authorizations, true, null);
    }

    static TreatmentPage answered(TreatmentDescription offering, List<String> authorizations, Assessment assessment) {
        return new TreatmentPage(offering, authorizations, false, assessment);
    }

    /**
     * The jurisdiction whose law judged the offering when it is not where it is offered, or null. A member
     * state is judged by EU law: the page says so, or the reader wonders why the sources are EU ones.
     */
    public JurisdictionLabel lawOf() {
        return assessment == null
                        || assessment.lawOf() == null
                        || assessment.lawOf().equals(assessment.jurisdiction())
                ? null
                : JurisdictionLabel.of(assessment.lawOf());
    }

    public List<JurisdictionLabel> jurisdictions() {
        return TreatmentDescription.JURISDICTIONS.stream()
                .map(JurisdictionLabel::of)
                .toList();
    }

    public List<String> productTypes() {
        return TreatmentDescription.PRODUCT_TYPES;
    }

    public List<String> sources() {
        return TreatmentDescription.SOURCES;
    }

    public List<String> donors() {
        return TreatmentDescription.DONORS;
    }

    public List<String> positionings() {
        return TreatmentDescription.POSITIONINGS;
    }

    public List<String> settings() {
        return TreatmentDescription.SETTINGS;
    }

    public List<String> routes() {
        return TreatmentDescription.ROUTES;
    }

    public List<String> indications() {
        return TreatmentDescription.INDICATIONS;
    }

    public List<String> administrators() {
        return TreatmentDescription.ADMINISTRATORS;
    }

    public List<String> claims() {
        return TreatmentDescription.CLAIMS;
    }
}
