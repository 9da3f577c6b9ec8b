package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How French clinic wording is read (terms/fr.tsv), one rule per test, on short sentences written for the
 * test. A whole clinic page in French is in {@link OtherLanguagesTest#frenchClinic()}.
 */
class FrenchTermsTest {

    private static PageFacts facts(String text) {
        return Pages.factsIn("fr", text);
    }

    @Test
    void anAssuranceOfSafetyIsASafetyClaim() {
        PageFacts facts = facts("Le traitement par exosomes est une technique sûre et sans danger pour la peau.");

        assertThat(facts.language()).isEqualTo("fr");
        assertThat(facts.claims()).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void bienSurIsNotASafetyClaim() {
        assertThat(facts("Bien sûr, nous vous expliquons le déroulement de la séance avec les exosomes.")
                        .claims())
                .doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void sayingThereAreNoSideEffectsIsASafetyClaim() {
        PageFacts facts = facts("Les exosomes ne provoquent aucun effet secondaire et la séance dure trente minutes.");

        assertThat(facts.claims()).contains(ClaimFlag.SAFETY_CLAIM);
        assertThat(facts.evidence()).anySatisfy(e -> assertThat(e.text()).isEqualTo("aucun effet secondaire"));
    }

    @Test
    void aListOfSideEffectsIsNotASafetyClaim() {
        PageFacts facts = facts("""
                La séance d'exosomes dure une heure et se fait dans notre cabinet.
                Effets secondaires possibles :
                rougeurs
                gonflement
                petits hématomes
                """);

        assertThat(facts.claims()).doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void peutHedgesAnEfficacyClaimButAStatementKeepsIt() {
        PageFacts hedged = facts("Les exosomes peuvent être efficaces contre la chute de cheveux et pour la peau.");
        PageFacts said = facts("Le traitement par exosomes est efficace contre la chute de cheveux et pour la peau.");

        assertThat(hedged.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(hedged.indications())
                .as("hedged wording still names the target")
                .contains("hair_loss");
        assertThat(said.claims()).contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void clinicallyProvenStaysAClaimInAHedgedSentence() {
        assertThat(facts("Ce soin aux exosomes, cliniquement prouvé, peut réduire les rides du visage.")
                        .claims())
                .contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void notApprovedIsADisclaimerNotAnApprovalClaim() {
        PageFacts facts = facts("Les exosomes ne sont pas approuvés par l'ANSM et leur usage reste expérimental.");

        assertThat(facts.claims()).contains(ClaimFlag.DISCLAIMER_UNAPPROVED).doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void anAuthorityApprovalIsAnApprovalClaimButLegalStatusIsNot() {
        assertThat(facts("Notre produit aux exosomes est approuvé par Swissmedic pour la peau.")
                        .claims())
                .contains(ClaimFlag.APPROVAL_CLAIM);
        assertThat(facts("Pour les exosomes, seule l'application topique est autorisée en France.")
                        .claims())
                .doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void cordStemCellsGivenByInfusionAndExosomesIntoTheKnee() {
        PageFacts infusion =
                facts("Nous proposons la perfusion intraveineuse de cellules souches issues du cordon ombilical.");
        PageFacts knee = facts(
                "Notre clinique réalise une injection intra-articulaire d'exosomes dans le genou contre l'arthrose.");

        assertThat(infusion.sources()).containsExactly("umbilical_cord");
        assertThat(infusion.donor()).isEqualTo("allogeneic");
        assertThat(infusion.routes()).containsExactly("iv");
        assertThat(knee.routes()).containsExactly("intra_articular");
        assertThat(knee.indications()).containsExactly("orthopedic_joint");
    }

    @Test
    void theTextbookDefinitionOfExosomesOffersNoVesicles() {
        PageFacts facts = facts("""
                Les exosomes sont des vésicules extracellulaires, comme de petites bulles.
                Notre clinique propose les exosomes pour la peau du visage.
                """);

        assertThat(facts.productTypes()).containsExactly("exosome");
    }

    @Test
    void aNewsReportIsNotMarketing() {
        PageFacts news = facts("""
                Les exosomes, nouveau mythe de la beauté ? Selon une étude publiée dans une revue, les preuves manquent,
                a-t-il déclaré. L'ANSM met en garde contre les injections d'exosomes et les autorités sanitaires enquêtent.
                """);

        assertThat(news.marketing()).isFalse();
    }

    @Test
    void anOutcomeVerbSaidOfTheProductAsFactIsAnEfficacyClaim() {
        PageFacts said = facts("Le traitement aux exosomes raffermit la peau et estompe les taches pigmentaires.");
        PageFacts hedged =
                facts("Le traitement aux exosomes raffermit probablement la peau et estompe les taches pigmentaires.");
        PageFacts elsewhere =
                facts("Nous proposons des exosomes au cabinet. Le sommeil réduit le stress et améliore l'humeur.");

        assertThat(said.claims()).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(hedged.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(elsewhere.claims()).as("said of sleep, not of the product").doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void theConditionalHedgesAnEfficacyClaim() {
        assertThat(facts("Selon cette clinique, les exosomes seraient efficaces contre la chute des cheveux.")
                        .claims())
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aPoliceSearchIsNewsNotMarketing() {
        PageFacts facts = facts("""
                La police a mené une perquisition dans une clinique qui vendait des exosomes.
                Le gérant a été placé en garde à vue pour escroquerie, indique le parquet.
                """);

        assertThat(facts.marketing()).isFalse();
    }
}
