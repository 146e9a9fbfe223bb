package org.opentreatment.directory.web.error;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opentreatment.directory.availability.Availability;
import org.opentreatment.directory.management.AccessRefused;
import org.primefaces.csp.CspException;

/**
 * What a page does with a failure, so that no visitor gets a stack trace and no client can flood
 * the log:
 *
 * <ul>
 *   <li>a failure that {@link Availability} says means "temporarily unavailable" answers 503 with
 *       the error page (helplines included) and {@code Retry-After}, in one log line; the API makes
 *       the same decision in its exception mappers;
 *   <li>a page, or a postback with a forged id, that asks for what is not the signed-in account's
 *       ({@link AccessRefused}, logged by ids where it was refused): 403 with the "not for your
 *       account" page;
 *   <li>a postback the server cannot read (a garbled, forged or expired {@code
 *       jakarta.faces.ViewState}, or an Ajax post without the page's script nonce) is the client's
 *       mistake: 400 with the "bad request" page, in one log line;
 *   <li>anything else is a bug: logged once with its stack trace, answered by the server-error
 *       page, also for Ajax requests, whose default answer would name the exception's class.
 * </ul>
 */
public class PageExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PageExceptionHandler.class.getName());

    static final String RETRY_AFTER_SECONDS = "30";

    PageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEventContext queued = events.next().getContext();
            Throwable failure = queued.getException();
            if (context.getResponseComplete()
                    || context.getExternalContext().isResponseCommitted()) {
                break; // an answer is on its way already; the default handling logs the rest
            }
            events.remove();
            if (CDI.current().select(Availability.class).get().explains(failure)) {
                LOG.warning(() -> "Page temporarily unavailable: " + rootCause(failure));
                context.getExternalContext().setResponseHeader("Retry-After", RETRY_AFTER_SECONDS);
                answer(context, 503);
            } else if (causedBy(failure, AccessRefused.class)) {
                // Logged already, by ids only (ListingAccess): a page, or a request with a forged
                // id, asked for what is not this account's
                answer(context, 403);
            } else if (isUnreadablePostback(context, queued, failure)
                    || causedBy(failure, CspException.class)) {
                LOG.info(
                        () ->
                                "Refused a page request that could not be read: "
                                        + rootCause(failure));
                answer(context, 400);
            } else {
                LOG.log(Level.SEVERE, "Page request failed", failure);
                answer(context, 500);
            }
        }
        getWrapped().handle();
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    // The state of a postback is read while the view is restored; a failure there means the
    // request carried state this server did not write (or no longer knows).
    private static boolean isUnreadablePostback(
            FacesContext context, ExceptionQueuedEventContext queued, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException || t instanceof ProtectedViewException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return PhaseId.RESTORE_VIEW.equals(queued.getPhaseId()) && context.isPostback();
    }

    private static void answer(FacesContext context, int status) {
        ExternalContext external = context.getExternalContext();
        try {
            external.responseSendError(status, null);
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
        return root.getClass().getSimpleName();
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
