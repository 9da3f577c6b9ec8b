package org.exovigil.app.registry;

/** A clinic or institution that offers interventions. {@code demo} marks demonstration data. */
public record Provider(
        long id, String name, String country, String city, String address, String website, boolean demo) {}
