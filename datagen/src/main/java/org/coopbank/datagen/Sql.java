package org.coopbank.datagen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** A JDBC connection with the few helpers the generator needs; every step prints its rows, time and rows/s. */
final class Sql {

    private final Connection c;

    Sql(Connection c) {
        this.c = c;
    }

    Connection connection() {
        return c;
    }

    /** Runs one statement, prints "step: rows in s (rows/s)" and returns the row count. */
    long step(String name, String sql, Object... params) throws SQLException {
        long t0 = System.nanoTime();
        long rows;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            rows = ps.executeLargeUpdate();
        }
        report(name, rows, System.nanoTime() - t0);
        return rows;
    }

    static void report(String name, long rows, long nanos) {
        double s = nanos / 1e9;
        System.out.printf(Locale.ROOT, "  %-34s %,12d rows %8.2f s %,12.0f rows/s%n", name, rows, s, s > 0 ? rows / s : 0.0);
    }

    /**
     * Drops the secondary indexes and the foreign keys of {@code table} and returns the statements that put them back
     * exactly (same names, same definitions; each foreign key validated when re-added). Building an index once over
     * the loaded rows is several times faster than maintaining it row by row.
     */
    java.util.List<String> dropIndexesAndForeignKeys(String table) throws SQLException {
        java.util.List<String> restore = new java.util.ArrayList<>();
        java.util.List<String> drops = new java.util.ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid = '%s'::regclass AND contype = 'f' ORDER BY conname""".formatted(table))) {
            while (rs.next()) {
                drops.add("ALTER TABLE " + table + " DROP CONSTRAINT " + rs.getString(1));
                restore.add("ALTER TABLE " + table + " ADD CONSTRAINT " + rs.getString(1) + " " + rs.getString(2));
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT i.indexname, i.indexdef FROM pg_indexes i
                WHERE i.schemaname = current_schema() AND i.tablename = '%s'
                  AND i.indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = '%s'::regclass)
                ORDER BY i.indexname""".formatted(table, table))) {
            while (rs.next()) {
                drops.add("DROP INDEX " + rs.getString(1));
                restore.add(0, rs.getString(2));
            }
        }
        for (String d : drops) {
            exec(d);
        }
        return restore;
    }

    void restore(String name, java.util.List<String> statements) throws SQLException {
        long t0 = System.nanoTime();
        for (String s : statements) {
            exec(s);
        }
        report(name + " (" + statements.size() + ")", 0, System.nanoTime() - t0);
    }

    void exec(String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    long number(String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String text(String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The first id the generator may use in {@code table}: above every row and every block the sequence handed out. */
    long idBase(String table, String sequence) throws SQLException {
        return number("SELECT GREATEST((SELECT COALESCE(MAX(id), 0) FROM " + table + "), (SELECT last_value FROM "
                + sequence + ")) + 51");
    }

    /** The last serial a number sequence (INCREMENT BY 1) has handed out, 0 if none. */
    long serialBase(String sequence) throws SQLException {
        return number("SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM " + sequence);
    }

    /**
     * Moves an id sequence (INCREMENT BY 50, Hibernate's pooled optimizer) past the table's largest id, so the next
     * block the application takes starts above every generated row.
     */
    void advanceIds(String table, String sequence) throws SQLException {
        exec("SELECT setval('" + sequence + "', GREATEST((SELECT COALESCE(MAX(id), 0) FROM " + table
                + "), (SELECT last_value FROM " + sequence + ")) + 50)");
    }

    void advanceSerial(String sequence, long lastUsed) throws SQLException {
        if (lastUsed > 0) {
            exec("SELECT setval('" + sequence + "', GREATEST(" + lastUsed + ", (SELECT last_value FROM " + sequence + ")))");
        }
    }
}
