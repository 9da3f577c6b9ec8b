package org.exovigil.rulebook;

/**
 * Where a conclusion comes from: instrument and section, title, address, an optional short quotation,
 * and how far the rulebook's authors checked it ({@code verified}, {@code secondary}, {@code inference},
 * {@code unverified}).
 */
public record Citation(String source, String title, String url, String quote, String status) {}
