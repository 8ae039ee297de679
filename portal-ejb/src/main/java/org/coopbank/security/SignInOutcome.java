package org.coopbank.security;

/** What happened at a sign-in event. */
public enum SignInOutcome {
    /** signed in */
    SUCCESS,
    /** wrong credentials (or an unknown or disabled user: the same to the person signing in) */
    FAILURE,
    /** refused without checking the password: the username or address is backing off */
    THROTTLED,
    /** refused without checking the password: the username or address is locked */
    LOCKED,
    /** this failure locked the username or address */
    LOCKOUT,
    /** a superadmin lifted a lock */
    UNLOCK,
    /** signed out */
    SIGN_OUT,
    /** the session was ended because the user was disabled, demoted or blocked while signed in */
    SESSION_ENDED
}
