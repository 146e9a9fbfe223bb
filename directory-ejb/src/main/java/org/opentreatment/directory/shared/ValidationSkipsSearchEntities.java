package org.opentreatment.directory.shared;

import java.util.List;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.beanvalidation.BeanValidationEventListener;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerGroup;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PreDeleteEvent;
import org.hibernate.event.spi.PreDeleteEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.event.spi.PreUpsertEvent;
import org.hibernate.event.spi.PreUpsertEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Keeps Bean Validation to the application's entities, away from Hibernate Search's own (the outbox
 * events and agents of outbox polling), which carry no constraints. Validating them still needs the
 * validator factory, a CDI bean that WildFly has already shut down while it undeploys the
 * application; that is exactly when an outbox agent updates and deletes its row for the last time,
 * and the failed write left an error in the log and a stale agent row behind.
 */
public class ValidationSkipsSearchEntities implements Integrator {

    @Override
    public void integrate(
            Metadata metadata,
            BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        EventListenerRegistry registry =
                sessionFactory.getServiceRegistry().requireService(EventListenerRegistry.class);
        replace(registry.getEventListenerGroup(EventType.PRE_INSERT), OwnEntitiesOnly::new);
        replace(registry.getEventListenerGroup(EventType.PRE_UPDATE), OwnEntitiesOnly::new);
        replace(registry.getEventListenerGroup(EventType.PRE_UPSERT), OwnEntitiesOnly::new);
        replace(registry.getEventListenerGroup(EventType.PRE_DELETE), OwnEntitiesOnly::new);
    }

    @Override
    public void disintegrate(
            SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {}

    private static <T> void replace(
            EventListenerGroup<T> group, Function<BeanValidationEventListener, T> wrap) {
        List<T> listeners =
                StreamSupport.stream(group.listeners().spliterator(), false)
                        .map(
                                listener ->
                                        listener instanceof BeanValidationEventListener validation
                                                ? wrap.apply(validation)
                                                : listener)
                        .toList();
        group.clearListeners();
        listeners.forEach(group::appendListener);
    }

    static boolean ownEntity(Object entity) {
        return !entity.getClass().getName().startsWith("org.hibernate.search.");
    }

    /** Hibernate's validation, for the application's entities only; it never vetoes. */
    private record OwnEntitiesOnly(BeanValidationEventListener validation)
            implements PreInsertEventListener,
                    PreUpdateEventListener,
                    PreUpsertEventListener,
                    PreDeleteEventListener {

        @Override
        public boolean onPreInsert(PreInsertEvent event) {
            return ownEntity(event.getEntity()) && validation.onPreInsert(event);
        }

        @Override
        public boolean onPreUpdate(PreUpdateEvent event) {
            return ownEntity(event.getEntity()) && validation.onPreUpdate(event);
        }

        @Override
        public boolean onPreUpsert(PreUpsertEvent event) {
            return ownEntity(event.getEntity()) && validation.onPreUpsert(event);
        }

        @Override
        public boolean onPreDelete(PreDeleteEvent event) {
            return ownEntity(event.getEntity()) && validation.onPreDelete(event);
        }
    }
}
