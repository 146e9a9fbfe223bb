package org.opentreatment.directory.availability;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.opentreatment.directory.health.DirectoryProbe;
import org.opentreatment.directory.health.ProbeRegistry;

/**
 * Answers the readiness checks (which live in the EAR's lib/, see {@link ProbeRegistry}) from
 * inside this module, where the persistence unit is. It registers its own EJB proxy, so a check
 * polled on a server thread still calls it with this module's naming context.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReadinessProbes implements DirectoryProbe {

    static final int DATABASE_TIMEOUT_MILLIS = 2_000;

    @PersistenceContext EntityManager em;

    @Resource SessionContext context;

    @Inject ProbeRegistry registry;

    @Inject Availability availability;

    @PostConstruct
    void register() {
        registry.register(context.getBusinessObject(DirectoryProbe.class));
    }

    @Override
    public boolean started() {
        return availability.isStarted();
    }

    @Override
    public boolean databaseAnswers() {
        Object one =
                em.createNativeQuery("select 1")
                        .setHint("jakarta.persistence.query.timeout", DATABASE_TIMEOUT_MILLIS)
                        .getSingleResult();
        return ((Number) one).intValue() == 1;
    }

    @Override
    public long indexedDocuments() {
        // Every indexed type: the index answers for all of them or for none.
        return Search.session(em)
                .search(Search.mapping(em.getEntityManagerFactory()).scope(Object.class))
                .where(f -> f.matchAll())
                .fetchTotalHitCount();
    }
}
