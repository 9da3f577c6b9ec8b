package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The claim rules of vocabulary.md as Chinese clinic pages word them, in simplified and traditional
 * characters (terms/zh.tsv). Each page is a short clinic offer followed by the sentence under test; the
 * sentences are written for this test.
 */
class ChineseTermsTest {

    /** Clinic offers with a price and booking, so that the sentence after them is read as marketing. */
    private static final String SIMPLIFIED = "本院提供外泌体静脉回输疗程，单次价格 9800元，欢迎预约。\n";

    private static final String TRADITIONAL = "本院提供外泌體靜脈點滴療程，每次 NT$15,000，歡迎預約。\n";

    private static PageFacts clinicSaying(String sentence) {
        return Pages.factsOfText((isTraditional(sentence) ? TRADITIONAL : SIMPLIFIED) + sentence);
    }

    /** Characters that only traditional text uses, enough to pick the matching clinic offer. */
    private static boolean isTraditional(String sentence) {
        return sentence.codePoints().anyMatch(c -> "體療無沒會產應險經衛準幫緻顯實認為證驗劑膚發髮這與關過".indexOf(c) >= 0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"疗程安全可靠。", "療程安全可靠。", "安全性高。", "更安全的选择。"})
    void anAssertionOfSafetyIsASafetyClaim(String sentence) {
        assertThat(clinicSaying(sentence).claims()).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "无副作用。",
                "無副作用。",
                "没有任何副作用。",
                "沒有任何副作用。",
                "不会产生排斥反应。",
                "不會產生排斥反應。",
                "副作用小，恢复快。",
                "临床上未发现严重不良反应。",
                "臨床上未發現嚴重不良反應。",
                "零风险。",
                "風險極低。"
            })
    void aNegatedRiskIsASafetyClaimNotANegation(String sentence) {
        assertThat(clinicSaying(sentence).claims()).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"可能出现的副作用：红肿、疼痛。", "安全性尚未确立。", "安全性尚未確立。", "外泌体安全吗？", "外泌體的安全性與有效性仍待驗證。", "运动有助于降低风险。"})
    void aRiskListAnUnprovenSafetyOrASafetyQuestionIsNoSafetyClaim(String sentence) {
        assertThat(clinicSaying(sentence).claims()).doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"有望改善脱发。", "可以帮助改善脱发。", "可以幫助改善落髮。", "外泌体可以有效改善脱发。", "或許有助於生髮。"})
    void aHedgeWithdrawsEfficacyButStillNamesTheTarget(String sentence) {
        PageFacts facts = clinicSaying(sentence);

        assertThat(facts.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(facts.indications()).containsExactly("hair_loss");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"疗效显著。", "療效顯著。", "效果明顯。", "脱发问题明显改善。", "经临床证实有效。", "經臨床證實有效。"})
    void anAssertionKeepsEfficacy(String sentence) {
        assertThat(clinicSaying(sentence).claims()).contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"外泌体有效成分含量高。", "有效期为两年。", "细胞之间更有效率地沟通。"})
    void effectiveInsideAnotherWordIsNoEfficacyClaim(String sentence) {
        assertThat(clinicSaying(sentence).claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "本疗程所用外泌体尚未经国家药监局批准。",
                "本疗程所用外泌体尚未经国家药品监督管理局批准。",
                "本療程使用之外泌體尚未經衛生福利部食品藥物管理署核准。",
                "本療程使用之外泌體未經衛福部核准。",
                "本療程使用之外泌體尚未經衛福部核准，屬自費醫療。",
                "外泌体注射仍属实验性治疗。"
            })
    void aDisclaimerOfNonApprovalIsADisclaimerAndNoApprovalClaim(String sentence) {
        assertThat(clinicSaying(sentence).claims())
                .contains(ClaimFlag.DISCLAIMER_UNAPPROVED)
                .doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"本院已获卫健委备案。", "本院產品經衛福部核准。", "已获得国家药监局批准。", "持有医疗机构执业许可证。"})
    void anApprovalClaimIsOne(String sentence) {
        assertThat(clinicSaying(sentence).claims()).contains(ClaimFlag.APPROVAL_CLAIM);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"外泌体护肤品可以合法销售。", "實驗室通過GMP認證。"})
    void legalityAndLaboratoryCertificationAreNoApproval(String sentence) {
        assertThat(clinicSaying(sentence).claims()).doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"外泌体", "外泌體", "外泌小体"})
    void everySpellingOfExosomeIsTheProduct(String name) {
        PageFacts facts = Pages.factsOfText("本院" + name + "疗程，价格 3800元，欢迎预约。");

        assertThat(facts.productTypes()).containsExactly("exosome");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"干细胞培养液", "幹細胞培養液", "干细胞上清液", "培養上清"})
    void everyNameOfTheCultureSupernatantIsTheProduct(String name) {
        PageFacts facts = Pages.factsOfText("本院" + name + "疗程，价格 3800元，欢迎预约。");

        assertThat(facts.productTypes()).containsExactly("culture_supernatant");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"干细胞回输", "幹細胞回輸", "干细胞输注", "輸幹細胞"})
    void aStemCellInfusionIsAStemCellProductGivenIntravenously(String name) {
        PageFacts facts = Pages.factsOfText("本中心提供" + name + "疗程，价格 20000元，欢迎预约。");

        assertThat(facts.productTypes()).containsExactly("stem_cell");
        assertThat(facts.routes()).containsExactly("iv");
    }

    @Test
    void aTextbookSentenceAboutVesiclesOffersNoVesicles() {
        assertThat(clinicSaying("外泌体是一种细胞外囊泡。").productTypes()).containsExactly("exosome");
    }

    @Test
    void routesIndicationsAndTheDonorAsSimplifiedPagesNameThem() {
        PageFacts facts = Pages.factsOfText("""
                上海某医美诊所：本院采用脐带间充质干细胞来源的外泌体，通过微针导入和水光针，改善皱纹、痘印和脱发。
                疗程价格：单次 3800元，欢迎预约咨询。
                """);

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.country()).isEqualTo("CN");
        assertThat(facts.sources()).containsExactly("umbilical_cord");
        assertThat(facts.donor()).isEqualTo("allogeneic");
        assertThat(facts.routes()).containsExactlyInAnyOrder("microneedling", "injection_local");
        assertThat(facts.indications()).containsExactlyInAnyOrder("skin_antiaging", "hair_loss");
    }

    @Test
    void routesIndicationsAndTheDonorAsTraditionalPagesNameThem() {
        PageFacts facts = Pages.factsOfText("""
                台北診所：本診所提供自體脂肪幹細胞回輸療程，改善疲勞、提升免疫力。
                療程費用：每次 NT$80,000，預約請聯絡我們。
                """);

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.country()).isEqualTo("TW");
        assertThat(facts.sources()).containsExactly("adipose");
        assertThat(facts.donor()).isEqualTo("autologous");
        assertThat(facts.routes()).containsExactly("iv");
        assertThat(facts.indications()).containsExactlyInAnyOrder("fatigue", "immune");
    }

    @Test
    void autoimmuneDiseaseIsATargetAndNoDonor() {
        PageFacts facts = clinicSaying("適合自體免疫疾病患者。");

        assertThat(facts.indications()).containsExactly("immune");
        assertThat(facts.donor()).isNull();
    }

    @Test
    void researchedDiseasesAndBackgroundTissuesAreNotOffered() {
        PageFacts facts = clinicSaying("""
                研究表明，外泌体在阿尔茨海默病、癌症等领域具有潜力。
                外泌体广泛存在于体液中，可来源于骨髓、脂肪等各种组织。
                """);

        assertThat(facts.indications()).isEmpty();
        assertThat(facts.sources()).containsExactly("unspecified");
    }

    @Test
    void patientCasesAreTestimonialsAndAStarIngredientIsNot() {
        assertThat(clinicSaying("真实案例：疗程前后对比。").claims()).contains(ClaimFlag.TESTIMONIALS);
        assertThat(clinicSaying("外泌体是今年的明星成分。").claims()).doesNotContain(ClaimFlag.TESTIMONIALS);
    }

    @Test
    void notOnlyAndDifferentNegateNothing() {
        assertThat(clinicSaying("不仅安全，而且恢复快。").claims()).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aClinicSellsAndNewsReportsDoNot() {
        PageFacts clinic = clinicSaying("改善皱纹和脱发。");
        PageFacts simplifiedNews = Pages.factsOfText("记者从国家卫健委获悉，部分美容机构违法开展外泌体注射。据报道，已有消费者投诉。");
        PageFacts traditionalNews = Pages.factsOfText("記者報導，不肖業者違法推出外泌體注射療程，衛福部提醒民眾注意。");

        assertThat(clinic.marketing()).isTrue();
        assertThat(clinic.language()).isEqualTo("zh");
        assertThat(simplifiedNews.marketing()).isFalse();
        assertThat(traditionalNews.marketing()).isFalse();
    }

    @Test
    void anOutcomeVerbSaidOfTheProductAsFactIsAnEfficacyClaim() {
        assertThat(claimsIn("外泌体疗程淡化色斑，紧致肌肤。")).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claimsIn("外泌體療程減少皺紋，肌膚更緊緻。")).contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aHedgedOutcomeIsNoEfficacyClaim() {
        assertThat(claimsIn("外泌体疗程有助于淡化色斑。")).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claimsIn("外泌體療程旨在減少皺紋。")).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void anOutcomeOfSomethingElseIsNoEfficacyClaim() {
        assertThat(claimsIn("本院提供外泌体疗程。规律作息淡化黑眼圈。")).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aNamedPatientsCaseIsATestimonial() {
        assertThat(claimsIn("七十岁的陈女士接受干细胞注射三个月后，膝盖疼痛减轻。")).contains(ClaimFlag.TESTIMONIALS, ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void shippingTheProductSafelyIsNoSafetyClaim() {
        assertThat(claimsIn("外泌体产品全程冷链安全运输。")).doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aPoliceReportIsNoMarketing() {
        PageFacts news = Pages.factsIn("zh", "警方查获一家非法外泌体注射诊所，负责人涉嫌非法行医被逮捕。");

        assertThat(news.marketing()).isFalse();
    }

    private static java.util.Set<ClaimFlag> claimsIn(String text) {
        return Pages.factsIn("zh", text).claims();
    }
}
