package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * How English clinic wording is read (terms/en.tsv, with the shared names of terms/multi.tsv), as a
 * specification of the claim rules of shared/data/watch-dev/README.md. Every sentence here was written
 * for this test. English terms are matched on pages in every language, so the last group checks that
 * they stay quiet where an English word is also a word of another language.
 */
class EnglishTermsTest {

    /** A short page of a clinic offering exosomes, with the sentence under test in the middle. */
    private static PageFacts clinicSaying(String sentence) {
        return Pages.factsOfText(
                "Exosome therapy at our clinic\n" + sentence + "\nBook a consultation with our team.\n");
    }

    @Nested
    class Safety {

        @Test
        void anAssuranceOfSafetyIsASafetyClaim() {
            assertThat(clinicSaying("Our exosome facial is gentle and completely safe.")
                            .claims())
                    .contains(ClaimFlag.SAFETY_CLAIM);
        }

        @Test
        void aNegatedRiskIsASafetyClaim() {
            assertThat(clinicSaying("There are no side effects and no risk of rejection.")
                            .claims())
                    .contains(ClaimFlag.SAFETY_CLAIM);
            assertThat(clinicSaying("The procedure carries little to no risk.").claims())
                    .contains(ClaimFlag.SAFETY_CLAIM);
            assertThat(clinicSaying("Side effects are rare and mild.").claims()).contains(ClaimFlag.SAFETY_CLAIM);
        }

        @Test
        void aListOfRisksIsNoSafetyClaim() {
            assertThat(clinicSaying("Possible side effects include redness, swelling and bruising.")
                            .claims())
                    .doesNotContain(ClaimFlag.SAFETY_CLAIM);
        }

        @Test
        void theQuestionAloneAssertsNothingButItsAnswerDoes() {
            assertThat(clinicSaying("Is exosome therapy safe?").claims()).doesNotContain(ClaimFlag.SAFETY_CLAIM);
            assertThat(clinicSaying("Is exosome therapy safe?\nYes, it is considered very safe.")
                            .claims())
                    .contains(ClaimFlag.SAFETY_CLAIM);
        }

        @Test
        void safetyNotYetEstablishedIsNoClaim() {
            assertThat(clinicSaying("Long-term safety is not established.").claims())
                    .doesNotContain(ClaimFlag.SAFETY_CLAIM);
        }

        @Test
        void aStayingSafeNoticeIsNoClaimAboutTheTreatment() {
            assertThat(clinicSaying("Please stay safe and wear a mask in the waiting room.")
                            .claims())
                    .doesNotContain(ClaimFlag.SAFETY_CLAIM);
        }
    }

    @Nested
    class Efficacy {

        @Test
        void anAssertionOfResultsIsAnEfficacyClaim() {
            assertThat(clinicSaying("Most clients see visible results after one session.")
                            .claims())
                    .contains(ClaimFlag.EFFICACY_CLAIM);
            assertThat(clinicSaying("It is an effective treatment for thinning hair.")
                            .claims())
                    .contains(ClaimFlag.EFFICACY_CLAIM);
            assertThat(clinicSaying("This protocol brings remarkable results for tired skin.")
                            .claims())
                    .contains(ClaimFlag.EFFICACY_CLAIM);
            assertThat(clinicSaying("You will notice an improvement in tone and texture.")
                            .claims())
                    .contains(ClaimFlag.EFFICACY_CLAIM);
        }

        @Test
        void proofAndCureAreEfficacyClaimsEvenWithAHedgeNearby() {
            assertThat(clinicSaying("Our serum is clinically proven and may suit every skin type.")
                            .claims())
                    .contains(ClaimFlag.EFFICACY_CLAIM);
            assertThat(clinicSaying("Cord blood cells can cure this condition.").claims())
                    .contains(ClaimFlag.EFFICACY_CLAIM);
        }

        @Test
        void safeAndEffectiveIsBothClaims() {
            assertThat(clinicSaying("Safe and effective for all skin types.").claims())
                    .contains(ClaimFlag.SAFETY_CLAIM, ClaimFlag.EFFICACY_CLAIM);
        }

        @Test
        void aHedgeWithdrawsEfficacyButKeepsTheTarget() {
            PageFacts facts = clinicSaying("Exosomes may help improve skin texture and can help reduce hair loss.");

            assertThat(facts.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
            assertThat(facts.indications()).contains("skin_antiaging", "hair_loss");
        }

        @Test
        void promisingOrPotentialIsNoEfficacyClaim() {
            assertThat(clinicSaying("Early studies look promising and show real potential for knees.")
                            .claims())
                    .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        }

        @Test
        void aNegatedResultIsNoEfficacyClaim() {
            assertThat(clinicSaying("It is not effective for every patient.").claims())
                    .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        }

        @Test
        void costEffectiveIsAboutMoney() {
            assertThat(clinicSaying("A cost-effective alternative to surgery.").claims())
                    .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        }
    }

    @Nested
    class Testimonials {

        @Test
        void reviewsAndAggregatedFeedbackAreTestimonials() {
            assertThat(clinicSaying("Read our patient reviews.").claims()).contains(ClaimFlag.TESTIMONIALS);
            assertThat(clinicSaying("Many patients report thicker hair.").claims())
                    .contains(ClaimFlag.TESTIMONIALS);
            assertThat(clinicSaying("See our before and after photos.").claims())
                    .contains(ClaimFlag.TESTIMONIALS);
        }

        @Test
        void careBeforeAndAfterASessionIsNoCaseStory() {
            assertThat(clinicSaying("Avoid alcohol before and after the treatment.")
                            .claims())
                    .doesNotContain(ClaimFlag.TESTIMONIALS);
        }
    }

    @Nested
    class Regulation {

        @Test
        void notApprovedIsADisclaimerNeverAnApprovalClaim() {
            PageFacts facts = clinicSaying("Exosome products are not FDA approved for injection.");

            assertThat(facts.claims())
                    .contains(ClaimFlag.DISCLAIMER_UNAPPROVED)
                    .doesNotContain(ClaimFlag.APPROVAL_CLAIM);
        }

        @Test
        void offLabelAndExperimentalAreDisclaimers() {
            assertThat(clinicSaying("We inject exosomes off-label.").claims())
                    .contains(ClaimFlag.DISCLAIMER_UNAPPROVED);
            assertThat(clinicSaying("This is an experimental regenerative treatment.")
                            .claims())
                    .contains(ClaimFlag.DISCLAIMER_UNAPPROVED);
        }

        @Test
        void aPositiveRegulatoryStatusIsAnApprovalClaim() {
            assertThat(clinicSaying("Our cells come from an FDA-registered laboratory.")
                            .claims())
                    .contains(ClaimFlag.APPROVAL_CLAIM);
            assertThat(clinicSaying("The centre is licensed by the Ministry of Health.")
                            .claims())
                    .contains(ClaimFlag.APPROVAL_CLAIM);
            assertThat(clinicSaying("Cell therapy here is well-regulated.").claims())
                    .contains(ClaimFlag.APPROVAL_CLAIM);
        }

        @Test
        void legalIsNotApproved() {
            assertThat(clinicSaying("Exosome facials are legal in this state.").claims())
                    .doesNotContain(ClaimFlag.APPROVAL_CLAIM);
        }

        @Test
        void aDirectorOverseeingTheClinicIsNoRegulator() {
            assertThat(clinicSaying("Every session is overseen by our medical director.")
                            .claims())
                    .doesNotContain(ClaimFlag.APPROVAL_CLAIM);
        }
    }

    @Nested
    class WhatIsOffered {

        @Test
        void stemCellsTherapyFromTheCordByDrip() {
            PageFacts facts = Pages.factsOfText("""
                    Stem cells therapy for knee pain
                    We offer umbilical cord stem cells by IV drip. Call us to book.
                    """);

            assertThat(facts.marketing()).isTrue();
            assertThat(facts.productTypes()).contains("stem_cell");
            assertThat(facts.sources()).containsExactly("umbilical_cord");
            assertThat(facts.donor()).isEqualTo("allogeneic");
            assertThat(facts.routes()).containsExactly("iv");
            assertThat(facts.indications()).containsExactly("orthopedic_joint");
        }

        @Test
        void cellsFromYourOwnFatAreAutologous() {
            PageFacts facts = Pages.factsOfText("""
                    Stem cell facelift
                    We use cells taken from your own fat, harvested by liposuction. Book your consultation.
                    """);

            assertThat(facts.sources()).containsExactly("adipose");
            assertThat(facts.donor()).isEqualTo("autologous");
        }

        @Test
        void aSerumAfterMicroneedlingIsTopicalAndMicroneedling() {
            PageFacts facts =
                    clinicSaying("An exosome serum is applied to the scalp after microneedling for hair thinning.");

            assertThat(facts.routes()).contains("topical", "microneedling");
            assertThat(facts.indications()).containsExactly("hair_loss");
        }

        @Test
        void bloodSerumAndNumbingCreamAreNotHowTheProductIsGiven() {
            PageFacts facts = clinicSaying("""
                    We check your blood serum levels first.
                    Numbing cream is applied before the exosome injection.
                    """);

            assertThat(facts.routes()).containsExactly("injection_local");
        }

        @Test
        void inhalationAndNasalSpray() {
            PageFacts facts = clinicSaying("Exosomes are inhaled through a nebulizer or given as a nasal spray.");

            assertThat(facts.routes()).containsExactlyInAnyOrder("nebulised_inhaled", "intranasal");
        }

        @Test
        void theBodysOwnStemCellsAreAMechanismNotADonor() {
            assertThat(clinicSaying("Exosomes signal the body's own stem cells to repair tissue.")
                            .donor())
                    .isNull();
        }

        @Test
        void aHospitalAccreditorIsNoJoint() {
            assertThat(clinicSaying("Our hospital is accredited by the Joint Commission.")
                            .indications())
                    .doesNotContain("orthopedic_joint");
        }

        @Test
        void comparingWithPrpDoesNotOfferPrp() {
            assertThat(clinicSaying("Exosomes work faster than PRP.").productTypes())
                    .doesNotContain("prp");
        }

        @Test
        void theTextbookSentenceDoesNotOfferVesicles() {
            assertThat(clinicSaying("Exosomes are tiny extracellular vesicles released by cells.")
                            .productTypes())
                    .containsExactly("exosome");
        }
    }

    @Nested
    class Outcomes {

        @Test
        void anOutcomeVerbSaidOfTheProductAsFactIsAnEfficacyClaim() {
            assertThat(clinicSaying("Our exosome facial visibly tightens the skin and fades dark spots.")
                            .claims())
                    .contains(ClaimFlag.EFFICACY_CLAIM);
        }

        @Test
        void aHedgedOutcomeIsNone() {
            assertThat(clinicSaying("Our exosome facial may tighten the skin and fade dark spots.")
                            .claims())
                    .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
            assertThat(clinicSaying("Exosomes have the ability to restore hair density.")
                            .claims())
                    .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        }

        @Test
        void anOutcomeOfSomethingElseIsNone() {
            assertThat(clinicSaying("We offer exosome facials.\nGood sleep lessens fatigue and eases stress.")
                            .claims())
                    .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        }

        @Test
        void aMechanismIsNoResult() {
            assertThat(clinicSaying("Exosomes reduce inflammation and improve cell communication.")
                            .claims())
                    .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        }

        @Test
        void safeInOtherSensesIsNoSafetyClaim() {
            assertThat(clinicSaying("The exosome vials are transported safely and stored safely in our freezer.")
                            .claims())
                    .doesNotContain(ClaimFlag.SAFETY_CLAIM);
            assertThat(clinicSaying("Ask your doctor how to ensure it is administered safely.")
                            .claims())
                    .doesNotContain(ClaimFlag.SAFETY_CLAIM);
        }

        @Test
        void aStemCellInjectionNamedByItsVerbIsALocalInjection() {
            assertThat(clinicSaying("The stem cells are given by direct injection into the tendon.")
                            .routes())
                    .contains("injection_local");
        }
    }

    @Nested
    class MarketingOrNot {

        @Test
        void aPlainTreatmentPageWithoutABookingButtonIsMarketing() {
            PageFacts facts = Pages.factsOfText("""
                    What is exosome therapy?
                    Exosome therapy is a skin treatment that renews the complexion.
                    Who can benefit?
                    Ideal candidates have fine lines or thinning hair.
                    What to expect during your session
                    """);

            assertThat(facts.marketing()).isTrue();
        }

        @Test
        void anAftercarePageOfTheClinicIsMarketing() {
            PageFacts facts = Pages.factsOfText("""
                    Aftercare
                    After your treatment, apply the exosomes you purchased twice a day.
                    Keep the treated area clean for two days.
                    """);

            assertThat(facts.marketing()).isTrue();
        }

        @Test
        void aNewsStoryAboutClinicsIsNot() {
            PageFacts facts = Pages.factsOfText("""
                    By staff reporter
                    Stem cell treatments are booming, and the clinics claim quick results.
                    Critics say such clinics sell therapy with little evidence. The agency declined to comment.
                    """);

            assertThat(facts.marketing()).isFalse();
        }

        @Test
        void aRegulatorsAlertIsNot() {
            PageFacts facts = Pages.factsOfText("""
                    Safety alert: unapproved exosome products
                    The FDA is informing patients about adverse events after exosome treatment.
                    Health care providers should report any adverse reactions to MedWatch.
                    """);

            assertThat(facts.marketing()).isFalse();
        }

        @Test
        void aJournalAbstractIsNot() {
            PageFacts facts = Pages.factsOfText("""
                    Abstract
                    We investigated exosome injection in 40 participants with knee osteoarthritis.
                    Keywords: exosomes; cartilage. DOI: 10.0000/example
                    """);

            assertThat(facts.marketing()).isFalse();
        }

        @Test
        void aPoliceRaidIsNot() {
            PageFacts facts = Pages.factsOfText("""
                    Police raided a clinic that sold exosome injections to patients.
                    The owner was arrested and charged with fraud, prosecutors said.
                    """);

            assertThat(facts.marketing()).isFalse();
        }

        @Test
        void aClinicThatWillNotUseThemIsNot() {
            PageFacts facts = Pages.factsOfText("""
                    Why we don’t use exosomes
                    Exosome treatments are popular, but we don’t offer them at our clinic until the evidence is stronger.
                    """);

            assertThat(facts.marketing()).isFalse();
        }
    }

    @Nested
    class Places {

        @Test
        void aCityOrCountryLocatesTheClinic() {
            assertThat(clinicSaying("Visit us in Istanbul, Turkey.").country()).isEqualTo("TR");
            assertThat(clinicSaying("Our clinic is in Jakarta.").country()).isEqualTo("ID");
            assertThat(clinicSaying("Conveniently located in Dublin.").country())
                    .isEqualTo("IE");
        }
    }

    @Nested
    class OnPagesInOtherLanguages {

        @Test
        void germanInhaltIsNoInhalation() {
            PageFacts facts = Pages.factsOfText("""
                    Exosomen: Inhalt und Wirkung
                    Unsere Praxis bietet Exosomen für die Haut an. Die Exosomen werden nach dem Microneedling aufgetragen.
                    """);

            assertThat(facts.routes()).doesNotContain("nebulised_inhaled");
        }

        @Test
        void germanAlsIsNoNeurologicalTarget() {
            PageFacts facts =
                    Pages.factsOfText("Exosomen wirken in unserer Praxis sanfter als ein Laser und sind für die Haut.");

            assertThat(facts.indications()).doesNotContain("neurological");
        }

        @Test
        void spanishAntiguaIsNoCountry() {
            PageFacts facts = Pages.factsOfText(
                    "Tratamiento con exosomas en nuestra clínica, una alternativa a la antigua técnica de los rellenos.");

            assertThat(facts.country()).isNotEqualTo("AG");
        }

        @Test
        void italianScambioIsNoScam() {
            PageFacts facts = Pages.factsOfText(
                    "Gli esosomi mediano lo scambio di segnali tra le cellule. Nel nostro studio offriamo il trattamento con esosomi.");

            assertThat(facts.marketing()).isTrue();
        }

        @Test
        void arabicWritesTheArticleOntoTheProductName() {
            PageFacts facts = Pages.factsOfText("علاج تساقط الشعر بالإكسوزوم في تركيا");

            assertThat(facts.productTypes()).containsExactly("exosome");
            assertThat(facts.country()).isEqualTo("TR");
        }
    }
}
