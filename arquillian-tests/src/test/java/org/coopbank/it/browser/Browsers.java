package org.coopbank.it.browser;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension owning the browsers a test opens: {@code @RegisterExtension final Browsers browsers = new Browsers();}
 * then {@code browsers.open(base, Viewport.PHONE)}. When a test fails, each of its browsers is screenshot to
 * {@code target/screenshots/FAILED-Class-method[-n].png}; after each test all are closed.
 */
public final class Browsers implements AfterTestExecutionCallback, AfterEachCallback {

    private final List<WebBrowser> open = new ArrayList<>();

    public WebBrowser open(String base, Viewport viewport) {
        WebBrowser b = WebBrowser.open(base, viewport);
        open.add(b);
        return b;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        for (int i = 0; i < open.size(); i++) {
            try {
                open.get(i).screenshot(open.size() == 1 ? name : name + "-" + (i + 1));
            } catch (RuntimeException e) {
                // the browser may be what failed
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RuntimeException first = null;
        for (WebBrowser b : open) {
            try {
                b.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        open.clear();
        if (first != null) {
            throw first;
        }
    }
}
