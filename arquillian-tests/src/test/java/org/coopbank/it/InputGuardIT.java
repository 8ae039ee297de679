package org.coopbank.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coopbank.account.AccountService;
import org.coopbank.account.WithdrawalApprovals;
import org.coopbank.admin.AdminQueries;
import org.coopbank.branch.BranchService;
import org.coopbank.customer.CustomerQueries;
import org.coopbank.customer.CustomerService;
import org.coopbank.deposit.DepositService;
import org.coopbank.featureflag.FeatureFlags;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.loan.LoanService;
import org.coopbank.settings.SettingsService;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.BusinessException;
import org.coopbank.staff.StaffService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input thrown at every public method of every business service: nulls, absurd numbers ({@code 1E+100000000},
 * {@code 1E-100000000}, 20 digits), a 100,000-character text. Each call must end at once (well under a second) in a
 * refusal ({@link BusinessException}) or a harmless answer, never another exception (an NPE, a database overflow, a 500),
 * and nothing may be written.
 */
@ExtendWith(ArquillianExtension.class)
class InputGuardIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(InputGuardIT.class);
    }

    @Inject AccountService accounts;
    @Inject CustomerService customers;
    @Inject LoanService loans;
    @Inject DepositService deposits;
    @Inject StaffService staff;
    @Inject SettingsService settings;
    @Inject BranchService branches;
    @Inject CustomerQueries customerQueries;
    @Inject AdminQueries adminQueries;
    @Inject WithdrawalApprovals withdrawals;
    @Inject FeatureFlags featureFlags;
    @Inject org.coopbank.selfservice.SelfService selfService;
    @Inject Books books;
    @Inject LedgerReports reports;
    @Inject BusinessClock clock;

    private static final List<BigDecimal> ABSURD = List.of(new BigDecimal("1E+100000000"), new BigDecimal("1E-100000000"),
            new BigDecimal("12345678901234567890"), new BigDecimal("-5"), new BigDecimal("0.001"));

    @Test
    void everyServiceMethod_refusesBadInputAtOnce_andWritesNothing() throws Exception {
        Books.Counts before = books.counts();
        Map<Object, Class<?>> services = new java.util.LinkedHashMap<>();
        services.put(accounts, AccountService.class);
        services.put(customers, CustomerService.class);
        services.put(loans, LoanService.class);
        services.put(deposits, DepositService.class);
        services.put(staff, StaffService.class);
        services.put(settings, SettingsService.class);
        services.put(branches, BranchService.class);
        services.put(customerQueries, CustomerQueries.class);
        services.put(adminQueries, AdminQueries.class);
        services.put(withdrawals, WithdrawalApprovals.class);
        services.put(featureFlags, FeatureFlags.class);
        services.put(selfService, org.coopbank.selfservice.SelfService.class);
        List<String> problems = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<Object, Class<?>> s : services.entrySet()) {
            for (Method m : s.getValue().getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || m.isSynthetic()
                        || isInternal(m)) {
                    continue;
                }
                for (Object[] args : argumentSets(m)) {
                    calls++;
                    long t0 = System.nanoTime();
                    String outcome = invoke(s.getKey(), m, args);
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    if (outcome != null) {
                        problems.add(s.getValue().getSimpleName() + "." + m.getName() + ": " + outcome);
                    } else if (ms > 1000) {
                        problems.add(s.getValue().getSimpleName() + "." + m.getName() + " took " + ms + " ms");
                    }
                }
            }
        }
        assertTrue(calls > 150, "calls made: " + calls);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(before, books.counts(), "bad input wrote nothing");
        LedgerAssertions.assertBooksSound(reports, clock);
    }

    /** Helpers that only run inside another service's transaction. */
    private static boolean isInternal(Method m) {
        TransactionAttribute ta = m.getAnnotation(TransactionAttribute.class);
        return ta != null && ta.value() == TransactionAttributeType.MANDATORY;
    }

    /** All nulls (zeros for primitives); then per BigDecimal parameter each absurd number; per String a huge text. */
    private static List<Object[]> argumentSets(Method m) {
        Class<?>[] types = m.getParameterTypes();
        List<Object[]> sets = new ArrayList<>();
        Object[] nulls = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            nulls[i] = types[i].isPrimitive() ? plausible(types)[i] : null;
        }
        sets.add(nulls);
        for (int i = 0; i < types.length; i++) {
            if (types[i] == BigDecimal.class) {
                for (BigDecimal absurd : ABSURD) {
                    Object[] a = plausible(types);
                    a[i] = absurd;
                    sets.add(a);
                }
            } else if (types[i] == String.class) {
                Object[] a = plausible(types);
                a[i] = "x".repeat(100_000);
                sets.add(a);
            }
        }
        return sets;
    }

    /** Arguments that pass the null guard but name nothing real (id 1 of a loan, an FD, a customer does not exist). */
    private static Object[] plausible(Class<?>[] types) {
        Object[] a = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            a[i] = plausible(types[i]);
        }
        return a;
    }

    private static Object plausible(Class<?> t) {
        if (t == long.class || t == Long.class) {
            return Long.valueOf(1L);
        }
        if (t == int.class || t == Integer.class) {
            return Integer.valueOf(1);
        }
        if (t == boolean.class) {
            return Boolean.FALSE;
        }
        if (t == String.class) {
            return "x";
        }
        if (t == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (t == Actor.class) {
            return TestData.SYSTEM;
        }
        if (t.isEnum()) {
            return t.getEnumConstants()[0];
        }
        if (t == List.class) {
            return List.of();
        }
        if (t == java.util.Set.class) {
            return java.util.Set.of();
        }
        return null;
    }

    /** null when the call was answered properly; otherwise what went wrong. */
    private static String invoke(Object service, Method m, Object[] args) {
        try {
            m.invoke(service, args);
            return null;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BusinessException) {
                return null;
            }
            return cause.getClass().getName() + ": " + cause.getMessage();
        } catch (IllegalAccessException e) {
            return "not callable: " + e;
        }
    }
}
