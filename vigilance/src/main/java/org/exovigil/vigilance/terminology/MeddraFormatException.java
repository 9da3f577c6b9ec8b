package org.exovigil.vigilance.terminology;

/**
 * A MedDRA release that cannot be read as the MSSO distribution file format says. Its message is one line a
 * user can act on: the file, the line (when one is at fault) and what was expected there, e.g. {@code
 * llt.asc:12: expected the code of a PT in pt.asc as field 3 (pt_code), got "10000000x"}.
 */
public final class MeddraFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    MeddraFormatException(String file, int line, String expected) {
        super((line > 0 ? file + ":" + line : file) + ": expected " + expected, null, false, false);
        this.file = file;
        this.line = line;
    }

    /** The file's name within the release folder. */
    public String file() {
        return file;
    }

    /** The line at fault, from 1; 0 when the file as a whole is. */
    public int line() {
        return line;
    }
}
