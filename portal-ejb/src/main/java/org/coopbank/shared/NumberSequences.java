package org.coopbank.shared;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Serials for the numbers people see (customer, account, loan, FD numbers), from database sequences so they are
 * unique across nodes and known before the row is inserted. The SQL comes from Hibernate's dialect, so it is right
 * on H2 and PostgreSQL alike.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class NumberSequences {

    public static final String CUSTOMER = "customer_number_seq";
    public static final String ACCOUNT = "account_number_seq";
    public static final String LOAN = "loan_number_seq";
    public static final String FD = "fd_number_seq";

    @PersistenceContext
    EntityManager em;

    public long next(String sequence) {
        String sql = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect().getSequenceSupport().getSequenceNextValString(sequence);
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
