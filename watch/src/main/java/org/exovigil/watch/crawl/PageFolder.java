package org.exovigil.watch.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exovigil.watch.Page;
import org.exovigil.watch.PageFiles;
import org.exovigil.watch.UnreadablePageException;

/**
 * The saved pages: {@code pages/<host>/<n>.html} or {@code .txt}, numbered in the order saved (after any
 * pages already there), each opening with a line {@code URL: <address>} as {@code extract} and {@code
 * survey} read it.
 *
 * <p>After that line come the page's original bytes whenever {@link PageFiles#read} decodes them to the
 * same text a browser would (the charset from a byte-order mark, else the Content-Type header, else the
 * page's {@code <meta charset>}, else UTF-8) — typically a Shift_JIS page declaring its charset in a
 * {@code <meta>}. Otherwise (a charset named only in the HTTP header, or a byte-order mark) the page is
 * saved as UTF-8 behind a UTF-8 byte-order mark, which {@link PageFiles#read} honours before any {@code
 * <meta>}; the original bytes are in the WARC either way. A page that does not decode in its own
 * charset is not saved, because a wrongly decoded page would yield confident wrong facts.
 *
 * <p>Each file is written under a hidden temporary name and then moved into place, so no reader ever
 * sees half a page.
 */
final class PageFolder {

    /** A page that does not decode in the charset it declares. */
    static final class UndecodablePage extends Exception {
        UndecodablePage(String message) {
            super(message, null, false, false);
        }
    }

    private static final Pattern NUMBERED = Pattern.compile("(\\d+)\\.(html|txt)");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16_BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF16_LE_BOM = {(byte) 0xFF, (byte) 0xFE};

    private final Path root;
    private final Map<String, Integer> last = new HashMap<>();

    PageFolder(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /**
     * Saves a page answered from {@code url}; {@code charset} is the one it is decoded in (see the class
     * comment). Returns the file.
     */
    Path save(Address url, byte[] body, Charset charset, boolean html) throws UndecodablePage {
        boolean bom = hasBom(body);
        String text = decode(body, charset);
        String urlLine = "URL: " + url + "\n";
        Path folder = root.resolve(folderName(url.host()));
        try {
            Files.createDirectories(folder);
            int n = next(folder);
            String name = "%04d.%s".formatted(n, html ? "html" : "txt");
            Path part = folder.resolve(".part-" + name);
            Path file = folder.resolve(name);
            try {
                boolean kept = false;
                if (!bom) {
                    Files.write(part, concat(urlLine.getBytes(StandardCharsets.US_ASCII), body));
                    kept = readsBack(part, url, urlLine, text);
                }
                if (!kept) {
                    byte[] utf8 = (urlLine + text).getBytes(StandardCharsets.UTF_8);
                    Files.write(part, html ? concat(UTF8_BOM, utf8) : utf8);
                }
                move(part, file);
                return file;
            } finally {
                deleteQuietly(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot save a page", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a hidden leftover is harmless: readers skip names starting with a dot
        }
    }

    /**
     * Whether {@link PageFiles#read} gives {@code text} and the address back from {@code file}: HTML with
     * the {@code URL:} line taken off as the address, or text with the line kept (extraction reads it).
     */
    private static boolean readsBack(Path file, Address url, String urlLine, String text) {
        try {
            Page page = PageFiles.read(file, null);
            String content = page.content();
            return page.html()
                    ? url.toString().equals(page.url()) && content.equals("\n" + text)
                    : content.equals(urlLine + text);
        } catch (UnreadablePageException e) {
            return false;
        }
    }

    private static String decode(byte[] body, Charset charset) throws UndecodablePage {
        int bom = charset.equals(StandardCharsets.UTF_8) && startsWith(body, UTF8_BOM) ? 3 : 0;
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, bom, body.length - bom))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UndecodablePage("not valid " + charset.name() + " (the WARC keeps the bytes)");
        }
    }

    /** The charset of a plain-text answer: its byte-order mark, else the Content-Type's, else UTF-8. */
    static Charset textCharset(byte[] body, Optional<Charset> declared) {
        if (startsWith(body, UTF8_BOM)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(body, UTF16_BE_BOM) || startsWith(body, UTF16_LE_BOM)) {
            return StandardCharsets.UTF_16;
        }
        return declared.orElse(StandardCharsets.UTF_8);
    }

    private static boolean hasBom(byte[] body) {
        return startsWith(body, UTF8_BOM) || startsWith(body, UTF16_BE_BOM) || startsWith(body, UTF16_LE_BOM);
    }

    private static boolean startsWith(byte[] body, byte[] prefix) {
        return body.length >= prefix.length && Arrays.equals(body, 0, prefix.length, prefix, 0, prefix.length);
    }

    private int next(Path folder) throws IOException {
        String key = folder.getFileName().toString();
        Integer n = last.get(key);
        if (n == null) {
            n = 0;
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                for (Path file : files) {
                    Matcher m = NUMBERED.matcher(file.getFileName().toString());
                    if (m.matches() && m.group(1).length() < 10) {
                        n = Math.max(n, Integer.parseInt(m.group(1)));
                    }
                }
            }
        }
        last.put(key, n + 1);
        return n + 1;
    }

    /** The host as a folder name: lower case, and nothing a file system could take for a separator. */
    private static String folderName(String host) {
        return host.replace("[", "").replace("]", "").replaceAll("[^a-z0-9._-]", "_");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
