package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Russian claim rules, on short sentences written for the test (OtherLanguagesTest has a Russian clinic
 * page with its price and country).
 */
class RussianTermsTest {

    private static PageFacts facts(String text) {
        return Pages.factsIn("ru", text);
    }

    @Test
    void anAssuranceOfSafetyIsASafetyClaim() {
        assertThat(facts("Процедура безопасна и подходит для любого типа кожи.").claims())
                .contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void noAllergyOrRejectionIsASafetyClaim() {
        assertThat(facts("Экзосомы не вызывают аллергии и отторжения.").claims())
                .contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aListOfRisksIsNoSafetyClaim() {
        assertThat(facts("Возможные побочные эффекты: покраснение, отёк, зуд в месте укола.")
                        .claims())
                .doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void notSafeIsNoSafetyClaim() {
        assertThat(facts("Эта процедура не безопасна при беременности.").claims())
                .doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void notOnlySafeButAlsoEffectiveIsBoth() {
        assertThat(facts("Процедура не только безопасна, но и эффективна.").claims())
                .contains(ClaimFlag.SAFETY_CLAIM, ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aHedgeWithdrawsEfficacy() {
        assertThat(facts("Экзосомы могут быть эффективны при выпадении волос.").claims())
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void clinicallyProvenIsAnEfficacyClaim() {
        assertThat(facts("Эффективность процедуры клинически доказана.").claims())
                .contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void notApprovedIsADisclaimerNotAnApprovalClaim() {
        assertThat(facts("Препарат не одобрен Минздравом и не зарегистрирован как лекарство.")
                        .claims())
                .contains(ClaimFlag.DISCLAIMER_UNAPPROVED)
                .doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void aRegistrationCertificateIsAnApprovalClaim() {
        assertThat(facts("Препарат имеет регистрационное удостоверение.").claims())
                .contains(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void reviewsAreTestimonials() {
        assertThat(facts("Читайте отзывы наших пациентов и смотрите фото до и после.")
                        .claims())
                .contains(ClaimFlag.TESTIMONIALS);
    }

    @Test
    void aClinicOfferingExosomeMesotherapyForHairLoss() {
        PageFacts facts = facts("""
                В нашей клинике мы проводим мезотерапию экзосомами при алопеции.
                Запишитесь на консультацию трихолога.
                """);

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.productTypes()).containsExactly("exosome");
        assertThat(facts.routes()).containsExactly("injection_local");
        assertThat(facts.indications()).containsExactly("hair_loss");
    }

    @Test
    void cordBloodIsItsOwnSourceAndAllogeneic() {
        PageFacts facts = facts("Мы предлагаем внутривенное введение стволовых клеток из пуповинной крови.");

        assertThat(facts.productTypes()).containsExactly("stem_cell");
        assertThat(facts.sources()).containsExactly("cord_blood");
        assertThat(facts.donor()).isEqualTo("allogeneic");
        assertThat(facts.routes()).containsExactly("iv");
    }

    @Test
    void aCentreIsNoPrice() {
        assertThat(facts("Научный центр изучает экзосомы.").marketing()).isFalse();
    }

    @Test
    void aNewsReportIsNotMarketing() {
        PageFacts facts = facts("""
                Как сообщает корреспондент газеты, эксперты предупреждают о рисках процедур с экзосомами.
                В интервью врач рассказал, что клиники предлагают их без доказательств.
                """);

        assertThat(facts.marketing()).isFalse();
    }

    @Test
    void anOutcomeVerbSaidOfTheProductAsFactIsAnEfficacyClaim() {
        PageFacts said = facts("Процедура с экзосомами подтягивает кожу и выравнивает тон лица.");
        PageFacts hedged = facts("Процедура с экзосомами, возможно, подтягивает кожу и выравнивает тон лица.");
        PageFacts elsewhere =
                facts("Мы предлагаем экзосомы в нашей клинике. Хороший сон снижает стресс и улучшает настроение.");

        assertThat(said.claims()).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(hedged.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(elsewhere.claims()).as("said of sleep, not of the product").doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void theConditionalHedgesAnEfficacyClaim() {
        assertThat(facts("Экзосомы были бы эффективны при выпадении волос, если бы это подтвердили исследования.")
                        .claims())
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aPoliceArrestIsNewsNotMarketing() {
        PageFacts facts = facts("""
                Полиция задержала владельца салона, который продавал экзосомы без лицензии.
                Возбуждено дело о мошенничестве.
                """);

        assertThat(facts.marketing()).isFalse();
    }
}
