package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Survey tables count businesses, not pages, over marketing pages only. */
class SurveyTest {

    private static PageFacts page(String url, String country, List<String> routes, List<Price> prices) {
        return new PageFacts(
                url,
                url,
                true,
                "en",
                country,
                List.of("exosome"),
                List.of("unspecified"),
                null,
                List.of("skin_antiaging"),
                routes,
                prices,
                Set.of(ClaimFlag.SAFETY_CLAIM),
                List.of());
    }

    private static PageFacts news() {
        return new PageFacts(
                "news.html",
                null,
                false,
                "en",
                null,
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                Set.of(),
                List.of());
    }

    @Test
    void pagesOfOneSiteCountOnceAndNewsNotAtAll() {
        var survey = Survey.of(
                List.of(
                        page("https://www.a.example/exo", "US", List.of("iv"), List.of()),
                        page(
                                "https://a.example/prices",
                                "US",
                                List.of(),
                                List.of(new Price(new BigDecimal("5000"), "USD", "$5,000"))),
                        page(
                                "https://b.example.jp/",
                                "JP",
                                List.of(),
                                List.of(new Price(new BigDecimal("330000"), "JPY", "330,000円"))),
                        news()),
                Map.of("JPY", new BigDecimal("0.0067")));

        assertThat(survey.pages()).isEqualTo(4);
        assertThat(survey.businesses()).isEqualTo(2);
        assertThat(row(survey, "by_country", "US")).isEqualTo(new SurveyTable.Row("US", "United States", 1, 50.0));
        assertThat(row(survey, "by_route", "iv").n()).isEqualTo(1);
        assertThat(row(survey, "by_route", "not_stated").n()).isEqualTo(1);
        assertThat(row(survey, "by_claim", "safety_claim").percent()).isEqualTo(100.0);
        assertThat(survey.prices()).anySatisfy(p -> {
            assertThat(p.currency()).isEqualTo("JPY");
            assertThat(p.medianUsd()).isEqualByComparingTo("2211.00");
        });
    }

    @Test
    void writesOneCsvPerTable(@TempDir Path dir) throws IOException {
        var survey = Survey.of(
                List.of(Pages.facts("ja-clinic.html"), Pages.facts("es-mexico.html"), Pages.facts("en-news.html")),
                Map.of());

        survey.writeTo(dir);

        assertThat(dir.resolve("by_country.csv")).hasContent("""
                code,label,n,percent
                JP,Japan,1,50.0
                MX,Mexico,1,50.0""");
        for (String table : List.of(
                "by_product_type", "by_source", "by_donor", "by_indication", "by_route", "by_claim", "prices")) {
            assertThat(Files.readAllLines(dir.resolve(table + ".csv")).getFirst())
                    .startsWith(table.equals("prices") ? "currency,n,min,median,max" : "code,label,n,percent");
        }
        assertThat(survey.summary()).contains("3 pages read; 2 marketing businesses.");
    }

    private static SurveyTable.Row row(Survey survey, String table, String code) {
        return survey.tables().stream().filter(t -> t.name().equals(table)).findFirst().orElseThrow().rows().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
