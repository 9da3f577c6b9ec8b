package org.exovigil.app.mail;

import org.exovigil.app.refusals.RefusalCode;

/** Why an e-mail address or a letter is refused. Each text is {@code refusal.EXO-nnnn} in the message files. */
public enum MailRefusal implements RefusalCode {
    /** An address that is not one person's bare e-mail address (a name, two addresses, a telephone number). */
    NOT_AN_ADDRESS("EXO-1900"),
    /** A receipt asked for with no e-mail address to send it to. */
    RECEIPT_WITHOUT_ADDRESS("EXO-1901");

    private final String id;

    MailRefusal(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
