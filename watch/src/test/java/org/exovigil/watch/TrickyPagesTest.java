package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Negation, hedging, background lists and pages that talk about exosomes without selling them. */
class TrickyPagesTest {

    @Test
    void notFdaApprovedIsADisclaimerNotAnApprovalClaim() {
        PageFacts facts = Pages.facts("en-disclaimer.txt");

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.claims()).contains(ClaimFlag.DISCLAIMER_UNAPPROVED).doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void mayImproveNamesATargetButIsNoEfficacyClaim() {
        PageFacts facts = Pages.facts("en-disclaimer.txt");

        assertThat(facts.indications()).contains("skin_antiaging");
        assertThat(facts.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aQuestionAndUnestablishedSafetyAreNoSafetyClaim() {
        assertThat(Pages.facts("en-disclaimer.txt").claims()).doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void urlLineGivesTheAddressAndTheStateAddressTheCountry() {
        PageFacts facts = Pages.facts("en-disclaimer.txt");

        assertThat(facts.url()).isEqualTo("https://www.sunrise-regen.com/exosomes");
        assertThat(facts.country()).isEqualTo("US");
    }

    @Test
    void researchedConditionsAndBackgroundTissuesAreNotOffered() {
        PageFacts facts = Pages.facts("en-research-list.html");

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.indications()).containsExactly("skin_antiaging");
        assertThat(facts.sources()).containsExactly("plant");
        assertThat(facts.claims()).doesNotContain(ClaimFlag.COVID);
        assertThat(facts.routes()).doesNotContain("iv", "intra_articular");
    }

    @Test
    void newsArticleIsNotMarketing() {
        PageFacts facts = Pages.facts("en-news.html");

        assertThat(facts.marketing()).isFalse();
    }

    @Test
    void japaneseNewsAboutTheMinistryNoticeIsNotMarketing() {
        assertThat(Pages.facts("ja-news.html").marketing()).isFalse();
    }

    @Test
    void academicAbstractIsNotMarketing() {
        assertThat(Pages.facts("en-abstract.txt").marketing()).isFalse();
    }

    @Test
    void clinicThatRefusesExosomesIsNotMarketing() {
        assertThat(Pages.facts("en-refusal.html").marketing()).isFalse();
    }

    @Test
    void negationStaysInItsClause() {
        PageFacts facts = Pages.factsOfText("""
                Our clinic offers exosome IV therapy. Book a consultation, prices from $3,000.
                Exosomes are not covered by insurance, but our exosomes are FDA registered and completely safe.
                """);

        assertThat(facts.claims()).contains(ClaimFlag.APPROVAL_CLAIM, ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void japaneseNegationAfterThePredicateMakesADisclaimer() {
        PageFacts facts = Pages.factsOfText("""
                当院のエクソソーム点滴のご案内。料金：1回 300,000円。ご予約はお電話で。
                本治療に使用するエクソソームは厚生労働省の承認を受けていません。
                """);

        assertThat(facts.claims()).contains(ClaimFlag.DISCLAIMER_UNAPPROVED).doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void theSafetyActNamedInJapaneseIsNotASafetyClaim() {
        PageFacts facts = Pages.factsOfText("""
                当院の幹細胞培養上清液点滴。料金：1回 200,000円。ご予約・カウンセリングはこちら。
                当院は再生医療等安全性確保法を遵守しています。
                """);

        assertThat(facts.claims()).doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void ownBloodForPrpOfferedAlongsideIsNotTheExosomeDonor() {
        PageFacts facts = Pages.factsOfText("""
                Our clinic offers exosome hair restoration from umbilical cord stem cells. Book now, $1,200 per session.
                We can combine it with PRP prepared from your own blood.
                """);

        assertThat(facts.donor()).isEqualTo("allogeneic");
    }

    @Test
    void comparingExosomesWithStemCellTherapyDoesNotOfferStemCells() {
        PageFacts facts = Pages.factsOfText("""
                Exosome therapy at our clinic: book a consultation, $3,500 per IV infusion.
                Unlike stem cell therapy, exosomes contain no living cells.
                """);

        assertThat(facts.productTypes()).containsExactly("exosome");
    }

    @Test
    void painlessAndNonInvasiveDoNotNegateTheSafetyClaim() {
        PageFacts english = Pages.factsOfText("""
                Our clinic offers exosome facials. Book now, $400 per session.
                The treatment is non-invasive and safe for all skin types.
                """);
        PageFacts japanese = Pages.factsOfText("""
                当院のエクソソーム導入。料金：1回 30,000円。ご予約はこちら。
                安全で痛みのない施術です。
                """);

        assertThat(english.claims()).contains(ClaimFlag.SAFETY_CLAIM);
        assertThat(japanese.claims()).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aSideEffectsListEndsWhereTheNextOfferBegins() {
        PageFacts facts = Pages.factsOfText("""
                Exosome therapy at our clinic
                Possible side effects:
                Mild redness
                Swelling
                Exosome hair restoration for hair loss
                Book a consultation: $900 per session
                """);

        assertThat(facts.indications()).containsExactly("hair_loss");
    }

    @Test
    void emptyAndMarkupOnlyPagesAreNotMarketing() {
        var extractor = new PageExtractor();

        assertThat(Pages.factsOfText("").marketing()).isFalse();
        assertThat(Pages.factsOfText("URL: https://x.example/").url()).isEqualTo("https://x.example/");
        assertThat(extractor
                        .extract(Page.html("e.html", null, "<html><body><script>exosome</script></body></html>"))
                        .marketing())
                .isFalse();
    }

    @Test
    void covidHygieneNoticeIsNotACovidTarget() {
        PageFacts facts = Pages.factsOfText("""
                Exosome facials at our clinic. Book your appointment today; price $600 per session.
                COVID-19 safety: our staff wear masks and rooms are disinfected.
                """);

        assertThat(facts.claims()).doesNotContain(ClaimFlag.COVID);
        assertThat(facts.indications()).doesNotContain("covid19");
    }

    @Test
    void aJapanesePageSayingThereAreNoSideEffectsMakesASafetyClaim() {
        PageFacts facts = Pages.factsOfText("""
                幹細胞培養上清の点滴。副作用はありません。1回 220,000円。東京都港区。
                """);

        assertThat(facts.claims()).contains(ClaimFlag.SAFETY_CLAIM);
        assertThat(facts.evidence())
                .anySatisfy(evidence -> assertThat(evidence.text()).isEqualTo("副作用はありません"));
    }

    @Test
    void aJapanesePageSayingSideEffectsAreUnknownMakesNone() {
        PageFacts facts = Pages.factsOfText("""
                幹細胞培養上清の点滴。副作用については十分に分かっていません。1回 220,000円。東京都港区。
                """);

        assertThat(facts.claims()).doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aKoreanPageSayingThereAreNoSideEffectsMakesASafetyClaim() {
        PageFacts facts = Pages.factsOfText("""
                줄기세포 엑소좀 주사. 부작용은 없습니다. 1회 900,000원. 서울 강남구.
                """);

        assertThat(facts.claims()).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aHedgeAfterAnAssertionInAnotherClauseDoesNotTakeItBack() {
        assertThat(Pages.factsOfText("Our exosome facial gives incredible results, but potential side effects exist.")
                        .claims())
                .contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(Pages.factsOfText("Our exosome facial gives incredible results, but results may vary.")
                        .claims())
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(Pages.factsOfText("Our exosome facial may give incredible results.")
                        .claims())
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void englishGrammarWordsDoNotNegateOrHedgeOtherLanguages() {
        // Portuguese "no" is "in the": the scalp application is offered, not negated.
        PageFacts facts = Pages.factsOfText(
                "Nossa clínica oferece exossomos aplicados no couro cabeludo para queda de cabelo. Agende sua consulta.");
        assertThat(facts.productTypes()).contains("exosome");
        assertThat(facts.indications()).contains("hair_loss");
    }

    @Test
    void aStatedOwnTissueOutweighsATissueThatSoundsDonated() {
        assertThat(Pages.factsOfText(
                                "We use your child's own cord blood, stored at birth, for stem cell therapy. Book now.")
                        .donor())
                .isEqualTo("autologous");
    }

    @Test
    void aPercentageIsNoTelephonePrefix() {
        assertThat(Pages.factsOfText("Exosome therapy at our clinic: +36% hair density after three sessions. Book now.")
                        .country())
                .isNotEqualTo("HU");
    }

    @Test
    void anInjectionThatNamesNoSiteGoesIntoTheJointItsSentenceNames() {
        assertThat(Pages.factsOfText("We offer stem cell injections for knee osteoarthritis. Book now.")
                        .routes())
                .containsExactly("intra_articular");
        assertThat(Pages.factsOfText("We offer exosome injections for wrinkles. Book now.")
                        .routes())
                .containsExactly("injection_local");
    }

    @Test
    void aNegatedDisclaimerIsALegalStatusAndNeitherDisclaimerNorApproval() {
        var claims = Pages.factsOfText("Our exosome facial is not experimental. Book now.")
                .claims();
        assertThat(claims).doesNotContain(ClaimFlag.DISCLAIMER_UNAPPROVED, ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void aRouteSaidOfPrpAloneIsNotTheRouteOfTheExosomes() {
        PageFacts facts = Pages.factsOfText(
                "We offer topical exosome serum after microneedling. PRP is injected into the scalp. Book now.");
        assertThat(facts.routes()).contains("microneedling").doesNotContain("injection_local");
    }

    @Test
    void aSideEffectClauseDoesNotTakeBackWhatTheSentenceOfferedBeforeIt() {
        PageFacts facts = Pages.factsOfText(
                "Our exosome drip improves dark spots, although redness may occur as a side effect. Book now.");
        assertThat(facts.indications()).contains("skin_antiaging");
    }

    @Test
    void aBlankLineEndsTheListUnderASideEffectsHeading() {
        PageFacts facts = Pages.factsOfText("""
                We offer exosome injections. Book now.
                Side effects:
                redness
                bruising

                Sports injuries
                Tendinitis of the shoulder
                """);
        assertThat(facts.indications()).contains("orthopedic_joint");
    }

    @Test
    void aBareInjectionIntoANamedSiteTakesThatSitesRouteOnly() {
        assertThat(Pages.factsOfText("We offer stem cell injection by intravenous infusion. Book now.")
                        .routes())
                .containsExactly("iv");
        assertThat(Pages.factsOfText("We offer exosome scalp injections and microneedling. Book now.")
                        .routes())
                .contains("injection_local", "microneedling");
    }

    @Test
    void questionsAndSentenceEndsOfOtherScriptsAreRead() {
        assertThat(Pages.factsOfText("هل علاج الإكسوزوم آمن؟").claims()).doesNotContain(ClaimFlag.SAFETY_CLAIM);
        assertThat(Pages.factsOfText("Είναι ασφαλής η θεραπεία με εξωσώματα;").claims())
                .doesNotContain(ClaimFlag.SAFETY_CLAIM);
        assertThat(Pages.factsOfText("यह एक्सोसोम थेरेपी असरदार है। कुछ मरीजों में सूजन हो सकती है।")
                        .claims())
                .contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aSentenceListingThreeTissuesIsBackgroundNotTheProductsSource() {
        PageFacts facts = Pages.factsOfText("""
                Exosomes can be made from adipose tissue, bone marrow or umbilical cord.
                At our clinic we offer exosomes from umbilical cord. Book now.
                """);
        assertThat(facts.sources()).containsExactly("umbilical_cord");
        assertThat(facts.donor()).isEqualTo("allogeneic");
    }

    @Test
    void anOutcomeVerbClaimsEfficacyOnlyWhenSaidOfTheProductAsFact() {
        assertThat(Pages.factsOfText("Our exosome facial reduces pigmentation. Book now.")
                        .claims())
                .contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(Pages.factsOfText("Our exosome facial may reduce pigmentation. Book now.")
                        .claims())
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(Pages.factsOfText("We offer exosome facials. Book now. Our neurotoxin reduces pore size.")
                        .claims())
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aSentenceNamingExosomesAndVesiclesDefinesTheOneByTheOther() {
        PageFacts facts =
                Pages.factsOfText("Exosomes are small extracellular vesicles. We offer exosome therapy. Book now.");
        assertThat(facts.productTypes()).containsExactly("exosome");
    }

    @Test
    void anOutcomeInAListUnderAHeadingNamingTheProductClaimsEfficacy() {
        assertThat(Pages.factsOfText("""
                Benefits of our exosome facial:
                Brightens dull skin
                Reduces pigmentation

                Book your appointment today.
                """).claims()).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(Pages.factsOfText("""
                We offer exosome facials. Book now.

                Tips for healthy skin:
                Reduces stress
                """).claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }
}
