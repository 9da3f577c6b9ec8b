package org.exovigil.watch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads saved pages from disk. HTML is told by the file name or by its opening tags; its encoding is
 * the byte-order mark, else the {@code <meta charset>} it declares (Japanese sites still serve
 * Shift_JIS), else UTF-8. Plain text must be UTF-8. Bytes that do not decode are an error, never
 * silently replaced, because a wrongly decoded page would yield confident wrong facts.
 */
public final class PageFiles {

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

    private PageFiles() {}

    /** The page in {@code file}; {@code url} (may be null) overrides any address in the page. */
    public static Page read(Path file, String url) throws UnreadablePageException {
        if (Files.isDirectory(file)) {
            throw new UnreadablePageException(file + ": is a folder; expected a saved page (.html or plain text)");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadablePageException(file + ": cannot read the file (" + reason(e) + ")");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        boolean html = isHtml(file, head);
        Charset charset = html ? declaredCharset(head) : StandardCharsets.UTF_8;
        String content = decode(file, bytes, charset, html);
        return html ? htmlPage(file, url, content) : Page.text(file.toString(), url, content);
    }

    /** Saved HTML may also open with a {@code URL:} line, as saved text does; it gives the address. */
    private static Page htmlPage(Path file, String url, String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (text.regionMatches(true, 0, "URL:", 0, 4)) {
            int lineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
            String declared = text.substring(4, lineEnd).strip();
            return Page.html(file.toString(), url != null ? url : declared, text.substring(lineEnd));
        }
        return Page.html(file.toString(), url, text);
    }

    private static boolean isHtml(Path file, String head) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return true;
        }
        String start = head.stripLeading().toLowerCase(Locale.ROOT).replaceFirst("^url:[^\n]*\n\\s*", "");
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<body");
    }

    private static Charset declaredCharset(String head) {
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String decode(Path file, byte[] bytes, Charset declared, boolean html)
            throws UnreadablePageException {
        Charset charset = declared;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (bytes.length >= 2
                && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            charset = StandardCharsets.UTF_16;
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            String expected = html
                    ? "HTML in UTF-8 or in the charset its <meta> declares (" + declared.name() + ")"
                    : "plain text in UTF-8";
            throw new UnreadablePageException(file + ": not valid " + charset.name() + "; expected " + expected);
        }
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException
                ? "no such file"
                : e instanceof java.nio.file.AccessDeniedException
                        ? "permission denied"
                        : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
