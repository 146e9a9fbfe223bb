package org.opentreatment.directory.shared;

import java.util.List;
import java.util.stream.StreamSupport;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.beanvalidation.BeanValidationEventListener;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerGroup;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PreDeleteEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Takes Bean Validation out of deletes, where it validates nothing anyway: Jakarta Persistence's
 * pre-remove validation group is empty, and we set none. Hibernate 6.6 still asks the validator
 * factory before it looks at the groups, and while WildFly undeploys the application that factory
 * (a CDI bean) is already gone; with outbox polling, Hibernate Search deletes its agent's row
 * exactly then, and the failed delete left an error in the log and a stale agent row behind.
 */
public class NoValidationOnDelete implements Integrator {

    @Override
    public void integrate(
            Metadata metadata,
            BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        EventListenerGroup<PreDeleteEventListener> preDelete =
                sessionFactory
                        .getServiceRegistry()
                        .requireService(EventListenerRegistry.class)
                        .getEventListenerGroup(EventType.PRE_DELETE);
        List<PreDeleteEventListener> others =
                StreamSupport.stream(preDelete.listeners().spliterator(), false)
                        .filter(listener -> !(listener instanceof BeanValidationEventListener))
                        .toList();
        preDelete.clearListeners();
        others.forEach(preDelete::appendListener);
    }

    @Override
    public void disintegrate(
            SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {}
}
