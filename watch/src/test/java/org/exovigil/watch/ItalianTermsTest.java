package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How Italian clinic wording is read (terms/it.tsv), one rule per test, on short sentences written for the test. */
class ItalianTermsTest {

    private static PageFacts facts(String text) {
        return Pages.factsIn("it", text);
    }

    @Test
    void anAssuranceOfSafetyIsASafetyClaim() {
        PageFacts facts = facts("Il trattamento con gli esosomi è sicuro e ben tollerato dalla pelle.");

        assertThat(facts.language()).isEqualTo("it");
        assertThat(facts.claims()).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void sayingThereAreNoSideEffectsIsASafetyClaim() {
        PageFacts facts = facts("La seduta con gli esosomi non dà nessun effetto collaterale e dura mezz'ora.");

        assertThat(facts.claims()).contains(ClaimFlag.SAFETY_CLAIM);
        assertThat(facts.evidence()).anySatisfy(e -> assertThat(e.text()).isEqualTo("nessun effetto collaterale"));
    }

    @Test
    void aListOfSideEffectsIsNotASafetyClaim() {
        PageFacts facts = facts("""
                Il trattamento con gli esosomi si esegue in una seduta di un'ora.
                Effetti collaterali possibili:
                rossore
                gonfiore
                piccoli lividi
                """);

        assertThat(facts.claims()).doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void puoHedgesAnEfficacyClaimButAStatementKeepsIt() {
        PageFacts hedged = facts("Gli esosomi possono essere efficaci contro la caduta dei capelli e per la pelle.");
        PageFacts said =
                facts("Il trattamento con gli esosomi è efficace contro la caduta dei capelli e per la pelle.");
        PageFacts sessions = facts("Bastano due sedute di esosomi per una pelle più luminosa e compatta.");

        assertThat(hedged.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(hedged.indications())
                .as("hedged wording still names the target")
                .contains("hair_loss");
        assertThat(said.claims()).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(sessions.claims()).contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void notApprovedIsADisclaimerNotAnApprovalClaim() {
        PageFacts facts = facts("Gli esosomi non sono approvati come farmaco e il loro uso è sperimentale.");

        assertThat(facts.claims()).contains(ClaimFlag.DISCLAIMER_UNAPPROVED).doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void anAuthorityApprovalIsAnApprovalClaim() {
        assertThat(facts("Il prodotto con gli esosomi che usiamo è approvato dal Ministero della Salute.")
                        .claims())
                .contains(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void dripsForFatigueAndJointInjectionsForTheKnee() {
        PageFacts drip = facts("Nel nostro centro la flebo di esosomi è indicata contro la stanchezza cronica.");
        PageFacts knee = facts("Offriamo infiltrazioni articolari di esosomi per l'artrosi del ginocchio.");

        assertThat(drip.routes()).containsExactly("iv");
        assertThat(drip.indications()).containsExactly("fatigue");
        assertThat(knee.routes()).containsExactly("intra_articular");
        assertThat(knee.indications()).containsExactly("orthopedic_joint");
    }

    @Test
    void sourcesListedAsBackgroundAreNotTheOfferedSource() {
        PageFacts facts = facts("""
                Gli esosomi possono essere di provenienza vegetale oppure umana, estratti dal cordone ombelicale.
                Nel nostro centro di Lugano applichiamo gli esosomi con il microneedling. Prenota una consulenza.
                """);

        assertThat(facts.sources()).containsExactly("unspecified");
        assertThat(facts.routes()).containsExactly("microneedling");
    }

    @Test
    void aClinicIsMarketingAndANewsReportIsNot() {
        PageFacts clinic = facts("""
                Trattamento con esosomi per le rughe nel nostro centro di Milano.
                Il prezzo della seduta è di 450 euro. Prenota subito un appuntamento per una consulenza.
                """);
        PageFacts news = facts("""
                Gli esosomi vengono pubblicizzati come una cura miracolosa, ma le prove non sono dimostrate.
                Secondo gli esperti il rischio è alto, afferma un dermatologo. Si legge sul sito di una clinica che la pelle migliora.
                """);

        assertThat(clinic.marketing()).isTrue();
        assertThat(clinic.country()).isEqualTo("IT");
        assertThat(news.marketing()).isFalse();
    }

    @Test
    void anOutcomeVerbSaidOfTheProductAsFactIsAnEfficacyClaim() {
        PageFacts said = facts("Il trattamento con gli esosomi leviga la pelle e schiarisce le macchie del viso.");
        PageFacts hedged =
                facts("Il trattamento con gli esosomi probabilmente leviga la pelle e schiarisce le macchie del viso.");
        PageFacts elsewhere =
                facts("Offriamo esosomi nel nostro studio. Dormire bene riduce lo stress e migliora l'umore.");

        assertThat(said.claims()).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(hedged.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(elsewhere.claims()).as("said of sleep, not of the product").doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void theConditionalAndAQuotedWebsiteAreNoClaims() {
        assertThat(facts("Secondo alcuni medici gli esosomi sarebbero efficaci contro la caduta dei capelli.")
                        .claims())
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(facts("«La pelle migliora con la terapia con esosomi», si legge sul sito di una clinica di Londra.")
                        .claims())
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aPoliceSeizureIsNewsNotMarketing() {
        PageFacts facts = facts("""
                I carabinieri hanno sequestrato fiale di esosomi in un centro estetico abusivo.
                La titolare è stata denunciata per truffa, fa sapere la procura.
                """);

        assertThat(facts.marketing()).isFalse();
    }
}
