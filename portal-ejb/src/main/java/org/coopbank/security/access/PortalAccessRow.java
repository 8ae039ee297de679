package org.coopbank.security.access;

/** A customer on the manager's portal-access screen; the mobile is shown masked ({@code XXXXXX1234}). */
public record PortalAccessRow(Long id, String customerNumber, String fullName, String maskedMobile, String status,
                              boolean portalAccess) implements java.io.Serializable {

    /** For the JPQL constructor expression: masks the mobile, says whether a login exists. */
    public PortalAccessRow(Long id, String customerNumber, String fullName, String mobile, String status, String loginMobile) {
        this(id, customerNumber, fullName, Secrets.maskMobile(mobile), status, loginMobile != null);
    }
}
