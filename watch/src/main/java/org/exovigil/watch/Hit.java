package org.exovigil.watch;

/** A term found in folded text at {@code [start, end)}. */
record Hit(Term term, int start, int end) {

    Term.Field field() {
        return term.field();
    }

    String code() {
        return term.code();
    }

    boolean overlaps(Hit other) {
        return start < other.end && other.start < end;
    }

    boolean contains(Hit other) {
        return start <= other.start && other.end <= end && length() > other.length();
    }

    int length() {
        return end - start;
    }
}
