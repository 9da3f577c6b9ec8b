package org.exovigil.vigilance.duplicates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.exovigil.vigilance.model.AgeGroup;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.Dose;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.Patient;
import org.exovigil.vigilance.model.PrimarySource;
import org.exovigil.vigilance.model.Product;
import org.exovigil.vigilance.model.ProductRole;
import org.exovigil.vigilance.model.ProductType;
import org.exovigil.vigilance.model.Qualification;
import org.exovigil.vigilance.model.Reaction;
import org.exovigil.vigilance.model.ReactionOutcome;
import org.exovigil.vigilance.model.ReportIdentification;
import org.exovigil.vigilance.model.ReportType;
import org.exovigil.vigilance.model.Route;
import org.exovigil.vigilance.model.Sex;

/** A report for a test, built field by field; everything not set is unknown. */
final class TestReport {

    private String sender;
    private String worldwide;
    private LocalDate received = LocalDate.of(2025, 3, 10);
    private ReportType type = ReportType.SPONTANEOUS;
    private String country;
    private Integer age;
    private AgeGroup ageGroup;
    private Sex sex;
    private final List<Reaction> reactions = new ArrayList<>();
    private final List<Product> products = new ArrayList<>();
    private final List<PrimarySource> sources = new ArrayList<>();
    private String narrative;

    private TestReport(String sender) {
        this.sender = sender;
    }

    static TestReport report(String sender) {
        return new TestReport(sender);
    }

    TestReport worldwideId(String id) {
        this.worldwide = id;
        return this;
    }

    TestReport received(LocalDate date) {
        this.received = date;
        return this;
    }

    TestReport type(ReportType reportType) {
        this.type = reportType;
        return this;
    }

    TestReport country(String code) {
        this.country = code;
        return this;
    }

    TestReport age(Integer years) {
        this.age = years;
        return this;
    }

    TestReport ageGroup(AgeGroup group) {
        this.ageGroup = group;
        return this;
    }

    TestReport sex(Sex value) {
        this.sex = value;
        return this;
    }

    TestReport reaction(String term, LocalDate onset) {
        reactions.add(new Reaction(term, null, onset, null, Set.of(), null));
        return this;
    }

    TestReport reaction(String term, LocalDate onset, ReactionOutcome outcome) {
        reactions.add(new Reaction(term, null, onset, outcome, Set.of(), null));
        return this;
    }

    TestReport coded(String term, String meddraCode, LocalDate onset) {
        reactions.add(new Reaction(term, new CodedTerm("meddra", "27.1", meddraCode), onset, null, Set.of(), null));
        return this;
    }

    TestReport product(String name, String lot, String provider, LocalDate startedOn) {
        products.add(new Product(
                ProductRole.SUSPECT, name, ProductType.EXOSOME, lot, Route.IV, provider, null, startedOn, null, null));
        return this;
    }

    TestReport product(ProductRole role, String name) {
        products.add(new Product(role, name, null, null, null, null, null, null, null, null));
        return this;
    }

    TestReport dosedProduct(String name, LocalDate startedOn) {
        products.add(new Product(
                ProductRole.SUSPECT,
                name,
                ProductType.EXOSOME,
                null,
                Route.IV,
                null,
                new Dose(BigDecimal.ONE, "vial", null),
                startedOn,
                null,
                null));
        return this;
    }

    TestReport reporter(String name, String organisation, Qualification qualification) {
        sources.add(new PrimarySource(name, organisation, null, qualification, null));
        return this;
    }

    TestReport narrative(String text) {
        this.narrative = text;
        return this;
    }

    IndividualCaseSafetyReport build() {
        var identification = new ReportIdentification(
                sender,
                worldwide == null ? sender : worldwide,
                1,
                received,
                received,
                type,
                country,
                null,
                List.of(),
                null,
                null);
        return new IndividualCaseSafetyReport(
                identification,
                sources,
                new Patient(
                        null, age, ageGroup, sex, null, null, null, null, null, null, List.of(), List.of(), null, null),
                reactions,
                products,
                List.of(),
                narrative,
                null);
    }

    CaseFacts facts(String id) {
        return CaseFacts.of(id, build());
    }
}
