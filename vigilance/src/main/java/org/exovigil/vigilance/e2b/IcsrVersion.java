package org.exovigil.vigilance.e2b;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exovigil.vigilance.Checked;

/**
 * Which ICH E2B release a received document is, told by its root element before anything parses it: an R2
 * {@code ichicsr} (ICH ICSR DTD 2.1, as FAERS and older senders still produce) or an R3 HL7 v3 batch. Only
 * the prolog is looked at: the XML declaration, comments, processing instructions and the DOCTYPE that R2
 * files carry, then the first start tag.
 */
public enum IcsrVersion {
    R2(bytes -> IchicsrReader.withDefaults().read(bytes)),
    R3(bytes -> E2bReader.withDefaults().read(bytes));

    /** Up to the first start tag, past a BOM, declaration, comments, processing instructions and a DOCTYPE. */
    private static final Pattern ROOT = Pattern.compile(
            "\\A\\uFEFF?\\s*(?:<\\?.*?\\?>\\s*|<!--.*?-->\\s*|<!DOCTYPE[^\\[>]*(?:\\[.*?])?\\s*>\\s*)*<([A-Za-z_][\\w.:-]*)",
            Pattern.DOTALL);

    private static final int PROLOG = 64 * 1024;

    private final Function<byte[], Checked<IcsrBatch>> reader;

    IcsrVersion(Function<byte[], Checked<IcsrBatch>> reader) {
        this.reader = reader;
    }

    /** R2 when the root element is {@code ichicsr}; otherwise R3, whose reader says what is wrong with it. */
    public static IcsrVersion of(byte[] xml) {
        String prolog = new String(xml, 0, Math.min(xml.length, PROLOG), StandardCharsets.UTF_8);
        Matcher root = ROOT.matcher(prolog);
        return root.find() && root.group(1).equals("ichicsr") ? R2 : R3;
    }

    /** Reads the document with the reader of its release. */
    public static Checked<IcsrBatch> read(byte[] xml) {
        return of(xml).reader.apply(xml);
    }
}
