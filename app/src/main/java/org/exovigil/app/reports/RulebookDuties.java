package org.exovigil.app.reports;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exovigil.rulebook.Assessment;
import org.exovigil.rulebook.Citation;
import org.exovigil.rulebook.Rulebook;
import org.exovigil.vigilance.clock.Basis;
import org.exovigil.vigilance.clock.DutyCondition;
import org.exovigil.vigilance.clock.DutyQuery;
import org.exovigil.vigilance.clock.ReportingDuties;
import org.exovigil.vigilance.clock.ReportingDuty;
import org.exovigil.vigilance.clock.Setting;
import org.exovigil.vigilance.model.Coded;
import org.exovigil.vigilance.model.ProductType;

/**
 * The law's duties to report a case, taken from the rulebook: for the country where the reaction
 * occurred, each suspected product's type and the setting, on day 0, the rulebook's reporting entries
 * become the vigilance core's duties. A duty the rulebook records without a start date has been in
 * force as long as the case can be dated.
 */
final class RulebookDuties implements ReportingDuties {

    private static final LocalDate SINCE_EVER = LocalDate.of(1900, 1, 1);

    private final Rulebook rulebook;
    // The rulebook is immutable once loaded, so its answer for a country, product type, setting and day
    // never changes; every report asks, and most ask the same few questions.
    private final LoadingCache<Question, List<Assessment.ReportingDuty>> answers;

    RulebookDuties(Rulebook rulebook) {
        this.rulebook = rulebook;
        this.answers = Caffeine.newBuilder()
                .maximumSize(10_000)
                .build(question -> this.rulebook.reportingDuties(
                        question.country(), question.productType(), question.setting(), question.on()));
    }

    private record Question(String country, String productType, String setting, LocalDate on) {}

    /**
     * The duties for a case; none when the report does not say where the reaction occurred (a partial
     * report is still a report, and the vigilance core then keeps its voluntary clock).
     */
    @Override
    public List<ReportingDuty> dutiesFor(DutyQuery query) {
        if (query.country() == null || query.country().isBlank()) {
            return List.of();
        }
        Map<String, ReportingDuty> duties = new LinkedHashMap<>();
        for (ProductType type : query.productTypes()) {
            String code = type == null ? null : type.code();
            for (Assessment.ReportingDuty duty : answers.get(
                    new Question(query.country(), code, query.setting().code(), query.on()))) {
                duties.merge(duty.id(), duty(query, type, duty), RulebookDuties::covering);
            }
        }
        return List.copyOf(duties.values());
    }

    private static ReportingDuty duty(DutyQuery query, ProductType type, Assessment.ReportingDuty duty) {
        Citation citation = duty.citations().isEmpty() ? null : duty.citations().getFirst();
        return new ReportingDuty(
                duty.id(),
                query.country(),
                duty.to(),
                Coded.fromCode(Setting.class, duty.setting()).orElse(query.setting()),
                type == null ? Set.of(ProductType.values()) : Set.of(type),
                duty.to(),
                Coded.fromCode(DutyCondition.class, duty.condition()).orElseThrow(),
                duty.days(),
                duty.periodDays(),
                false,
                citation == null
                        ? new Basis(duty.to(), null, "unverified")
                        : new Basis(citation.source(), citation.url(), citation.status()),
                duty.effectiveFrom() == null ? SINCE_EVER : duty.effectiveFrom(),
                duty.effectiveTo());
    }

    /** The same duty found for several product types covers all of them. */
    private static ReportingDuty covering(ReportingDuty one, ReportingDuty other) {
        var types = new ArrayList<>(one.productTypes());
        types.addAll(other.productTypes());
        return new ReportingDuty(
                one.id(),
                one.jurisdiction(),
                one.regime(),
                one.setting(),
                Set.copyOf(types),
                one.recipient(),
                one.condition(),
                one.days(),
                one.periodDays(),
                one.voluntary(),
                one.basis(),
                one.effectiveFrom(),
                one.effectiveTo());
    }
}
