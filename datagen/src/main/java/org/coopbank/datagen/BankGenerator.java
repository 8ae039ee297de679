package org.coopbank.datagen;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * Loads a large, internally consistent bank into a PostgreSQL database for benchmarks: customers, accounts,
 * cash movements with their journal entries, and optionally loans and FDs (README "Data generator").
 *
 * <p>It runs on a freshly created database (migrating it with the application's own Flyway scripts) or on one the
 * application already migrated, as long as it has no customers yet. Everything is loaded in one transaction: a
 * failed run leaves nothing behind. Afterwards the sequences stand past every generated id, the tables are
 * analysed and the application's ledger integrity check is run and printed; the command fails if it finds anything.
 */
public final class BankGenerator {

    private BankGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (Boolean.getBoolean("gen.check-only")) {
            checkOnly();
            return;
        }
        GenOptions o = GenOptions.fromEnvironment();
        System.out.println("Generating a bank: " + o);
        long t0 = System.nanoTime();
        migrate(o);
        try (Connection c = DriverManager.getConnection(o.url(), o.user(), o.password())) {
            Sql sql = new Sql(c);
            String version = sql.text("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1");
            System.out.println("Schema at Flyway version " + version);
            if (sql.number("SELECT COUNT(*) FROM customer") > 0) {
                throw new IllegalStateException("The database already has customers: generate into a freshly created "
                        + "database (createdb, then run this command)");
            }
            c.setAutoCommit(false);
            sql.exec("SET LOCAL synchronous_commit = off");
            sql.exec("SET LOCAL work_mem = '256MB'");
            sql.exec("SET LOCAL temp_buffers = '512MB'");
            // one bcrypt hash for all: hashing 100,000 passwords at cost 10 would take about 2 hours on 2 cores
            String portalHash = hash(o.customerPassword());
            String staffHash = hash(o.staffPassword());
            People people = new People(sql, o);
            people.branches();
            people.staff(staffHash);
            people.customers(portalHash);
            people.accounts();
            Postings postings = new Postings(sql, o);
            postings.stage();
            postings.write();
            advanceSequences(sql);
            long tc = System.nanoTime();
            c.commit();
            Sql.report("commit", 0, System.nanoTime() - tc);
            c.setAutoCommit(true);
            long ta = System.nanoTime();
            sql.exec("VACUUM (ANALYZE)");
            Sql.report("VACUUM (ANALYZE)", 0, System.nanoTime() - ta);
            printCounts(sql);
            long tv = System.nanoTime();
            List<String> problems = new BooksCheck(sql).problems();
            Sql.report("ledger integrity check", 0, System.nanoTime() - tv);
            System.out.printf("Done in %.1f s. Customers sign in to the portal with their mobile and %s; staff (admin, "
                    + "manager, clerk, cashier, accountant) with %s.%n", (System.nanoTime() - t0) / 1e9,
                    o.customerPassword(), o.staffPassword());
            printIntegrity(problems);
        }
    }

    /** Prints the check's verdict; fails (the build fails) when the books are not sound. */
    private static void printIntegrity(List<String> problems) {
        if (!problems.isEmpty()) {
            System.out.println("LEDGER INTEGRITY: NOT CLEAN");
            problems.forEach(p -> System.out.println("  - " + p));
            throw new IllegalStateException("the books are not sound: " + problems);
        }
        System.out.println("LEDGER INTEGRITY: clean (every entry balances, control accounts equal their "
                + "subledgers, balances equal their transactions, trial balance zero)");
    }

    /**
     * {@code -Dgen.check-only=true}: generates nothing, runs only the ledger integrity check on the database (e.g. after
     * a job was killed and restarted: {@code scripts/kill9-fd-maturity.sh}); the build fails when the books are not
     * sound.
     */
    private static void checkOnly() throws SQLException {
        GenOptions o = GenOptions.fromEnvironment();
        try (Connection c = DriverManager.getConnection(o.url(), o.user(), o.password())) {
            printIntegrity(new BooksCheck(new Sql(c)).problems());
        }
    }

    private static String hash(String password) {
        return new String(BCrypt.with(BCrypt.Version.VERSION_2A).hash(10, password.toCharArray()), StandardCharsets.UTF_8);
    }

    /** An empty database gets the application's schema from the same scripts the EAR runs. */
    private static void migrate(GenOptions o) throws SQLException {
        try (Connection c = DriverManager.getConnection(o.url(), o.user(), o.password())) {
            Sql sql = new Sql(c);
            boolean migrated = sql.number("""
                    SELECT COUNT(*) FROM information_schema.tables
                    WHERE table_schema = current_schema() AND table_name = 'flyway_schema_history'""") > 0;
            if (migrated) {
                return;
            }
            if (!o.migrate()) {
                throw new IllegalStateException("No flyway_schema_history: deploy the application once on this "
                        + "database, or run without -Dgen.migrate=false");
            }
        }
        System.out.println("Empty database: migrating it with the application's Flyway scripts");
        var result = Flyway.configure().dataSource(o.url(), o.user(), o.password())
                .baselineOnMigrate(true).baselineVersion("0")
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
        System.out.println("  " + result.migrationsExecuted + " migration(s) applied, schema at version " + result.targetSchemaVersion);
    }

    private static void advanceSequences(Sql sql) throws SQLException {
        String[][] pairs = {{"branch", "branch_seq"}, {"staff_user", "staff_user_seq"}, {"customer", "customer_seq"},
                {"bank_account", "bank_account_seq"}, {"journal_entry", "journal_entry_seq"},
                {"journal_line", "journal_line_seq"}, {"account_transaction", "account_transaction_seq"},
                {"loan", "loan_seq"}, {"loan_installment", "loan_installment_seq"},
                {"fixed_deposit", "fixed_deposit_seq"}};
        for (String[] p : pairs) {
            sql.advanceIds(p[0], p[1]);
        }
    }

    private static void printCounts(Sql sql) throws SQLException {
        for (String t : List.of("branch", "staff_user", "customer", "bank_account", "journal_entry", "journal_line",
                "account_transaction", "loan", "loan_installment", "fixed_deposit")) {
            System.out.printf("  %-20s %,12d rows%n", t, sql.number("SELECT COUNT(*) FROM " + t));
        }
    }
}
