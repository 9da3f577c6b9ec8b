package org.exovigil.app.refusals;

import java.util.List;

/**
 * A stable reason to refuse a request. Each capability keeps its reasons in one enum implementing this interface
 * (in the manner of the core's {@code ProblemCode}); {@code RefusalRegisterTest} checks that no two codes share an id,
 * that no id is also a core problem code, and that every code has its English and Japanese text.
 */
public interface RefusalCode {

    /** The code as users and clients see it, {@code EXO-1601}; never reused for another meaning. */
    String id();

    /** The key of the code's text; the text may name the refusal's particulars as {0}, {1}, ... */
    default String messageKey() {
        return "refusal." + id();
    }

    /** The arguments of the code's text, made from a refusal's particulars: the particulars in order. */
    default Object[] arguments(List<String> particulars) {
        return particulars.toArray();
    }
}
