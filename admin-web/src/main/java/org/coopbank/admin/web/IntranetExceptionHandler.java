package org.coopbank.admin.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coopbank.shared.BusinessException;
import org.coopbank.shared.ValidationFailedException;

/**
 * One place for errors of the intranet's pages: a {@link BusinessException} (a refusal: insufficient funds, wrong
 * state, maker = checker, invalid input) becomes a message beside the form and the page stays as it was (the service
 * rolled everything back); anything else is logged with an incident id and the user is sent to the error page, which
 * shows only that id.
 */
public class IntranetExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(IntranetExceptionHandler.class.getName());

    public IntranetExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator(); it.hasNext(); ) {
            Throwable t = it.next().getContext().getException();
            BusinessException refusal = refusal(t);
            if (refusal != null) {
                it.remove();
                show(faces, refusal);
                faces.validationFailed();
                faces.renderResponse();
            } else if (faces != null && !faces.getResponseComplete() && !onIncidentPage(faces)) {
                it.remove();
                String incident = UUID.randomUUID().toString().substring(0, 8);
                LOG.log(Level.SEVERE, "Incident " + incident + " on " + faces.getViewRoot(), t);
                try {
                    faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                            + "/incident?id=" + incident);
                } catch (IOException e) {
                    throw new FacesException("Incident " + incident, e);
                }
                faces.responseComplete();
            }
        }
        getWrapped().handle();
    }

    /** The incident page itself failing goes to the container's error page, never round in a redirect loop. */
    private static boolean onIncidentPage(FacesContext faces) {
        return faces.getViewRoot() != null && "/incident.xhtml".equals(faces.getViewRoot().getViewId());
    }

    static BusinessException refusal(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BusinessException b) {
                return b;
            }
        }
        return null;
    }

    static void show(FacesContext faces, BusinessException b) {
        if (b instanceof ValidationFailedException v) {
            FieldMessages.show(faces, v);
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, b.getMessage(), null));
        }
    }
}
