package org.exovigil.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that keys the audit chain and its anchors (HMAC-SHA-256, RFC 2104 with FIPS 180-4). It
 * lives outside the database, so whoever can rewrite the table still cannot compute a valid hash for
 * what they wrote (OWASP ASVS 4.0.3 V7.3.3). 256 bits, the size of the hash (NIST SP 800-107 Rev. 1 §5.3.4).
 */
final class AuditKey {

    static final int BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String id;

    private AuditKey(byte[] secret) {
        if (secret.length < BYTES) {
            throw new IllegalArgumentException(
                    "the audit key must have at least " + BYTES + " bytes, this one has " + secret.length);
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.id = mac("exovigil audit key id").substring(0, 16);
    }

    static AuditKey of(byte[] secret) {
        return new AuditKey(secret.clone());
    }

    static byte[] generateSecret() {
        byte[] secret = new byte[BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** HMAC-SHA-256 of the text, in lower-case hex like the plain hashes before it. */
    String mac(String content) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** A public fingerprint that tells two keys apart without revealing either. */
    String id() {
        return id;
    }

    @Override
    public String toString() {
        return "AuditKey[" + id + "]";
    }
}
