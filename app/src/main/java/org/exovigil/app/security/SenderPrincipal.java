package org.exovigil.app.security;

import java.util.UUID;
import org.springframework.security.core.Authentication;

/**
 * Who a report belongs to: an immutable principal id, and the name shown for it. The id is
 * {@code account:<row id>}, {@code token:<row id>} or, for a report sent through a form open to
 * anyone, {@code form:<random uuid>} made afresh for that one submission ({@code import:<file>} for a batch
 * imported on the server). Ownership is decided by the
 * id alone; the name is a label that nobody can use to claim another's reports (OWASP ASVS 4.0.3
 * V4.2.1, access to records by their owner, and V4.1.3, least privilege).
 */
public record SenderPrincipal(String id, String name) {

    static final String ACCOUNT = "account:";
    static final String TOKEN = "token:";
    static final String FORM = "form:";
    static final String IMPORT = "import:";

    public SenderPrincipal {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a sender principal needs an id");
        }
    }

    /**
     * The principal behind a request authenticated by a session (an account) or a bearer token. Any
     * other kind of authentication has no principal id, and is refused rather than keyed by its name.
     */
    public static SenderPrincipal of(Authentication authentication) {
        return find(authentication)
                .orElseThrow(() -> new IllegalStateException("no sender principal for " + authentication));
    }

    /** The principal behind the authentication, or empty when it is neither an account nor a token. */
    public static java.util.Optional<SenderPrincipal> find(Authentication authentication) {
        Object principal = authentication == null ? null : authentication.getPrincipal();
        return java.util.Optional.ofNullable(
                switch (principal) {
                    case SignedInAccount account -> new SenderPrincipal(ACCOUNT + account.id(), account.getUsername());
                    case BearerTokenFilter.TokenPrincipal token ->
                        new SenderPrincipal(TOKEN + token.id(), token.name());
                    case null, default -> null;
                });
    }

    /**
     * A fresh identity for one submission through a form open to anyone. It is never derived from what
     * the person typed: two anonymous submissions never share an owner, so one cannot follow up,
     * nullify or read the other (the reporter's own way back is the follow-up code).
     */
    public static SenderPrincipal anonymousForm(String label) {
        return new SenderPrincipal(FORM + UUID.randomUUID(), label);
    }

    /**
     * A batch imported from the command line, by whoever runs it on the server: the file name is its
     * sender, so importing the same file again is a retry or a follow-up of the same cases.
     */
    public static SenderPrincipal importedFile(String fileName) {
        return new SenderPrincipal(IMPORT + fileName, IMPORT + fileName);
    }

    /**
     * A message imported from the command line, owned by the sender the message itself names (ICH E2B(R3)
     * N.2.r.2, else the batch's N.1.3), never by the file it came in: a case is (sender, C.1.1), so a
     * follow-up, amendment or nullification in a later file reaches the case of the first (ICH E2B(R3) IG
     * 3.3.2). Only a message that names no sender falls back to its file.
     */
    public static SenderPrincipal importedMessage(String messageSender, String batchSender, String fileName) {
        String named = messageSender != null && !messageSender.isBlank() ? messageSender : batchSender;
        return named == null || named.isBlank()
                ? importedFile(fileName)
                : new SenderPrincipal(IMPORT + named.strip(), IMPORT + named.strip());
    }

    /** Whether this is the one-submission identity of an anonymous form. */
    public boolean anonymous() {
        return id.startsWith(FORM);
    }
}
