package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Realistic clinic pages in each language give the facts a careful human coder would record. */
class ClinicPagesTest {

    @Test
    void japaneseBeautyClinicSellsDentalPulpSupernatantDripsWithYenPrices() {
        PageFacts facts = Pages.facts("ja-clinic.html");

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.language()).isEqualTo("ja");
        assertThat(facts.country()).isEqualTo("JP");
        assertThat(facts.url())
                .as("extract.md: url comes from --url or a URL line only")
                .isNull();
        assertThat(facts.productTypes()).containsExactly("culture_supernatant");
        assertThat(facts.sources()).containsExactly("dental_pulp");
        assertThat(facts.donor()).isEqualTo("allogeneic");
        assertThat(facts.indications()).containsExactlyInAnyOrder("skin_antiaging", "hair_loss", "fatigue");
        assertThat(facts.routes()).containsExactlyInAnyOrder("iv", "intranasal");
        assertThat(facts.prices())
                .extracting(Price::amount, Price::currency)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("150000"), "JPY"),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("30000"), "JPY"),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("660000"), "JPY"));
        assertThat(facts.claims())
                .contains(ClaimFlag.SAFETY_CLAIM, ClaimFlag.DISCLAIMER_UNAPPROVED, ClaimFlag.PRICE)
                .doesNotContain(ClaimFlag.APPROVAL_CLAIM, ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void japaneseContraindicationListIsNotATarget() {
        assertThat(Pages.facts("ja-clinic.html").indications()).doesNotContain("cancer");
    }

    @Test
    void japaneseSiteMenuAndCookieBannerDoNotCount() {
        PageFacts facts = Pages.facts("ja-clinic.html");

        assertThat(facts.evidence())
                .noneMatch(e -> e.text().contains("がん免疫") || e.text().contains("クッキー"));
    }

    @Test
    void usClinicCalling361HctpAndFdaRegisteredLab() {
        PageFacts facts = Pages.facts("en-us-clinic.html");

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.country()).isEqualTo("US");
        assertThat(facts.sources()).containsExactly("umbilical_cord");
        assertThat(facts.donor()).isEqualTo("allogeneic");
        assertThat(facts.routes()).contains("iv", "intra_articular");
        assertThat(facts.claims())
                .contains(
                        ClaimFlag.APPROVAL_CLAIM,
                        ClaimFlag.HCTP_361_OR_MINIMALLY_MANIPULATED,
                        ClaimFlag.SAFETY_CLAIM,
                        ClaimFlag.EFFICACY_CLAIM,
                        ClaimFlag.TESTIMONIALS,
                        ClaimFlag.DISCLAIMER_UNAPPROVED);
        assertThat(facts.evidence())
                .anyMatch(e -> e.code().equals("approval_claim") && e.text().equals("FDA registered"));
    }

    @Test
    void mexicanClinicInSpanishWithPesoAndDollarPrices() {
        PageFacts facts = Pages.facts("es-mexico.html");

        assertThat(facts.language()).isEqualTo("es");
        assertThat(facts.country()).isEqualTo("MX");
        assertThat(facts.sources()).containsExactly("umbilical_cord");
        assertThat(facts.donor()).isEqualTo("allogeneic");
        assertThat(facts.indications()).containsExactlyInAnyOrder("covid19", "fatigue", "orthopedic_joint");
        assertThat(facts.routes()).containsExactlyInAnyOrder("iv", "nebulised_inhaled");
        assertThat(facts.prices()).extracting(Price::currency).containsExactly("MXN", "USD", "MXN");
        assertThat(facts.claims())
                .contains(ClaimFlag.COVID, ClaimFlag.APPROVAL_CLAIM, ClaimFlag.SAFETY_CLAIM, ClaimFlag.TESTIMONIALS);
    }

    @Test
    void koreanExosomeSkinClinicWithWonPrices() {
        PageFacts facts = Pages.facts("ko-skin.html");

        assertThat(facts.language()).isEqualTo("ko");
        assertThat(facts.country()).isEqualTo("KR");
        assertThat(facts.productTypes()).containsExactly("exosome");
        assertThat(facts.indications()).containsExactly("skin_antiaging");
        assertThat(facts.routes()).contains("microneedling");
        assertThat(facts.prices())
                .extracting(p -> p.amount().intValueExact())
                .containsExactly(300_000, 800_000, 590_000);
        assertThat(facts.claims()).contains(ClaimFlag.APPROVAL_CLAIM, ClaimFlag.SAFETY_CLAIM, ClaimFlag.TESTIMONIALS);
    }

    @Test
    void simplifiedChinesePage() {
        PageFacts facts = Pages.facts("zh-hans.html");

        assertThat(facts.language()).isEqualTo("zh");
        assertThat(facts.country()).isEqualTo("CN");
        assertThat(facts.sources()).containsExactly("umbilical_cord");
        assertThat(facts.indications()).containsExactly("skin_antiaging");
        assertThat(facts.prices()).extracting(Price::currency).containsOnly("CNY");
        assertThat(facts.claims()).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void traditionalChinesePageDisclosesMissingApproval() {
        PageFacts facts = Pages.facts("zh-hant.html");

        assertThat(facts.country()).isEqualTo("TW");
        assertThat(facts.indications()).containsExactlyInAnyOrder("hair_loss", "skin_antiaging");
        assertThat(facts.prices()).extracting(Price::currency).containsExactly("TWD");
        assertThat(facts.claims()).contains(ClaimFlag.DISCLAIMER_UNAPPROVED).doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void germanPracticeWithEuroPricesAndDisclaimer() {
        PageFacts facts = Pages.facts("de-praxis.html");

        assertThat(facts.language()).isEqualTo("de");
        assertThat(facts.country()).isEqualTo("DE");
        assertThat(facts.sources()).containsExactly("plant");
        assertThat(facts.routes()).containsExactlyInAnyOrder("microneedling", "topical");
        assertThat(facts.prices()).extracting(p -> p.amount().intValueExact()).containsExactly(450, 1200);
        assertThat(facts.claims()).contains(ClaimFlag.DISCLAIMER_UNAPPROVED).doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }
}
