package org.exovigil.app.committees;

import java.util.List;

/**
 * A certified committee as registered: its name, the number of its certification by the ministry (ASRM Art 26),
 * and the principals who sit on it.
 */
public record Committee(long id, String name, String certificationNumber, List<String> members) {

    public Committee {
        members = List.copyOf(members);
    }
}
