package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The claim rules of vocabulary.md as Japanese clinic pages word them (terms/ja.tsv). Each page is a short
 * clinic offer followed by the sentence under test; the sentences are written for this test.
 */
class JapaneseTermsTest {

    /** A clinic offer with a price and booking, so that the sentence after it is read as marketing. */
    private static final String CLINIC = "当院ではエクソソーム点滴を行っています。料金は1回 200,000円（税込）。ご予約はお電話で。\n";

    private static PageFacts clinicSaying(String sentence) {
        return Pages.factsOfText(CLINIC + sentence);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"安全性が高い治療です。", "安全に受けていただけます。", "安心・安全な施術です。"})
    void anAssertionOfSafetyIsASafetyClaim(String sentence) {
        assertThat(clinicSaying(sentence).claims()).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "副作用はありません。",
                "副作用はほとんどありません。",
                "副作用は特にありません。",
                "副作用もほとんどない治療です。",
                "副作用が少ないのが特長です。",
                "副作用の心配はありません。",
                "拒絶反応が起こりにくい治療です。",
                "がん化のリスクがない治療です。",
                "リスクが極めて低い施術です。"
            })
    void aNegatedRiskIsASafetyClaimNotANegation(String sentence) {
        assertThat(clinicSaying(sentence).claims()).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "副作用：赤み、腫れ、内出血が起こる場合があります。",
                "副作用が起きないとは限りません。",
                "安全性は確立されていません。",
                "重大な副作用の報告はありませんが、安全性は確立されていません。",
                "当院は再生医療等安全性確保法を遵守しています。",
                "エクソソームは安全ですか？"
            })
    void aRiskListAnUnprovenSafetyOrASafetyQuestionIsNoSafetyClaim(String sentence) {
        assertThat(clinicSaying(sentence).claims()).doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aSideEffectListNamesNoTarget() {
        PageFacts facts = clinicSaying("""
                副作用・リスク
                倦怠感
                発熱
                """);

        assertThat(facts.indications()).doesNotContain("fatigue");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"薄毛の改善が期待できます。", "薄毛の改善が期待されます。", "発毛を促す可能性があります。", "薄毛に効果があると言われています。", "薄毛の改善をサポートします。"})
    void aHedgeWithdrawsEfficacyButStillNamesTheTarget(String sentence) {
        PageFacts facts = clinicSaying(sentence);

        assertThat(facts.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(facts.indications()).containsExactly("hair_loss");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"薄毛に効果があります。", "エクソソーム点滴で薄毛が改善します。", "効果が実証された治療です。", "一度で効果を実感できます。"})
    void anAssertionKeepsEfficacy(String sentence) {
        assertThat(clinicSaying(sentence).claims()).contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aStrongEfficacyClaimSurvivesAHedge() {
        assertThat(clinicSaying("臨床で実証された効果が期待できます。").claims()).contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aNegatedEfficacyIsNoClaim() {
        assertThat(clinicSaying("効果を保証するものではありません。").claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"本治療は国内未承認の治療です。", "本治療は厚生労働省の承認を受けていません。", "医薬品医療機器等法上の承認を得ていない製剤を使用します。", "国内で承認された医薬品ではありません。"
            })
    void aDisclaimerOfNonApprovalIsADisclaimerAndNoApprovalClaim(String sentence) {
        assertThat(clinicSaying(sentence).claims())
                .contains(ClaimFlag.DISCLAIMER_UNAPPROVED)
                .doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"厚生労働省に再生医療等提供計画を提出し、受理されています。", "厚生労働省の認可を受けた治療です。", "再生医療等提供計画の計画番号を取得しています。"})
    void anApprovalClaimIsOne(String sentence) {
        assertThat(clinicSaying(sentence).claims()).contains(ClaimFlag.APPROVAL_CLAIM);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"培養上清液の治療は違法ではありません。", "国内の承認医薬品等の有無：なし"})
    void legalityAndTheDisclosureHeadingAreNoApproval(String sentence) {
        assertThat(clinicSaying(sentence).claims()).doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"エクソソーム", "エキソソーム", "エクソゾーム", "ＥＸＯＳＯＭＥ"})
    void everySpellingOfExosomeIsTheProduct(String name) {
        PageFacts facts = Pages.factsOfText(name + "点滴のご案内。料金：1回 100,000円。ご予約はこちら。");

        assertThat(facts.productTypes()).containsExactly("exosome");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"幹細胞培養上清液", "ヒト幹細胞培養液", "幹細胞上清液", "培養上清", "上澄み液"})
    void everyNameOfTheCultureSupernatantIsTheProduct(String name) {
        PageFacts facts = Pages.factsOfText("当院の" + name + "点滴。料金：1回 100,000円。ご予約はこちら。");

        assertThat(facts.productTypes()).containsExactly("culture_supernatant");
    }

    @Test
    void aTextbookSentenceAboutVesiclesOffersNoVesicles() {
        PageFacts facts = clinicSaying("エクソソームは細胞外小胞の一種です。");

        assertThat(facts.productTypes()).containsExactly("exosome");
    }

    @Test
    void routesIndicationsAndTheDonorAsClinicsNameThem() {
        PageFacts facts = Pages.factsOfText("""
                当院ではドナーの乳歯歯髄から作った幹細胞培養上清液を点滴と点鼻で投与します。
                頭皮への注射やダーマペンでの導入も行っています。
                薄毛、シミ、疲労回復、膝の痛みにお悩みの方へ。料金：1回 150,000円。ご予約はこちら。
                """);

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.sources()).containsExactly("dental_pulp");
        assertThat(facts.donor()).isEqualTo("allogeneic");
        assertThat(facts.routes()).containsExactlyInAnyOrder("iv", "intranasal", "injection_local", "microneedling");
        assertThat(facts.indications())
                .containsExactlyInAnyOrder("hair_loss", "skin_antiaging", "fatigue", "orthopedic_joint");
    }

    @Test
    void thePatientsOwnFatIsAutologousAndAKneeInjectionIsIntraArticular() {
        PageFacts facts = Pages.factsOfText("""
                当院の幹細胞治療では、患者様ご自身の脂肪から採取した幹細胞を膝の関節内注射で投与します。
                料金：1回 800,000円。ご予約はこちら。
                """);

        assertThat(facts.productTypes()).containsExactly("stem_cell");
        assertThat(facts.sources()).containsExactly("adipose");
        assertThat(facts.donor()).isEqualTo("autologous");
        assertThat(facts.routes()).containsExactly("intra_articular");
        assertThat(facts.indications()).containsExactly("orthopedic_joint");
    }

    @Test
    void researchedDiseasesAndBackgroundTissuesAreNotOffered() {
        PageFacts facts = clinicSaying("""
                エクソソームは認知症やがんの治療への応用が研究されています。
                幹細胞は骨髄、脂肪、臍帯などの組織に存在します。
                """);

        assertThat(facts.indications()).isEmpty();
        assertThat(facts.sources()).containsExactly("unspecified");
    }

    @Test
    void theProductActivatingTheBodysOwnCellsNamesNoDonor() {
        assertThat(clinicSaying("ご自身の細胞を活性化させます。").donor()).isNull();
    }

    @Test
    void patientVoicesAreTestimonialsAndWithheldCasePhotosAreNot() {
        assertThat(clinicSaying("患者様の声をご覧ください。").claims()).contains(ClaimFlag.TESTIMONIALS);
        assertThat(clinicSaying("症例写真の掲載は控えております。").claims()).doesNotContain(ClaimFlag.TESTIMONIALS);
    }

    @Test
    void aCancerWordInsideAnotherWordIsNoTarget() {
        PageFacts facts = clinicSaying("スタッフ一同がんばります。楽しみにお待ちください。");

        assertThat(facts.indications()).isEmpty();
    }

    @Test
    void aClinicSellsAndANewsReportDoesNot() {
        PageFacts clinic = clinicSaying("薄毛やシミにお悩みの方におすすめです。");
        PageFacts news = Pages.factsOfText("""
                厚生労働省は、エクソソームを用いた自由診療について都道府県に通知を出し、注意喚起した。
                記者の取材によると、点滴を受けた患者に健康被害の報告もあるという。
                """);

        assertThat(clinic.marketing()).isTrue();
        assertThat(clinic.language()).isEqualTo("ja");
        assertThat(clinic.country()).isEqualTo("JP");
        assertThat(news.marketing()).isFalse();
    }

    @Test
    void anOutcomeVerbSaidOfTheProductAsFactIsAnEfficacyClaim() {
        assertThat(claimsIn("エクソソーム点滴で肌のハリが改善します。")).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claimsIn("幹細胞培養上清液の導入でシミが薄くなり、毛穴が引き締まります。")).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claimsIn("エクソソーム治療を続けると髪が太くなります。")).contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aHedgedOrWishedOutcomeIsNoEfficacyClaim() {
        assertThat(claimsIn("エクソソーム点滴で肌のハリが改善する可能性があります。")).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claimsIn("シミを改善したい方にはエクソソーム導入をご提案します。")).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claimsIn("エクソソームは効果があるらしいと話題です。")).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claimsIn("「エクソソームは本当に効果があるのか」という疑問をよく聞きます。")).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void anOutcomeOfSomethingElseIsNoEfficacyClaim() {
        assertThat(claimsIn("当院ではエクソソーム点滴を行っています。十分な睡眠で肌の調子が改善します。")).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void keepingTheProductSafelyIsNoSafetyClaim() {
        assertThat(claimsIn("エクソソーム製剤は冷凍で安全に保管しています。")).doesNotContain(ClaimFlag.SAFETY_CLAIM);
        assertThat(claimsIn("エクソソーム点滴は安全な治療です。")).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aPoliceReportIsNoMarketing() {
        PageFacts news = Pages.factsIn("ja", """
                無許可でエクソソーム点滴を行った疑いで、県警は医師を書類送検した。
                警察によると、被害者は十人を超えるという。
                """);

        assertThat(news.marketing()).isFalse();
    }

    private static java.util.Set<ClaimFlag> claimsIn(String text) {
        return Pages.factsIn("ja", text).claims();
    }
}
