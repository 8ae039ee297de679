package org.coopbank.admin.security;

/** Escaping for the intranet's hand-written pages (until the JSF screens replace them). */
final class Html {

    private Html() {
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
