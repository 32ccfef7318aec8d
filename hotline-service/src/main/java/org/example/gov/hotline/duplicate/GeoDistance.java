package org.example.gov.hotline.duplicate;

/**
 * Distances on the WGS-84 coordinates tickets carry, on a sphere of the Earth's mean radius: the error (below 0.5 %) is
 * far below what "nearby" means for a 250 m radius.
 */
public final class GeoDistance {

    /** IUGG mean Earth radius in metres. */
    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private GeoDistance() {
    }

    /**
     * Haversine great-circle distance: {@code d = 2R·asin(√(sin²(Δφ/2) + cos φ1·cos φ2·sin²(Δλ/2)))}, φ latitude and λ
     * longitude in radians.
     */
    public static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dPhi = Math.toRadians(lat2 - lat1);
        double dLambda = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dPhi / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLambda / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * The latitude/longitude box that contains every point within {@code radiusMetres} of the centre (a little more:
     * the index pre-filter, the haversine decides). Δlat = r/R, Δlon = r/(R·cos φ), in degrees, φ the box's edge
     * latitude farthest from the equator so that the box is never too narrow.
     */
    public static Box around(double lat, double lon, double radiusMetres) {
        double dLat = Math.toDegrees(radiusMetres / EARTH_RADIUS_METRES);
        double edge = Math.min(89.9, Math.abs(lat) + dLat);
        double dLon = Math.toDegrees(radiusMetres / (EARTH_RADIUS_METRES * Math.cos(Math.toRadians(edge))));
        return new Box(lat - dLat, lat + dLat, lon - dLon, lon + dLon);
    }

    /** A latitude/longitude rectangle in degrees. */
    public record Box(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {
    }
}
