package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How Portuguese clinic wording is read (terms/pt.tsv), Brazilian and European, one rule per test, on short
 * sentences written for the test.
 */
class PortugueseTermsTest {

    private static PageFacts facts(String text) {
        return Pages.factsIn("pt", text);
    }

    @Test
    void anAssuranceOfSafetyIsASafetyClaim() {
        PageFacts facts = facts("O tratamento com exossomos é seguro e muito bem tolerado pela pele.");

        assertThat(facts.language()).isEqualTo("pt");
        assertThat(facts.claims()).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void sayingThereIsNoRejectionOrSideEffectIsASafetyClaim() {
        PageFacts brazil = facts("O procedimento com exossomos é feito sem efeitos colaterais e sem rejeição.");
        PageFacts portugal = facts("A aplicação de exossomas é feita sem efeitos secundários para o doente.");

        assertThat(brazil.claims()).contains(ClaimFlag.SAFETY_CLAIM);
        assertThat(portugal.claims()).contains(ClaimFlag.SAFETY_CLAIM);
        assertThat(portugal.productTypes()).as("European spelling exossomas").containsExactly("exosome");
    }

    @Test
    void aListOfSideEffectsIsNotASafetyClaim() {
        PageFacts facts = facts("""
                A sessão de exossomos dura uma hora e é feita na clínica.
                Efeitos colaterais possíveis:
                vermelhidão
                inchaço
                pequenos hematomas
                """);

        assertThat(facts.claims()).doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void podeHedgesAnEfficacyClaimButAStatementKeepsIt() {
        PageFacts hedged = facts("Os exossomos podem ser eficazes contra a queda de cabelo e as rugas.");
        PageFacts said = facts("O tratamento com exossomos é eficaz contra a queda de cabelo e as rugas.");
        PageFacts proven = facts("O tratamento com exossomos é comprovado e pode reduzir a calvície.");

        assertThat(hedged.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(hedged.indications())
                .as("hedged wording still names the target")
                .contains("hair_loss", "skin_antiaging");
        assertThat(said.claims()).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(proven.claims()).contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void prohibitedOrUnapprovedIsADisclaimerNotAnApprovalClaim() {
        PageFacts prohibited = facts("No Brasil o uso injetável de exossomos ainda é proibido.");
        PageFacts unapproved = facts("Os exossomos não são aprovados pela Anvisa para uso em humanos.");

        assertThat(prohibited.claims())
                .contains(ClaimFlag.DISCLAIMER_UNAPPROVED)
                .doesNotContain(ClaimFlag.APPROVAL_CLAIM);
        assertThat(unapproved.claims())
                .contains(ClaimFlag.DISCLAIMER_UNAPPROVED)
                .doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void anAuthorityApprovalIsAnApprovalClaim() {
        assertThat(facts("O produto com exossomos que usamos é aprovado pela Anvisa e tem registro.")
                        .claims())
                .contains(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void stemCellsFromTheCordInBrazilianAndEuropeanWords() {
        PageFacts brazil = facts("Oferecemos terapia com células-tronco do cordão umbilical por via intravenosa.");
        PageFacts portugal =
                facts("A terapia com células estaminais da medula óssea é feita por infiltração articular no joelho.");

        assertThat(brazil.productTypes()).containsExactly("stem_cell");
        assertThat(brazil.sources()).containsExactly("umbilical_cord");
        assertThat(brazil.donor()).isEqualTo("allogeneic");
        assertThat(brazil.routes()).containsExactly("iv");
        assertThat(portugal.productTypes()).containsExactly("stem_cell");
        assertThat(portugal.sources()).containsExactly("bone_marrow");
        assertThat(portugal.routes()).containsExactly("intra_articular");
    }

    @Test
    void aClinicIsMarketingAndAJournalAbstractIsNot() {
        PageFacts clinic = facts("""
                Tratamento com exossomos para queda de cabelo na nossa clínica em São Paulo.
                Sessão a partir de R$ 1.200. Agende sua avaliação pelo WhatsApp.
                """);
        PageFacts journal = facts("""
                Resumo. Os exossomos são vesículas estudadas na dermatologia. Palavras-chave: exossomos, pele.
                Autor para correspondência: departamento de dermatologia da universidade. Revisão sistemática.
                """);

        assertThat(clinic.marketing()).isTrue();
        assertThat(clinic.country()).isEqualTo("BR");
        assertThat(journal.marketing()).isFalse();
    }

    @Test
    void anOutcomeVerbSaidOfTheProductAsFactIsAnEfficacyClaim() {
        PageFacts said = facts("O tratamento com exossomos reduz as rugas e clareia as manchas da pele do rosto.");
        PageFacts hedged =
                facts("Possivelmente o tratamento com exossomos reduz as rugas e clareia as manchas da pele do rosto.");
        PageFacts elsewhere =
                facts("Oferecemos exossomos na nossa clínica. Dormir bem reduz o estresse e melhora o humor.");

        assertThat(said.claims()).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(hedged.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(elsewhere.claims()).as("said of sleep, not of the product").doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aPromiseIsNotAResult() {
        assertThat(facts("Os exossomos chegam com a promessa de que melhora a pele e reduz a queda de cabelo.")
                        .claims())
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aHealthEncyclopediaQuotingTheRegulatorIsNotMarketing() {
        PageFacts facts = facts("""
                Os exossomos são vesículas que as células liberam para se comunicar.
                A Anvisa não autoriza a aplicação de exossomos injetáveis, por falta de regulação.
                Ainda são necessários estudos em seres humanos para avaliar os benefícios do tratamento.
                """);

        assertThat(facts.marketing()).isFalse();
    }

    @Test
    void contentsKeptSecureAreNoSafetyClaim() {
        assertThat(facts("Os frascos de exossomos ficam guardados em local seguro na clínica.")
                        .claims())
                .doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }
}
