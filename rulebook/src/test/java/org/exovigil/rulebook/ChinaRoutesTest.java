package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.LawfulRoutes.*;
import static org.exovigil.rulebook.Scenarios.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, China: every lawful route ends permitted or permitted_if when its conditions are met, and an
 * unlawful offering ends not_permitted for the finding or unmet requirement that makes it so. Offerings are the
 * JSON a user would send; each test names the provision it rests on.
 */
class ChinaRoutesTest {

    /** Umbilical-cord stem cells given in research, with whether subjects pay, the claims and the authorisations. */
    private static String stemCellResearch(boolean pays, String claims, String authorizations) {
        return """
            {"jurisdiction":"CN","date":"2026-04-01",
             "product":{"type":"stem_cell","origin":"human","source":"umbilical_cord","donor":"allogeneic","contains_cells":true,"positioned_as":"drug"},
             "use":{"setting":"clinical_trial","patient_pays":%s,"routes":["iv"],"indications":["immune"],"administered_by":"physician"},
             "claims":[%s],"authorizations":[%s]}
            """.formatted(pays, claims, authorizations);
    }

    /** An umbilical-cord exosome drip at a clinic for an immune indication, with the claims and authorisations. */
    private static String exosomeDrip(String claims, String authorizations) {
        return """
            {"jurisdiction":"CN","date":"2026-04-01",
             "product":{"type":"exosome","origin":"human","source":"umbilical_cord","positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","patient_pays":true,"routes":["iv"],"indications":["immune"],"administered_by":"physician"},
             "claims":[%s],"authorizations":[%s]}
            """.formatted(claims, authorizations);
    }

    // ---- lawful routes ----------------------------------------------------------------------------------

    /**
     * Stem Cell Clinical Research Measures (2015): a recorded institution may run a filed project approved by its
     * academic and ethics committees, with consent, free of charge.
     */
    @Test
    void filed_stem_cell_clinical_research_at_a_recorded_institution_is_lawful() {
        var a = assess(stemCellResearch(
                false, "", active("CN_STEM_CELL_RESEARCH_FILING", "ETHICS_COMMITTEE", "INFORMED_CONSENT")));
        assertThat(a.classification().code()).isEqualTo("CN.STEM_CELL_CLINICAL_RESEARCH");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(findingCodes(a)).contains("AE_REPORTING_NOT_RECORDED");
    }

    /**
     * Drug Administration Law Arts 19-21: a stem-cell drug trial approved by the NMPA, with ethics review, is
     * lawful if the subjects consent; it is the drug route, not stem-cell research filing.
     */
    @Test
    void an_nmpa_approved_cell_drug_trial_is_lawful_if_subjects_consent() {
        var a = assess(stemCellResearch(false, "", active("CTA", "ETHICS_COMMITTEE")));
        assertThat(a.classification().code()).isEqualTo("CN.CELL_DRUG");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED_IF);
        assertThat(unknownRequirements(a)).containsExactly("INFORMED_CONSENT");
        assertThat(reportingDays(a)).containsExactly(7, 15);
    }

    /**
     * Drug Administration Law (marketing approval): an NMPA-approved product used as approved is lawful, and
     * saying it is approved is true (here an exosome drug, on the CDE's June 2025 draft).
     */
    @Test
    void an_nmpa_approved_product_is_lawful_and_may_say_so() {
        var a = assess(exosomeDrip("\"approval_claim\",\"disease_treatment\"", active("NMPA_APPROVAL")));
        assertThat(a.classification().code()).isEqualTo("CN.DRUG");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(findingCodes(a)).doesNotContain("FALSE_APPROVAL_CLAIM", "UNAPPROVED_DISEASE_CLAIM");
    }

    /** Regulations on the Supervision and Administration of Medical Devices: a device with its own registration is lawful. */
    @Test
    void a_device_with_its_own_registration_is_lawful() {
        var a = assess("""
            {"jurisdiction":"CN","date":"2026-04-01","product":{"type":"exosome","positioned_as":"device"},
             "use":{"setting":"retail_sale","routes":["topical"],"indications":["wound"]},"claims":["approval_claim"],
             "authorizations":[%s]}
            """.formatted(active("CN_DEVICE_REGISTRATION")));
        assertThat(a.classification().code()).isEqualTo("CN.DEVICE");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(findingCodes(a)).doesNotContain("DEVICE_LICENCE_BORROWED");
    }

    // ---- unlawful offerings -----------------------------------------------------------------------------

    /** Stem Cell Clinical Research Measures (2015) Art 6: subjects may not be charged for the research. */
    @Test
    void charging_subjects_for_stem_cell_research_is_unlawful() {
        var a = assess(stemCellResearch(
                true, "", active("CN_STEM_CELL_RESEARCH_FILING", "ETHICS_COMMITTEE", "INFORMED_CONSENT")));
        assertThat(findingCodes(a)).contains("RESEARCH_NOT_COMMERCIAL");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** Stem Cell Clinical Research Measures (2015) Art 6: stem-cell research may not be advertised. */
    @Test
    void advertising_stem_cell_research_is_unlawful() {
        var a = assess(stemCellResearch(
                false,
                "\"efficacy_claim\",\"testimonials\"",
                active("CN_STEM_CELL_RESEARCH_FILING", "ETHICS_COMMITTEE", "INFORMED_CONSENT")));
        assertThat(findingCodes(a)).contains("RESEARCH_NOT_COMMERCIAL");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /**
     * Drug Administration Law and the CDE stem-cell guidelines: stem cells sold at a clinic without NMPA approval
     * (the offering holds none) are an unapproved drug.
     */
    @Test
    void a_stem_cell_clinic_without_nmpa_approval_is_unlawful() {
        var a = assess("""
            {"jurisdiction":"CN","date":"2026-04-01",
             "product":{"type":"stem_cell","origin":"human","source":"umbilical_cord","contains_cells":true},
             "use":{"setting":"clinic_commercial","patient_pays":true,"routes":["iv"],"indications":["wellness_longevity"],"administered_by":"physician"},
             "claims":[],"authorizations":[]}
            """);
        assertThat(a.classification().code()).isEqualTo("CN.CELL_DRUG");
        assertThat(satisfied(a, "NMPA_APPROVAL")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** Medical device regulations (CCTV 3·15, 2026): claiming a device licence the product does not have is unlawful. */
    @Test
    void selling_under_a_borrowed_device_licence_is_unlawful() {
        var a = assess("""
            {"jurisdiction":"CN","date":"2026-04-01","product":{"type":"exosome","positioned_as":"device"},
             "use":{"setting":"retail_sale"},"claims":["approval_claim"],"authorizations":[]}
            """);
        assertThat(findingCodes(a)).contains("DEVICE_LICENCE_BORROWED");
        assertThat(satisfied(a, "CN_DEVICE_REGISTRATION")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** Drug Administration Law and the March 2026 reports: no exosome drug is approved, so "approved" is false. */
    @Test
    void claiming_approval_for_an_unapproved_exosome_drug_is_false() {
        var a = assess(exosomeDrip("\"approval_claim\"", ""));
        assertThat(findingCodes(a)).contains("FALSE_APPROVAL_CLAIM", "UNAPPROVED_DISEASE_CLAIM");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    // ---- an unknown requirement never makes a lawful route unlawful ---------------------------------------

    /**
     * classify.md: an authorisation the offering does not mention leaves its requirement null. Dropping any one
     * authorisation of filed stem-cell research (2015 Measures) or an NMPA-approved trial (DAL Arts 19-21) gives
     * permitted_if, never not_permitted.
     */
    @Test
    void dropping_a_listed_authorisation_gives_permitted_if_not_not_permitted() {
        var routes = List.of(
                new Route(
                        auth -> stemCellResearch(false, "", auth),
                        List.of("CN_STEM_CELL_RESEARCH_FILING", "ETHICS_COMMITTEE", "INFORMED_CONSENT"),
                        Map.of()),
                new Route(
                        auth -> stemCellResearch(false, "", auth),
                        List.of("CTA", "ETHICS_COMMITTEE", "INFORMED_CONSENT"),
                        // Without the trial approval the research is read as stem-cell research, needing its filing.
                        Map.of("CTA", List.of("CN_STEM_CELL_RESEARCH_FILING"))));
        for (var route : routes) route.checkEachDrop();
    }
}
