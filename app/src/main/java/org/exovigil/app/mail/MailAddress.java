package org.exovigil.app.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Optional;

/**
 * One person's e-mail address, bare ({@code name@example.org}), as RFC 5322 section 3.4.1 writes an addr-spec: no
 * display name, no list, no line break (which would let a form add headers to a letter), at most 254 characters
 * (RFC 5321 section 4.5.3.1.3 limits a path to 256 with its angle brackets). An address is personal data: shown only
 * to administrators and the roles that read a case's identifiers, and {@link #toString} hides it from logs.
 */
public record MailAddress(String value) {

    static final int LONGEST = 254;

    public MailAddress {
        if (!bare(value)) {
            throw new IllegalArgumentException("not a bare e-mail address");
        }
    }

    /** The address in {@code text}, stripped, or empty when it is none (a telephone number, two addresses, a name). */
    public static Optional<MailAddress> parse(String text) {
        return text != null && bare(text.strip()) ? Optional.of(new MailAddress(text.strip())) : Optional.empty();
    }

    private static boolean bare(String stripped) {
        if (stripped == null
                || stripped.isEmpty()
                || stripped.length() > LONGEST
                || stripped.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))
                || stripped.indexOf('@') <= 0
                || stripped.indexOf('<') >= 0
                || stripped.indexOf(',') >= 0) {
            return false;
        }
        try {
            var address = new InternetAddress(stripped, true);
            address.validate();
            String domain = stripped.substring(stripped.lastIndexOf('@') + 1);
            // A domain on the public internet has a dot; "root@localhost" is a machine's, not a person's.
            return address.getAddress().equals(stripped) && domain.contains(".") && !domain.endsWith(".");
        } catch (AddressException notAnAddress) {
            return false;
        }
    }

    /** The first letter and the domain, for a log line: {@code a…@example.org}. */
    public String masked() {
        int at = value.lastIndexOf('@');
        return value.substring(0, 1) + "…" + value.substring(at).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return masked();
    }
}
