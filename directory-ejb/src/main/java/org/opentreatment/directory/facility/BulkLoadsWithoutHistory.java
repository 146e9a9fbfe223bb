package org.opentreatment.directory.facility;

import java.util.List;
import java.util.stream.StreamSupport;
import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.event.spi.EnversListener;
import org.hibernate.event.service.spi.EventListenerGroup;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Keeps the listings a bulk load creates out of the history (a session with {@link
 * #SESSION_PROPERTY} set, see {@link FacilityService#createAllUnindexed}): 20,000 sample listings
 * would otherwise be written twice at first start, and their history would say only that they were
 * generated. Envers' insert listener is wrapped once the session factory is built, so it does not
 * matter whether Envers' integrator ran before this one. Updates and deletions are always recorded.
 */
public class BulkLoadsWithoutHistory implements Integrator {

    /** A session (entity manager) property: when {@code true}, new entities get no history. */
    public static final String SESSION_PROPERTY =
            "org.opentreatment.directory.history.skip-inserts";

    @Override
    public void integrate(
            Metadata metadata,
            BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        sessionFactory.addObserver(
                new SessionFactoryObserver() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public void sessionFactoryCreated(SessionFactory factory) {
                        wrapEnversInserts(
                                ((SessionFactoryImplementor) factory)
                                        .getServiceRegistry()
                                        .requireService(EventListenerRegistry.class)
                                        .getEventListenerGroup(EventType.POST_INSERT));
                    }
                });
    }

    @Override
    public void disintegrate(
            SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {}

    private static void wrapEnversInserts(EventListenerGroup<PostInsertEventListener> group) {
        List<PostInsertEventListener> listeners =
                StreamSupport.stream(group.listeners().spliterator(), false)
                        .map(
                                listener ->
                                        listener instanceof EnversListener
                                                ? new UnlessBulkLoad(listener)
                                                : listener)
                        .toList();
        group.clearListeners();
        listeners.forEach(group::appendListener);
    }

    static boolean bulkLoad(PostInsertEvent event) {
        return Boolean.TRUE.equals(event.getSession().getProperties().get(SESSION_PROPERTY));
    }

    private record UnlessBulkLoad(PostInsertEventListener envers)
            implements PostInsertEventListener {

        @Override
        public void onPostInsert(PostInsertEvent event) {
            if (!bulkLoad(event)) {
                envers.onPostInsert(event);
            }
        }

        @Override
        public boolean requiresPostCommitHandling(EntityPersister persister) {
            return envers.requiresPostCommitHandling(persister);
        }
    }
}
