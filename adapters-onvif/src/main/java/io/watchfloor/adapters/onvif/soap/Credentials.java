package io.watchfloor.adapters.onvif.soap;

import java.util.Objects;

/** A device's user name and password, as the deployment's secret store hands them out; {@link #toString()} never shows the password. */
public record Credentials(String username, String password) {

    public Credentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "Credentials[" + username + ", ****]";
    }
}
