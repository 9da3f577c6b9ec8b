package org.exovigil.signals.spark;

/**
 * Input that does not follow the signals contract, as Spark found it: the message names the file and what was
 * expected, without a line number past the header (Spark's CSV parser does not report one; the core's
 * {@code ./exovigil signals} does).
 */
public final class ReportInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ReportInputException(String message) {
        super(message);
    }

    ReportInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
