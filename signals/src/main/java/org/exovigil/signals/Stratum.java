package org.exovigil.signals;

/** A stratum of a stratified run and how many distinct reports it holds. */
public record Stratum(String name, long reports) {}
