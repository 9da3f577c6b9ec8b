package org.exovigil.app.events;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The documents evidence may be: a PDF, a PNG or JPEG image (a photographed letter, a certificate), or a letter as
 * plain UTF-8 text. The type a browser declares is believed only when the bytes agree with it (their signature, ISO
 * 32000-1 §7.5.2 for PDF, PNG's eight-byte signature, JPEG's SOI marker; for text, valid UTF-8 without control
 * characters), since a declared type costs an attacker nothing (OWASP ASVS 4.0.3 12.2.1).
 */
enum DocumentType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a}),
    JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
    TEXT("text/plain", null);

    private final String mediaType;
    private final byte[] signature;

    DocumentType(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    String mediaType() {
        return mediaType;
    }

    /** The type declared, when the bytes are of that type; empty for any other type or a mismatch. */
    static Optional<DocumentType> of(String declared, byte[] bytes) {
        String type = declared == null ? "" : declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(candidate -> candidate.mediaType.equals(type))
                .filter(candidate -> candidate.matches(bytes))
                .findFirst();
    }

    private boolean matches(byte[] bytes) {
        if (bytes.length == 0) {
            return false;
        }
        if (signature != null) {
            return bytes.length >= signature.length && Arrays.equals(Arrays.copyOf(bytes, signature.length), signature);
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
