package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.LawfulRoutes.*;
import static org.exovigil.rulebook.Scenarios.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, Japan: every lawful route ends permitted or permitted_if when its conditions are met, and an
 * unlawful offering ends not_permitted for the finding or unmet requirement that makes it so. Offerings are
 * the JSON a user would send; each test names the provision it rests on.
 */
class JapanRoutesTest {

    /** Autologous adipose stem cells given at a clinic, with the authorisations listed. */
    private static String asrmCells(String authorizations) {
        return """
            {"jurisdiction":"JP","date":"2025-09-01",
             "product":{"type":"stem_cell","origin":"human","source":"adipose","donor":"autologous","contains_cells":true,"positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","patient_pays":true,"routes":["intra_articular"],"indications":["orthopedic_joint"],"administered_by":"physician"},
             "claims":["price"],"authorizations":[%s]}
            """.formatted(authorizations);
    }

    /** A dental-pulp culture-supernatant drip at a self-pay clinic, with the claims given. */
    private static String supernatantDrip(String claims) {
        return """
            {"jurisdiction":"JP","date":"2025-09-01",
             "product":{"type":"culture_supernatant","origin":"human","source":"dental_pulp","positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","patient_pays":true,"routes":["iv"],"indications":["skin_antiaging","fatigue"],"administered_by":"physician"},
             "claims":[%s]}
            """.formatted(claims);
    }

    // ---- lawful routes ----------------------------------------------------------------------------------

    /**
     * ASRM Arts 4 and 26 (provision plan reviewed by a certified committee and submitted to MHLW) and the
     * explanation and consent the ASRM requires: a cell therapy with its plan and consent is permitted; without
     * a word on consent it is permitted only if consent is obtained.
     */
    @Test
    void cell_therapy_under_a_provision_plan_reviewed_by_a_certified_committee_is_lawful() {
        var full = assess(asrmCells(active("ASRM_PLAN", "INFORMED_CONSENT")));
        assertThat(full.classification().code()).isEqualTo("JP.ASRM");
        assertThat(full.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(reportingDays(full)).containsExactly(7, 15, 10);

        var planOnly = assess(asrmCells(active("ASRM_PLAN")));
        assertThat(planOnly.verdict()).isEqualTo(Verdict.PERMITTED_IF);
        assertThat(unknownRequirements(planOnly)).containsExactly("INFORMED_CONSENT");
        assertThat(satisfied(planOnly, "CERTIFIED_COMMITTEE_REVIEW")).isTrue();
    }

    /**
     * Clinical Trials Act (Act No. 16 of 2017): testing an unapproved cell-free product on people is specified
     * clinical research, lawful with a plan reviewed by a certified review board and submitted to MHLW; the
     * subjects' consent is the remaining condition.
     */
    @Test
    void specified_clinical_research_of_exosomes_under_the_clinical_trials_act_is_lawful() {
        var a = assess("""
            {"jurisdiction":"JP","date":"2025-09-01",
             "product":{"type":"exosome","origin":"human","source":"umbilical_cord","positioned_as":"drug"},
             "use":{"setting":"clinical_trial","patient_pays":false,"routes":["iv"],"indications":["respiratory"],"administered_by":"physician"},
             "claims":[],"authorizations":[%s]}
            """.formatted(active("JP_SPECIFIED_CLINICAL_RESEARCH")));
        assertThat(a.classification().code()).isEqualTo("JP.SPECIFIED_CLINICAL_RESEARCH");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED_IF);
        assertThat(unknownRequirements(a)).containsExactly("INFORMED_CONSENT");
        assertThat(reportingDays(a)).containsExactly(7, 15);
    }

    /**
     * ASRM scope (exosomes and supernatants "are not cells", JSRM 2024) and the MHLW Health Policy Bureau notice
     * of 31 Jul 2024 (responsibility lies with the treating physician): use outside the ASRM is lawful but
     * unregulated, so the verdict is permitted, the missing duty to report harm is a finding, and a "safe, no side
     * effects" claim stays a warning beside it (PMD Act Art 66, medical advertising rules).
     */
    @Test
    void a_physician_may_use_supernatant_outside_the_asrm_with_the_reporting_gap_and_claims_shown_beside_it() {
        var a = assess(supernatantDrip("\"price\",\"disclaimer_unapproved\",\"safety_claim\""));
        assertThat(a.classification().code()).isEqualTo("JP.OUTSIDE_ASRM");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(findingCodes(a))
                .contains("NO_MANDATORY_AE_REPORTING", "PHYSICIAN_RESPONSIBILITY", "SAFETY_ASSURANCE_CLAIM");
        assertThat(a.findings())
                .filteredOn(f -> f.code().equals("SAFETY_ASSURANCE_CLAIM"))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(a.adverseEventReporting()).isEmpty();
    }

    /**
     * MHLW notices of 31 Jul 2024: the reagent notice (T240731I0040) binds those who sell and advertise "exosome
     * reagents"; a physician who uses one in his own practice does so on his own responsibility. The clinic's
     * efficacy wording is a medical-advertising warning (Medical Care Act Art 6-5), not the seller's violation.
     */
    @Test
    void a_physician_giving_a_product_sold_as_a_reagent_is_warned_not_forbidden() {
        var a = assess("""
            {"jurisdiction":"JP","date":"2025-09-01",
             "product":{"type":"exosome","origin":"human","positioned_as":"research_reagent"},
             "use":{"setting":"clinic_commercial","patient_pays":true,"routes":["iv"],"indications":["skin_antiaging"],"administered_by":"physician"},
             "claims":["efficacy_claim","price","disclaimer_unapproved"]}
            """);
        assertThat(a.classification().code()).isEqualTo("JP.OUTSIDE_ASRM");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(a.findings())
                .filteredOn(f -> f.code().equals("REAGENT_USED_CLINICALLY"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    /**
     * PMD Act Art 80-2 and GCP: a trial for approval (治験) is lawful with its plan notified, IRB review and
     * consent, and is outside the ASRM and the Clinical Trials Act (ASRM Art 2, Enforcement Order Art 1).
     */
    @Test
    void a_trial_for_approval_under_the_pmd_act_is_lawful_with_its_notification_irb_and_consent() {
        var a = assess("""
            {"jurisdiction":"JP","date":"2025-09-01",
             "product":{"type":"stem_cell","origin":"human","source":"bone_marrow","contains_cells":true,"positioned_as":"drug"},
             "use":{"setting":"clinical_trial","patient_pays":false,"routes":["iv"],"indications":["neurological"],"administered_by":"physician"},
             "claims":[],"authorizations":[%s]}
            """.formatted(active("CTA", "IRB", "INFORMED_CONSENT")));
        assertThat(a.classification().code()).isEqualTo("JP.PMD_ACT_TRIAL");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(findingCodes(a)).contains("AE_REPORTING_NOT_RECORDED");
    }

    /**
     * PMD Act Arts 14 and 23-25: an approved regenerative medical product used as approved is lawful and outside
     * the ASRM; saying it is approved is then true.
     */
    @Test
    void an_approved_regenerative_product_used_as_approved_is_lawful_and_may_say_so() {
        var a = assess(
                asrmCells(active("PMD_APPROVAL")).replace("\"claims\":[\"price\"]", "\"claims\":[\"approval_claim\"]"));
        assertThat(a.classification().code()).isEqualTo("JP.APPROVED_PRODUCT");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(findingCodes(a)).doesNotContain("FALSE_APPROVAL_CLAIM");
    }

    /**
     * PMD Act Art 2(3) and Art 14-9: a cosmetic is applied to the skin with mild action and marketed on a
     * notification. A notified exosome serum on intact skin is permitted even when its indications are not given.
     */
    @Test
    void a_notified_cosmetic_on_intact_skin_is_lawful() {
        var a = assess("""
            {"jurisdiction":"JP","date":"2025-09-01",
             "product":{"type":"culture_supernatant","origin":"human","source":"adipose","positioned_as":"cosmetic"},
             "use":{"setting":"retail_sale","routes":["topical"],"administered_by":"self"},
             "claims":[],"authorizations":[%s]}
            """.formatted(active("COSMETIC_NOTIFICATION")));
        assertThat(a.classification().code()).isEqualTo("JP.COSMETIC");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    // ---- unlawful offerings -----------------------------------------------------------------------------

    /**
     * Medical advertising rules (Medical Care Act Art 6-5) and the MHLW notice of 31 Jul 2024: no exosome or
     * supernatant product is approved, so "government approved" is false; the verdict is not_permitted while the
     * use itself stays outside the ASRM and the reporting gap is still shown.
     */
    @Test
    void claiming_government_approval_for_use_outside_the_asrm_is_false() {
        var a = assess(supernatantDrip("\"approval_claim\",\"safety_claim\""));
        assertThat(a.classification().code()).isEqualTo("JP.OUTSIDE_ASRM");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
        assertThat(findingCodes(a))
                .contains("FALSE_APPROVAL_CLAIM", "SAFETY_ASSURANCE_CLAIM", "NO_MANDATORY_AE_REPORTING");
    }

    /** ASRM Art 4: cell therapy without a provision plan is unlawful, in self-pay practice as in research. */
    @Test
    void cell_therapy_without_a_provision_plan_is_unlawful() {
        var a = assess(asrmCells("{\"type\":\"ASRM_PLAN\",\"status\":\"none\"}," + active("INFORMED_CONSENT")));
        assertThat(satisfied(a, "ASRM_PLAN")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /**
     * PMD Act Art 68 and the reagent notice of 31 Jul 2024: selling a product as an exosome reagent while
     * describing therapeutic effect is prohibited to the seller.
     */
    @Test
    void a_reagent_sold_to_the_public_with_therapeutic_claims_breaches_the_pmd_act() {
        var a = assess("""
            {"jurisdiction":"JP","date":"2025-09-01",
             "product":{"type":"exosome","origin":"human","positioned_as":"research_reagent"},
             "use":{"setting":"retail_sale"},"claims":["efficacy_claim","disease_treatment"]}
            """);
        assertThat(findingCodes(a)).contains("REAGENT_USED_CLINICALLY");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** Medical Practitioners' Act Art 17: injection is a medical act a beautician may not perform. */
    @Test
    void a_beautician_may_not_inject_exosomes() {
        var a = assess("""
            {"jurisdiction":"JP","date":"2025-09-01",
             "product":{"type":"exosome","origin":"human","positioned_as":"drug"},
             "use":{"setting":"beauty_salon","routes":["injection_local"],"indications":["skin_antiaging"],"administered_by":"beautician"},
             "claims":[]}
            """);
        assertThat(findingCodes(a)).contains("UNQUALIFIED_ADMINISTRATOR");
        assertThat(satisfied(a, "PHYSICIAN_RESPONSIBILITY")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /**
     * Clinical Trials Act and the Shinagawa guidance: saying a plan was filed with or approved by MHLW for a
     * cell-free treatment that has none is false.
     */
    @Test
    void claiming_an_mhlw_plan_for_a_cell_free_treatment_is_false() {
        var a = assess(supernatantDrip("\"plan_approved\""));
        assertThat(findingCodes(a)).contains("FALSE_PLAN_CLAIM");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    // ---- an unknown requirement never makes a lawful route unlawful ---------------------------------------

    /**
     * classify.md: an authorisation the offering does not mention leaves its requirement null. Dropping any of
     * the authorisations of a lawful ASRM cell therapy (ASRM Art 4), or of a PMD Act trial (Art 80-2), gives
     * permitted_if with the dropped requirements as its conditions, never not_permitted. A trial that no longer
     * names its notification is read as specified clinical research, whose Clinical Trials Act plan is then the
     * open condition.
     */
    @Test
    void dropping_a_listed_authorisation_gives_permitted_if_not_not_permitted() {
        var routes = List.of(
                new Route(
                        JapanRoutesTest::asrmCells,
                        List.of("ASRM_PLAN", "INFORMED_CONSENT"),
                        Map.of("ASRM_PLAN", List.of("ASRM_PLAN", "CERTIFIED_COMMITTEE_REVIEW"))),
                new Route(
                        auth -> """
                    {"jurisdiction":"JP","date":"2025-09-01",
                     "product":{"type":"exosome","origin":"human","positioned_as":"drug"},
                     "use":{"setting":"clinical_trial","routes":["iv"],"indications":["respiratory"],"administered_by":"physician"},
                     "claims":[],"authorizations":[%s]}
                    """.formatted(auth),
                        List.of("CTA", "IRB", "INFORMED_CONSENT"),
                        Map.of("CTA", List.of("JP_SPECIFIED_CLINICAL_RESEARCH"))));
        for (var route : routes) route.checkEachDrop();
    }
}
