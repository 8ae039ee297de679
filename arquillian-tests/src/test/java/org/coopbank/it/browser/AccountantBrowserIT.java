package org.coopbank.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The accountant's screens in a desktop Chromium on a day of business posted by the fixture: the journal with its
 * drill-down, the trial balance (balanced, exported to Excel and read back with Apache POI, printed without the menu),
 * the day book (exported to CSV), a GL account statement and the loan ageing report. Screenshots and axe on each.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountantBrowserIT {

    private static final By SIGN_IN = By.cssSelector("#login-form button[type=submit]");

    @Deployment
    static EnterpriseArchive deployment() {
        return BrowserTestSupport.deployment();
    }

    @ArquillianResource
    URL testWar;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private WebBrowser signedInAccountant(String base) throws Exception {
        String user = BrowserTestSupport.fixture(base, "staff", "roles", "accountant");
        WebBrowser b = browsers.open(base, Viewport.DESKTOP);
        b.go("/admin/login");
        b.type(By.id("username"), user).type(By.id("password"), BrowserFixtureServlet.PASSWORD).clickAndWaitForNewPage(SIGN_IN);
        assertEquals("/admin/home", b.path());
        return b;
    }

    private static void setDate(WebBrowser b, String id, String isoDate) {
        b.driver().executeScript("arguments[0].value = arguments[1]", b.find(By.id(id)), isoDate);
    }

    private static void waitUntil(WebBrowser b, java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        // an AJAX update may replace the element between finding it and reading it: look again
        new WebDriverWait(b.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /** Scrolls a button to the middle of the window first: the confirmation panel opens at the window's bottom edge. */
    private static void click(WebBrowser b, By by) {
        WebElement e = b.find(by);
        b.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        new WebDriverWait(b.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private static void check(WebBrowser b, String name) {
        b.screenshot(name);
        b.assertAccessible(name);
    }

    @Test
    void accountant_journalDrillDown_trialBalanceBalancesAndExports_dayBook_glStatement_ageing() throws Exception {
        String base = BrowserTestSupport.base(testWar);
        String[] ledger = BrowserTestSupport.fixture(base, "ledger").split(" ");
        String day = ledger[0];
        String transferId = ledger[1];
        WebBrowser b = signedInAccountant(base);

        // journal: filtered to the day's transfer in the database, then drill-down
        b.clickAndWaitForNewPage(By.linkText("Journal entries"));
        assertEquals("/admin/accountant/journal", b.path());
        check(b, "accountant-journal");
        setDate(b, "journal:from", day);
        setDate(b, "journal:to", day);
        new Select(b.find(By.id("journal:eventType"))).selectByVisibleText("Transfer");
        b.find(By.id("journal:apply")).click();
        waitUntil(b, d -> d.findElements(By.cssSelector("#journal\\:entries tbody tr")).size() == 1
                && d.findElement(By.id("journal:entries")).getText().contains(transferId));
        assertTrue(b.find(By.id("journal:entries")).getText().contains("₹2,500.00"));
        check(b, "accountant-journal-filtered");
        b.clickAndWaitForNewPage(By.linkText(transferId));
        assertEquals("/admin/accountant/entry?id=" + transferId, b.path());
        String lines = b.find(By.id("lines")).getText();
        assertTrue(lines.contains("2000") && lines.contains("Savings"), lines);
        String txns = b.find(By.id("transactions")).getText();
        assertTrue(txns.contains(ledger[2]) && txns.contains(ledger[3]), txns);
        assertTrue(txns.contains("₹7,500.00") && txns.contains("₹3,000.00"), "balances after: " + txns);
        check(b, "accountant-entry");

        // a reversal request for the transfer: reason, review (nothing filed), confirm; a second one is refused
        b.type(By.id("reversal:reason"), "Keyed to the wrong account");
        click(b, By.id("reversal:review"));
        String confirmation = b.find(By.id("reversal:confirmation")).getText();
        assertTrue(confirmation.contains("reverse entry " + transferId) && confirmation.contains("₹2,500.00"), confirmation);
        check(b, "accountant-reversal-confirm");
        click(b, By.id("reversal:confirm"));
        waitUntil(b, d -> d.findElement(By.id("messages")).getText().contains("Reversal request"));
        assertTrue(b.find(By.id("messages")).getText().contains("filed for entry " + transferId), b.find(By.id("messages")).getText());
        b.screenshot("accountant-reversal-requested");
        b.type(By.id("reversal:reason"), "Again");
        click(b, By.id("reversal:review"));
        click(b, By.id("reversal:confirm"));
        waitUntil(b, d -> d.findElement(By.id("messages")).getText().contains("already has a reversal request"));
        check(b, "accountant-reversal-refused");

        // the accountant's reversal requests: this one, waiting for a manager, marked as the accountant's own
        b.clickAndWaitForNewPage(By.id("requests"));
        assertEquals("/admin/accountant/reversals", b.path());
        String request = b.find(By.xpath("//*[@id='reversals']//tr[contains(., 'Keyed to the wrong account')]")).getText();
        assertTrue(request.contains(transferId) && request.contains("Waiting for a manager") && request.contains("you")
                && request.contains("₹2,500.00"), request);
        check(b, "accountant-reversal-requests");

        // trial balance: balances; Excel export opens with POI and holds every row; print hides the menu
        b.clickAndWaitForNewPage(By.linkText("Trial balance"));
        String status = b.find(By.id("tb-status")).getText();
        assertTrue(status.startsWith("Balanced: total debits"), status);
        int tableRows = b.findAll(By.cssSelector("#tb\\:rows tbody tr")).size();
        assertEquals(16, tableRows, "one row per GL account of the chart (V28 added 5200 gateway charges)");
        check(b, "accountant-trial-balance");
        Path xlsx = keep(b.clickAndAwaitDownload(By.id("tb:export-xlsx"), ".xlsx"), "accountant-trial-balance.xlsx");
        List<List<String>> sheet = readSheet(xlsx);
        assertEquals(List.of("GL code", "GL account", "Type", "Debits", "Credits", "Balance"), sheet.get(0));
        List<List<String>> glRows = sheet.stream().filter(r -> !r.isEmpty() && r.get(0).matches("\\d{4}")).toList();
        assertEquals(16, glRows.size(), "every GL account is in the workbook: " + sheet);
        assertTrue(glRows.stream().anyMatch(r -> r.get(0).equals("1000") && r.get(1).contains("Cash")), sheet.toString());
        BigDecimal debits = glRows.stream().map(r -> new BigDecimal(r.get(3))).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal credits = glRows.stream().map(r -> new BigDecimal(r.get(4))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, debits.compareTo(credits), "the exported trial balance balances too");
        b.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertFalse(b.driver().findElement(By.cssSelector("nav.sidenav")).isDisplayed(), "print hides the menu");
        assertFalse(b.driver().findElement(By.id("tb:export-xlsx")).isDisplayed(), "print hides the buttons");
        b.screenshot("accountant-trial-balance-print");
        b.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        // day book of the fixture's day: five entries, balanced; CSV export holds the lines
        b.go("/admin/accountant/day-book?date=" + day);
        String summary = b.find(By.id("daybook-summary")).getText();
        assertTrue(summary.contains("5 journal entries") && summary.contains("debits ₹63,100.00, credits ₹63,100.00"), summary);
        assertEquals(10, b.findAll(By.cssSelector("#daybook\\:lines tbody tr")).size());
        check(b, "accountant-day-book");
        Path csv = keep(b.clickAndAwaitDownload(By.id("daybook:export-csv"), ".csv"), "accountant-day-book.csv");
        List<String> csvLines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(csvLines.get(0).contains("Entry no."), csvLines.get(0));
        assertTrue(csvLines.stream().anyMatch(l -> l.contains(transferId) && l.contains("2500.00")), csvLines.toString());

        // GL statement of cash for the day
        b.clickAndWaitForNewPage(By.linkText("GL account statement"));
        new Select(b.find(By.id("gls:code"))).selectByValue("1000");
        setDate(b, "gls:from", day);
        setDate(b, "gls:to", day);
        b.find(By.id("gls:show")).click();
        waitUntil(b, d -> !d.findElements(By.id("gls-closing")).isEmpty());
        assertEquals(3, b.findAll(By.cssSelector("#gls\\:lines tbody tr")).size(), "two deposits and a withdrawal");
        assertEquals("₹10,500.00", b.find(By.id("gls-debits")).getText());
        assertEquals("₹100.00", b.find(By.id("gls-credits")).getText());
        List<WebElement> last = b.findAll(By.cssSelector("#gls\\:lines tbody tr:last-child td"));
        assertEquals(b.find(By.id("gls-closing")).getText(), last.get(last.size() - 1).getText(), "the running balance ends at the closing balance");
        check(b, "accountant-gl-statement");

        // loan ageing: five bands with the NPA line
        b.clickAndWaitForNewPage(By.linkText("Loan ageing"));
        assertEquals(5, b.findAll(By.cssSelector("#ageing\\:buckets tbody tr")).size());
        String buckets = b.find(By.id("ageing:buckets")).getText();
        assertTrue(buckets.contains("Current") && buckets.contains("1–30 days") && buckets.contains("More than 90 days — NPA"), buckets);
        assertTrue(b.find(By.id("npa")).getText().startsWith("Non-performing assets"), b.find(By.id("npa")).getText());
        check(b, "accountant-ageing");
    }

    /** Copies a downloaded file next to the screenshots (the browser's download directory goes with it). */
    private static Path keep(Path downloaded, String name) throws Exception {
        assertNotNull(downloaded);
        Path copy = WebBrowser.screenshotDir().resolve(name);
        Files.copy(downloaded, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    private static String number(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
    }

    private static List<List<String>> readSheet(Path xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                // PrimeFaces writes number-like values (amounts, GL codes) as number cells: read them to the paisa
                row.forEach(c -> cells.add(c.getCellType() == CellType.NUMERIC ? number(c.getNumericCellValue())
                        : format.formatCellValue(c).trim()));
                rows.add(cells);
            }
        }
        return rows;
    }
}
