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
    SESSION_ENDED,
    /** a one-time code was sent by SMS (portal access codes; the purpose is in the user-agent column) */
    CODE_SENT,
    /** a code was asked for a mobile that gets none (unknown, or without portal access): the asker is told the same */
    CODE_NOT_SENT,
    /** a one-time code was verified (and consumed) */
    CODE_ACCEPTED,
    /** a wrong, expired, used or unknown code */
    CODE_FAILURE,
    /** a portal password was set with an activation or reset code */
    PASSWORD_SET,
    /** the login mobile was changed with a code sent to the new number */
    MOBILE_CHANGED
}
