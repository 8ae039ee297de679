package org.coopbank.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.coopbank.it.Deployments;
import org.coopbank.it.payment.PaymentFixtureServlet;
import org.coopbank.it.payment.RazorpaySwitchServlet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Our Checkout glue ({@code portal/razorpay-checkout.js}) in Chromium, with Razorpay as the gateway. Razorpay's
 * Checkout.js cannot be reached from the test machine, so the test puts a stand-in {@code window.Razorpay} on the page
 * (same constructor, {@code on} and {@code open}) that records the options and then closes, fails or succeeds like
 * Checkout does: the options carry the key id, order, paise and prefill; closing and failing only show a message; a
 * success signed with the key secret goes through the page's form and the payment's page shows it received and paid.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RazorpayCheckoutBrowserIT {

    private static final String STAND_IN = """
            window.Razorpay = function (o) {
              window.rzpOptions = o; var self = this; self.handlers = {};
              self.on = function (e, f) { self.handlers[e] = f; };
              self.open = function () { window.rzpNext(o, self); };
            };""";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(PaymentFixtureServlet.class, RazorpaySwitchServlet.class,
                RazorpaySwitchServlet.OfflineOrders.class);
    }

    @ArquillianResource
    URL testWar;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void checkoutOptions_closeAndFailureMessages_andASignedSuccess_settleThePayment() throws Exception {
        String base = BrowserTestSupport.base(testWar);
        String[] on = post(base, "/bank-tests/fixtures/razorpay?do=on").split(" ");
        try {
            String keyId = on[1];
            String secret = on[2];
            String[] c = post(base, "/bank-tests/fixtures/payment?do=customer").split(" ");
            WebBrowser b = browsers.open(base, Viewport.PHONE);
            b.go("/portal/login");
            b.type(By.name("username"), c[0]).type(By.name("password"), PaymentFixtureServlet.PASSWORD)
                    .clickAndWaitForNewPage(By.cssSelector("#login-form button[type=submit]"));
            b.go("/portal/loans/" + c[3]);
            b.clickAndWaitForNewPage(By.id("payemi:pay"));
            assertTrue(b.path().startsWith("/portal/checkout?payment="), b.path());
            assertTrue(b.isPresent(By.id("razorpay-checkout")));
            b.screenshot("payment-razorpay-checkout-phone");
            b.assertAccessible("payment-razorpay-checkout-phone");
            String order = b.driver().findElement(By.id("rzp-options")).getAttribute("data-order"); // hidden: not find()

            b.driver().executeScript(STAND_IN + "window.rzpNext = function (o) { o.modal.ondismiss(); };");
            b.find(By.id("rzp-pay")).click();
            assertTrue(b.driver().findElement(By.id("rzp-status")).getText().contains("You closed the payment window"),
                    b.driver().findElement(By.id("rzp-status")).getText());
            @SuppressWarnings("unchecked")
            Map<String, Object> options = (Map<String, Object>) b.driver().executeScript("return window.rzpOptions;");
            assertEquals(keyId, options.get("key"));
            assertEquals(order, options.get("order_id"));
            assertEquals("INR", options.get("currency"));
            assertTrue(String.valueOf(options.get("amount")).matches("[1-9][0-9]*"), "paise: " + options.get("amount"));
            assertTrue(String.valueOf(options.get("description")).startsWith("EMI · Loan "), String.valueOf(options));
            assertEquals(c[0], ((Map<?, ?>) options.get("prefill")).get("contact"));

            b.driver().executeScript("window.rzpNext = function (o, self) {"
                    + " self.handlers['payment.failed']({ error: { description: 'Card declined by the issuer' } }); };");
            b.find(By.id("rzp-pay")).click();
            String failed = b.driver().findElement(By.id("rzp-status")).getText();
            assertTrue(failed.contains("did not go through") && failed.contains("Card declined by the issuer"), failed);
            assertEquals("INITIATED", status(base, c, b.path()));

            String payment = "pay_ITbrowser" + Long.toHexString(System.nanoTime() % 0xFFFFFF);
            b.driver().executeScript("window.rzpNext = function (o) { o.handler({ razorpay_payment_id: arguments[0],"
                    .replace("arguments[0]", "'" + payment + "'")
                    + " razorpay_order_id: o.order_id, razorpay_signature: '" + hmac(secret, order + "|" + payment) + "' }); };");
            b.clickAndWaitForNewPage(By.id("rzp-pay"));
            assertTrue(b.path().startsWith("/portal/checkout?payment="), b.path());
            assertTrue(b.text().contains("Payment received and confirmed"), b.text());
            assertEquals("Paid", b.find(By.id("checkout-status")).getText());
            assertEquals("PAID", status(base, c, b.path()));
            b.screenshot("payment-razorpay-confirmed-phone");
            b.assertAccessible("payment-razorpay-confirmed-phone");
        } finally {
            assertEquals("simulated", post(base, "/bank-tests/fixtures/razorpay?do=off"));
        }
    }

    private static String status(String base, String[] customer, String checkoutPath) throws Exception {
        String id = checkoutPath.substring(checkoutPath.indexOf('=') + 1);
        return post(base, "/bank-tests/fixtures/payment?do=payment&customer=" + customer[1] + "&id=" + id).split(" ")[0];
    }

    private static String post(String base, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body().trim();
    }

    private static String hmac(String secret, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }
}
