package org.coopbank.security.access;

/** The SMS texts: short, customer-facing, never an account number; each says that the bank never asks for a code. */
final class Texts {

    private static final String NEVER_SHARE = " Never share it: the bank will never ask for it.";

    private Texts() {
    }

    static String activation(String code) {
        return "Co-operative Bank: your portal activation code is " + code + ". Valid for 24 hours." + NEVER_SHARE;
    }

    static String login(String code) {
        return "Co-operative Bank: your sign-in code is " + code + ". Valid for 5 minutes." + NEVER_SHARE;
    }

    static String reset(String code) {
        return "Co-operative Bank: your password reset code is " + code + ". Valid for 5 minutes." + NEVER_SHARE;
    }

    static String mobileChange(String code) {
        return "Co-operative Bank: your code to make this number your login is " + code + ". Valid for 5 minutes."
                + NEVER_SHARE;
    }

    static String mobileChanged(String newMobile) {
        return "Co-operative Bank: your login mobile was changed to " + Secrets.maskMobile(newMobile)
                + ". If this was not you, call your branch at once.";
    }
}
