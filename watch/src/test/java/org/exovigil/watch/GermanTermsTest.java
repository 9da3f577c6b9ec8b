package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How German clinic wording is read (terms/de.tsv), one rule per test, on short sentences written for the
 * test. German glues words into compounds (Kniegelenk, Haarausfall, Eigenfett-Stammzellen), so the list
 * names the compounds whose head comes last.
 */
class GermanTermsTest {

    private static PageFacts facts(String text) {
        return Pages.factsIn("de", text);
    }

    @Test
    void anAssuranceOfSafetyIsASafetyClaim() {
        PageFacts facts = facts("Die Behandlung mit Exosomen ist sicher und gut verträglich, das ist uns wichtig.");

        assertThat(facts.language()).isEqualTo("de");
        assertThat(facts.claims()).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void sayingThereAreNoSideEffectsIsASafetyClaim() {
        PageFacts facts = facts(
                "Die Infusion mit Exosomen ist für die meisten Patienten angenehm, und es gibt keine unerwünschten Nebenwirkungen.");

        assertThat(facts.claims()).contains(ClaimFlag.SAFETY_CLAIM);
        assertThat(facts.evidence())
                .anySatisfy(e -> assertThat(e.text()).isEqualTo("keine unerwünschten Nebenwirkungen"));
    }

    @Test
    void aListOfSideEffectsIsNotASafetyClaim() {
        PageFacts facts = facts("""
                Die Behandlung mit Exosomen dauert etwa eine Stunde und ist ambulant.
                Mögliche Nebenwirkungen:
                Rötung der Haut
                Schwellung
                leichte Kopfschmerzen
                """);

        assertThat(facts.claims()).doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aQuestionAboutSafetyAssertsNothing() {
        assertThat(facts("Ist die Therapie mit Exosomen für mich und meine Haut sicher?")
                        .claims())
                .doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void kannAndSollHedgeAnEfficacyClaimButAStatementKeepsIt() {
        PageFacts hedged = facts("Die Therapie mit Exosomen kann bei Haarausfall wirksam sein, und sie ist ambulant.");
        PageFacts said = facts("Die Therapie mit Exosomen ist bei Haarausfall wirksam, und sie ist ambulant.");
        PageFacts soll = facts("Die Behandlung mit Exosomen soll den Haarausfall wirkungsvoll stoppen.");

        assertThat(hedged.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(hedged.indications())
                .as("hedged wording still names the target")
                .contains("hair_loss");
        assertThat(said.claims()).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(soll.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void provenEfficacyStaysAClaimInAHedgedSentence() {
        assertThat(facts("Nachweislich kann die Behandlung mit Exosomen die Haut sichtbar verjüngen.")
                        .claims())
                .contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void notApprovedAsAMedicineIsADisclaimerNotAnApprovalClaim() {
        PageFacts facts = facts(
                "Exosomen sind in Deutschland nicht als Arzneimittel zugelassen, die Behandlung ist ein Heilversuch.");

        assertThat(facts.claims()).contains(ClaimFlag.DISCLAIMER_UNAPPROVED).doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void anAuthorityApprovalIsAnApprovalClaimButLegalStatusIsNot() {
        assertThat(facts(
                                "Die Exosomen, die wir verwenden, sind behördlich zugelassen und werden in Deutschland hergestellt.")
                        .claims())
                .contains(ClaimFlag.APPROVAL_CLAIM);
        assertThat(facts("Die Behandlung mit Exosomen ist in Deutschland erlaubt und wird von uns durchgeführt.")
                        .claims())
                .doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void eigenfettStammzellenInjectedIntoTheKneeJoint() {
        PageFacts facts = facts("""
                Wir bieten die Behandlung mit Eigenfett-Stammzellen bei Kniearthrose an.
                Die Zellen werden aus dem eigenen Fett gewonnen und mit einer Injektion ins Kniegelenk gegeben.
                Vereinbaren Sie jetzt einen Termin in unserer Praxis.
                """);

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.productTypes()).containsExactly("stem_cell");
        assertThat(facts.sources()).containsExactly("adipose");
        assertThat(facts.donor()).isEqualTo("autologous");
        assertThat(facts.indications()).containsExactly("orthopedic_joint");
        assertThat(facts.routes())
                .as("the joint phrase hides the bare Injektion")
                .containsExactly("intra_articular");
    }

    @Test
    void hairLossTreatedWithExosomesAndMicroneedling() {
        PageFacts facts = facts(
                "Bei erblich bedingtem Haarausfall werden die Exosomen mit Microneedling auf die Kopfhaut aufgetragen.");

        assertThat(facts.indications()).containsExactly("hair_loss");
        assertThat(facts.routes()).containsExactlyInAnyOrder("microneedling", "topical");
    }

    @Test
    void potenzialIsNotPotencyAndInhaltIsNotInhalation() {
        PageFacts facts = facts(
                "Die Exosomen haben ein großes Potenzial, und der Inhalt der Exosomen ist für die Haut wertvoll.");

        assertThat(facts.indications()).doesNotContain("erectile_sexual");
        assertThat(facts.routes()).isEmpty();
    }

    @Test
    void aPracticeWithPricesAndBookingIsMarketing() {
        PageFacts facts = facts("""
                Die Behandlung mit Exosomen in unserer Praxis in Hamburg ist für die Haut und gegen Falten.
                Der Preis pro Sitzung beträgt 390 €. Vereinbaren Sie jetzt einen Termin für eine Beratung.
                """);

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.country()).isEqualTo("DE");
        assertThat(facts.indications()).containsExactly("skin_antiaging");
    }

    @Test
    void aNewsReportAndARefusalAreNotMarketing() {
        PageFacts news = facts("""
                Die Verbraucherzentrale warnt vor teuren Behandlungen mit Exosomen.
                Laut einem Bericht der Zeitung sagte ein Forscher der Universität, dass klinische Studien fehlen.
                """);
        PageFacts refusal = facts("""
                Warum wir keine Exosomen anbieten: In unserer Praxis bieten wir keine Behandlung mit Exosomen an,
                weil die Wirkung für die Haut nicht belegt ist.
                """);

        assertThat(news.marketing()).isFalse();
        assertThat(refusal.marketing()).isFalse();
    }

    @Test
    void anOutcomeVerbSaidOfTheProductAsFactIsAnEfficacyClaim() {
        PageFacts said = facts("Die Behandlung mit Exosomen strafft die Haut und mildert Pigmentflecken sichtbar.");
        PageFacts hedged = facts("Die Behandlung mit Exosomen soll die Haut straffen und Pigmentflecken mildern.");
        PageFacts purpose = facts("Wir setzen Exosomen nach dem Microneedling ein, um das Hautbild zu verbessern.");
        PageFacts elsewhere = facts(
                "Wir bieten Exosomen in unserer Praxis an. Ausreichend Schlaf verbessert die Stimmung und lindert Stress.");

        assertThat(said.claims()).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(hedged.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(purpose.claims())
                .as("'um ... zu verbessern' names a purpose")
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(elsewhere.claims()).as("said of sleep, not of the product").doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void nanofatIsAnAdiposeCellProduct() {
        PageFacts facts = facts("In unserer Praxis behandeln wir die Arthrose im Knie mit Nanofett aus dem Bauch.");

        assertThat(facts.productTypes()).contains("stem_cell");
        assertThat(facts.sources()).contains("adipose");
    }

    @Test
    void aPoliceRaidIsNewsNotMarketing() {
        PageFacts facts = facts("""
                Bei einer Razzia hat die Polizei in einer Klinik Exosomen beschlagnahmt.
                Die Staatsanwaltschaft ermittelt gegen den Betreiber wegen Betrugs.
                """);

        assertThat(facts.marketing()).isFalse();
    }
}
