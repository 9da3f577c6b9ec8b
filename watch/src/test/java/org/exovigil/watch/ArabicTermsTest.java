package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Arabic claim rules, on short sentences written for the test. Arabic glues the article and one-letter
 * conjunctions and prepositions to the noun (الإكسوزوم, بالإكسوزوم, وآمنة), and ar.tsv lists the bare
 * noun, which the matcher finds after them.
 */
class ArabicTermsTest {

    private static PageFacts facts(String text) {
        return Pages.factsIn("ar", text);
    }

    @Test
    void anAssuranceOfSafetyIsASafetyClaim() {
        assertThat(facts("هذا العلاج آمن تماما ومريح.").claims()).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void noSideEffectsIsASafetyClaim() {
        assertThat(facts("يتميز هذا الإجراء بأنه بدون آثار جانبية.").claims()).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aListOfRisksIsNoSafetyClaim() {
        assertThat(facts("المخاطر المحتملة: احمرار وتورم خفيف وألم مكان الحقن.").claims())
                .doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void notSafeIsNoSafetyClaim() {
        assertThat(facts("هذا العلاج ليس آمنا أثناء الحمل.").claims()).doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void theArabicCommaEndsTheClauseOfANegation() {
        assertThat(facts("لا يحتاج المريض إلى جراحة، والعلاج آمن.").claims()).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aHedgeWithdrawsEfficacy() {
        assertThat(facts("قد يكون هذا العلاج فعالا في تقليل التجاعيد.").claims())
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void anAssertionKeepsEfficacy() {
        assertThat(facts("علاجنا فعال ويعطي نتائج دائمة منذ الجلسة الأولى.").claims())
                .contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void provenResultsSurviveAHedge() {
        assertThat(facts("قد تختلف التجربة من شخص لآخر لكن النتائج مثبتة علميا.")
                        .claims())
                .contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void notApprovedIsADisclaimerNotAnApprovalClaim() {
        assertThat(facts("هذا المنتج غير معتمد من هيئة الغذاء والدواء.").claims())
                .contains(ClaimFlag.DISCLAIMER_UNAPPROVED)
                .doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void anExperimentalTreatmentIsADisclaimer() {
        assertThat(facts("هذا علاج تجريبي لم تتم الموافقة عليه بعد.").claims())
                .contains(ClaimFlag.DISCLAIMER_UNAPPROVED)
                .doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void approvedByTheMinistryIsAnApprovalClaim() {
        assertThat(facts("المنتج معتمد من وزارة الصحة ومرخص للاستخدام.").claims())
                .contains(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void beforeAndAfterPicturesAreTestimonials() {
        assertThat(facts("شاهد صور قبل وبعد لمرضى عيادتنا.").claims()).contains(ClaimFlag.TESTIMONIALS);
    }

    @Test
    void aStemCellJointInjectionFromThePatientsOwnFat() {
        PageFacts facts = facts("نقدم حقن خلايا جذعية ذاتية مستخلصة من دهون المريض داخل المفصل لعلاج خشونة الركبة.");

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.productTypes()).containsExactly("stem_cell");
        assertThat(facts.sources()).containsExactly("adipose");
        assertThat(facts.donor()).isEqualTo("autologous");
        assertThat(facts.routes()).contains("intra_articular");
        assertThat(facts.indications()).containsExactly("orthopedic_joint");
    }

    @Test
    void embryonicStemCellsAreAllogeneic() {
        assertThat(facts("يعتمد مركزنا على حقن خلايا جذعية جنينية من متبرع.").donor())
                .isEqualTo("allogeneic");
    }

    @Test
    void aNewsReportIsNotMarketing() {
        PageFacts facts = facts("قال مراسل إن إكسوزومات تباع دون ترخيص، وحذر الخبراء من مخاطرها بحسب تقرير صحفي.");

        assertThat(facts.marketing()).isFalse();
    }

    @Test
    void aClinicOfferingExosomesForHairAndSkin() {
        PageFacts facts = facts("نقدم في عيادتنا حقن الإكسوزوم لعلاج تساقط الشعر وتجديد البشرة. احجز موعدك الآن.");

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.productTypes()).containsExactly("exosome");
        assertThat(facts.routes()).containsExactly("injection_local");
        assertThat(facts.indications()).containsExactlyInAnyOrder("hair_loss", "skin_antiaging");
    }

    @Test
    void exosomesWithMicroneedlingAreNotAStemCellProduct() {
        PageFacts facts =
                facts("تستخلص الإكسوزومات من الخلايا الجذعية وتطبق بالميكرونيدلينج على البشرة. احجز استشارة.");

        assertThat(facts.productTypes()).containsExactly("exosome");
        assertThat(facts.sources()).containsExactly("unspecified");
        assertThat(facts.routes()).containsExactly("microneedling");
    }

    @Test
    void safeWithAnAttachedConjunctionIsASafetyClaim() {
        assertThat(facts("علاج طبيعي وآمن.").claims()).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aPlaceNameGivesTheCountry() {
        assertThat(facts("نقدم علاج الإكسوزوم في عيادتنا بالرياض. احجز موعدك.").country())
                .isEqualTo("SA");
    }

    @Test
    void anOutcomeVerbSaidOfTheProductAsFactIsAnEfficacyClaim() {
        PageFacts said = facts("علاج الإكسوزوم يقلل التجاعيد ويوحد لون البشرة.");
        PageFacts hedged = facts("علاج الإكسوزوم قد يقلل التجاعيد ويوحد لون البشرة.");
        PageFacts elsewhere = facts("نقدم علاج الإكسوزوم في عيادتنا. النوم الجيد يقلل التوتر ويخفف الصداع.");

        assertThat(said.claims()).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(hedged.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(elsewhere.claims()).as("said of sleep, not of the product").doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aPoliceArrestIsNewsNotMarketing() {
        PageFacts facts = facts(
                "ألقت الشرطة القبض على صاحب مركز تجميل غير مرخص يبيع حقن الإكسوزوم، وأحالته إلى النيابة بتهمة الاحتيال.");

        assertThat(facts.marketing()).isFalse();
    }
}
