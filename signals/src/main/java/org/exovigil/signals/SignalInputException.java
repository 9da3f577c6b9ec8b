package org.exovigil.signals;

/**
 * Input that does not follow the signals contract. The message names the file, the line and what was
 * expected, e.g. {@code caers.csv:17: expected 3 or 4 columns, got 2}; {@link #code()} is stable for tests
 * and documentation.
 */
public final class SignalInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Stable code of every input error of the signals module. */
    public static final String CODE = "EXO-4101";

    private final String file;
    private final long line;

    SignalInputException(String file, long line, String detail) {
        super(file + ":" + line + ": " + detail);
        this.file = file;
        this.line = line;
    }

    public String code() {
        return CODE;
    }

    public String file() {
        return file;
    }

    /** The 1-based line of the file (the header is line 1). */
    public long line() {
        return line;
    }
}
