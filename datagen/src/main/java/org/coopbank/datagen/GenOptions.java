package org.coopbank.datagen;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What to generate, from system properties ({@code -Dgen.*} on the Maven command line) and the datasource's
 * environment variables ({@code PORTAL_DB_URL}, {@code PORTAL_DB_USER}, {@code PORTAL_DB_PASSWORD}).
 */
record GenOptions(String url, String user, String password, int customers, int transactions, int days,
                  LocalDate asOf, int branches, int loans, int overduePercent, int appliedLoans, int fds,
                  int fdsMaturing, LocalDate fdMaturityDate, int busyAccounts, boolean migrate,
                  String customerPassword, String staffPassword) {

    static final ZoneId BANK_ZONE = ZoneId.of("Asia/Kolkata");

    static GenOptions fromEnvironment() {
        LocalDate today = LocalDate.now(BANK_ZONE);
        LocalDate asOf = date("gen.as-of", today);
        GenOptions o = new GenOptions(
                env("PORTAL_DB_URL", "jdbc:postgresql://127.0.0.1:5432/coopbank"),
                env("PORTAL_DB_USER", "postgres"),
                env("PORTAL_DB_PASSWORD", ""),
                integer("gen.customers", 100_000),
                integer("gen.transactions", 1_000_000),
                integer("gen.days", 365),
                asOf,
                integer("gen.branches", 4),
                integer("gen.loans", 0),
                integer("gen.loans-overdue-percent", 50),
                integer("gen.loans-applied", 100),
                integer("gen.fds", 0),
                integer("gen.fds-maturing", 0),
                date("gen.fd-maturity-date", asOf),
                integer("gen.busy-accounts", 5),
                Boolean.parseBoolean(System.getProperty("gen.migrate", "true")),
                System.getProperty("gen.customer-password", "Portal@2026"),
                System.getProperty("gen.staff-password", "Demo@2026"));
        o.check();
        return o;
    }

    private void check() {
        require(customers >= 1, "gen.customers must be at least 1");
        require(transactions >= 0, "gen.transactions must not be negative");
        require(days >= 1 && days <= 3650, "gen.days must be 1..3650");
        require(branches >= 1 && branches <= 99, "gen.branches must be 1..99");
        require(overduePercent >= 0 && overduePercent <= 100, "gen.loans-overdue-percent must be 0..100");
        require(fdsMaturing >= 0 && fdsMaturing <= fds, "gen.fds-maturing must be 0..gen.fds");
        require(busyAccounts >= 0 && busyAccounts <= 100, "gen.busy-accounts must be 0..100");
        require(loans >= 0 && appliedLoans >= 0 && fds >= 0, "counts must not be negative");
    }

    /** The first day of the generated history; accounts are opened before it. */
    LocalDate firstDay() {
        return asOf.minusDays(days - 1L);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static int integer(String name, int fallback) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.replace("_", "").replace(",", ""));
    }

    private static LocalDate date(String name, LocalDate fallback) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() ? fallback : LocalDate.parse(v);
    }

    @Override
    public String toString() {
        return "customers=" + customers + " transactions=" + transactions + " days=" + days + " asOf=" + asOf
                + " branches=" + branches + " loans=" + loans + " (overdue " + overduePercent + "%) appliedLoans="
                + appliedLoans + " fds=" + fds + " (maturing on " + fdMaturityDate + ": " + fdsMaturing + ")"
                + " busyAccounts=" + busyAccounts + " url=" + url + " user=" + user;
    }
}
