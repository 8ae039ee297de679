package org.coopbank.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.coopbank.settings.SettingsService;
import org.coopbank.shared.Money;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Settings are kept in memory for a few seconds once read ({@code SettingsCache}); a change through the service is
 * seen at once on this server: by the changing transaction itself, by the next transaction after its commit, and a
 * change rolled back leaves the old value, in the cache as in the database.
 */
@ExtendWith(ArquillianExtension.class)
class SettingsCacheIT {

    private static final String KEY = SettingsService.MAX_LOAN;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(SettingsCacheIT.class);
    }

    @Inject
    SettingsService settings;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    private Money original;

    @AfterEach
    void restore() {
        if (original != null) {
            settings.change(KEY, original.amount().toPlainString(), TestData.SUPERADMIN);
        }
    }

    private String stored() throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM app_setting WHERE setting_key = ?")) {
            ps.setString(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void aCommittedChange_isReadAtOnce_thoughTheOldValueWasJustCached() {
        original = settings.maxLoan(); // read: now cached
        Money raised = original.plus(Money.of("1000.00"));
        settings.change(KEY, raised.amount().toPlainString(), TestData.SUPERADMIN);
        assertEquals(raised, settings.maxLoan());
    }

    @Test
    void theChangingTransaction_readsItsOwnValue_andARollbackLeavesTheOldOne() throws Exception {
        original = settings.maxLoan();
        Money raised = original.plus(Money.of("2000.00"));
        tx.begin();
        try {
            settings.change(KEY, raised.amount().toPlainString(), TestData.SUPERADMIN);
            assertEquals(raised, settings.maxLoan(), "the changing transaction sees its change");
        } finally {
            tx.rollback();
        }
        assertEquals(original, settings.maxLoan(), "rolled back: the old value, not the uncommitted one");
        assertEquals(original, Money.of(stored()));
        original = null; // nothing to restore
    }
}
