package org.exovigil.rulebook;

/**
 * A stable, documented error. Codes:
 * <ul>
 *   <li>EXO-2001 a rulebook file is not valid YAML</li>
 *   <li>EXO-2002 a rulebook entry breaks the schema (missing, unexpected or mistyped key)</li>
 *   <li>EXO-2003 a rulebook entry uses a code that is not in the vocabulary</li>
 *   <li>EXO-2004 a rulebook entry refers to a source, condition, requirement or classification that does not exist</li>
 *   <li>EXO-2005 two versions of one rule are in force on the same day</li>
 *   <li>EXO-2006 a rulebook file is missing</li>
 *   <li>EXO-2007 a caller asked for a code list the vocabulary does not have</li>
 *   <li>EXO-2008 a caller passed a code that is not one of its list (the setting or product type of
 *       {@link Rulebook#reportingDuties})</li>
 *   <li>EXO-2009 a rule gives its {@code message} or {@code because} in English without the same text in
 *       Japanese ({@code message_ja}, {@code because_ja}), or with a blank one</li>
 *   <li>EXO-2101 the offering is not valid JSON</li>
 *   <li>EXO-2102 an offering field has the wrong type or format</li>
 *   <li>EXO-2103 the offering names no jurisdiction</li>
 * </ul>
 * Messages name the file and line (rulebook) or the JSON path (offering), and what was expected.
 */
public final class RulebookException extends RuntimeException {

    private final String code;

    RulebookException(String code, String message) {
        super(code + ": " + message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
