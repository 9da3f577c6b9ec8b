package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The Korean term list read as a specification of how Korean clinic pages state their claims. Particles
 * glue onto nouns (엑소좀을, 허가를), so terms match inside words; hedges (~할 수 있습니다, 기대) withdraw an
 * efficacy claim that an assertion (효과가 높은, 효과적) makes. Sentences are written for this test.
 */
class KoreanTermsTest {

    @Test
    void anAssertionOfSafetyIsASafetyClaim() {
        assertThat(claims("엑소좀 스킨부스터는 안전한 시술입니다.")).contains(ClaimFlag.SAFETY_CLAIM);
        assertThat(claims("엑소좀 시술은 안전성이 입증된 치료입니다.")).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aNegatedRiskIsASafetyClaim() {
        assertThat(claims("엑소좀 시술 후 부작용이 거의 없습니다.")).contains(ClaimFlag.SAFETY_CLAIM);
        assertThat(claims("자가 줄기세포라서 거부반응이 없습니다.")).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aListOfRisksIsNoSafetyClaimAndALongTermSafetyTopicIsNoAssurance() {
        assertThat(claims("""
                엑소좀 시술 후 부작용
                붉은기
                부기
                가려움
                """)).doesNotContain(ClaimFlag.SAFETY_CLAIM);
        assertThat(claims("엑소좀의 장기 안전성은 아직 연구가 필요합니다.")).doesNotContain(ClaimFlag.SAFETY_CLAIM);
        assertThat(claims("엑소좀 시술은 안전하지 않습니다.")).doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aHedgeWithdrawsEfficacyAndAnAssertionKeepsIt() {
        assertThat(claims("엑소좀 시술로 모공 개선 효과를 기대할 수 있습니다.")).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claims("엑소좀은 피부 회복을 돕는 효과가 있습니다.")).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claims("엑소좀 시술은 모공 개선에 효과가 높은 시술입니다.")).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claims("엑소좀 주사는 탈모 치료에 효과적입니다.")).contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void provenEfficacyIsNotSoftenedButAnUnprovenOneIsNoClaim() {
        assertThat(claims("임상적으로 입증된 시술로 효과를 기대할 수 있습니다.")).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claims("탈모에 대한 효과가 입증되지 않았습니다.")).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aDisclaimerOfNonApprovalIsADisclaimerAndNotAnApprovalClaim() {
        var claims = claims("엑소좀 제품은 식약처 허가를 받지 않은 제품입니다.");

        assertThat(claims).contains(ClaimFlag.DISCLAIMER_UNAPPROVED).doesNotContain(ClaimFlag.APPROVAL_CLAIM);
        assertThat(claims("본 시술은 미승인 치료입니다."))
                .contains(ClaimFlag.DISCLAIMER_UNAPPROVED)
                .doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void anApprovalClaimIsOneButLegalityIsNot() {
        assertThat(claims("이 주사치료는 보건복지부에서 신의료기술로 인정받았습니다.")).contains(ClaimFlag.APPROVAL_CLAIM);
        assertThat(claims("식약처 허가를 받은 제품만 사용합니다.")).contains(ClaimFlag.APPROVAL_CLAIM);
        assertThat(claims("국내에서 엑소좀 화장품 사용은 합법입니다.")).doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void reviewsAndBeforeAfterPhotosAreTestimonialsButALateStageIsNot() {
        assertThat(claims("엑소좀 시술 후기와 전후 사진을 확인하세요.")).contains(ClaimFlag.TESTIMONIALS);
        assertThat(claims("탈모는 초기, 중기, 후기로 나뉩니다.")).doesNotContain(ClaimFlag.TESTIMONIALS);
    }

    @Test
    void aKneeClinicOffersTheRouteAndTheTissueItNames() {
        PageFacts facts = Pages.factsOfText("""
                저희 의원은 환자 자신의 지방에서 추출한 줄기세포 주사를 무릎 관절강에 시행합니다.
                퇴행성 관절염으로 고민이신 분은 상담 예약을 해 주세요.
                """);

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.language()).isEqualTo("ko");
        assertThat(facts.productTypes()).containsExactly("stem_cell");
        assertThat(facts.sources()).containsExactly("adipose");
        assertThat(facts.donor()).isEqualTo("autologous");
        assertThat(facts.routes()).containsExactly("intra_articular");
        assertThat(facts.indications()).containsExactly("orthopedic_joint");
    }

    @Test
    void otherInjectablesOnTheMenuAreNoRouteOfTheExosome() {
        PageFacts facts = Pages.factsOfText("""
                스킨부스터 종류: 물광주사, 연어주사, 엑소좀 앰플 도포
                저희 피부과에서 엑소좀을 더마펜과 함께 시술합니다. 예약 문의 환영합니다.
                """);

        assertThat(facts.routes()).containsExactlyInAnyOrder("topical", "microneedling");
    }

    @Test
    void anIvDripIsIntravenous() {
        PageFacts facts = Pages.factsOfText("엑소좀 수액을 정맥으로 투여하는 피로회복 프로그램입니다. 1회 가격 문의.");

        assertThat(facts.routes()).containsExactly("iv");
        assertThat(facts.indications()).containsExactly("fatigue");
    }

    @Test
    void shortWordsInsideLongerOnesNameNothing() {
        PageFacts facts = Pages.factsOfText("""
                코로나 블루로 지친 피부, 엑소좀 시술을 제대로 받으려면 저희 피부과 상담이 먼저입니다.
                지방흡입 후 관리도 예약하실 수 있습니다.
                """);

        assertThat(facts.indications()).doesNotContain("covid19");
        assertThat(facts.sources()).doesNotContain("umbilical_cord");
        assertThat(facts.routes()).doesNotContain("nebulised_inhaled");
    }

    @Test
    void aClinicPageIsMarketingAndARegulatorNewsItemIsNot() {
        PageFacts clinic = Pages.factsOfText("""
                강남 피부과 엑소좀 시술 이벤트
                1회 가격 안내, 카카오톡 상담 및 예약 가능합니다.
                """);
        PageFacts news = Pages.factsOfText("""
                [예시일보 홍길동 기자] 식약처는 무허가 엑소좀 시술을 단속한다고 밝혔다.
                연구팀은 엑소좀의 효과에 대해 추가 연구가 필요하다고 말했다.
                """);

        assertThat(clinic.marketing()).isTrue();
        assertThat(news.marketing()).isFalse();
    }

    @Test
    void anOutcomeVerbSaidOfTheProductAsFactIsAnEfficacyClaim() {
        assertThat(claimsIn("엑소좀 시술은 주름을 개선합니다.")).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claimsIn("엑소좀 시술 후 기미가 옅어지고 피부가 환해집니다.")).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claimsIn("줄기세포 주사로 무릎 통증이 줄었습니다.")).contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aHedgedOutcomeIsNoEfficacyClaim() {
        assertThat(claimsIn("엑소좀 시술은 주름을 개선하여 탄력을 높일 수 있습니다.")).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claimsIn("엑소좀 시술은 피부가 환해지는 데 도움을 줍니다.")).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void anOutcomeOfSomethingElseIsNoEfficacyClaim() {
        assertThat(claimsIn("저희 의원은 엑소좀 시술을 합니다. 충분한 수면을 취하면 피부가 환해집니다.")).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void stromalVascularFractionIsAnAutologousFatCellProduct() {
        PageFacts facts = Pages.factsIn("ko", "저희 병원은 무릎 관절염 환자에게 자가지방 기질혈관분획(SVF) 주사를 시행합니다.");

        assertThat(facts.productTypes()).contains("stem_cell");
        assertThat(facts.sources()).containsExactly("adipose");
        assertThat(facts.donor()).isEqualTo("autologous");
    }

    @Test
    void aQuotedNewHealthTechnologyRecognitionIsAnApprovalClaim() {
        assertThat(claimsIn("이 주사치료는 ‘신의료기술’로 인정받았습니다.")).contains(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void notAnotherPersonsCellsButOnesOwnIsAutologous() {
        PageFacts facts = Pages.factsIn("ko", "타인의 세포가 아닌 자신의 세포에서 추출한 엑소좀으로 시술합니다.");

        assertThat(facts.donor()).isEqualTo("autologous");
    }

    @Test
    void aMythsAndTruthsInterviewIsNoMarketing() {
        PageFacts news = Pages.factsIn("ko", """
                줄기세포 주사, 오해와 진실
                주사 한 번으로 연골이 다시 자란다는 것은 잘못된 정보라고 전문의는 말했다.
                """);

        assertThat(news.marketing()).isFalse();
    }

    private static java.util.Set<ClaimFlag> claimsIn(String text) {
        return Pages.factsIn("ko", text).claims();
    }

    private static java.util.Set<ClaimFlag> claims(String text) {
        return Pages.factsOfText(text).claims();
    }
}
