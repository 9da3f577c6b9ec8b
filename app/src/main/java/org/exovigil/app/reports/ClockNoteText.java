package org.exovigil.app.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.exovigil.app.portal.TimeText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A reporting clock's note in the reader's language ({@code @clockNoteText.of(note)} in a template). The
 * vigilance core gives each note as a code with its values ({@code ClockNote}); this words it through
 * {@code clock.note.<code>}, and words each coded value (condition, shortfall, product type, setting,
 * minimum criterion) through its own messages. A case assessed before the notes were coded holds them
 * as English sentences; those are shown as they are, and {@link #coded} says so, for the page to mark
 * them {@code lang="en"}.
 */
@Component
public class ClockNoteText {

    private final MessageSource messages;

    public ClockNoteText(MessageSource messages) {
        this.messages = messages;
    }

    /** Whether the note is coded (worded here), not an English sentence stored before notes were coded. */
    public boolean coded(Object note) {
        return note instanceof Map<?, ?>;
    }

    /** The note in the reader's language. */
    public String of(Object note) {
        if (!(note instanceof Map<?, ?> fields)) {
            return String.valueOf(note);
        }
        String code = String.valueOf(fields.get("code"));
        Object[] arguments = switch (code) {
            case "not_listed" -> new Object[] {fields.get("reaction"), fields.get("product"), fields.get("reference")};
            case "no_reference" -> new Object[] {fields.get("product")};
            case "no_clock" -> new Object[] {criteria(fields.get("unmet"))};
            case "no_law" ->
                new Object[] {
                    productTypes(fields.get("productTypes"), Boolean.TRUE.equals(fields.get("unknownType"))),
                    fields.get("country"),
                    word("clock.setting." + fields.get("setting")),
                    day(fields.get("dayZero"))
                };
            case "not_due" ->
                new Object[] {
                    regime(fields),
                    fields.get("duty"),
                    word("clock.condition." + fields.get("condition")),
                    word("clock.shortfall." + fields.get("shortfall"))
                };
            default -> null;
        };
        return messages.getMessage("clock.note." + code, arguments, locale());
    }

    /** The duty's name in the reader's language where the messages have it, else the regime as the law names it. */
    private String regime(Map<?, ?> fields) {
        return messages.getMessage(
                "case.duty." + fields.get("duty"), null, String.valueOf(fields.get("regime")), locale());
    }

    private String criteria(Object codes) {
        return list(codes)
                .map(c -> word("case.criterion." + c + ".unmet"))
                .collect(Collectors.joining(word("clock.note.separator")));
    }

    private String productTypes(Object codes, boolean unknownType) {
        Stream<String> known = list(codes).map(c -> word("vocabulary.product_type." + c));
        Stream<String> unknown = unknownType ? Stream.of(word("clock.productType.unknown")) : Stream.empty();
        return Stream.concat(known, unknown).collect(Collectors.joining(word("case.listSeparator")));
    }

    /** Day 0 as the reader reads a day ({@link TimeText#dateText}); the note stores it as ISO text. */
    private static String day(Object isoDay) {
        return isoDay == null ? null : TimeText.dateText(LocalDate.parse(isoDay.toString()), locale());
    }

    private static Stream<String> list(Object values) {
        return values instanceof List<?> items ? items.stream().map(Objects::toString) : Stream.empty();
    }

    private String word(String key) {
        return messages.getMessage(key, null, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
