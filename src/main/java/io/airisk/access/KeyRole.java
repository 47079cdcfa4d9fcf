package io.airisk.access;

import java.util.Set;

/** The role of an API key, each including the ones before it. */
public enum KeyRole {
    VIEWER(Set.of(Roles.VIEWER)),
    EDITOR(Set.of(Roles.VIEWER, Roles.EDITOR)),
    ADMIN(Set.of(Roles.VIEWER, Roles.EDITOR, Roles.ADMIN));

    private final Set<String> grants;

    KeyRole(Set<String> grants) {
        this.grants = grants;
    }

    /** The roles a key of this role holds. */
    public Set<String> grants() {
        return grants;
    }
}
