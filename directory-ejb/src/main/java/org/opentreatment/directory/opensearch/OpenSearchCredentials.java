package org.opentreatment.directory.opensearch;

import java.util.Optional;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.search.backend.elasticsearch.client.ElasticsearchHttpClientConfigurationContext;
import org.hibernate.search.backend.elasticsearch.client.ElasticsearchHttpClientConfigurer;
import org.opentreatment.directory.shared.Settings;

/**
 * Logs the Elasticsearch backend in to the cluster when the deployer gives a user ({@code
 * directory.search.username} or {@code DIRECTORY_SEARCH_Settings.SEARCH_USERNAME}, and the password
 * likewise). Hibernate Search's own username property would take an empty value as a user named "",
 * so the credentials go through MicroProfile Config, where an empty value means not set. Hibernate
 * Search creates this class itself while the persistence unit boots, not through CDI, so it asks
 * the configuration directly instead of having it injected.
 */
public class OpenSearchCredentials implements ElasticsearchHttpClientConfigurer {

    @Override
    public void configure(ElasticsearchHttpClientConfigurationContext context) {
        Config config = ConfigProvider.getConfig();
        Optional<String> username = config.getOptionalValue(Settings.SEARCH_USERNAME, String.class);
        if (username.isEmpty()) {
            return;
        }
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(
                AuthScope.ANY,
                new UsernamePasswordCredentials(
                        username.get(),
                        config.getOptionalValue(Settings.SEARCH_PASSWORD, String.class)
                                .orElse("")));
        context.clientBuilder().setDefaultCredentialsProvider(credentials);
    }
}
