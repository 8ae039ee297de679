package org.coopbank.portal.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coopbank.shared.AccessDeniedException;
import org.coopbank.shared.BusinessException;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.ValidationFailedException;

/**
 * Errors of the portal's pages. Someone else's id (or a missing one: the self-service façade answers both alike) is a
 * plain 404 page; a refusal (invalid input, wrong state) becomes a message on the page, which stays as it was; anything
 * else is logged with an incident id and the customer sees only that id.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PortalExceptionHandler.class.getName());

    public PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator(); it.hasNext(); ) {
            Throwable t = it.next().getContext().getException();
            BusinessException refusal = refusal(t);
            if (faces == null || faces.getResponseComplete()) {
                continue;
            }
            if (refusal instanceof NotFoundException || refusal instanceof AccessDeniedException) {
                it.remove();
                notFound(faces);
            } else if (refusal != null && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
                it.remove();
                show(faces, refusal);
                faces.validationFailed();
                faces.renderResponse();
            } else {
                it.remove();
                String incident = UUID.randomUUID().toString().substring(0, 8);
                LOG.log(Level.SEVERE, "Incident " + incident + " on " + faces.getViewRoot(), t);
                faces.getExternalContext().getRequestMap().put("incident", incident);
                error(faces, HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        }
        getWrapped().handle();
    }

    private static void notFound(FacesContext faces) {
        error(faces, HttpServletResponse.SC_NOT_FOUND);
    }

    private static void error(FacesContext faces, int status) {
        try {
            if (!faces.getExternalContext().isResponseCommitted()) {
                faces.getExternalContext().responseReset();
                faces.getExternalContext().responseSendError(status, null);
            }
        } catch (IOException e) {
            throw new FacesException(e);
        }
        faces.responseComplete();
    }

    static BusinessException refusal(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BusinessException b) {
                return b;
            }
        }
        return null;
    }

    /** A refusal as the customer reads it: each invalid field by its label, else the service's reason. */
    static void show(FacesContext faces, BusinessException b) {
        if (b instanceof ValidationFailedException v) {
            ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
            for (Map.Entry<String, String> violation : v.violations()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        label(texts, violation.getKey()) + ": " + violation.getValue(), null));
            }
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, b.getMessage(), null));
        }
    }

    private static String label(ResourceBundle texts, String field) {
        try {
            return texts.getString("field." + field);
        } catch (MissingResourceException e) {
            return field;
        }
    }
}
