package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Languages beyond the core seven work by the same mechanism: a term list per language. */
class OtherLanguagesTest {

    @Test
    void frenchClinic() {
        PageFacts facts = Pages.factsOfText("""
                Traitement par exosomes à Paris
                Notre clinique propose des exosomes issus de cordon ombilical, appliqués par microneedling contre les rides et la chute de cheveux.
                Tarif : 890 € la séance. Prenez rendez vous pour une consultation.
                """);

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.language()).isEqualTo("fr");
        assertThat(facts.country()).isEqualTo("FR");
        assertThat(facts.sources()).containsExactly("umbilical_cord");
        assertThat(facts.indications()).containsExactlyInAnyOrder("skin_antiaging", "hair_loss");
        assertThat(facts.routes()).containsExactly("microneedling");
        assertThat(facts.prices()).extracting(Price::currency).containsExactly("EUR");
    }

    @Test
    void russianClinic() {
        PageFacts facts = Pages.factsOfText("""
                Экзосомы в клинике в Москве
                Наша клиника предлагает внутривенные капельницы с экзосомами из пуповины для омоложения и против усталости.
                Стоимость процедуры: 45 000 руб. Запишитесь на консультацию.
                """);

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.language()).isEqualTo("ru");
        assertThat(facts.country()).isEqualTo("RU");
        assertThat(facts.productTypes()).containsExactly("exosome");
        assertThat(facts.routes()).containsExactly("iv");
        assertThat(facts.prices()).extracting(p -> p.amount().intValueExact()).containsExactly(45_000);
    }

    @Test
    void thaiClinic() {
        PageFacts facts = Pages.factsOfText("""
                เอ็กโซโซม ฟื้นฟูผิว คลินิกในกรุงเทพ
                ทรีตเมนต์เอ็กโซโซมร่วมกับไมโครนีดเดิ้ล ช่วยลดริ้วรอยและรูขุมขน ปลอดภัย
                ราคา 15,900 บาท จองคิวหรือปรึกษาแพทย์ได้ทุกวัน
                """);

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.language()).isEqualTo("th");
        assertThat(facts.country()).isEqualTo("TH");
        assertThat(facts.routes()).containsExactly("microneedling");
        assertThat(facts.indications()).containsExactly("skin_antiaging");
        assertThat(facts.prices()).extracting(Price::currency).containsExactly("THB");
    }
}
