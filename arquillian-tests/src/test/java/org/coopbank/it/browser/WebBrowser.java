package org.coopbank.it.browser;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium window driven by Selenium, for client-side ({@code @RunAsClient}) tests against the server
 * Arquillian started. Uses Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (override with
 * {@code -Dbrowser.chromium=...} / {@code -Dbrowser.chromedriver=...}); it never downloads a browser or a driver, so
 * Selenium Manager never runs. Missing binaries fail the test with a message saying how to install them.
 * Open it through {@link Browsers} (which closes it and screenshots failures) or close it yourself.
 */
public final class WebBrowser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(15);
    private static final String AXE_RESOURCE = "axe.min.js";
    private static volatile String axeSource;

    private final String base;
    private final Viewport viewport;
    private final Path profile;
    private final Path downloads;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private WebBrowser(String base, Viewport viewport) throws IOException {
        File chromium = binary("browser.chromium", "/usr/bin/chromium");
        File chromedriver = binary("browser.chromedriver", "/usr/bin/chromedriver");
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.viewport = viewport;
        this.profile = Files.createTempDirectory("coopbank-chromium-");
        this.downloads = Files.createTempDirectory("coopbank-downloads-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile, "--lang=en-IN",
                "--window-size=" + viewport.width + "," + viewport.height);
        // files the pages offer (exports) land in a directory of this browser, without a prompt
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "download.directory_upgrade", true));
        if (viewport.mobile) {
            // a phone, not a narrow desktop window: the page's meta viewport and touch apply
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", viewport.width,
                    "height", viewport.height, "pixelRatio", 1.0, "mobile", true, "touch", true)));
        }
        this.service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort().build();
        ChromeDriver d;
        try {
            d = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteProfile();
            throw new AssertionError("Chromium did not start (" + chromium + " driven by " + chromedriver
                    + "). Both must come from the same Debian release (chromium and chromium-driver); see NOTES-browser.md. "
                    + e.getMessage(), e);
        }
        this.driver = d;
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        if (!viewport.mobile) {
            fitViewport();
        }
    }

    /** --window-size is the outer window: grow it by the browser's own frame so the page gets exactly the viewport. */
    @SuppressWarnings("unchecked")
    private void fitViewport() {
        List<Number> frame = (List<Number>) driver.executeScript(
                "return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]");
        int dw = frame.get(0).intValue();
        int dh = frame.get(1).intValue();
        if (dw != 0 || dh != 0) {
            driver.manage().window().setSize(new Dimension(viewport.width + dw, viewport.height + dh));
        }
    }

    /** The page's viewport in CSS pixels, {width, height}. */
    @SuppressWarnings("unchecked")
    public int[] viewportSize() {
        List<Number> size = (List<Number>) driver.executeScript("return [window.innerWidth, window.innerHeight]");
        return new int[] {size.get(0).intValue(), size.get(1).intValue()};
    }

    /** Shows a page given as HTML (no server): for checking the helpers themselves. */
    public WebBrowser show(String html) {
        driver.get("data:text/html;charset=utf-8," + java.net.URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));
        waitUntilLoaded();
        return this;
    }

    /** Opens a browser at the given size; {@code base} is the server, e.g. {@code http://127.0.0.1:8080}. */
    public static WebBrowser open(String base, Viewport viewport) {
        try {
            return new WebBrowser(base, viewport);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File binary(String property, String fallback) {
        File f = new File(System.getProperty(property, fallback));
        if (!f.canExecute()) {
            throw new AssertionError(f + " is missing: the browser tests need Debian's Chromium and ChromeDriver. Install them "
                    + "with `apt-get update && apt-get install -y --no-install-recommends chromium chromium-driver` "
                    + "(.ci/run does this), or point -D" + property + "=... at another binary.");
        }
        return f;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Viewport viewport() {
        return viewport;
    }

    /** Loads a page of the server ({@code path} starting with /) and waits until it has loaded. */
    public WebBrowser go(String path) {
        driver.get(base + path);
        waitUntilLoaded();
        return this;
    }

    /** The path (and query) of the page shown, without the server part. */
    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** Clears a field and types into it. */
    public WebBrowser type(By field, String text) {
        WebElement e = find(field);
        e.clear();
        e.sendKeys(text);
        return this;
    }

    /**
     * Clicks something that loads a new page (a submit button, a link) and waits until the old page is gone and the
     * new one has loaded, so nothing is read from the old page by mistake.
     */
    public WebBrowser clickAndWaitForNewPage(By by) {
        WebElement oldRoot = driver.findElement(By.tagName("html"));
        find(by).click();
        new WebDriverWait(driver, WAIT).until(d -> isGone(oldRoot));
        waitUntilLoaded();
        return this;
    }

    /** Where this browser saves downloaded files (a temp directory, deleted on close). */
    public Path downloads() {
        return downloads;
    }

    /**
     * Clicks something that downloads a file and waits until a complete file whose name ends with {@code suffix} is in
     * {@link #downloads()}; returns it.
     */
    public Path clickAndAwaitDownload(By by, String suffix) {
        find(by).click();
        return new WebDriverWait(driver, WAIT).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> all = files.toList();
                boolean partial = all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
                return partial ? null : all.stream().filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Whether an element of a page that is being replaced is gone. Chromium sometimes answers the staleness probe during
     * the navigation with "Node with given id does not belong to the document" instead of a stale-element error
     * (seen once in the full suite): that means gone too.
     */
    private static boolean isGone(WebElement e) {
        try {
            e.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException maybe) {
            if (String.valueOf(maybe.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw maybe;
        }
    }

    /** The visible text of the page. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    /** The page's HTML as the browser has it now. */
    public String html() {
        return driver.getPageSource();
    }

    private void waitUntilLoaded() {
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Saves what the window shows to {@code target/screenshots/NAME.png} and returns the file. */
    public Path screenshot(String name) {
        try {
            Path file = screenshotDir().resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path screenshotDir() throws IOException {
        Path dir = Path.of(System.getProperty("coopbank.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        return dir;
    }

    /**
     * Waits (up to 3 s) until no PrimeFaces AJAX request is queued and no CSS transition or animation is running, so
     * axe judges the colours the page settles on, not a button half-way through its re-enable fade after an AJAX
     * update (seen once: a contrast of 3.98 measured mid-transition on a button whose settled contrast passes).
     */
    private void settle() {
        long until = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < until) {
            Object busy = driver.executeScript("""
                    try {
                      const q = window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue;
                      const ajax = q && typeof q.isEmpty === 'function' && !q.isEmpty();
                      const moving = typeof document.getAnimations === 'function'
                          && document.getAnimations().some(a => a.playState === 'running');
                      return !!(ajax || moving);
                    } catch (e) { return false; }""");
            if (!Boolean.TRUE.equals(busy)) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Runs axe-core (bundled {@code axe.min.js}) on the page shown and returns its violations (all impacts). The page's
     * CSP does not apply: WebDriver's scripts run through the DevTools protocol.
     */
    @SuppressWarnings("unchecked")
    public List<AxeViolation> axe() {
        settle();
        driver.executeScript(axeSource());
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,
                      helpUrl: v.helpUrl, nodes: v.nodes.map(n => n.target.join(' ') + ': ' + (n.failureSummary || ''))}))))
                  .catch(e => done('axe failed: ' + e));
                """);
        if (result instanceof String failure) {
            throw new AssertionError(failure);
        }
        List<AxeViolation> violations = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            violations.add(new AxeViolation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                    (String) v.get("helpUrl"), ((List<Object>) v.get("nodes")).stream().map(String::valueOf).toList()));
        }
        return violations;
    }

    /**
     * Runs axe, writes every violation to {@code target/screenshots/NAME-axe.txt}, and fails if any is
     * {@code serious} or {@code critical}.
     */
    public List<AxeViolation> assertAccessible(String name) {
        List<AxeViolation> all = axe();
        try {
            Files.writeString(screenshotDir().resolve(name + "-axe.txt"), driver.getCurrentUrl() + "\n"
                    + (all.isEmpty() ? "no violations\n" : all.stream().map(AxeViolation::describe).collect(Collectors.joining("\n"))),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<AxeViolation> blocking = all.stream().filter(AxeViolation::isSeriousOrCritical).toList();
        if (!blocking.isEmpty()) {
            throw new AssertionError("axe: serious or critical accessibility violations on " + name + " ("
                    + driver.getCurrentUrl() + "):\n" + blocking.stream().map(AxeViolation::describe).collect(Collectors.joining("\n")));
        }
        return all;
    }

    private static String axeSource() {
        String s = axeSource;
        if (s == null) {
            try (InputStream in = WebBrowser.class.getClassLoader().getResourceAsStream(AXE_RESOURCE)) {
                if (in == null) {
                    throw new AssertionError(AXE_RESOURCE + " is not on the test classpath (com.deque.html.axe-core:selenium)");
                }
                s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            axeSource = s;
        }
        return s;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile();
        }
    }

    private void deleteProfile() {
        for (Path dir : new Path[] {profile, downloads}) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temp directory: left behind at worst
            }
        }
    }
}
