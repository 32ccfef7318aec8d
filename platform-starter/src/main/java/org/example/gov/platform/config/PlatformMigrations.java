package org.example.gov.platform.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.api.Location;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;

/**
 * Tables a platform capability brings along (the calendar replica, the audit trail) live in a Flyway location of
 * their own, added only where the capability is on. Their versions (V0_x) are below every service's own (V1+), so
 * they arrive out of order in schemas that already exist.
 */
public final class PlatformMigrations {

    private PlatformMigrations() {
    }

    public static FlywayConfigurationCustomizer withLocation(String location) {
        return configuration -> {
            List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
            locations.add(new Location(location));
            configuration.locations(locations.toArray(Location[]::new));
            configuration.outOfOrder(true);
        };
    }
}
