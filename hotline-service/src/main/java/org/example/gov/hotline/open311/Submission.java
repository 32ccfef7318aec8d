package org.example.gov.hotline.open311;

import java.util.Map;

/**
 * POST requests as GeoReport v2 defines its form fields (null when absent): {@code jurisdiction_id},
 * {@code service_code}, a location ({@code lat}+{@code long}, {@code address_string} or {@code address_id}),
 * {@code attribute[code]} values, who reports ({@code email}, {@code device_id}, {@code account_id},
 * {@code first_name}, {@code last_name}, {@code phone}: personal data), {@code description} and {@code media_url}.
 */
public record Submission(String jurisdictionId, String serviceCode, String lat, String lon, String addressString,
        String addressId, Map<String, String> attributes, String email, String deviceId, String accountId,
        String firstName, String lastName, String phone, String description, String mediaUrl) {

    @Override
    public String toString() { // never the reporter's data, should a submission ever be logged
        return "Submission[jurisdiction_id=" + jurisdictionId + ", service_code=" + serviceCode + "]";
    }
}
