package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Thai term list read as a specification of how Thai clinic pages state their claims. Thai has no
 * spaces between words, so terms match inside words and short ones (อย., ฉีด, อาจ) are listed as phrases
 * or guarded by excludes. Sentences are written for this test.
 */
class ThaiTermsTest {

    @Test
    void anAssertionOfSafetyIsASafetyClaim() {
        assertThat(claims("ทรีตเมนต์เอ็กโซโซมของเราปลอดภัยสำหรับทุกสภาพผิว")).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aNegatedRiskIsASafetyClaim() {
        assertThat(claims("การฉีดเอ็กโซโซมไม่มีผลข้างเคียง")).contains(ClaimFlag.SAFETY_CLAIM);
        assertThat(claims("สเต็มเซลล์ของผู้ป่วยเองไม่เกิดการต่อต้าน")).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aListOfRisksOrASafetyQuestionIsNoSafetyClaim() {
        assertThat(claims("""
                ผลข้างเคียงที่อาจพบได้
                ผิวแดง
                บวมเล็กน้อย
                """)).doesNotContain(ClaimFlag.SAFETY_CLAIM);
        assertThat(claims("ฉีดสเต็มเซลล์ปลอดภัยหรือไม่")).doesNotContain(ClaimFlag.SAFETY_CLAIM);
        assertThat(claims("ทำเอ็กโซโซมปลอดภัยไหม")).doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aHedgeWithdrawsEfficacyAndAnAssertionKeepsIt() {
        assertThat(claims("เอ็กโซโซมอาจช่วยลดริ้วรอยได้")).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claims("ทรีตเมนต์เอ็กโซโซมลดริ้วรอยได้ผลจริง")).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claims("ผลการรักษาพิสูจน์แล้ว แต่ละบุคคลอาจแตกต่างกันไป")).contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aDisclaimerOfNonApprovalIsADisclaimerAndNotAnApprovalClaim() {
        var claims = claims("เอ็กโซโซมสำหรับฉีดยังไม่ได้รับการรับรองจาก อย.");

        assertThat(claims).contains(ClaimFlag.DISCLAIMER_UNAPPROVED).doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void anApprovalClaimIsOne() {
        assertThat(claims("ผลิตภัณฑ์เอ็กโซโซมของเราผ่าน อย. ทุกล็อต")).contains(ClaimFlag.APPROVAL_CLAIM);
        assertThat(claims("คลินิกได้รับอนุญาตจากกระทรวงสาธารณสุข")).contains(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void aWordEndingInTheLettersOfTheDrugAgencyIsNoApproval() {
        assertThat(claims("หลังทำอาจมีรอยแดงเล็กน้อย.")).doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void reviewsAndBeforeAfterCasesAreTestimonials() {
        assertThat(claims("รีวิวเคสจริงก่อนและหลังทำเอ็กโซโซม")).contains(ClaimFlag.TESTIMONIALS);
    }

    @Test
    void aKneeClinicOffersAnIntraArticularStemCellInjection() {
        PageFacts facts = Pages.factsOfText("""
                คลินิกของเราให้บริการฉีดสเต็มเซลล์เข้าข้อเข่า สำหรับผู้ที่มีข้อเข่าเสื่อม
                ปรึกษาแพทย์ได้ทุกวัน
                """);

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.language()).isEqualTo("th");
        assertThat(facts.productTypes()).containsExactly("stem_cell");
        assertThat(facts.sources()).containsExactly("unspecified");
        assertThat(facts.routes()).containsExactly("intra_articular");
        assertThat(facts.indications()).containsExactly("orthopedic_joint");
    }

    @Test
    void aVaccineInjectionIsNoRouteAndATeacherIsNoHedge() {
        PageFacts facts = Pages.factsOfText("""
                ทรีตเมนต์เอ็กโซโซมทาผิวหลังเลเซอร์ โดยอาจารย์แพทย์ผิวหนัง เห็นผลชัดเจน
                คลินิกมีบริการฉีดวัคซีนด้วย จองคิวได้ทางไลน์
                """);

        assertThat(facts.routes()).containsExactlyInAnyOrder("topical", "microneedling");
        assertThat(facts.claims()).contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aClinicPageIsMarketingAndARegulatorNewsItemIsNot() {
        PageFacts clinic = Pages.factsOfText("""
                เอ็กโซโซมฟื้นฟูผิว โปรโมชั่นเดือนนี้
                ราคาพิเศษ จองคิวหรือสอบถามได้ที่คลินิกของเรา
                """);
        PageFacts news = Pages.factsOfText("""
                ผู้สื่อข่าวรายงานว่า หน่วยงานสาธารณสุขเตือนประชาชนว่าการฉีดสเต็มเซลล์เพื่อความงามในสถานที่ที่ไม่ได้รับอนุญาตผิดกฎหมาย
                """);

        assertThat(clinic.marketing()).isTrue();
        assertThat(news.marketing()).isFalse();
    }

    @Test
    void anOutcomeVerbSaidOfTheProductAsFactIsAnEfficacyClaim() {
        assertThat(claimsIn("เอ็กโซโซมทำให้ผิวกระจ่างใสขึ้น")).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claimsIn("ทรีตเมนต์เอ็กโซโซมลดเลือนริ้วรอย")).contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aHedgedOutcomeIsNoEfficacyClaim() {
        assertThat(claimsIn("เอ็กโซโซมช่วยให้ผิวกระจ่างใสขึ้น")).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claimsIn("เอ็กโซโซมอาจลดเลือนริ้วรอย")).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void anOutcomeOfSomethingElseIsNoEfficacyClaim() {
        assertThat(claimsIn("คลินิกมีบริการเอ็กโซโซม\nการนอนหลับเพียงพอทำให้ผิวกระจ่างใสขึ้น"))
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void stemCellsNameTheTreatmentButExosomesMadeFromThemAreExosomes() {
        assertThat(Pages.factsIn("th", "ข้อควรรู้ก่อนฉีด สเต็มเซลล์ เพื่อคงความเยาว์วัย จองคิวได้ที่คลินิก")
                        .productTypes())
                .containsExactly("stem_cell");
        assertThat(Pages.factsIn("th", "ทรีตเมนต์เอ็กโซโซมจากสเต็มเซลล์ จองคิวได้ที่คลินิก")
                        .productTypes())
                .containsExactly("exosome");
    }

    @Test
    void aPoliceRaidIsNoMarketing() {
        PageFacts news = Pages.factsIn("th", "ตำรวจบุกจับคลินิกเถื่อนฉีดสเต็มเซลล์ ผู้ต้องหาถูกแจ้งข้อหาและยึดของกลาง");

        assertThat(news.marketing()).isFalse();
    }

    private static Set<ClaimFlag> claimsIn(String text) {
        return Pages.factsIn("th", text).claims();
    }

    private static Set<ClaimFlag> claims(String text) {
        return Pages.factsOfText(text).claims();
    }
}
