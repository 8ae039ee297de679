package org.coopbank.nightly;

import java.io.Serializable;

/**
 * One of {@code of} disjoint shares of a nightly job's items: the ids with {@code id mod of = index}. The fd-maturity
 * and emi-overdue jobs run their shares as parallel steps (a JSL split), each with its own chunks, transactions and
 * checkpoint. The shares never hold the same item, and the rows an item locks are its own (its loan; its FD and the
 * linked account, locked in id order in one statement per chunk), so two shares never wait on each other for long
 * and cannot deadlock. {@link #ALL} is the whole job in one share.
 */
public record Shard(int index, int of) implements Serializable {

    public static final Shard ALL = new Shard(0, 1);

    /** The most shares a job is split into (the JSL has this many parallel steps). */
    public static final int MAX = 2;

    public Shard {
        if (of < 1 || index < 0) {
            throw new IllegalArgumentException("shard " + index + " of " + of);
        }
    }

    /** A share beyond the job's count (the JSL's second step when the job runs as one share) has nothing to read. */
    public boolean empty() {
        return index >= of;
    }

    /** The JPQL condition selecting this share's ids of {@code idPath}, with parameters shardOf/shardIndex; or "". */
    public String jpql(String idPath) {
        return of == 1 ? "" : " AND MOD(" + idPath + ", :shardOf) = :shardIndex";
    }

    /** Binds the parameters of {@link #jpql}. */
    public <Q extends jakarta.persistence.Query> Q bind(Q query) {
        if (of > 1) {
            query.setParameter("shardOf", of);
            query.setParameter("shardIndex", index);
        }
        return query;
    }

    @Override
    public String toString() {
        return (index + 1) + " of " + of;
    }
}
