package org.coopbank.security;

/** May a sign-in be attempted now? If not, for how long it is refused and why. */
public record Verdict(Status status, long retryAfterSeconds) {

    public enum Status { ALLOWED, BACK_OFF, LOCKED }

    public static final Verdict ALLOWED = new Verdict(Status.ALLOWED, 0);

    public boolean allowed() {
        return status == Status.ALLOWED;
    }

    /** The stricter of two verdicts: a lock over a back-off, the longer wait over the shorter. */
    public Verdict and(Verdict other) {
        if (other.status.ordinal() != status.ordinal()) {
            return other.status.ordinal() > status.ordinal() ? other : this;
        }
        return other.retryAfterSeconds > retryAfterSeconds ? other : this;
    }

    /** What to tell the person signing in; says nothing about whether the username exists. */
    public String message() {
        return switch (status) {
            case ALLOWED -> "";
            case BACK_OFF -> "Too many failed sign-in attempts. Try again in " + retryAfterSeconds + " seconds.";
            case LOCKED -> "Sign-in is locked after too many failed attempts. Try again in "
                    + Math.max(1, (retryAfterSeconds + 59) / 60) + " minutes, or ask the bank to unlock it.";
        };
    }
}
