package org.coopbank.selfservice;

import java.util.List;

/** One page of rows, {@code first} counted from zero, with the total the filter matches. */
public record MyPage<T>(List<T> rows, long total, int first, int max) {

    public MyPage {
        rows = List.copyOf(rows);
    }

    public boolean hasNext() {
        return first + rows.size() < total;
    }

    public boolean hasPrevious() {
        return first > 0;
    }
}
