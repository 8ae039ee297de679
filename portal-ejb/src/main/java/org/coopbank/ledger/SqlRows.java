package org.coopbank.ledger;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.coopbank.shared.Money;

/** Reads the columns of native queries the same way on H2 and PostgreSQL (their drivers return different types). */
final class SqlRows {

    private SqlRows() {
    }

    static Money money(Object o) {
        if (o == null) {
            return Money.ZERO;
        }
        return o instanceof BigDecimal bd ? Money.of(bd) : Money.of(new BigDecimal(o.toString()));
    }

    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : o instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(o.toString());
    }

    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof ZonedDateTime t) {
            return t.toInstant();
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        return OffsetDateTime.parse(o.toString()).toInstant();
    }

    static Long id(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    static long count(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
