package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Czech claim rules, on short sentences written for the test. Czech negates verbs with the prefix ne-
 * (nevyvolává, nemá), so negated risks are listed as whole phrases.
 */
class CzechTermsTest {

    private static PageFacts facts(String text) {
        return Pages.factsIn("cs", text);
    }

    @Test
    void anAssuranceOfSafetyIsASafetyClaim() {
        assertThat(facts("Ošetření je bezpečné a klientky se mohou hned vrátit do práce.")
                        .claims())
                .contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void noSideEffectsIsASafetyClaim() {
        assertThat(facts("Exosomy nemají vedlejší účinky, protože jsou vyráběny bez živých buněk.")
                        .claims())
                .contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aListOfRisksIsNoSafetyClaim() {
        assertThat(facts("Možné vedlejší účinky jsou: zarudnutí, otok a citlivost.")
                        .claims())
                .doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void notSafeIsNoSafetyClaim() {
        assertThat(facts("V těhotenství tato metoda není pro plod bezpečná, a proto ji nedoporučujeme.")
                        .claims())
                .doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aHedgeWithdrawsEfficacy() {
        assertThat(facts("Exosomy mohou být účinné i při řídnutí vlasů.").claims())
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void clinicallyProvenIsAnEfficacyClaim() {
        assertThat(facts("Účinnost ošetření je klinicky prokázaná a výsledky jsou vidět hned.")
                        .claims())
                .contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void notApprovedIsADisclaimerNotAnApprovalClaim() {
        assertThat(facts("Tato metoda není schválená, jde tedy o experimentální léčbu, která se ještě zkoumá.")
                        .claims())
                .contains(ClaimFlag.DISCLAIMER_UNAPPROVED)
                .doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void approvedIsAnApprovalClaim() {
        assertThat(facts("Přípravek je schválený a certifikovaný pro použití v Evropě.")
                        .claims())
                .contains(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void beforeAndAfterIsTestimonials() {
        assertThat(facts(
                                "Podívejte se na fotografie před a po ošetření, které jsou spolu s recenzemi našich klientů na webu.")
                        .claims())
                .contains(ClaimFlag.TESTIMONIALS);
    }

    @Test
    void aPracticeOfferingExosomesWithMicroneedling() {
        PageFacts facts = facts("""
                V naší ordinaci nabízíme exosomy s mikrojehličkováním pro omlazení pleti a proti vráskám.
                Objednejte se na konzultaci.
                """);

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.productTypes()).containsExactly("exosome");
        assertThat(facts.routes()).containsExactly("microneedling");
        assertThat(facts.indications()).containsExactly("skin_antiaging");
    }

    @Test
    void ownFatStemCellsAreAutologous() {
        PageFacts facts =
                facts("Nabízíme léčbu kmenovými buňkami z vlastního tuku pacienta, které se vpichují do kloubu.");

        assertThat(facts.productTypes()).containsExactly("stem_cell");
        assertThat(facts.sources()).containsExactly("adipose");
        assertThat(facts.donor()).isEqualTo("autologous");
        assertThat(facts.routes()).contains("intra_articular");
    }

    @Test
    void aMagazineCommentaryIsNotMarketing() {
        PageFacts facts = facts("""
                Podle odborníků, se kterými mluvila redakce časopisu, jsou exosomy zatím jen slibnou novinkou.
                Léčba a každý zákrok patří do rukou lékaře.
                """);

        assertThat(facts.marketing()).isFalse();
    }

    @Test
    void anOutcomeVerbSaidOfTheProductAsFactIsAnEfficacyClaim() {
        PageFacts said = facts("Ošetření exozomy vyhlazuje vrásky a rozjasňuje pleť na obličeji.");
        PageFacts hedged = facts("Ošetření exozomy pravděpodobně vyhlazuje vrásky a rozjasňuje pleť na obličeji.");
        PageFacts elsewhere = facts("V naší klinice nabízíme exozomy. Dobrý spánek snižuje stres a zlepšuje náladu.");

        assertThat(said.claims()).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(hedged.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(elsewhere.claims()).as("said of sleep, not of the product").doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aPoliceArrestIsNewsNotMarketing() {
        PageFacts facts = facts("""
                Policie zadržela majitele salonu, který prodával exozomy bez licence.
                Státní zástupce ho obvinil z podvodu.
                """);

        assertThat(facts.marketing()).isFalse();
    }
}
