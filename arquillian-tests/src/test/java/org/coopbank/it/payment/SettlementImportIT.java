package org.coopbank.it.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.coopbank.it.Deployments;
import org.coopbank.it.payment.PaymentApi.Customer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Importing the gateway's settlement report ({@code SettlementImport}) with the simulated gateway: each day's captures
 * settled the next day less 2% + 18% GST on the fee, posted once as 1100 net + 5200 charges &lt;- 1200 gross; a
 * settlement whose amounts do not add up flagged, not posted; the manual entry and the import never both post one
 * settlement; staff other than the accountant refused. Each test settles its own past day (its payments' captures are
 * moved to noon of that day), so the tests do not see each other's settlements.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SettlementImportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(PaymentFixtureServlet.class);
    }

    @ArquillianResource
    URL testWar;

    private PaymentApi api;

    @BeforeEach
    void client() {
        api = new PaymentApi("http://" + testWar.getHost() + ":" + testWar.getPort());
    }

    /** A past day no other test settles (the simulated gateway's settlement of it is made the next day at 09:00). */
    static LocalDate ownDay() {
        return LocalDate.now().minusDays(40 + ThreadLocalRandom.current().nextInt(20_000));
    }

    /** A deposit paid online, captured and posted (1200 debited), its capture moved to noon of {@code day}. */
    private void depositCapturedOn(Customer c, String amount, LocalDate day) throws Exception {
        PaymentApi.Paid paid = api.paidDeposit(c, c.accountId(), amount);
        assertEquals("1", api.fixture("backdate", "id", String.valueOf(paid.id()), "day", day.toString()));
    }

    private String importDays(LocalDate from, LocalDate to) throws Exception {
        return api.fixture("import-settlements", "from", from.toString(), "to", to.toString());
    }

    private static String setl(LocalDate day) {
        return "setl_sim_" + day.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    @Test
    void importTwice_postsTheDaysSettlementOnce_balanced_andTakesTheGrossOutOfClearing() throws Exception {
        Customer c = api.customer();
        LocalDate day = ownDay();
        depositCapturedOn(c, "3000.00", day);
        depositCapturedOn(c, "1500.00", day);
        BigDecimal clearingBefore = new BigDecimal(api.fixture("gl-balance", "code", "1200"));
        BigDecimal bankBefore = new BigDecimal(api.fixture("gl-balance", "code", "1100"));
        BigDecimal chargesBefore = new BigDecimal(api.fixture("gl-balance", "code", "5200"));

        // 4500.00 gross; fee 2% = 90.00; GST 18% of the fee = 16.20; net 4393.80
        assertEquals(setl(day) + " POSTED 4500.00 106.20 4393.80", importDays(day, day.plusDays(1)));
        assertEquals("1100 D 4393.80, 1200 C 4500.00, 5200 D 106.20, 1", api.fixture("settlement-entries", "reference", setl(day)));
        assertEquals(clearingBefore.subtract(new BigDecimal("4500.00")), new BigDecimal(api.fixture("gl-balance", "code", "1200")));
        assertEquals(bankBefore.add(new BigDecimal("4393.80")), new BigDecimal(api.fixture("gl-balance", "code", "1100")));
        assertEquals(chargesBefore.add(new BigDecimal("106.20")), new BigDecimal(api.fixture("gl-balance", "code", "5200")));

        assertEquals(setl(day) + " ALREADY_RECORDED 4500.00 106.20 4393.80", importDays(day.minusDays(3), day.plusDays(1)),
                "the same settlement id again");
        assertEquals("1100 D 4393.80, 1200 C 4500.00, 5200 D 106.20, 1", api.fixture("settlement-entries", "reference", setl(day)));
        assertEquals(clearingBefore.subtract(new BigDecimal("4500.00")), new BigDecimal(api.fixture("gl-balance", "code", "1200")));
        api.assertBooksSound();
    }

    @Test
    void aSettlementWhoseAmountsDoNotAddUp_isFlaggedOnce_andNothingIsPosted() throws Exception {
        LocalDate day = ownDay();
        String id = "setl_ItOdd" + System.nanoTime();
        api.fixture("report-settlement", "id", id, "day", day.toString(), "gross", "100000", "fees", "2000", "tax", "360",
                "net", "97000", "utr", "UTR" + System.nanoTime());
        BigDecimal clearingBefore = new BigDecimal(api.fixture("gl-balance", "code", "1200"));

        assertEquals(id + " FLAGGED 1000.00 23.60 970.00", importDays(day, day));
        assertEquals("0", api.fixture("settlement-entries", "reference", id));
        assertEquals("1", api.fixture("settlement-flags", "id", id));
        assertEquals(id + " ALREADY_FLAGGED 1000.00 23.60 970.00", importDays(day, day));
        assertEquals("1", api.fixture("settlement-flags", "id", id));
        assertEquals(clearingBefore, new BigDecimal(api.fixture("gl-balance", "code", "1200")));
        api.assertBooksSound();
    }

    @Test
    void aSettlementNotProcessedYet_isListed_notPosted_norFlagged() throws Exception {
        LocalDate day = ownDay();
        String id = "setl_ItPending" + System.nanoTime();
        api.fixture("report-settlement", "id", id, "day", day.toString(), "gross", "10000", "fees", "200", "tax", "36",
                "net", "9764", "utr", "", "status", "created");

        assertEquals(id + " NOT_PROCESSED 100.00 2.36 97.64", importDays(day, day));
        assertEquals("0", api.fixture("settlement-entries", "reference", id));
        assertEquals("0", api.fixture("settlement-flags", "id", id));
    }

    @Test
    void aSettlementTypedInByItsUtr_isNotPostedAgainByTheImport() throws Exception {
        Customer c = api.customer();
        LocalDate day = ownDay();
        depositCapturedOn(c, "2000.00", day);
        String utr = "SIMUTR" + day.format(DateTimeFormatter.BASIC_ISO_DATE);
        assertEquals("recorded", api.fixture("record-settlement", "amount", "1952.80", "reference", utr).split(" ")[0]);

        assertEquals(setl(day) + " ALREADY_RECORDED 2000.00 47.20 1952.80", importDays(day, day.plusDays(1)));
        assertEquals("0", api.fixture("settlement-entries", "reference", setl(day)));
        assertEquals("1100 D 1952.80, 1200 C 1952.80, 1", api.fixture("settlement-entries", "reference", utr));
        api.assertBooksSound();
    }

    @Test
    void anImportedSettlement_typedInAfterwards_byIdOrUtr_isRefused() throws Exception {
        Customer c = api.customer();
        LocalDate day = ownDay();
        depositCapturedOn(c, "1000.00", day);
        assertEquals(setl(day) + " POSTED 1000.00 23.60 976.40", importDays(day, day.plusDays(1)));

        assertEquals("refused: duplicate", api.fixture("record-settlement", "amount", "976.40", "reference", setl(day)));
        assertEquals("refused: duplicate", api.fixture("record-settlement", "amount", "976.40",
                "reference", "SIMUTR" + day.format(DateTimeFormatter.BASIC_ISO_DATE)));
        assertEquals("1100 D 976.40, 1200 C 1000.00, 5200 D 23.60, 1", api.fixture("settlement-entries", "reference", setl(day)));
        api.assertBooksSound();
    }

    /** Razorpay's settlement.processed event for one settlement (paise), signed by the server's simulated gateway. */
    private PaymentApi.Delivery settlementProcessed(String id, long net, long feesWithTax, long tax, String utr)
            throws Exception {
        String body = "{\"entity\":\"event\",\"account_id\":\"acc_simulated\",\"event\":\"settlement.processed\","
                + "\"contains\":[\"settlement\"],\"payload\":{\"settlement\":{\"entity\":{\"id\":\"" + id
                + "\",\"entity\":\"settlement\",\"amount\":" + net + ",\"status\":\"processed\",\"fees\":" + feesWithTax
                + ",\"tax\":" + tax + ",\"utr\":\"" + utr + "\",\"created_at\":1764115200}}},\"created_at\":1764115201}";
        return new PaymentApi.Delivery("evt_it_setl_" + System.nanoTime(), body, api.fixture("sign", "body", body));
    }

    @Test
    void settlementProcessedWebhook_postsOnce_andAnotherDeliveryOrTheImportDoesNot() throws Exception {
        Customer c = api.customer();
        LocalDate day = ownDay();
        depositCapturedOn(c, "1000.00", day);
        String id = setl(day);
        String utr = "SIMUTR" + day.format(DateTimeFormatter.BASIC_ISO_DATE);
        // Razorpay's shape: amount = net 976.40, fees 23.60 including tax 3.60
        PaymentApi.Delivery first = settlementProcessed(id, 97640, 2360, 360, utr);
        api.deliverOk(first);
        assertEquals("APPLIED", api.awaitOutcome(first.eventId()));
        assertEquals("1100 D 976.40, 1200 C 1000.00, 5200 D 23.60, 1", api.fixture("settlement-entries", "reference", id));

        PaymentApi.Delivery again = settlementProcessed(id, 97640, 2360, 360, utr);
        api.deliverOk(again);
        assertEquals("ALREADY_SETTLED", api.awaitOutcome(again.eventId()), "another event id for the same settlement");
        assertEquals(id + " ALREADY_RECORDED 1000.00 23.60 976.40", importDays(day, day.plusDays(1)));
        assertEquals("1100 D 976.40, 1200 C 1000.00, 5200 D 23.60, 1", api.fixture("settlement-entries", "reference", id));
        api.assertBooksSound();
    }

    @Test
    void aClerk_cannotImport_andNothingIsPosted() throws Exception {
        Customer c = api.customer();
        LocalDate day = ownDay();
        depositCapturedOn(c, "700.00", day);

        assertEquals("refused: forbidden", api.fixture("import-settlements", "from", day.toString(),
                "to", day.plusDays(1).toString(), "as", "clerk"));
        assertEquals("0", api.fixture("settlement-entries", "reference", setl(day)));
    }
}
