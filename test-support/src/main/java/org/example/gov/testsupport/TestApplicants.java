package org.example.gov.testsupport;

/**
 * Applicant data for request bodies in tests: every new application carries the applicant's identity card number
 * and phone. The numbers are valid in form (GB 11643 check character) and belong to nobody: {@link #ID_NUMBER} is the
 * standard's own worked example.
 */
public final class TestApplicants {

    /** GB 11643-1999's example number (Beijing 朝阳, born 1949-12-31). */
    public static final String ID_NUMBER = "11010519491231002X";
    public static final String PHONE = "13800138000";
    /** A second person, for tests that tell two apart (深圳, born 1990-01-01). */
    public static final String OTHER_ID_NUMBER = "440300199001011238";
    public static final String OTHER_PHONE = "13912345678";

    private TestApplicants() {
    }

    /** {@code "idNumber":"…","phone":"…"}, to put inside an {@code applicant} object. */
    public static final String CONTACT = "\"idNumber\":\"" + ID_NUMBER + "\",\"phone\":\"" + PHONE + "\"";

    /** The body of an online application by the token's applicant. */
    public static String online(Object itemId) {
        return "{\"itemId\":\"" + itemId + "\",\"applicant\":{" + CONTACT + "}}";
    }

    /** The {@code applicant} object a clerk or partner sends for someone else. */
    public static String named(String id, String name) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\"," + CONTACT + "}";
    }
}
