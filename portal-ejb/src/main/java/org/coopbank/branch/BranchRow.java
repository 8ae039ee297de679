package org.coopbank.branch;

/**
 * A branch with what is open there (read model for the superadmin's list): accounts not closed, loans applied for,
 * approved or running, active FDs, and enabled staff users.
 */
public record BranchRow(Long id, String code, String name, String address, boolean active, long openAccounts,
                        long openLoans, long activeFds, long staff) {

    /** Nothing open: it may close (the head office never does). */
    public boolean canClose() {
        return active && openAccounts == 0 && openLoans == 0 && activeFds == 0 && !BranchService.HEAD_OFFICE.equals(code);
    }
}
