package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Turkish claim rules, on short sentences written for the test. Turkish negates after the word
 * (güvenli değildir) and hedges with the verb suffix -abilir, so efficacy is read from asserting verb
 * forms (azaltır) and hedging from words such as olabilir and umut verici.
 */
class TurkishTermsTest {

    private static PageFacts facts(String text) {
        return Pages.factsIn("tr", text);
    }

    @Test
    void anAssuranceOfSafetyIsASafetyClaim() {
        assertThat(facts("Bu tedavi güvenli ve konforlu bir uygulamadır.").claims())
                .contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void noSideEffectsIsASafetyClaim() {
        assertThat(facts("Bu yöntemin yan etkisi yoktur ve bir gün içinde işe dönebilirsiniz.")
                        .claims())
                .contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aListOfRisksIsNoSafetyClaim() {
        assertThat(facts("Olası yan etkiler: kızarıklık, hafif ödem ve bir iki gün süren hassasiyet.")
                        .claims())
                .doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void notSafeIsNoSafetyClaim() {
        assertThat(facts("Bu uygulama hamilelikte güvenli değildir.").claims()).doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aHedgeWithdrawsEfficacy() {
        assertThat(facts("Bu tedavi bazı hastalarda etkili olabilir.").claims())
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void anAssertingVerbIsAnEfficacyClaim() {
        assertThat(facts("Eksozom tedavisi kırışıklıkları azaltır ve cildin yenilenmesini hızlandırır.")
                        .claims())
                .contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void theHedgedVerbFormIsNoEfficacyClaim() {
        assertThat(facts("Eksozom tedavisi kırışıklıkları azaltabilir ve bu umut verici bir gelişmedir.")
                        .claims())
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void notApprovedIsADisclaimerNotAnApprovalClaim() {
        assertThat(facts("Bu tedavi FDA tarafından onaylanmamıştır ve deneysel bir tedavi olarak kabul edilir.")
                        .claims())
                .contains(ClaimFlag.DISCLAIMER_UNAPPROVED)
                .doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void approvedFollowedByNotIsADisclaimer() {
        assertThat(facts("Bu ürün bakanlık onaylı değil ve bir ilaç olarak satılamaz.")
                        .claims())
                .contains(ClaimFlag.DISCLAIMER_UNAPPROVED)
                .doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void approvedByTheMinistryIsAnApprovalClaim() {
        assertThat(facts("Kullandığımız ürünler bakanlık onaylıdır ve bu nedenle tercih edilir.")
                        .claims())
                .contains(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void patientReviewsAreTestimonials() {
        assertThat(facts("Hasta yorumları ve öncesi sonrası fotoğraflar için sayfamıza göz atın.")
                        .claims())
                .contains(ClaimFlag.TESTIMONIALS);
    }

    @Test
    void aClinicOfferingExosomesWithDermapen() {
        PageFacts facts = facts("""
                Kliniğimizde eksozom tedavisi dermapen ile uygulanır.
                Cilt yenileme ya da saç dökülmesi için bir randevu alın, fiyat bilgisi için bizi arayın.
                """);

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.productTypes()).containsExactly("exosome");
        assertThat(facts.routes()).containsExactly("microneedling");
        assertThat(facts.indications()).containsExactlyInAnyOrder("hair_loss", "skin_antiaging");
    }

    @Test
    void theDonorAreaOfAHairTransplantIsNoDonor() {
        PageFacts facts =
                facts("Saç ekimi sonrası eksozom tedavisi uygulanır ve donör alan da bu seansta tedavi edilir.");

        assertThat(facts.donor()).isNull();
        assertThat(facts.sources()).containsExactly("unspecified");
    }

    @Test
    void ownFatStemCellsIntoTheKneeAreAutologous() {
        PageFacts facts =
                facts("Hastanın kendi yağ dokusundan elde edilen kök hücreler eklem içi enjeksiyon ile dize verilir.");

        assertThat(facts.sources()).containsExactly("adipose");
        assertThat(facts.donor()).isEqualTo("autologous");
        assertThat(facts.routes()).contains("intra_articular");
        assertThat(facts.indications()).contains("orthopedic_joint");
    }

    @Test
    void aComparisonWithStemCellTherapyOffersNoStemCells() {
        assertThat(facts("Eksozom tedavisi, kök hücre tedavisine göre daha yeni bir yöntemdir.")
                        .productTypes())
                .containsExactly("exosome");
    }

    @Test
    void aNewsReportIsNotMarketing() {
        PageFacts facts = facts("""
                Habere göre eksozom tedavisi sosyal medyada çok konuşuluyor.
                Uzmanlara göre bu alanda daha fazla araştırma gerektiği belirtiliyor.
                """);

        assertThat(facts.marketing()).isFalse();
    }

    @Test
    void theMaySuffixOnAnyVerbIsAHedge() {
        assertThat(Pages.factsOfText("Eksozom tedavisi etkili sonuçlar verebilir. Randevu alın.")
                        .claims())
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(Pages.factsOfText("Eksozom tedavisi etkili sonuçlar verir. Randevu alın.")
                        .claims())
                .contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void anOutcomeVerbSaidOfTheProductAsFactIsAnEfficacyClaim() {
        PageFacts said = facts("Eksozom tedavisi cildi gençleştirir ve cilt tonunu aydınlatır.");
        PageFacts hedged = facts("Eksozom tedavisi muhtemelen cildi gençleştirir ve cilt tonunu aydınlatır.");
        PageFacts elsewhere =
                facts("Kliniğimizde eksozom tedavisi sunuyoruz. Düzenli uyku stresi hafifletir ve cildi aydınlatır.");

        assertThat(said.claims()).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(hedged.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(elsewhere.claims()).as("said of sleep, not of the product").doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aPoliceRaidIsNewsNotMarketing() {
        PageFacts facts = facts("""
                Polis, kaçak eksozom satan bir güzellik merkezine baskın düzenledi.
                Savcılık, ruhsatsız çalışan merkezin sahibi hakkında soruşturma başlattı.
                """);

        assertThat(facts.marketing()).isFalse();
    }
}
