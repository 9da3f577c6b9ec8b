package org.exovigil.vigilance.terminology;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One {@code .asc} file of a MedDRA release: lines of fields separated by {@code $}, each line ending in a
 * {@code $} of its own (MSSO, MedDRA Distribution File Format, "ASCII files"). Blank lines are skipped.
 *
 * <p>Encoding: MSSO ships English and the Western European languages in "extended ASCII" and the other
 * languages in UTF-8 (MSSO's list of distribution files, as quoted by MedDRA 28.1 Korean users); MedDRA/J
 * releases before that were read as Shift_JIS (CP932) by their users (e.g. nnh/ptosh-master, V21/V22). So a
 * file that is valid UTF-8 is read as UTF-8 (a byte-order mark is dropped), and any other as the legacy
 * charset of its language: windows-1252 for English, windows-31j (Microsoft's Shift_JIS) for Japanese.
 */
final class MeddraAsciiFile {

    /** Far above any real file (llt.asc of a recent release is about 10 MB), below what would exhaust memory. */
    static final long SIZE_LIMIT = 128L * 1024 * 1024;

    static final Charset ENGLISH_LEGACY = Charset.forName("windows-1252");
    static final Charset JAPANESE_LEGACY = Charset.forName("windows-31j");

    private final String name;
    private final List<Row> rows;

    private MeddraAsciiFile(String name, List<Row> rows) {
        this.name = name;
        this.rows = rows;
    }

    /** The file of this name in {@code dir} (matched ignoring case), or empty when there is none. */
    static Optional<MeddraAsciiFile> in(Path dir, String name, Charset legacy) {
        Optional<Path> found = find(dir, name);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Path file = found.get();
        try {
            long size = Files.size(file);
            if (size > SIZE_LIMIT) {
                throw new MeddraFormatException(
                        name, 0, "a file of at most %d bytes, got %d".formatted(SIZE_LIMIT, size));
            }
            return Optional.of(new MeddraAsciiFile(name, rows(name, decode(Files.readAllBytes(file), legacy))));
        } catch (IOException e) {
            throw new MeddraFormatException(
                    name, 0, "a readable file, got " + e.getClass().getSimpleName());
        }
    }

    /** The file of this name in {@code dir}; an error naming the file when there is none. */
    static MeddraAsciiFile required(Path dir, String name, Charset legacy) {
        return in(dir, name, legacy)
                .orElseThrow(() -> new MeddraFormatException(
                        name, 0, "this file of the MedDRA ASCII release in " + dir + ", found none"));
    }

    static boolean exists(Path dir, String name) {
        return find(dir, name).isPresent();
    }

    String name() {
        return name;
    }

    List<Row> rows() {
        return rows;
    }

    private static Optional<Path> find(Path dir, String name) {
        Path exact = dir.resolve(name);
        if (Files.isRegularFile(exact)) {
            return Optional.of(exact);
        }
        try (var listed = Files.list(dir)) {
            return listed.filter(Files::isRegularFile)
                    .filter(p ->
                            p.getFileName().toString().toLowerCase(Locale.ROOT).equals(name))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String decode(byte[] bytes, Charset legacy) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, legacy);
        }
    }

    private static List<Row> rows(String name, String text) {
        List<Row> rows = new ArrayList<>();
        int number = 0;
        int start = 0;
        int length = text.length();
        while (start < length) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            number++;
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                rows.add(new Row(name, number, fields(line)));
            }
            start = end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n'
                    ? end + 2
                    : end + 1;
        }
        return rows;
    }

    private static String[] fields(String line) {
        String body = line.endsWith("$") ? line.substring(0, line.length() - 1) : line;
        return body.split("\\$", -1);
    }

    /** One line of a file, its fields numbered from 0 and named in errors by their column names. */
    record Row(String file, int line, String[] fields) {

        /** An error if this line has fewer fields than {@code count}. */
        Row needs(int count, String layout) {
            if (fields.length < count) {
                throw error("%d $-separated fields (%s), got %d".formatted(count, layout, fields.length));
            }
            return this;
        }

        /** A MedDRA code: digits only, up to 18 of them (real codes have 8). */
        long code(int index, String column) {
            String value = fields[index].strip();
            if (!digits(value, 18)) {
                throw error("a numeric code as field %d (%s), got %s".formatted(index + 1, column, quoted(value)));
            }
            return Long.parseLong(value);
        }

        int number(int index, String column) {
            String value = fields[index].strip();
            if (!digits(value, 9)) {
                throw error("a number as field %d (%s), got %s".formatted(index + 1, column, quoted(value)));
            }
            return Integer.parseInt(value);
        }

        /** A name: not blank, no control characters (a NUL or an escape has no place in a term). */
        String text(int index, String column) {
            String value = fields[index].strip();
            if (value.isEmpty()) {
                throw error("a name as field %d (%s), got none".formatted(index + 1, column));
            }
            return checked(index, column, value);
        }

        /** Free text that may be empty (then null). */
        String optionalText(int index, String column) {
            if (index >= fields.length || fields[index].isBlank()) {
                return null;
            }
            return checked(index, column, fields[index].strip());
        }

        /** One of the letters {@code yes} and {@code no} (Y/N, A/I): true for the first. */
        boolean flag(int index, String column, String yes, String no) {
            String value = fields[index].strip();
            if (value.equalsIgnoreCase(yes)) {
                return true;
            }
            if (value.equalsIgnoreCase(no)) {
                return false;
            }
            throw error("%s or %s as field %d (%s), got %s".formatted(yes, no, index + 1, column, quoted(value)));
        }

        private static boolean digits(String value, int most) {
            if (value.isEmpty() || value.length() > most) {
                return false;
            }
            for (int i = 0; i < value.length(); i++) {
                if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        MeddraFormatException error(String expected) {
            return new MeddraFormatException(file, line, expected);
        }

        private String checked(int index, String column, String value) {
            if (value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
                throw error("a name without control characters as field %d (%s)".formatted(index + 1, column));
            }
            return value;
        }

        private static String quoted(String value) {
            String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
            return "\""
                    + shown.codePoints()
                            .map(c -> Character.isISOControl(c) ? '?' : c)
                            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    + "\"";
        }
    }
}
