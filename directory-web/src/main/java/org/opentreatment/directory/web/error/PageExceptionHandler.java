package org.opentreatment.directory.web.error;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;
import org.opentreatment.directory.availability.Availability;

/**
 * What a page does with a failure: when {@link Availability} says it means "temporarily
 * unavailable", the page answers 503 with the error page (helplines included) and {@code
 * Retry-After}, and the log gets one line; anything else goes on to the default handling as the bug
 * it is. The API makes the same decision in its exception mappers.
 */
public class PageExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PageExceptionHandler.class.getName());

    static final String RETRY_AFTER_SECONDS = "30";

    PageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            FacesContext context = FacesContext.getCurrentInstance();
            if (!context.getExternalContext().isResponseCommitted()
                    && CDI.current().select(Availability.class).get().explains(failure)) {
                events.remove();
                answerUnavailable(context, failure);
                break;
            }
        }
        getWrapped().handle();
    }

    private static void answerUnavailable(FacesContext context, Throwable failure) {
        LOG.warning(() -> "Page temporarily unavailable: " + rootCause(failure));
        ExternalContext external = context.getExternalContext();
        try {
            external.setResponseHeader("Retry-After", RETRY_AFTER_SECONDS);
            external.responseSendError(503, "The directory is temporarily unavailable.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PageExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
