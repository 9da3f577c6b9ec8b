package org.exovigil.watch;

/**
 * A page file that cannot be read or decoded. The message is the one line the command line prints:
 * the file, then what was expected.
 */
public final class UnreadablePageException extends Exception {

    public UnreadablePageException(String message) {
        super(message, null, false, false);
    }
}
