package org.exovigil.watch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money amounts in folded text. Folding has already turned full-width digits and signs into ASCII
 * (１５０，０００円 → 150,000円, ＄ → $), so one grammar serves: a currency before or after a number, an
 * optional unit word: the East Asian myriad (15万円, 300만 원, 1.5万元), the Vietnamese and Indonesian
 * million and thousand (9 triệu đồng, Rp 2,5 juta, 500 ribu), the Indian lakh, and either separator
 * convention ($1,500.00, 1.500,00 €, CHF 1'500). A number followed by "million"/億 is a market size,
 * not a price.
 */
final class PriceReader {

    private static final String NUMBER = "\\d{1,3}(?:[,.' ’]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";
    private static final String UNIT = "(?:\\s?(万|萬|만|千|천|k|triệu|tr|nghìn|ngàn|juta|jt|ribu|rb|lakh)(?![a-z])"
            + "(?:\\s?(\\d{1,4})\\s?(千|천)?)?)?";
    private static final String BEFORE =
            "(us\\s?\\$|usd|mx\\s?\\$|mxn|nt\\s?\\$|ntd|twd|hk\\s?\\$|hkd|s\\$|sgd|a\\$|aud|c\\$|cad|"
                    + "r\\$|brl|€|eur|£|gbp|¥|jpy|₩|krw|chf|aed|thb|฿|rm|myr|cny|rmb|₱|inr|₹|₺|rp\\.?|idr|sar|\\$)";
    private static final String AFTER =
            "(円|元|원|€|eur|euros?|usd|us\\s?dollars?|dollars?|dólares|mxn|pesos?(?: mexicanos)?|"
                    + "yen|jpy|krw|won|chf|franken|aed|dirhams?|baht|thb|gbp|pounds?|twd|ntd|hkd|cny|rmb|ringgit|myr|sgd|aud|cad|"
                    + "zł|pln|руб|грн|₽|₴|บาท|đồng|vnđ|vnd|₫|rupiah|idr|tl|lira|sar|riyals?|ريال|درهم|mn|ドル|ユーロ|ウォン|달러|美元|美金|日元|日圓|"
                    + "韩元|韓元|欧元|歐元|港币|港幣|台币|台幣)";
    private static final Pattern PRICE =
            Pattern.compile("(?<![a-z\\d$])" + BEFORE + "\\s?(" + NUMBER + ")" + UNIT + "(?:\\s?" + AFTER
                    + "(?![a-z]))?" + "|(?<![a-z\\d.,])(" + NUMBER + ")" + UNIT + "\\s?" + AFTER + "(?![a-z])");
    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,.' ’]*");
    private static final int WINDOW_BEFORE = 8;
    private static final int WINDOW_AFTER = 24;
    private static final Pattern MAGNITUDE =
            Pattern.compile("^\\s?(million|billion|trillion|mil millones|millones|" + "milliarden|millionen|億|억|亿|兆)");
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("$", "USD"),
            Map.entry("us$", "USD"),
            Map.entry("usd", "USD"),
            Map.entry("dollar", "USD"),
            Map.entry("dollars", "USD"),
            Map.entry("dólares", "USD"),
            Map.entry("us dollar", "USD"),
            Map.entry("us dollars", "USD"),
            Map.entry("mx$", "MXN"),
            Map.entry("mxn", "MXN"),
            Map.entry("peso", "MXN"),
            Map.entry("pesos", "MXN"),
            Map.entry("pesos mexicanos", "MXN"),
            Map.entry("nt$", "TWD"),
            Map.entry("ntd", "TWD"),
            Map.entry("twd", "TWD"),
            Map.entry("hk$", "HKD"),
            Map.entry("hkd", "HKD"),
            Map.entry("s$", "SGD"),
            Map.entry("sgd", "SGD"),
            Map.entry("a$", "AUD"),
            Map.entry("aud", "AUD"),
            Map.entry("c$", "CAD"),
            Map.entry("cad", "CAD"),
            Map.entry("r$", "BRL"),
            Map.entry("brl", "BRL"),
            Map.entry("€", "EUR"),
            Map.entry("eur", "EUR"),
            Map.entry("euro", "EUR"),
            Map.entry("euros", "EUR"),
            Map.entry("£", "GBP"),
            Map.entry("gbp", "GBP"),
            Map.entry("pound", "GBP"),
            Map.entry("pounds", "GBP"),
            Map.entry("¥", "JPY"),
            Map.entry("jpy", "JPY"),
            Map.entry("yen", "JPY"),
            Map.entry("円", "JPY"),
            Map.entry("₩", "KRW"),
            Map.entry("krw", "KRW"),
            Map.entry("won", "KRW"),
            Map.entry("원", "KRW"),
            Map.entry("chf", "CHF"),
            Map.entry("franken", "CHF"),
            Map.entry("aed", "AED"),
            Map.entry("dirham", "AED"),
            Map.entry("dirhams", "AED"),
            Map.entry("thb", "THB"),
            Map.entry("฿", "THB"),
            Map.entry("baht", "THB"),
            Map.entry("rm", "MYR"),
            Map.entry("myr", "MYR"),
            Map.entry("ringgit", "MYR"),
            Map.entry("cny", "CNY"),
            Map.entry("rmb", "CNY"),
            Map.entry("元", "CNY"),
            Map.entry("₱", "PHP"),
            Map.entry("inr", "INR"),
            Map.entry("₹", "INR"),
            Map.entry("₺", "TRY"),
            Map.entry("zł", "PLN"),
            Map.entry("₽", "RUB"),
            Map.entry("₴", "UAH"),
            Map.entry("บาท", "THB"),
            Map.entry("mn", "MXN"),
            Map.entry("ドル", "USD"),
            Map.entry("ユーロ", "EUR"),
            Map.entry("ウォン", "KRW"),
            Map.entry("달러", "USD"),
            Map.entry("美元", "USD"),
            Map.entry("美金", "USD"),
            Map.entry("日元", "JPY"),
            Map.entry("日圓", "JPY"),
            Map.entry("韩元", "KRW"),
            Map.entry("韓元", "KRW"),
            Map.entry("欧元", "EUR"),
            Map.entry("歐元", "EUR"),
            Map.entry("港币", "HKD"),
            Map.entry("港幣", "HKD"),
            Map.entry("台币", "TWD"),
            Map.entry("台幣", "TWD"),
            Map.entry("đồng", "VND"),
            Map.entry("vnđ", "VND"),
            Map.entry("vnd", "VND"),
            Map.entry("₫", "VND"),
            Map.entry("pln", "PLN"),
            Map.entry("руб", "RUB"),
            Map.entry("грн", "UAH"),
            Map.entry("rp", "IDR"),
            Map.entry("rp.", "IDR"),
            Map.entry("rupiah", "IDR"),
            Map.entry("idr", "IDR"),
            Map.entry("tl", "TRY"),
            Map.entry("lira", "TRY"),
            Map.entry("sar", "SAR"),
            Map.entry("riyal", "SAR"),
            Map.entry("riyals", "SAR"),
            Map.entry("ريال", "SAR"),
            Map.entry("درهم", "AED"));

    /** A price as read, before the page's country can settle what a bare "$" meant. */
    record Reading(BigDecimal amount, String currency, boolean bareDollar, int start, int end) {}

    private PriceReader() {}

    static List<Reading> read(String folded, Language language) {
        var readings = new ArrayList<Reading>();
        Matcher m = PRICE.matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher digits = DIGITS.matcher(folded);
        int searchedTo = 0;
        // The full grammar is slow to try at every character, so it runs only in a window around each number.
        while (digits.find()) {
            int from = Math.max(searchedTo, digits.start() - WINDOW_BEFORE);
            int to = Math.min(folded.length(), digits.end() + WINDOW_AFTER);
            while (to < folded.length()
                    && (Character.isDigit(folded.charAt(to)) || ",.' ’".indexOf(folded.charAt(to)) >= 0)) {
                to++; // never cut a number in two
            }
            if (from >= to) {
                continue;
            }
            m.region(from, to);
            while (m.find()) {
                searchedTo = Math.max(searchedTo, m.end());
                read(folded, m, language).ifPresent(readings::add);
            }
        }
        return readings;
    }

    private static Optional<Reading> read(String folded, Matcher m, Language language) {
        if (MAGNITUDE
                .matcher(folded.substring(m.end(), Math.min(folded.length(), m.end() + 14)))
                .find()) {
            return Optional.empty();
        }
        boolean before = m.group(1) != null;
        String symbol = before ? (m.group(6) != null ? m.group(6) : m.group(1)) : m.group(11);
        String number = before ? m.group(2) : m.group(7);
        BigDecimal amount = withUnit(
                parse(number),
                before ? m.group(3) : m.group(8),
                before ? m.group(4) : m.group(9),
                before ? m.group(5) : m.group(10));
        String currency = currency(symbol.replace(" ", ""), language);
        return currency != null && amount.signum() > 0
                ? Optional.of(new Reading(amount, currency, symbol.equals("$"), m.start(), m.end()))
                : Optional.empty();
    }

    private static String currency(String symbol, Language language) {
        String code = CODES.get(symbol);
        if ("JPY".equals(code) && symbol.equals("¥") && language.code().equals("zh")) {
            return "CNY";
        }
        if ("CNY".equals(code) && symbol.equals("元") && "Hant".equals(language.script())) {
            return "TWD";
        }
        return code;
    }

    /** Thousands or decimal separator: a separator followed by exactly three digits groups thousands. */
    static BigDecimal parse(String number) {
        String digits = number.replaceAll("[' ’]", "");
        int lastComma = digits.lastIndexOf(',');
        int lastDot = digits.lastIndexOf('.');
        int last = Math.max(lastComma, lastDot);
        if (last < 0) {
            return new BigDecimal(digits);
        }
        boolean decimal = digits.length() - last - 1 != 3 || (lastComma >= 0 && lastDot >= 0);
        String integerPart = decimal ? digits.substring(0, last) : digits;
        String fraction = decimal ? digits.substring(last + 1) : "";
        String whole = integerPart.replaceAll("[,.]", "");
        return new BigDecimal(fraction.isEmpty() ? whole : whole + "." + fraction);
    }

    private static BigDecimal withUnit(BigDecimal amount, String unit, String rest, String restUnit) {
        if (unit == null) {
            return amount.stripTrailingZeros().scale() <= 0 ? amount.setScale(0) : amount;
        }
        BigDecimal multiplier = switch (unit) {
            case "万", "萬", "만" -> BigDecimal.valueOf(10_000);
            case "triệu", "tr", "juta", "jt" -> BigDecimal.valueOf(1_000_000);
            case "lakh" -> BigDecimal.valueOf(100_000);
            default -> BigDecimal.valueOf(1_000);
        };
        BigDecimal total = amount.multiply(multiplier);
        if (rest != null) {
            BigDecimal extra = new BigDecimal(rest);
            total = total.add(restUnit != null ? extra.multiply(BigDecimal.valueOf(1_000)) : extra);
        }
        return total.stripTrailingZeros()
                .setScale(Math.max(0, total.stripTrailingZeros().scale()));
    }
}
