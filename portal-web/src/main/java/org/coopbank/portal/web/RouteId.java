package org.coopbank.portal.web;

import jakarta.faces.context.FacesContext;
import org.coopbank.shared.NotFoundException;

/** The id of a detail page's URL ({@code /portal/accounts/{id}}), put there by {@link PortalRoutes}. */
public final class RouteId {

    private RouteId() {
    }

    public static long get() {
        Object id = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(PortalRoutes.ID);
        if (!(id instanceof Long l)) {
            throw new NotFoundException("Not found");
        }
        return l;
    }
}
