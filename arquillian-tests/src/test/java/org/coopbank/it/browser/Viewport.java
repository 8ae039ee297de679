package org.coopbank.it.browser;

/** The window sizes the browser tests look at pages in. */
public enum Viewport {

    /** A staff PC: the intranet's size. */
    DESKTOP(1366, 900, false),
    /** A small Android phone (CSS pixels), emulated as a mobile device: the portal's size. */
    PHONE(360, 800, true);

    final int width;
    final int height;
    final boolean mobile;

    Viewport(int width, int height, boolean mobile) {
        this.width = width;
        this.height = height;
        this.mobile = mobile;
    }
}
