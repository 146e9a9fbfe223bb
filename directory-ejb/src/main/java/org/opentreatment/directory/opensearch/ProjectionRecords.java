package org.opentreatment.directory.opensearch;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.opentreatment.directory.search.FacilitySummary;

/**
 * Names the {@code @ProjectionConstructor} records for a Hibernate Search that cannot find them by
 * itself: the one the opensearch build bundles in the EAR. WildFly hands its own Hibernate Search
 * the deployment's annotation index; with that integration switched off (persistence.xml), records
 * used only in queries would stay unknown.
 */
public class ProjectionRecords implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        context.annotationMapping().add(FacilitySummary.class);
    }
}
