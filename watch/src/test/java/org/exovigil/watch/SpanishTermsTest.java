package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How Spanish clinic wording is read (terms/es.tsv), one rule per test, on short sentences written for the
 * test. Whole pages from Mexico and Madrid are in {@link ClinicPagesTest} and {@link RealisticLayoutsTest}.
 */
class SpanishTermsTest {

    private static PageFacts facts(String text) {
        return Pages.factsIn("es", text);
    }

    @Test
    void anAssuranceOfSafetyIsASafetyClaim() {
        PageFacts facts = facts("El tratamiento con exosomas es completamente seguro para la piel.");

        assertThat(facts.language()).isEqualTo("es");
        assertThat(facts.claims()).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void insuranceIsNotSafety() {
        assertThat(facts("Aceptamos su seguro médico para la consulta de exosomas en la clínica.")
                        .claims())
                .doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void sayingThereAreNoSideEffectsIsASafetyClaim() {
        PageFacts facts = facts("La aplicación de exosomas no tiene ningún efecto secundario y es muy rápida.");

        assertThat(facts.claims()).contains(ClaimFlag.SAFETY_CLAIM);
        assertThat(facts.evidence()).anySatisfy(e -> assertThat(e.text()).isEqualTo("ningún efecto secundario"));
    }

    @Test
    void aListOfSideEffectsIsNotASafetyClaim() {
        PageFacts facts = facts("""
                La sesión de exosomas dura una hora en la clínica.
                Efectos secundarios posibles:
                enrojecimiento
                hinchazón
                pequeños moretones
                """);

        assertThat(facts.claims()).doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void puedeHedgesAnEfficacyClaimButAStatementKeepsIt() {
        PageFacts hedged = facts("Los exosomas pueden ser eficaces contra la caída del cabello y las arrugas.");
        PageFacts said = facts("El tratamiento con exosomas es eficaz contra la caída del cabello y las arrugas.");
        PageFacts evidence =
                facts("Los estudios han demostrado que los exosomas pueden regenerar el cartílago de la rodilla.");

        assertThat(hedged.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(hedged.indications())
                .as("hedged wording still names the target")
                .contains("hair_loss", "skin_antiaging");
        assertThat(said.claims()).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(evidence.claims()).as("studies cited as proof").contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void notApprovedIsADisclaimerNotAnApprovalClaim() {
        PageFacts facts = facts("Los exosomas no están aprobados por la AEMPS y su uso es experimental.");

        assertThat(facts.claims()).contains(ClaimFlag.DISCLAIMER_UNAPPROVED).doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void aRegulatorsLicenceIsAnApprovalClaim() {
        assertThat(facts("Nuestra clínica de exosomas cuenta con licencia sanitaria y está autorizada por COFEPRIS.")
                        .claims())
                .contains(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void intracoronaryInjectionIsAnotherRouteNotALocalInjection() {
        PageFacts facts =
                facts("Las células madre se administran por inyección intracoronaria en el infarto de miocardio.");

        assertThat(facts.routes()).containsExactly("other");
        assertThat(facts.indications()).containsExactly("cardiovascular");
    }

    @Test
    void facialSerumIsTopicalNotAnIntravenousDrip() {
        assertThat(facts("En la clínica aplicamos un suero facial con exosomas después del microneedling para la piel.")
                        .routes())
                .containsExactlyInAnyOrder("topical", "microneedling");
    }

    @Test
    void aComparisonHeadingDoesNotOfferPlateletRichPlasma() {
        PageFacts facts = facts("""
                Diferencias entre exosomas y PRP (plasma rico en plaquetas)
                En nuestra clínica aplicamos exosomas para la caída del cabello. Agenda tu cita.
                """);

        assertThat(facts.productTypes()).containsExactly("exosome");
    }

    @Test
    void aNewsReportIsNotMarketing() {
        PageFacts news = facts("""
                La COFEPRIS advierte sobre clínicas que ofrecen exosomas sin registro.
                Según los expertos consultados por el periodista, el riesgo sanitario es alto, informó la redacción.
                """);

        assertThat(news.marketing()).isFalse();
    }

    @Test
    void anOutcomeVerbSaidOfTheProductAsFactIsAnEfficacyClaim() {
        PageFacts said = facts("El tratamiento con exosomas reafirma la piel y difumina las manchas del rostro.");
        PageFacts hedged =
                facts("Posiblemente el tratamiento con exosomas reafirma la piel y difumina las manchas del rostro.");
        PageFacts elsewhere =
                facts("Ofrecemos exosomas en nuestra clínica. Dormir bien reduce el estrés y mejora el ánimo.");

        assertThat(said.claims()).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(hedged.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(elsewhere.claims()).as("said of sleep, not of the product").doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void injectingStemCellsOffersAStemCellProduct() {
        assertThat(facts("En nuestra clínica se inyectan células madre en la rodilla con artrosis.")
                        .productTypes())
                .contains("stem_cell");
    }

    @Test
    void aPoliceRaidIsNewsNotMarketing() {
        PageFacts facts = facts("""
                La policía detuvo al dueño de una clínica que vendía exosomas de forma ilegal.
                La fiscalía investiga una presunta estafa a decenas de pacientes.
                """);

        assertThat(facts.marketing()).isFalse();
    }

    @Test
    void beingSureAndPayingSafelyAreNoSafetyClaims() {
        assertThat(facts(
                                "Estamos seguros de que le gustará la clínica; el pago seguro de los exosomas se hace en línea.")
                        .claims())
                .doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }
}
