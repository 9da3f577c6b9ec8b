package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Slovak claim rules, on short sentences written for the test. Slovak negates verbs with the prefix ne-
 * (nevyvoláva, nemá), so negated risks are listed as whole phrases.
 */
class SlovakTermsTest {

    private static PageFacts facts(String text) {
        return Pages.factsIn("sk", text);
    }

    @Test
    void anAssuranceOfSafetyIsASafetyClaim() {
        assertThat(facts("Ošetrenie je bezpečné a klienti sa vracajú do práce ešte v ten istý deň.")
                        .claims())
                .contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void noSideEffectsIsASafetyClaim() {
        assertThat(facts("Exozómy nemajú vedľajšie účinky, pretože sa vyrábajú bez živých buniek.")
                        .claims())
                .contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aListOfRisksIsNoSafetyClaim() {
        assertThat(facts("Možné vedľajšie účinky, ktoré sa môžu objaviť, sú: začervenanie, opuch a citlivosť.")
                        .claims())
                .doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void notSafeIsNoSafetyClaim() {
        assertThat(facts("Počas tehotenstva sa táto metóda neodporúča, pretože nie je bezpečná pre plod.")
                        .claims())
                .doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aHedgeWithdrawsEfficacy() {
        assertThat(facts("Liečba exozómami môže byť účinná aj pri rednutí vlasov.")
                        .claims())
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void clinicallyProvenIsAnEfficacyClaim() {
        assertThat(facts("Táto liečba je klinicky preukázaná a účinná už po prvom sedení.")
                        .claims())
                .contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void notApprovedIsADisclaimerNotAnApprovalClaim() {
        assertThat(facts("Táto metóda nie je schválená, ide teda o experimentálnu liečbu, ktorá sa ešte skúma.")
                        .claims())
                .contains(ClaimFlag.DISCLAIMER_UNAPPROVED)
                .doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void approvedIsAnApprovalClaim() {
        assertThat(facts("Prípravok je schválený a certifikovaný pre použitie v Európe.")
                        .claims())
                .contains(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void beforeAndAfterIsTestimonials() {
        assertThat(facts(
                                "Pozrite si fotografie pred a po ošetrení, ktoré sú spolu s recenziami našich klientov na webe.")
                        .claims())
                .contains(ClaimFlag.TESTIMONIALS);
    }

    @Test
    void aPracticeOfferingExosomeInjectionsForHairLoss() {
        PageFacts facts = facts("""
                V našej ambulancii ponúkame exozómy, ktoré sa aplikujú injekčne do pokožky hlavy pri vypadávaní vlasov.
                Objednajte sa na konzultáciu.
                """);

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.productTypes()).containsExactly("exosome");
        assertThat(facts.routes()).containsExactly("injection_local");
        assertThat(facts.indications()).containsExactly("hair_loss");
    }

    @Test
    void embryonicStemCellsAreAllogeneic() {
        assertThat(facts("Používame exozómy, ktoré sa získavajú z embryonálnych kmeňových buniek darcu.")
                        .donor())
                .isEqualTo("allogeneic");
    }

    @Test
    void aComparisonWithPrpOffersNoPrp() {
        assertThat(facts("V porovnaní s PRP ide pri exozómoch o kratší zákrok.").productTypes())
                .containsExactly("exosome");
    }

    @Test
    void aMagazineCommentaryIsNotMarketing() {
        PageFacts facts = facts("""
                Podľa odborníkov, ktorých citoval časopis, sú exozómy zatiaľ len sľubnou novinkou.
                Redakcia pripomína, že liečba nie je pre každého.
                """);

        assertThat(facts.marketing()).isFalse();
    }

    @Test
    void anOutcomeVerbSaidOfTheProductAsFactIsAnEfficacyClaim() {
        PageFacts said = facts("Ošetrenie exozómami vyhladzuje vrásky a rozjasňuje pleť na tvári.");
        PageFacts hedged = facts("Ošetrenie exozómami pravdepodobne vyhladzuje vrásky a rozjasňuje pleť na tvári.");
        PageFacts elsewhere = facts("V našej klinike ponúkame exozómy. Dobrý spánok znižuje stres a zlepšuje náladu.");

        assertThat(said.claims()).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(hedged.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(elsewhere.claims()).as("said of sleep, not of the product").doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aPoliceArrestIsNewsNotMarketing() {
        PageFacts facts = facts("""
                Polícia zadržala majiteľa salónu, ktorý predával exozómy bez licencie.
                Prokuratúra ho obvinila z podvodu.
                """);

        assertThat(facts.marketing()).isFalse();
    }
}
