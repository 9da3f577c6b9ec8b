package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money in the formats clinic pages use, including full-width digits and East Asian units. */
class PriceReaderTest {

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "$1,500|1500|USD",
                "1.500 €|1500|EUR",
                "1.500,00 €|1500|EUR",
                "€ 990|990|EUR",
                "150,000円|150000|JPY",
                "15万円|150000|JPY",
                "1万5000円|15000|JPY",
                "１５０，０００円|150000|JPY",
                "￥３３０，０００|330000|JPY",
                "USD 2,000|2000|USD",
                "2,000 USD|2000|USD",
                "US$ 2,950|2950|USD",
                "MXN 35,000|35000|MXN",
                "$35,000 MXN|35000|MXN",
                "8.500 pesos|8500|MXN",
                "₩3,000,000|3000000|KRW",
                "300만원|3000000|KRW",
                "9 triệu đồng|9000000|VND",
                "500.000 vnđ|500000|VND",
                "Rp 2.500.000|2500000|IDR",
                "Rp2,5 juta|2500000|IDR",
                "5 juta rupiah|5000000|IDR",
                "750 ribu rupiah|750000|IDR",
                "15.000 TL|15000|TRY",
                "2,500 SAR|2500|SAR",
                "59만 원|590000|KRW",
                "CHF 1'200|1200|CHF",
                "£2,000|2000|GBP",
                "AED 5,000|5000|AED",
                "NT$15,000|15000|TWD",
                "9800元|9800|CNY",
                "2.5万元|25000|CNY",
                "$5k|5000|USD",
                "$2,950.50|2950.50|USD",
                "$35,000 MN|35000|MXN",
                "1,500ドル|1500|USD",
                "2000美元|2000|USD",
                "3,000 달러|3000|USD",
                "1万5千円|15000|JPY"
            })
    void readsTheAmountAndCurrency(String text, String amount, String currency) {
        var folded = NormalizedText.of("Price: " + text + " per session").folded();

        var readings = PriceReader.read(folded, new Language("en", null));

        assertThat(readings).hasSize(1);
        assertThat(readings.getFirst().amount()).isEqualByComparingTo(new BigDecimal(amount));
        assertThat(readings.getFirst().currency()).isEqualTo(currency);
    }

    @Test
    void marketSizeIsNotAPrice() {
        var folded = NormalizedText.of("The exosome market will reach $2.3 billion by 2030.")
                .folded();

        assertThat(PriceReader.read(folded, new Language("en", null))).isEmpty();
    }

    @Test
    void yenSignOnAChinesePageIsYuan() {
        var folded = NormalizedText.of("单次 ¥3,800").folded();

        assertThat(PriceReader.read(folded, new Language("zh", "Hans"))
                        .getFirst()
                        .currency())
                .isEqualTo("CNY");
    }

    @Test
    void pricesPageKeepsEveryFormatWithItsText() {
        PageFacts facts = Pages.facts("prices-mixed.txt");

        assertThat(facts.prices())
                .extracting(Price::currency)
                .contains("USD", "EUR", "JPY", "MXN", "KRW", "CHF", "GBP", "AED", "CNY");
        assertThat(facts.prices()).anyMatch(p -> p.text().equals("MXN 35,000"));
        assertThat(facts.claims()).contains(ClaimFlag.PRICE);
    }
}
