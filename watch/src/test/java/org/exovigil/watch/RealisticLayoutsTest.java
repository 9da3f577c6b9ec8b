package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Page layouts as real clinic sites build them: page builders, FAQs, Japan's mandatory disclosures. */
class RealisticLayoutsTest {

    @Test
    void pageBuilderHeaderMenuAndRecentPostsDoNotLeakIntoTheFacts() {
        PageFacts facts = Pages.facts("en-wordpress-faq.html");

        assertThat(facts.country()).isEqualTo("MX");
        assertThat(facts.url()).isNull();
        assertThat(facts.indications())
                .doesNotContain("autism", "parkinsons", "hair_loss")
                .contains("covid19", "orthopedic_joint", "erectile_sexual");
        assertThat(facts.productTypes()).containsExactly("exosome");
    }

    @Test
    void aRouteNamedWithItsInjectionIsOneRoute() {
        assertThat(Pages.facts("en-wordpress-faq.html").routes())
                .containsExactlyInAnyOrder("iv", "nebulised_inhaled", "intra_articular");
    }

    @Test
    void faqQuestionsAssertNothingButTheirAnswersDo() {
        PageFacts facts = Pages.facts("en-wordpress-faq.html");

        assertThat(facts.claims())
                .contains(ClaimFlag.SAFETY_CLAIM, ClaimFlag.DISCLAIMER_UNAPPROVED)
                .doesNotContain(ClaimFlag.APPROVAL_CLAIM, ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void japaneseMandatoryDisclosuresAreDisclaimersAndSideEffectListsAreNoTargets() {
        PageFacts facts = Pages.facts("ja-disclosure.html");

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.country()).isEqualTo("JP");
        assertThat(facts.sources()).containsExactly("adipose");
        assertThat(facts.indications()).containsExactly("skin_antiaging");
        assertThat(facts.routes()).containsExactlyInAnyOrder("iv", "microneedling", "topical");
        assertThat(facts.claims())
                .contains(ClaimFlag.DISCLAIMER_UNAPPROVED)
                .doesNotContain(ClaimFlag.SAFETY_CLAIM, ClaimFlag.APPROVAL_CLAIM, ClaimFlag.TESTIMONIALS);
    }

    @Test
    void researchedDiseasesInJapaneseAreNoTargets() {
        assertThat(Pages.facts("ja-disclosure.html").indications())
                .doesNotContain("neurological", "cancer", "cardiovascular");
    }

    @Test
    void koreanResearchSentenceIsNoTargetAndRecommendationListIs() {
        PageFacts facts = Pages.facts("ko-gangnam.html");

        assertThat(facts.indications()).containsExactlyInAnyOrder("skin_antiaging", "hair_loss");
        assertThat(facts.sources()).containsExactly("adipose");
        assertThat(facts.routes()).containsExactlyInAnyOrder("injection_local", "microneedling");
        assertThat(facts.prices()).extracting(p -> p.amount().intValueExact()).containsExactly(390_000, 1_590_000);
    }

    @Test
    void chineseIvLongevityPageWithTestimonial() {
        PageFacts facts = Pages.facts("zh-hans-iv.html");

        assertThat(facts.country()).isEqualTo("CN");
        assertThat(facts.routes()).containsExactly("iv");
        assertThat(facts.indications())
                .contains("wellness_longevity", "fatigue")
                .doesNotContain("neurological", "cardiovascular");
        assertThat(facts.claims())
                .contains(ClaimFlag.SAFETY_CLAIM, ClaimFlag.EFFICACY_CLAIM, ClaimFlag.TESTIMONIALS)
                .doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void spanishPageFromSpainSaysItIsNotAnApprovedMedicine() {
        PageFacts facts = Pages.facts("es-madrid.html");

        assertThat(facts.country()).isEqualTo("ES");
        assertThat(facts.indications()).containsExactly("hair_loss");
        assertThat(facts.routes()).containsExactlyInAnyOrder("microneedling", "topical");
        assertThat(facts.claims()).contains(ClaimFlag.DISCLAIMER_UNAPPROVED).doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }
}
