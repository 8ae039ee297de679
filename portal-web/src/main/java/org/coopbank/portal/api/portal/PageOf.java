package org.coopbank.portal.api.portal;

import java.util.List;
import org.coopbank.selfservice.MyPage;

/** One page of rows: {@code page} counted from 0, {@code size} rows per page, {@code total} rows matching. */
public record PageOf<T>(List<T> items, long total, int page, int size, boolean hasNext) {

    static <T> PageOf<T> of(MyPage<T> p, Paging paging) {
        return new PageOf<>(p.rows(), p.total(), paging.page(), paging.size(), p.hasNext());
    }
}
