package org.exovigil.app;

import java.util.UUID;

/** A case as it stood at one of its versions. */
public record CaseAt(UUID id, int version) {}
