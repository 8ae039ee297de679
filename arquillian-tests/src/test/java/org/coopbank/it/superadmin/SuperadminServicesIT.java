package org.coopbank.it.superadmin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountType;
import org.coopbank.audit.AuditRecord;
import org.coopbank.audit.AuditService;
import org.coopbank.branch.Branch;
import org.coopbank.branch.BranchRow;
import org.coopbank.branch.BranchService;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.customer.CustomerStatus;
import org.coopbank.deposit.DepositQueries;
import org.coopbank.deposit.DepositService;
import org.coopbank.deposit.DepositService.RateBand;
import org.coopbank.deposit.FdRate;
import org.coopbank.deposit.RateCard;
import org.coopbank.featureflag.FeatureFlagRow;
import org.coopbank.featureflag.FeatureFlags;
import org.coopbank.featureflag.FlagMode;
import org.coopbank.featureflag.Rollout;
import org.coopbank.featureflag.RolloutPreview;
import org.coopbank.it.Deployments;
import org.coopbank.it.TestData;
import org.coopbank.shared.AccessDeniedException;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.ValidationFailedException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The superadmin's services of issue 11: feature flags, branches, the FD rate card. Validated, audited, superadmin only. */
@ExtendWith(ArquillianExtension.class)
class SuperadminServicesIT {

    private static final List<Actor> NOT_SUPERADMIN = List.of(TestData.CLERK, TestData.MANAGER, TestData.CASHIER,
            TestData.ACCOUNTANT, TestData.SYSTEM, Actor.customer("C00000001", 1L));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(SuperadminServicesIT.class, FlagFixtures.class);
    }

    @Inject
    FeatureFlags flags;

    @Inject
    FlagFixtures fixtures;

    @Inject
    AuditService audit;

    @Inject
    BranchService branches;

    @Inject
    CustomerService customers;

    @Inject
    AccountService accounts;

    @Inject
    DepositService deposits;

    @Inject
    DepositQueries depositQueries;

    @Inject
    TestData data;

    @Inject
    BusinessClock clock;

    @PersistenceContext
    EntityManager em;

    // --- feature flags ---

    @Test
    void portalFlag_isSeededOn_forEveryCustomer() {
        FeatureFlagRow portal = flags.list().stream().filter(f -> f.key().equals(FeatureFlags.PORTAL)).findFirst().orElseThrow();
        assertEquals(FlagMode.ON, portal.mode());
        assertEquals(100, portal.percent());
        assertTrue(flags.isEnabled(FeatureFlags.PORTAL));
        assertTrue(flags.isEnabledFor(FeatureFlags.PORTAL, 1L) && flags.isEnabledFor(FeatureFlags.PORTAL, 987_654_321L));
    }

    @Test
    void change_switchesTheFlag_atOnce_andIsAudited() {
        String key = fixtures.newFlag("it-switch");
        assertFalse(flags.isEnabled(key));
        assertFalse(flags.isEnabledFor(key, 42L));

        flags.change(key, FlagMode.ON, 0, TestData.SUPERADMIN);
        assertTrue(flags.isEnabled(key), "the cache is dropped when the change commits, not 5 s later");
        assertTrue(flags.isEnabledFor(key, 42L));
        FeatureFlagRow on = flags.list().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
        assertEquals(100, on.percent(), "ON stores 100");
        assertEquals(TestData.SUPERADMIN.name(), on.updatedBy());

        FeatureFlagRow share = flags.change(key, FlagMode.PERCENT, 30, TestData.SUPERADMIN);
        assertEquals(30, share.percent());
        assertFalse(flags.isEnabled(key), "a share is not everybody");
        for (long id = 1; id <= 300; id++) {
            assertEquals(Rollout.bucket(key, id) < 30, flags.isEnabledFor(key, id), "customer " + id);
        }

        flags.change(key, FlagMode.OFF, 55, TestData.SUPERADMIN);
        assertFalse(flags.isEnabledFor(key, 42L));
        List<AuditRecord> trail = audit.forEntity("FeatureFlag", key);
        assertEquals(3, trail.size());
        assertEquals("feature-flag.change", trail.get(0).action());
        assertEquals("{\"mode\":\"OFF\",\"percent\":0}", trail.get(0).before());
        assertEquals("{\"mode\":\"ON\",\"percent\":100}", trail.get(0).after());
        assertEquals("{\"mode\":\"PERCENT\",\"percent\":30}", trail.get(2).before());
        assertEquals("{\"mode\":\"OFF\",\"percent\":0}", trail.get(2).after(), "OFF stores 0 whatever percent came");
        assertEquals(TestData.SUPERADMIN.name(), trail.get(2).actor());
    }

    @Test
    void change_refusesBadInput_andEveryoneButTheSuperadmin_changingNothing() {
        String key = fixtures.newFlag("it-refuse");
        for (int bad : new int[] {-1, 101, Integer.MAX_VALUE}) {
            ValidationFailedException e = assertThrows(ValidationFailedException.class,
                    () -> flags.change(key, FlagMode.PERCENT, bad, TestData.SUPERADMIN));
            assertEquals("percent", e.violations().get(0).getKey());
        }
        assertThrows(ValidationFailedException.class, () -> flags.change(key, null, 10, TestData.SUPERADMIN));
        assertThrows(org.coopbank.shared.NotFoundException.class,
                () -> flags.change("no-such-flag", FlagMode.ON, 0, TestData.SUPERADMIN));
        for (Actor a : NOT_SUPERADMIN) {
            assertThrows(AccessDeniedException.class, () -> flags.change(key, FlagMode.ON, 0, a), a.toString());
            assertThrows(AccessDeniedException.class, () -> flags.preview(key, FlagMode.ON, 0, a), a.toString());
        }
        assertFalse(flags.isEnabled(key));
        assertTrue(audit.forEntity("FeatureFlag", key).isEmpty(), "a refusal writes no audit record");
    }

    @Test
    void unknownFlag_isOff() {
        assertFalse(flags.isEnabled("never-defined"));
        assertFalse(flags.isEnabledFor("never-defined", 1L));
    }

    @Test
    void preview_countsTheActivePortalCustomers_whoWouldHaveTheFlag_changingNothing() {
        Customer c = data.approvedCustomer("Flag Preview");
        customers.activatePortal(c.id(), "Pr3view!pw", TestData.MANAGER);
        String key = fixtures.newFlag("it-preview");
        List<Long> portalIds = em.createQuery("SELECT c.id FROM Customer c WHERE c.status = :s AND c.passwordHash IS NOT NULL",
                Long.class).setParameter("s", CustomerStatus.ACTIVE).getResultList();

        RolloutPreview p = flags.preview(key, FlagMode.PERCENT, 40, TestData.SUPERADMIN);
        assertEquals(FlagMode.OFF, p.currentMode());
        assertEquals(portalIds.size(), p.portalCustomers());
        assertEquals(portalIds.stream().filter(id -> Rollout.bucket(key, id) < 40).count(), p.customersOn());
        assertEquals(p.portalCustomers(), flags.preview(key, FlagMode.ON, 7, TestData.SUPERADMIN).customersOn());
        assertEquals(0, flags.preview(key, FlagMode.OFF, 7, TestData.SUPERADMIN).customersOn());
        assertEquals(100, flags.preview(key, FlagMode.ON, 7, TestData.SUPERADMIN).percent());
        assertFalse(flags.isEnabled(key), "a preview changes nothing");
        assertTrue(audit.forEntity("FeatureFlag", key).isEmpty());
    }

    // --- branches ---

    private String freeCode() {
        Random r = new Random();
        for (int i = 0; i < 2000; i++) {
            String code = String.format("%03d", 100 + r.nextInt(900));
            if (branches.findByCode(code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("no free branch code");
    }

    private BranchRow row(long id) {
        return branches.overview(TestData.SUPERADMIN).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Test
    void superadmin_createsEditsClosesAndReopensABranch_eachStepAudited() {
        String code = freeCode();
        Branch b = branches.create(new BranchService.NewBranch(code, "  Station Road ", "12 Station Road"), TestData.SUPERADMIN);
        assertEquals("Station Road", b.name());
        branches.edit(b.id(), new BranchService.BranchDetails("Station Road East", " "), TestData.SUPERADMIN);
        BranchRow r = row(b.id());
        assertEquals("Station Road East", r.name());
        assertEquals(null, r.address(), "a blank address is none");
        assertTrue(r.canClose());

        branches.close(b.id(), TestData.SUPERADMIN);
        assertFalse(row(b.id()).active());
        assertTrue(branches.listOpen().stream().noneMatch(x -> x.id().equals(b.id())), "a closed branch is not offered");
        InvalidStateException again = assertThrows(InvalidStateException.class, () -> branches.close(b.id(), TestData.SUPERADMIN));
        assertTrue(again.getMessage().contains("already closed"), again.getMessage());
        InvalidStateException noCustomer = assertThrows(InvalidStateException.class, () -> customers.register(
                withBranch(data.registration("Closed Branch"), b.id()), TestData.CLERK));
        assertTrue(noCustomer.getMessage().contains("closed"), noCustomer.getMessage());

        branches.reopen(b.id(), TestData.SUPERADMIN);
        assertTrue(row(b.id()).active());
        assertEquals(b.id(), customers.register(withBranch(data.registration("Reopened Branch"), b.id()), TestData.CLERK)
                .branch().id(), "an open branch takes customers again");

        List<String> actions = audit.forEntity("Branch", b.id()).stream().map(AuditRecord::action).toList();
        assertEquals(List.of("branch.create", "branch.edit", "branch.close", "branch.reopen"), actions);
        AuditRecord close = audit.forEntity("Branch", b.id()).get(2);
        assertTrue(close.before().contains("\"active\":true") && close.after().contains("\"active\":false"), close.after());
        assertEquals(TestData.SUPERADMIN.name(), close.actor());
    }

    @Test
    void aBranchWithAnOpenAccount_cannotClose_norTheHeadOffice_andNothingChanges() {
        String code = freeCode();
        Branch b = branches.create(new BranchService.NewBranch(code, "Busy Branch", null), TestData.SUPERADMIN);
        Customer c = customers.approve(customers.register(withBranch(data.registration("Busy Customer"), b.id()),
                TestData.CLERK).id(), TestData.MANAGER);
        accounts.open(c.id(), AccountType.SAVINGS, TestData.CLERK);
        BranchRow before = row(b.id());
        assertEquals(1, before.openAccounts());
        assertFalse(before.canClose());

        InvalidStateException e = assertThrows(InvalidStateException.class, () -> branches.close(b.id(), TestData.SUPERADMIN));
        assertTrue(e.getMessage().contains("1 open account"), e.getMessage());
        assertTrue(row(b.id()).active());
        assertThrows(InvalidStateException.class, () -> branches.close(branches.headOffice().id(), TestData.SUPERADMIN));
        assertTrue(branches.headOffice().isActive());
        assertEquals(List.of("branch.create"), audit.forEntity("Branch", b.id()).stream().map(AuditRecord::action).toList());
    }

    @Test
    void branches_validateTheirInput_andOnlyTheSuperadminChangesThem() {
        for (String bad : new String[] {"1", "12a", "1234", ""}) {
            ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> branches.create(
                    new BranchService.NewBranch(bad, "Bad Code", null), TestData.SUPERADMIN), bad);
            assertEquals("code", e.violations().get(0).getKey());
        }
        ValidationFailedException noName = assertThrows(ValidationFailedException.class, () -> branches.edit(
                branches.headOffice().id(), new BranchService.BranchDetails(" ", null), TestData.SUPERADMIN));
        assertEquals("name", noName.violations().get(0).getKey());
        assertThrows(ValidationFailedException.class, () -> branches.edit(branches.headOffice().id(),
                new BranchService.BranchDetails("x".repeat(101), null), TestData.SUPERADMIN));
        assertThrows(org.coopbank.shared.DuplicateException.class, () -> branches.create(
                new BranchService.NewBranch(BranchService.HEAD_OFFICE, "Twin", null), TestData.SUPERADMIN));
        long ho = branches.headOffice().id();
        for (Actor a : NOT_SUPERADMIN) {
            assertThrows(AccessDeniedException.class, () -> branches.edit(ho, new BranchService.BranchDetails("X", null), a));
            assertThrows(AccessDeniedException.class, () -> branches.close(ho, a));
            assertThrows(AccessDeniedException.class, () -> branches.reopen(ho, a));
            assertThrows(AccessDeniedException.class, () -> branches.overview(a));
        }
        assertEquals("Head Office", branches.headOffice().name());
    }

    private static CustomerService.Registration withBranch(CustomerService.Registration r, long branchId) {
        return new CustomerService.Registration(branchId, r.fullName(), r.dateOfBirth(), r.mobile(), r.email(), r.address(),
                r.panNumber(), r.aadhaarNumber(), r.nomineeName(), r.nomineeRelation());
    }

    // --- FD rate card ---

    @Test
    void checkRateCard_namesEachRefusedBand_asSubmitted() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> deposits.checkRateCard(List.of(
                new RateBand(7, 45, new BigDecimal("3.5")), new RateBand(0, 90, new BigDecimal("4")),
                new RateBand(100, 50, new BigDecimal("4")), new RateBand(200, 300, new BigDecimal("99")))));
        Map<String, String> byField = new java.util.TreeMap<>();
        e.violations().forEach(v -> byField.put(v.getKey(), v.getValue()));
        assertEquals(List.of("bands[1].minDays", "bands[2].maxDays", "bands[3].annualRate"), new ArrayList<>(byField.keySet()));
        ValidationFailedException overlap = assertThrows(ValidationFailedException.class, () -> deposits.checkRateCard(List.of(
                new RateBand(46, 179, new BigDecimal("4.5")), new RateBand(7, 45, new BigDecimal("3.5")),
                new RateBand(100, 200, new BigDecimal("5")))));
        assertEquals("bands[2].minDays", overlap.violations().get(0).getKey());
        assertTrue(overlap.violations().get(0).getValue().contains("46 to 179"), overlap.getMessage());
        assertEquals(List.of(7, 46), deposits.checkRateCard(List.of(new RateBand(46, 179, new BigDecimal("4.5")),
                new RateBand(7, 45, new BigDecimal("3.5")))).stream().map(RateBand::minDays).toList(), "sorted");
    }

    @Test
    void replacingTheCard_keepsTheOldOneInTheHistory_superadminOnly() {
        List<RateBand> original = deposits.rateCard().stream()
                .map(r -> new RateBand(r.minDays(), r.maxDays(), r.annualRate())).toList();
        List<RateBand> raised = original.stream()
                .map(r -> new RateBand(r.minDays(), r.maxDays(), r.annualRate().add(new BigDecimal("0.25")))).toList();
        for (Actor a : NOT_SUPERADMIN) {
            assertThrows(AccessDeniedException.class, () -> deposits.replaceRateCard(raised, a), a.toString());
        }
        assertThrows(AccessDeniedException.class, () -> depositQueries.rateCards(TestData.CLERK));
        try {
            List<FdRate> made = deposits.replaceRateCard(raised, TestData.SUPERADMIN);
            assertEquals(original.size(), made.size());
            AuditRecord record = em.createQuery("SELECT a FROM AuditRecord a WHERE a.action = 'fd.rate-card' ORDER BY a.id DESC",
                    AuditRecord.class).setMaxResults(1).getSingleResult();
            assertEquals(TestData.SUPERADMIN.name(), record.actor());
            assertTrue(record.after().contains(raised.get(0).annualRate().stripTrailingZeros().toPlainString())
                    || record.after().contains(raised.get(0).annualRate().setScale(4).toPlainString()), record.after());
            List<RateCard> cards = depositQueries.rateCards(TestData.MANAGER);
            RateCard now = cards.stream().filter(c -> c.effectiveTo() == null).findFirst().orElseThrow();
            assertEquals(clock.today(), now.effectiveFrom());
            assertEquals(raised.get(0).annualRate().compareTo(now.bands().get(0).annualRate()), 0);
            assertTrue(cards.stream().anyMatch(c -> clock.today().equals(c.effectiveTo()) && c.bands().size() == original.size()
                    && c.bands().get(0).annualRate().compareTo(original.get(0).annualRate()) == 0), "the old card, ended today");
        } finally {
            deposits.replaceRateCard(original, TestData.SUPERADMIN);
        }
        assertEquals(original.get(0).annualRate().compareTo(deposits.rateCard().get(0).annualRate()), 0);
    }
}
