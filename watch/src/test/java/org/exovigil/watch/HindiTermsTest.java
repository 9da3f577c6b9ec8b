package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hindi claim rules, on short sentences written for the test; hi.tsv is read on pages detected as Hindi. */
class HindiTermsTest {

    private static PageFacts facts(String text) {
        return Pages.factsIn("hi", text);
    }

    @Test
    void anAssuranceOfSafetyIsASafetyClaim() {
        assertThat(facts("यह ट्रीटमेंट पूरी तरह सुरक्षित है।").claims()).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void noSideEffectsIsASafetyClaim() {
        assertThat(facts("इस थेरेपी का कोई साइड इफेक्ट नहीं है।").claims()).contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aListOfRisksIsNoSafetyClaim() {
        assertThat(facts("संभावित साइड इफेक्ट्स: लालिमा, सूजन और हल्का दर्द।").claims())
                .doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void notSafeIsNoSafetyClaim() {
        assertThat(facts("गर्भावस्था में यह इलाज सुरक्षित नहीं है।").claims()).doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aHedgeWithdrawsEfficacy() {
        assertThat(facts("यह थेरेपी कुछ लोगों में असरदार हो सकती है।").claims())
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void anAssertionKeepsEfficacy() {
        assertThat(facts("यह थेरेपी झुर्रियों पर बेहद असरदार है।").claims()).contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void notApprovedIsADisclaimerNotAnApprovalClaim() {
        assertThat(facts("यह उपचार एफडीए द्वारा अनुमोदित नहीं है।").claims())
                .contains(ClaimFlag.DISCLAIMER_UNAPPROVED)
                .doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void approvedIsAnApprovalClaim() {
        assertThat(facts("हमारे सभी उत्पाद एफडीए द्वारा अनुमोदित हैं।").claims())
                .contains(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void beforeAndAfterIsTestimonials() {
        assertThat(facts("हमारे मरीजों की पहले और बाद की तस्वीरें देखें।").claims())
                .contains(ClaimFlag.TESTIMONIALS);
    }

    @Test
    void aClinicOfferingExosomesWithMicroneedling() {
        PageFacts facts = facts(
                "हमारे क्लिनिक में एक्सोसोम थेरेपी माइक्रोनीडलिंग के साथ दी जाती है। यह हेयर फॉल और झुर्रियों के लिए है। आज ही अपॉइंटमेंट बुक करें।");

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.productTypes()).containsExactly("exosome");
        assertThat(facts.routes()).containsExactly("microneedling");
        assertThat(facts.indications()).containsExactlyInAnyOrder("hair_loss", "skin_antiaging");
    }

    @Test
    void aNewsExplainerIsNotMarketing() {
        PageFacts facts = facts(
                "विशेषज्ञों का कहना है कि एक्सोसोम थेरेपी के दावे अभी साबित नहीं हुए हैं। रिपोर्ट के मुताबिक कई क्लिनिक इसका ट्रीटमेंट बेचते हैं।");

        assertThat(facts.marketing()).isFalse();
        assertThat(facts.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void anOutcomeVerbSaidOfTheProductAsFactIsAnEfficacyClaim() {
        PageFacts said = facts("एक्सोसोम थेरेपी झुर्रियों को कम करती है और त्वचा में निखार लाती है।");
        PageFacts hedged = facts("माना जाता है कि एक्सोसोम थेरेपी झुर्रियों को कम करती है।");
        PageFacts elsewhere = facts("हम अपने क्लिनिक में एक्सोसोम थेरेपी देते हैं। अच्छी नींद तनाव को कम करती है।");

        assertThat(said.claims()).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(hedged.claims()).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(elsewhere.claims()).as("said of sleep, not of the product").doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aPoliceRaidIsNewsNotMarketing() {
        PageFacts facts =
                facts("पुलिस ने एक्सोसोम इंजेक्शन बेचने वाले फर्जी क्लिनिक पर छापा मारा और मालिक को गिरफ्तार किया।");

        assertThat(facts.marketing()).isFalse();
    }
}
