package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How Catalan clinic wording is read (terms/ca.tsv), one rule per test, on short sentences written for the
 * test. Catalan is told from Spanish by its own function words (els, amb, és, i), so each sample reads as
 * Catalan prose rather than as single words.
 */
class CatalanTermsTest {

    private static PageFacts facts(String text) {
        return Pages.factsIn("ca", text);
    }

    @Test
    void aCatalanPageIsReadWithTheCatalanList() {
        PageFacts facts =
                facts("El tractament amb exosomes per a la caiguda dels cabells és ràpid i els resultats són bons.");

        assertThat(facts.language()).isEqualTo("ca");
        assertThat(facts.indications()).containsExactly("hair_loss");
    }

    @Test
    void anAssuranceOfSafetyIsASafetyClaim() {
        assertThat(facts("El tractament amb exosomes és segur i els pacients tornen a casa el mateix dia.")
                        .claims())
                .contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void sayingThereAreNoSideEffectsIsASafetyClaim() {
        PageFacts facts = facts("La sessió amb exosomes és curta i es fa sense efectes secundaris per a la pell.");

        assertThat(facts.claims()).contains(ClaimFlag.SAFETY_CLAIM);
        assertThat(facts.evidence()).anySatisfy(e -> assertThat(e.text()).isEqualTo("sense efectes secundaris"));
    }

    @Test
    void aListOfSideEffectsIsNotASafetyClaim() {
        PageFacts facts = facts("""
                La sessió amb exosomes dura una hora i es fa a la clínica.
                Efectes secundaris possibles:
                vermellor
                inflor
                petits blaus
                """);

        assertThat(facts.claims()).doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void podenAjudarHedgesAnEfficacyClaimButAStatementKeepsIt() {
        PageFacts hedged = facts("Els exosomes poden ajudar i poden ser eficaços contra la caiguda dels cabells.");
        PageFacts said = facts("El tractament amb exosomes és eficaç contra la caiguda dels cabells i les arrugues.");

        assertThat(hedged.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(said.claims()).contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void notApprovedIsADisclaimerNotAnApprovalClaim() {
        PageFacts facts = facts("Els exosomes no estan aprovats com a medicament i el seu ús és experimental.");

        assertThat(facts.claims()).contains(ClaimFlag.DISCLAIMER_UNAPPROVED).doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void anAuthorityApprovalIsAnApprovalClaim() {
        assertThat(facts("El producte amb exosomes que fem servir està aprovat per l'AEMPS i és de qualitat.")
                        .claims())
                .contains(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void aClinicWithBookingIsMarketing() {
        PageFacts facts = facts("""
                A la nostra clínica de Barcelona oferim el tractament amb exosomes i microagulles per a les arrugues.
                El preu de la sessió és de 350 €. Demana cita prèvia amb els nostres metges.
                """);

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.country()).isEqualTo("ES");
        assertThat(facts.routes()).containsExactly("microneedling");
        assertThat(facts.indications()).containsExactly("skin_antiaging");
    }

    @Test
    void anOutcomeVerbSaidOfTheProductAsFactIsAnEfficacyClaim() {
        PageFacts said = facts("El tractament amb exosomes redueix les arrugues i il·lumina la pell del rostre.");
        PageFacts hedged =
                facts("El tractament amb exosomes possiblement redueix les arrugues i il·lumina la pell del rostre.");
        PageFacts elsewhere =
                facts("Oferim exosomes a la nostra clínica. Dormir bé redueix l'estrès i millora l'humor de tothom.");

        assertThat(said.claims()).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(hedged.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(elsewhere.claims()).as("said of sleep, not of the product").doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aPoliceRaidIsNewsNotMarketing() {
        PageFacts facts = facts("""
                La policia ha detingut el propietari d'una clínica que venia exosomes de manera il·legal.
                La fiscalia investiga una presumpta estafa a desenes de pacients.
                """);

        assertThat(facts.marketing()).isFalse();
    }
}
