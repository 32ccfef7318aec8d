package org.example.gov.evaluation.channel;

/**
 * What a rating is about besides the case itself (DOMAIN.md §5 "objects"): the item, the department, the hall and
 * window, the staff member. Online ratings know no hall or window; stored with every rating so statistics can group
 * by each.
 */
public record RatedObjects(String itemCode, String itemName, String department, String region, String hallCode,
        String windowId, String staffId) {

    public RatedObjects {
        if (department == null || department.isBlank()) {
            throw new IllegalArgumentException("department is required");
        }
        if (region == null || !region.matches("\\d{6}")) {
            throw new IllegalArgumentException("region must be a 6-digit code");
        }
    }
}
