package org.coopbank.admin.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link IntranetExceptionHandler} (faces-config.xml). */
public class IntranetExceptionHandlerFactory extends ExceptionHandlerFactory {

    public IntranetExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new IntranetExceptionHandler(getWrapped().getExceptionHandler());
    }
}
