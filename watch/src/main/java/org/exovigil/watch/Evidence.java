package org.exovigil.watch;

/**
 * Why a code was output: the quoted page text at {@code [start, end)} (UTF-16 offsets into
 * {@link PageText#text()}). A country known only from the page address has start and end -1 and
 * quotes the address.
 */
public record Evidence(String field, String code, String text, int start, int end) {}
