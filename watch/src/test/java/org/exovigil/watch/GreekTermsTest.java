package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Greek claim rules, on short sentences written for the test. */
class GreekTermsTest {

    private static PageFacts facts(String text) {
        return Pages.factsIn("el", text);
    }

    @Test
    void anAssuranceOfSafetyIsASafetyClaim() {
        assertThat(facts("Η θεραπεία είναι ασφαλής και σχεδόν ανώδυνη.").claims())
                .contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void noSideEffectsIsASafetyClaim() {
        assertThat(facts("Η θεραπεία με εξωσώματα γίνεται χωρίς παρενέργειες.").claims())
                .contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aListOfRisksIsNoSafetyClaim() {
        assertThat(facts("Πιθανές παρενέργειες: ερυθρότητα, οίδημα και ευαισθησία.")
                        .claims())
                .doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void notSafeIsNoSafetyClaim() {
        assertThat(facts("Η θεραπεία δεν είναι ασφαλής στην εγκυμοσύνη.").claims())
                .doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aHedgeWithdrawsEfficacy() {
        assertThat(facts("Τα εξωσώματα μπορεί να είναι αποτελεσματικά στην τριχόπτωση.")
                        .claims())
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void clinicallyProvenIsAnEfficacyClaim() {
        assertThat(facts("Η μέθοδος είναι κλινικά αποδεδειγμένη και αποτελεσματική.")
                        .claims())
                .contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void notApprovedIsADisclaimerNotAnApprovalClaim() {
        assertThat(facts("Η θεραπεία δεν έχει εγκριθεί από τον ΕΟΦ.").claims())
                .contains(ClaimFlag.DISCLAIMER_UNAPPROVED)
                .doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void approvedIsAnApprovalClaim() {
        assertThat(facts("Το προϊόν είναι εγκεκριμένο από τον ΕΟΦ.").claims()).contains(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void beforeAndAfterIsTestimonials() {
        assertThat(facts("Δείτε φωτογραφίες πριν και μετά από τους ασθενείς μας.")
                        .claims())
                .contains(ClaimFlag.TESTIMONIALS);
    }

    @Test
    void aPracticeOfferingExosomesWithMicroneedling() {
        PageFacts facts = facts("""
                Στο ιατρείο μας προσφέρουμε εξωσώματα με μικροβελονισμό για ρυτίδες και τριχόπτωση.
                Κλείστε ραντεβού για αξιολόγηση.
                """);

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.productTypes()).containsExactly("exosome");
        assertThat(facts.routes()).containsExactly("microneedling");
        assertThat(facts.indications()).containsExactlyInAnyOrder("skin_antiaging", "hair_loss");
    }

    @Test
    void ownStemCellsIntoTheKnee() {
        PageFacts facts = facts(
                "Προσφέρουμε θεραπεία με βλαστοκύτταρα: ενδοαρθρική ένεση με αυτόλογα βλαστοκύτταρα από λιπώδη ιστό για την οστεοαρθρίτιδα του γόνατος.");

        assertThat(facts.productTypes()).containsExactly("stem_cell");
        assertThat(facts.sources()).containsExactly("adipose");
        assertThat(facts.donor()).isEqualTo("autologous");
        assertThat(facts.routes()).contains("intra_articular");
        assertThat(facts.indications()).containsExactly("orthopedic_joint");
    }

    @Test
    void aNewsReportIsNotMarketing() {
        PageFacts facts = facts("""
                Σύμφωνα με τους ειδικούς, οι θεραπείες με εξωσώματα διαφημίζονται χωρίς στοιχεία.
                Ο ΕΟΦ προειδοποιεί, όπως δήλωσε στους δημοσιογράφους εκπρόσωπός του.
                """);

        assertThat(facts.marketing()).isFalse();
    }

    @Test
    void anOutcomeVerbSaidOfTheProductAsFactIsAnEfficacyClaim() {
        PageFacts said = facts("Η θεραπεία με εξωσώματα σφίγγει το δέρμα και μειώνει τις ρυτίδες.");
        PageFacts hedged = facts("Η θεραπεία με εξωσώματα πιθανώς σφίγγει το δέρμα και μειώνει τις ρυτίδες.");
        PageFacts elsewhere = facts(
                "Προσφέρουμε εξωσώματα στο ιατρείο μας. Ο καλός ύπνος μειώνει το άγχος και βελτιώνει τη διάθεση.");

        assertThat(said.claims()).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(hedged.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(elsewhere.claims()).as("said of sleep, not of the product").doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aPoliceArrestIsNewsNotMarketing() {
        PageFacts facts = facts("""
                Η αστυνομία συνέλαβε τον ιδιοκτήτη κέντρου αισθητικής που πουλούσε εξωσώματα χωρίς άδεια.
                Ο εισαγγελέας ερευνά υπόθεση απάτης.
                """);

        assertThat(facts.marketing()).isFalse();
    }
}
