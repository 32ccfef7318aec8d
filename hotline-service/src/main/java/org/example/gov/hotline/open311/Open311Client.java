package org.example.gov.hotline.open311;

import java.util.Set;

import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;

/** The app or partner an api_key belongs to. */
public record Open311Client(String id, ClientKind kind, String name) {

    /**
     * How intake sees the client: a caller filing online for themself (role APPLICANT, channel APP), whose user id is
     * {@code open311:<client>}. So the ticket is scoped by its location like any other, a repeat call of the same
     * phone about the same open matter through the same client is merged (重复件), and no staff scope is needed.
     */
    public Actor asCaller() {
        return new Actor("open311:" + id, name, Set.of(Role.APPLICANT.name()), null, null);
    }
}
