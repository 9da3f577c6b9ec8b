package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Vietnamese term list read as a specification of how Vietnamese clinic pages state their claims.
 * Vietnamese puts a space between syllables and one syllable is often part of an unrelated word (giá in
 * đánh giá, tiêm in tiêm chủng), so terms are phrases. Sentences are written for this test.
 */
class VietnameseTermsTest {

    @Test
    void anAssertionOfSafetyIsASafetyClaim() {
        assertThat(claims("Liệu trình exosome an toàn cho mọi loại da.")).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aNegatedRiskIsASafetyClaim() {
        assertThat(claims("Tiêm exosome không gây tác dụng phụ.")).contains(ClaimFlag.SAFETY_CLAIM);
        assertThat(claims("Tế bào gốc tự thân không bị đào thải.")).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aListOfRisksIsNoSafetyClaimAndNeitherIsAnUnsafeOne() {
        assertThat(claims("""
                Tác dụng phụ có thể gặp:
                Sưng nhẹ
                Đỏ da
                """)).doesNotContain(ClaimFlag.SAFETY_CLAIM);
        assertThat(claims("Tiêm tế bào gốc ở cơ sở không phép là không an toàn."))
                .doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aHedgeWithdrawsEfficacyAndAnAssertionKeepsIt() {
        assertThat(claims("Exosome có thể giúp cải thiện rõ rệt nếp nhăn.")).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claims("Exosome mang lại hiệu quả rõ rệt sau một liệu trình."))
                .contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claims("Phương pháp đã được chứng minh lâm sàng, có thể áp dụng cho nhiều người."))
                .contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aDisclaimerOfNonApprovalIsADisclaimerAndNotAnApprovalClaim() {
        var claims = claims("Liệu pháp exosome dạng tiêm chưa được Bộ Y tế cấp phép.");

        assertThat(claims).contains(ClaimFlag.DISCLAIMER_UNAPPROVED).doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void anApprovalClaimIsOne() {
        assertThat(claims("Phòng khám được Sở Y tế cấp phép hoạt động.")).contains(ClaimFlag.APPROVAL_CLAIM);
        assertThat(claims("Sản phẩm của chúng tôi được sản xuất đạt chuẩn GMP."))
                .contains(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void customerFeedbackIsATestimonialButAssessingTheSkinIsNot() {
        assertThat(claims("Hình ảnh trước và sau khi tiêm exosome của khách hàng."))
                .contains(ClaimFlag.TESTIMONIALS);
        assertThat(claims("Bác sĩ đánh giá tình trạng da trước khi điều trị.")).doesNotContain(ClaimFlag.TESTIMONIALS);
    }

    @Test
    void aKneeClinicOffersTheRouteTheTissueAndTheDonorItNames() {
        PageFacts facts = Pages.factsOfText("""
                Phòng khám chúng tôi thực hiện tiêm tế bào gốc tự thân từ mô mỡ vào khớp gối cho bệnh nhân thoái hóa khớp.
                Đặt lịch tư vấn qua hotline.
                """);

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.language()).isEqualTo("vi");
        assertThat(facts.productTypes()).containsExactly("stem_cell");
        assertThat(facts.sources()).containsExactly("adipose");
        assertThat(facts.donor()).isEqualTo("autologous");
        assertThat(facts.routes()).containsExactly("intra_articular");
        assertThat(facts.indications()).containsExactly("orthopedic_joint");
    }

    @Test
    void aVaccinationIsNoRouteAndAnAssessmentIsNoPrice() {
        PageFacts facts = Pages.factsOfText("""
                Exosome được thoa trực tiếp lên làn da sau khi lăn kim, là liệu trình trẻ hóa cho người có nếp nhăn.
                Phòng khám cũng có dịch vụ tiêm chủng và bác sĩ đánh giá làn da miễn phí.
                """);

        assertThat(facts.routes()).containsExactlyInAnyOrder("topical", "microneedling");
        assertThat(facts.indications()).containsExactly("skin_antiaging");
    }

    @Test
    void aClinicPageIsMarketingAndARegulatorNewsItemIsNot() {
        PageFacts clinic = Pages.factsOfText("""
                Trẻ hóa da bằng exosome tại phòng khám của chúng tôi.
                Bảng giá liệu trình và ưu đãi tháng này: đặt lịch qua hotline.
                """);
        PageFacts news = Pages.factsOfText("""
                Theo phóng viên, nhiều cơ sở tiêm tế bào gốc trái phép đã bị xử phạt.
                Đại diện Sở Y tế cho biết sẽ tiếp tục thanh tra các cơ sở này.
                """);

        assertThat(clinic.marketing()).isTrue();
        assertThat(news.marketing()).isFalse();
    }

    @Test
    void anOutcomeVerbSaidOfTheProductAsFactIsAnEfficacyClaim() {
        assertThat(claimsIn("Exosome làm mờ nám và se khít lỗ chân lông.")).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claimsIn("Liệu pháp tế bào gốc cải thiện tình trạng đau khớp gối."))
                .contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aHedgedOutcomeIsNoEfficacyClaim() {
        assertThat(claimsIn("Exosome có thể làm mờ nám.")).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claimsIn("Exosome giúp cải thiện làn da của bạn sau mỗi lần điều trị."))
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void anOutcomeOfSomethingElseIsNoEfficacyClaim() {
        assertThat(claimsIn("Phòng khám có dịch vụ exosome. Ngủ đủ giấc làm mờ quầng thâm mắt."))
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void anInfusionIntoTheBodyIsIntravenousButSignallingIsNot() {
        assertThat(Pages.factsIn("vi", "Tế bào gốc được truyền vào cơ thể người bệnh tại phòng khám.")
                        .routes())
                .containsExactly("iv");
        assertThat(Pages.factsIn("vi", "Exosome truyền tín hiệu giữa các tế bào trong cơ thể.")
                        .routes())
                .isEmpty();
    }

    @Test
    void aPoliceRaidIsNoMarketing() {
        PageFacts news = Pages.factsIn("vi", """
                Công an bắt quả tang một cơ sở tiêm chui tế bào gốc không rõ nguồn gốc.
                Nhiều nạn nhân đã phải nhập viện vì biến chứng.
                """);

        assertThat(news.marketing()).isFalse();
    }

    private static Set<ClaimFlag> claimsIn(String text) {
        return Pages.factsIn("vi", text).claims();
    }

    private static Set<ClaimFlag> claims(String text) {
        return Pages.factsOfText(text).claims();
    }
}
