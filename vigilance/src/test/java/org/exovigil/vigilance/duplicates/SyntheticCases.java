package org.exovigil.vigilance.duplicates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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

/**
 * A seeded synthetic case store with known duplicates, for measuring precision and recall. Distinct
 * cases are drawn with a realistic spread: adult patients, about 2 in 3 women; 300 clinics of Zipf-like
 * size, each stocking a few of 200 products (Zipf); 1 to 4 events each from 500 (Zipf, s = 1.1), coded
 * in 70 % of cases; administration dates over three years; a few lots per product; the clinic's staff as
 * reporters; 25 countries. Then a share of the cases gets one or two more reports, each rendered from the
 * same true case with its own blanks and errors: typos in product, event and reporter names, dropped
 * fields, onset shifted by a few days, age off by one, an event added or dropped, another reporter (the
 * patient), coding switched, and some naming the first report's id. Every report, the first included,
 * goes through the same rendering, as every report is an imperfect record of the case.
 */
final class SyntheticCases {

    static final LocalDate START = LocalDate.of(2023, 1, 1);
    static final int DAYS = 3 * 365;

    private static final String[] SYMPTOMS = {
        "headache",
        "rash",
        "fever",
        "nausea",
        "swelling",
        "pain",
        "erythema",
        "pruritus",
        "fatigue",
        "dizziness",
        "infection",
        "abscess",
        "urticaria",
        "oedema",
        "myalgia",
        "arthralgia",
        "chills",
        "vomiting",
        "syncope",
        "dyspnoea",
        "hypotension",
        "tachycardia",
        "anaphylaxis",
        "granuloma",
        "necrosis",
        "cellulitis",
        "sepsis",
        "bruising",
        "haematoma",
        "paraesthesia",
        "blurred vision",
        "insomnia",
        "anxiety",
        "alopecia",
        "acne",
        "hyperpigmentation",
        "nodule",
        "induration",
        "warmth",
        "discharge"
    };
    private static final String[] QUALIFIERS = {
        "",
        "injection site ",
        "severe ",
        "localised ",
        "generalised ",
        "facial ",
        "scalp ",
        "joint ",
        "skin ",
        "post-procedural ",
        "delayed ",
        "recurrent ",
        "acute "
    };
    private static final String[] STEMS = {
        "Exo", "Cyto", "Vesi", "Regen", "Stema", "Bio", "Neo", "Derma", "Vita", "Lumi", "Secre", "Plasmo", "Aura",
        "Cellu", "Juva", "Revi", "Nano", "Theri", "Kine", "Osteo"
    };
    private static final String[] ENDINGS = {
        "vance", "gen", "lux", "cell", "sera", "max", "pure", "tide", "genix", "lift"
    };
    private static final String[] FORMS = {"Serum", "Infusion", "Gel", "Concentrate", "Ampoule"};
    private static final String[] CITIES = {
        "Tokyo", "Osaka", "Nagoya", "Seoul", "Busan", "Bangkok", "Dubai", "Miami", "Cancun", "Tijuana",
        "Istanbul", "Antalya", "Kyiv", "Prague", "Madrid", "Lisbon", "Athens", "Cyprus", "Sydney", "Auckland"
    };
    private static final String[] CLINIC_WORDS = {
        "Regenerative",
        "Longevity",
        "Wellness",
        "Aesthetic",
        "Cell Therapy",
        "Rejuvenation",
        "Skin",
        "Anti-Ageing",
        "Vitality",
        "Renewal",
        "Beauty",
        "Stem",
        "Bio",
        "Harmony",
        "Prime"
    };
    private static final String[] GIVEN = {
        "Aiko", "Akira", "Anna", "Ben", "Carlos", "Chen", "Daniel", "Elena", "Emma", "Fatima", "Hana", "Hiro", "Ivan",
        "Jae", "Jin", "Julia", "Kenji", "Laura", "Lena", "Luis", "Maria", "Mei", "Min", "Nadia", "Noah", "Olga", "Omar",
        "Paulo", "Priya", "Ravi", "Rin", "Sara", "Sofia", "Taro", "Tomas", "Yuki", "Yusuf", "Zoe"
    };
    private static final String[] FAMILY = {
        "Sato",
        "Suzuki",
        "Takahashi",
        "Tanaka",
        "Watanabe",
        "Ito",
        "Yamamoto",
        "Nakamura",
        "Kim",
        "Lee",
        "Park",
        "Choi",
        "Wang",
        "Li",
        "Zhang",
        "Nguyen",
        "Garcia",
        "Martinez",
        "Lopez",
        "Gonzalez",
        "Silva",
        "Santos",
        "Smith",
        "Johnson",
        "Brown",
        "Miller",
        "Davis",
        "Wilson",
        "Novak",
        "Kovacs",
        "Petrov",
        "Ivanova",
        "Yilmaz",
        "Kaya",
        "Demir",
        "Haddad",
        "Khan",
        "Patel",
        "Singh",
        "Mueller",
        "Schmidt",
        "Rossi",
        "Russo",
        "Costa",
        "Dubois",
        "Moreau",
        "Jansen",
        "Berg",
        "Nilsson",
        "Olsen"
    };
    private static final String[] COUNTRIES = {
        "JP", "KR", "TH", "AE", "US", "MX", "TR", "UA", "CZ", "ES", "PT", "GR", "CY", "AU", "NZ", "DE", "GB", "FR",
        "IT", "BR", "CN", "TW", "SG", "MY", "PH"
    };

    /** The generated reports and which true case each reports. */
    record Store(List<CaseFacts> cases, Map<String, String> trueCaseOf) {

        /** Every pair of reports of one true case, as "first|second" with the ids in order. */
        Set<String> truePairs() {
            Map<String, List<String>> reports = new HashMap<>();
            trueCaseOf.forEach((report, truth) ->
                    reports.computeIfAbsent(truth, t -> new ArrayList<>()).add(report));
            Set<String> pairs = new HashSet<>();
            for (List<String> group : reports.values()) {
                List<String> sorted = group.stream().sorted().toList();
                for (int x = 0; x < sorted.size(); x++) {
                    for (int y = x + 1; y < sorted.size(); y++) {
                        pairs.add(key(sorted.get(x), sorted.get(y)));
                    }
                }
            }
            return pairs;
        }

        long trueCases() {
            return trueCaseOf.values().stream().distinct().count();
        }
    }

    static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    private final Random random;
    private final List<String> products = new ArrayList<>();
    private final List<List<String>> lotsOf = new ArrayList<>();
    private final List<String> eventTerms = new ArrayList<>();
    private final List<String> eventCodes = new ArrayList<>();
    private final List<String> clinics = new ArrayList<>();
    private final List<int[]> stockOf = new ArrayList<>();
    private final List<List<String>> staffOf = new ArrayList<>();
    private final Zipf productZipf;
    private final Zipf eventZipf;
    private final Zipf clinicZipf;
    private final Zipf countryZipf;

    private SyntheticCases(long seed) {
        random = new Random(seed);
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < 200) {
            names.add(pick(STEMS) + pick(ENDINGS) + " " + pick(FORMS));
        }
        products.addAll(names);
        for (String product : products) {
            String prefix = product.substring(0, 3).toUpperCase();
            List<String> lots = new ArrayList<>();
            for (int k = 0, n = 3 + random.nextInt(12); k < n; k++) {
                lots.add("%s-%02d%03d".formatted(prefix, 23 + random.nextInt(3), random.nextInt(1000)));
            }
            lotsOf.add(lots);
        }
        List<String> terms = new ArrayList<>();
        for (String qualifier : QUALIFIERS) {
            for (String symptom : SYMPTOMS) {
                terms.add(qualifier + symptom);
            }
        }
        java.util.Collections.shuffle(terms, random);
        for (int e = 0; e < 500; e++) {
            eventTerms.add(terms.get(e));
            eventCodes.add(String.valueOf(10_000_000 + e * 37 + 11));
        }
        Set<String> clinicNames = new LinkedHashSet<>();
        while (clinicNames.size() < 300) {
            clinicNames.add(pick(CITIES) + " " + pick(CLINIC_WORDS) + " Clinic"
                    + (random.nextInt(4) == 0 ? " " + (2 + random.nextInt(8)) : ""));
        }
        clinics.addAll(clinicNames);
        productZipf = new Zipf(products.size(), 1.0);
        eventZipf = new Zipf(eventTerms.size(), 1.1);
        clinicZipf = new Zipf(clinics.size(), 1.0);
        countryZipf = new Zipf(COUNTRIES.length, 1.3);
        for (int c = 0; c < clinics.size(); c++) {
            int[] stock = new int[1 + random.nextInt(5)];
            for (int k = 0; k < stock.length; k++) {
                stock[k] = productZipf.next(random);
            }
            stockOf.add(stock);
            List<String> staff = new ArrayList<>();
            for (int k = 0, n = 1 + random.nextInt(4); k < n; k++) {
                staff.add("Dr " + pick(GIVEN) + " " + pick(FAMILY));
            }
            staffOf.add(staff);
        }
    }

    /**
     * {@code distinct} true cases, of which {@code duplicatedShare} get one (70 %) or two (30 %) more
     * reports.
     */
    static Store generate(long seed, int distinct, double duplicatedShare) {
        return new SyntheticCases(seed).store(distinct, duplicatedShare);
    }

    private Store store(int distinct, double duplicatedShare) {
        List<CaseFacts> cases = new ArrayList<>();
        Map<String, String> truth = new HashMap<>();
        int reportNumber = 0;
        for (int t = 0; t < distinct; t++) {
            TrueCase trueCase = trueCase();
            int reports = 1 + (random.nextDouble() < duplicatedShare ? (random.nextDouble() < 0.7 ? 1 : 2) : 0);
            String firstSenderId = null;
            LocalDate firstReceived = trueCase.onset.plusDays(1 + random.nextInt(60));
            for (int r = 0; r < reports; r++) {
                String id = "R%07d".formatted(reportNumber++);
                String senderId = "S%07d-%s".formatted(random.nextInt(10_000_000), id);
                LocalDate received = r == 0 ? firstReceived : firstReceived.plusDays(random.nextInt(121));
                CaseFacts facts = CaseFacts.of(id, render(trueCase, senderId, received));
                if (r > 0 && random.nextDouble() < 0.15) {
                    facts = facts.withReferencedIds(List.of(firstSenderId));
                }
                firstSenderId = r == 0 ? senderId : firstSenderId;
                cases.add(facts);
                truth.put(id, "T" + t);
            }
        }
        // report ids say nothing of the true case: shuffle so that neighbours in id order are unrelated
        java.util.Collections.shuffle(cases, random);
        return new Store(cases, truth);
    }

    private record TrueProduct(String name, String lot, LocalDate startedOn) {}

    private record TrueCase(
            int age,
            Sex sex,
            LocalDate onset,
            List<TrueProduct> products,
            List<Integer> events,
            boolean coded,
            String clinic,
            String reporter,
            String country) {}

    private TrueCase trueCase() {
        int age = (int) Math.round(Math.max(18, Math.min(90, 48 + 15 * random.nextGaussian())));
        Sex sex = random.nextDouble() < 0.65 ? Sex.FEMALE : Sex.MALE;
        int clinic = clinicZipf.next(random);
        LocalDate given = START.plusDays(random.nextInt(DAYS));
        LocalDate onset = given.plusDays((long) Math.floor(-Math.log(1 - random.nextDouble()) * 3));
        int[] stock = stockOf.get(clinic);
        List<TrueProduct> taken = new ArrayList<>();
        Set<Integer> chosen = new LinkedHashSet<>();
        chosen.add(stock[random.nextInt(stock.length)]);
        if (random.nextDouble() < 0.25) {
            chosen.add(random.nextDouble() < 0.5 ? stock[random.nextInt(stock.length)] : productZipf.next(random));
        }
        for (int p : chosen) {
            List<String> lots = lotsOf.get(p);
            taken.add(new TrueProduct(products.get(p), lots.get(random.nextInt(lots.size())), given));
        }
        Set<Integer> events = new LinkedHashSet<>();
        int eventCount = 1 + (random.nextDouble() < 0.45 ? 1 + random.nextInt(3) : 0);
        while (events.size() < eventCount) {
            events.add(eventZipf.next(random));
        }
        List<String> staff = staffOf.get(clinic);
        return new TrueCase(
                age,
                sex,
                onset,
                taken,
                List.copyOf(events),
                random.nextDouble() < 0.7,
                clinics.get(clinic),
                staff.get(random.nextInt(staff.size())),
                COUNTRIES[countryZipf.next(random)]);
    }

    /** One report of the true case, with this report's own blanks and errors. */
    private IndividualCaseSafetyReport render(TrueCase truth, String senderId, LocalDate received) {
        Integer age = chance(0.08) ? null : truth.age + (chance(0.08) ? (random.nextBoolean() ? 1 : -1) : 0);
        Sex sex = chance(0.04) ? (random.nextBoolean() ? Sex.UNKNOWN : null) : truth.sex;
        LocalDate onset = chance(0.08) ? null : truth.onset.plusDays(chance(0.15) ? shift(5) : 0);
        if (onset != null && onset.isAfter(received)) {
            onset = received;
        }
        boolean coded = chance(0.05) != truth.coded;
        List<Integer> events = new ArrayList<>(truth.events);
        if (events.size() > 1 && chance(0.10)) {
            events.remove(random.nextInt(events.size()));
        }
        if (chance(0.10)) {
            events.add(eventZipf.next(random));
        }
        List<Reaction> reactions = new ArrayList<>();
        for (int e : new LinkedHashSet<>(events)) {
            String term = eventTerms.get(e);
            if (!coded && chance(0.08)) {
                term = typo(term);
            }
            CodedTerm code = coded ? new CodedTerm("meddra", "27.1", eventCodes.get(e)) : null;
            ReactionOutcome outcome = chance(0.4) ? null : ReactionOutcome.values()[random.nextInt(5)];
            reactions.add(new Reaction(styled(term), code, onset, outcome, Set.of(), null));
        }
        String clinic = chance(0.25) ? null : styled(truth.clinic);
        List<Product> products = new ArrayList<>();
        for (TrueProduct p : truth.products) {
            String name = chance(0.08) ? typo(p.name) : p.name;
            String lot = chance(0.35) ? null : chance(0.05) ? typo(p.lot) : p.lot;
            LocalDate started = chance(0.15) ? null : p.startedOn.plusDays(chance(0.05) ? shift(3) : 0);
            if (started != null && started.isAfter(received)) {
                started = received;
            }
            Dose dose = chance(0.5) ? null : new Dose(java.math.BigDecimal.ONE, "vial", null);
            products.add(new Product(
                    ProductRole.SUSPECT,
                    styled(name),
                    ProductType.EXOSOME,
                    lot,
                    Route.IV,
                    clinic,
                    dose,
                    started,
                    null,
                    null));
        }
        if (chance(0.05)) {
            products.add(new Product(
                    ProductRole.CONCOMITANT,
                    this.products.get(productZipf.next(random)),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        List<PrimarySource> sources = new ArrayList<>();
        if (!chance(0.15)) {
            if (chance(0.12)) {
                sources.add(
                        new PrimarySource(pick(GIVEN) + " " + pick(FAMILY), null, null, Qualification.CONSUMER, null));
            } else {
                String reporter = chance(0.08) ? typo(truth.reporter) : truth.reporter;
                sources.add(new PrimarySource(
                        styled(reporter), clinic, null, chance(0.3) ? null : Qualification.PHYSICIAN, null));
            }
        }
        String country = chance(0.05) ? null : truth.country;
        var identification = new ReportIdentification(
                senderId,
                senderId,
                1,
                received,
                received,
                ReportType.SPONTANEOUS,
                country,
                null,
                List.of(),
                null,
                null);
        String narrative = chance(0.5) ? null : "Patient reported " + truth.events.size() + " reactions.";
        return new IndividualCaseSafetyReport(
                identification,
                sources,
                new Patient(null, age, null, sex, null, null, null, null, null, null, List.of(), List.of(), null, null),
                reactions,
                products,
                List.of(),
                narrative,
                null);
    }

    /** Ways of typing the same text that normalisation must undo: case, doubled or odd spaces, full width. */
    private String styled(String text) {
        double roll = random.nextDouble();
        if (roll < 0.10) {
            return text.toUpperCase();
        }
        if (roll < 0.15) {
            return text.toLowerCase();
        }
        if (roll < 0.20) {
            return " " + text.replace(" ", "  ") + " ";
        }
        if (roll < 0.23) {
            StringBuilder wide = new StringBuilder();
            text.chars().forEach(ch -> wide.append(ch > 0x20 && ch < 0x7F ? (char) (ch - 0x20 + 0xFF00) : (char) ch));
            return wide.toString().replace(' ', '\u3000');
        }
        return text;
    }

    /** One keying error: a letter dropped, doubled, swapped with the next, or replaced. */
    private String typo(String text) {
        int at = random.nextInt(text.length());
        char[] chars = text.toCharArray();
        return switch (random.nextInt(4)) {
            case 0 -> text.substring(0, at) + text.substring(at + 1);
            case 1 -> text.substring(0, at) + chars[at] + text.substring(at);
            case 2 -> {
                if (at + 1 < chars.length) {
                    char c = chars[at];
                    chars[at] = chars[at + 1];
                    chars[at + 1] = c;
                }
                String swapped = new String(chars);
                yield swapped.equals(text) ? text + "x" : swapped;
            }
            default -> {
                char replacement = (char) ('a' + random.nextInt(26));
                chars[at] = replacement == chars[at] ? 'q' : replacement;
                yield new String(chars);
            }
        };
    }

    private long shift(int most) {
        long days = 1 + random.nextInt(most);
        return random.nextBoolean() ? days : -days;
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Ranks 0..n−1 with probability proportional to 1/(rank + 1)^s. */
    private static final class Zipf {
        private final double[] cumulative;

        Zipf(int n, double s) {
            cumulative = new double[n];
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += 1 / Math.pow(k + 1, s);
                cumulative[k] = sum;
            }
            for (int k = 0; k < n; k++) {
                cumulative[k] /= sum;
            }
        }

        int next(Random random) {
            int at = Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(cumulative.length - 1, at < 0 ? -at - 1 : at);
        }
    }
}
