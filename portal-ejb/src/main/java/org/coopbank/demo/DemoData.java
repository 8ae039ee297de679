package org.coopbank.demo;

/** Demo logins, listed in the README. Demo only: a real installation never loads these. */
public final class DemoData {

    public static final String STAFF_PASSWORD = "Demo@2026";
    public static final String CUSTOMER_PASSWORD = "Portal@2026";

    /** Login mobiles of the demo customers with portal access. */
    public static final String ASHA_MOBILE = "9876500001";
    public static final String RAVI_MOBILE = "9876500002";
    public static final String MEERA_MOBILE = "9876500003";
    public static final String IMRAN_MOBILE = "9876500004";
    public static final String SUNITA_MOBILE = "9876500005";

    private DemoData() {
    }
}
