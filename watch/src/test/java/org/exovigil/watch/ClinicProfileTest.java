package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A business is judged by its whole site, and every page's facts are its facts. */
class ClinicProfileTest {

    private static final PageExtractor EXTRACTOR = new PageExtractor();

    private static PageFacts page(String url, String text) {
        return EXTRACTOR.extract(Page.text(url, url, text));
    }

    private static final PageFacts HOME = page("https://www.small-clinic.example/", """
            Exosome drip at our clinic
            We offer an exosome IV drip for fatigue. Book your appointment today: call 555 0100.
            """);
    private static final PageFacts APPROVAL = page("https://small-clinic.example/about-exosomes", """
            About our exosomes
            Our exosomes are FDA approved.
            """);
    private static final PageFacts CARTILAGE = page("https://small-clinic.example/knees", """
            Knees
            Exosomes are proven to regenerate cartilage.
            """);

    @Test
    void subPagesOfAMarketingSiteAddTheirClaimsToTheBusiness() {
        var profiles = ClinicProfile.of(List.of(HOME, APPROVAL, CARTILAGE));

        assertThat(profiles).hasSize(1);
        ClinicProfile clinic = profiles.getFirst();
        assertThat(clinic.site()).isEqualTo("small-clinic.example");
        assertThat(clinic.marketing()).isTrue();
        assertThat(clinic.claims()).contains(ClaimFlag.APPROVAL_CLAIM, ClaimFlag.EFFICACY_CLAIM);
        assertThat(clinic.routes()).contains("iv");
        assertThat(clinic.indications()).contains("fatigue", "orthopedic_joint");
        assertThat(clinic.pages()).hasSize(3);
    }

    @Test
    void everyCodeOfTheProfileNamesThePageAndWordsThatShowIt() {
        ClinicProfile clinic =
                ClinicProfile.of(List.of(HOME, APPROVAL, CARTILAGE)).getFirst();

        var approval = clinic.evidence().stream()
                .filter(e -> e.evidence().code().equals("approval_claim"))
                .findFirst()
                .orElseThrow();
        assertThat(approval.page()).isEqualTo("https://small-clinic.example/about-exosomes");
        assertThat(approval.evidence().text()).isEqualToIgnoringCase("FDA approved");
    }

    @Test
    void aSiteWhoseOnlyPagesReportOnOthersDoesNotMarket() {
        var news = page("https://news.example/health/1", """
                Regulators warn about exosome clinics
                The agency said in a statement that no exosome product is approved, the reporter was told.
                """);

        assertThat(ClinicProfile.of(List.of(news)).getFirst().marketing()).isFalse();
    }

    @Test
    void donorCellsAndThePatientsOwnOnOneSiteAreNeitherOneNorTheOther() {
        var own = page("https://mixed.example/a", "We offer autologous stem cell therapy. Book now.");
        var donor = page("https://mixed.example/b", "We offer allogeneic umbilical cord stem cell therapy. Book now.");

        assertThat(ClinicProfile.of(List.of(own, donor)).getFirst().donor()).isNull();
    }

    @Test
    void pagesWithoutAnAddressAreEachTheirOwnBusiness() {
        var a = EXTRACTOR.extract(Page.text("a.txt", null, "We offer exosome therapy. Book now."));
        var b = EXTRACTOR.extract(Page.text("b.txt", null, "We offer exosome therapy. Book now."));

        assertThat(ClinicProfile.of(List.of(a, b)))
                .extracting(ClinicProfile::site)
                .containsExactly("a.txt", "b.txt");
    }
}
