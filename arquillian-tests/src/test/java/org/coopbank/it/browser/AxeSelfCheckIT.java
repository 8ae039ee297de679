package org.coopbank.it.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The browser helper itself, without a server: the window sizes are what the tests claim, and axe really finds
 * violations (so "no violations" on a real page means something).
 */
class AxeSelfCheckIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void viewports_areExactlyDesktopAndPhone() {
        WebBrowser desktop = browsers.open("http://127.0.0.1:1", Viewport.DESKTOP).show("<!DOCTYPE html><title>x</title>");
        assertArrayEquals(new int[] {1366, 900}, desktop.viewportSize());
        // a phone lays out a page without a meta viewport 980 px wide, as real phones do; with one, at its own width
        WebBrowser phone = browsers.open("http://127.0.0.1:1", Viewport.PHONE).show("<!DOCTYPE html><title>x</title>");
        assertEquals(980, phone.viewportSize()[0]);
        phone.show("<!DOCTYPE html><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>x</title>");
        assertArrayEquals(new int[] {360, 800}, phone.viewportSize());
    }

    @Test
    void axe_reportsSeriousAndCriticalViolations() {
        WebBrowser b = browsers.open("http://127.0.0.1:1", Viewport.DESKTOP);
        b.show("""
                <!DOCTYPE html><html><head><title>bad</title></head><body><main>
                <h1>Bad page</h1><img src="x.png"><input id="q"><p style="color:#ccc;background:#fff">faint text</p>
                </main></body></html>""");
        List<String> ids = b.axe().stream().filter(AxeViolation::isSeriousOrCritical).map(AxeViolation::id).toList();
        assertTrue(ids.containsAll(List.of("html-has-lang", "image-alt", "label", "color-contrast")), ids.toString());
        AssertionError e = assertThrows(AssertionError.class, () -> b.assertAccessible("axe-self-check-bad-page"));
        assertTrue(e.getMessage().contains("image-alt"), e.getMessage());

        b.show("""
                <!DOCTYPE html><html lang="en"><head><title>good</title></head><body><main>
                <h1>Good page</h1><label for="q">Search</label><input id="q"></main></body></html>""");
        assertEquals(List.of(), b.assertAccessible("axe-self-check-good-page"));
    }
}
