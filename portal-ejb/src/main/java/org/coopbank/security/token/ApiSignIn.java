package org.coopbank.security.token;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerStatus;
import org.coopbank.security.PasswordHasher;
import org.coopbank.security.SignInGuard;
import org.coopbank.security.SignInRealm;
import org.coopbank.security.Verdict;
import org.coopbank.shared.Actor;

/**
 * Sign-in to the customer API, through the same throttle and sign-in log as the portal's page
 * ({@link SignInGuard} with realm {@link SignInRealm#CUSTOMER}: one limiter for both). The password is checked as the
 * Elytron {@code customerRealm} checks it: the bcrypt {@code password_hash} of the customer whose {@code login_mobile}
 * it is, ACTIVE with portal access; the staff table is never read, so staff credentials never work. Unknown mobiles
 * and wrong passwords get the same answer in the same time. Each step runs in its own transaction (the throttle counts
 * a failure even though the sign-in fails).
 *
 * <p>Every way of proving who one is ends in {@link #signedIn}: an OTP sign-in verifies its code, then calls it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApiSignIn {

    /** What became of a sign-in; {@code verdict} says for how long a throttled client must wait. */
    public record Result(Outcome outcome, IssuedToken token, Verdict verdict) {

        public enum Outcome { SIGNED_IN, WRONG_CREDENTIALS, THROTTLED }

        static Result wrong(Verdict next) {
            return new Result(Outcome.WRONG_CREDENTIALS, null, next);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SignInGuard guard;

    @Inject
    PasswordHasher hasher;

    @Inject
    ApiTokens tokens;

    public Result withPassword(String mobile, String password, String address, String userAgent) {
        String user = mobile == null ? "" : mobile.trim();
        if (user.isEmpty() || user.length() > 150 || password == null || password.isEmpty() || password.length() > 200) {
            return Result.wrong(Verdict.ALLOWED);
        }
        Verdict admitted = guard.admit(SignInRealm.CUSTOMER, user, address, userAgent);
        if (!admitted.allowed()) {
            return new Result(Result.Outcome.THROTTLED, null, admitted);
        }
        Optional<Long> customer = passwordOwner(user, password);
        if (customer.isEmpty()) {
            return Result.wrong(guard.failed(SignInRealm.CUSTOMER, user, password, address, userAgent));
        }
        return signedIn(customer.get(), user, address, userAgent);
    }

    /** The customer proved who they are (password, OTP): the success is counted and logged, and a token issued. */
    public Result signedIn(long customerId, String username, String address, String userAgent) {
        guard.succeeded(SignInRealm.CUSTOMER, username, address, userAgent);
        return new Result(Result.Outcome.SIGNED_IN, tokens.issue(customerId, address, userAgent), Verdict.ALLOWED);
    }

    /** Sign-out: revokes the presented token and logs the sign-out. */
    public void signOut(Actor me, String rawToken, String address, String userAgent) {
        tokens.revoke(rawToken);
        Customer c = em.find(Customer.class, me.customerId());
        guard.signedOut(SignInRealm.CUSTOMER, c == null || c.loginMobile() == null ? me.name() : c.loginMobile(),
                address, userAgent);
    }

    /** The customer whose password this is, with the realm's rule: ACTIVE, a login mobile and a password hash. */
    private Optional<Long> passwordOwner(String mobile, String password) {
        List<Object[]> rows = em.createQuery("""
                        SELECT c.id, c.passwordHash FROM Customer c
                        WHERE c.loginMobile = :m AND c.status = :active AND c.passwordHash IS NOT NULL""", Object[].class)
                .setParameter("m", mobile).setParameter("active", CustomerStatus.ACTIVE).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        return hasher.matches(password, (String) row[1]) ? Optional.of((Long) row[0]) : Optional.empty();
    }
}
