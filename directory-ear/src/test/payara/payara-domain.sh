#!/usr/bin/env bash
# The Payara smoke test's server: "start" creates a fresh domain in the unpacked Payara, configures
# it the way docs/operations.md tells a deployer to, starts it and deploys the EAR; "stop" stops it.
# Run by Maven in the payara profile (directory-ear/pom.xml), which passes:
#   PAYARA_HOME  the unpacked distribution (payara6)
#   PORT_BASE    asadmin's --portbase: admin port PORT_BASE+48, HTTP PORT_BASE+80
#   EAR          the EAR built for Payara
#   DATA_DIR     the application's data directory (H2 database, Lucene index)
#   SAMPLE_SIZE, OPERATOR_USER, OPERATOR_PASSWORD
set -euo pipefail

domain=directory-it
asadmin="$PAYARA_HOME/bin/asadmin"

stop() {
    "$asadmin" stop-domain "$domain" >/dev/null 2>&1 || true
}

case "${1:-}" in
stop)
    stop
    exit 0
    ;;
start) ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac

admin=(--port $((PORT_BASE + 48)))
log="$PAYARA_HOME/glassfish/domains/$domain/logs/server.log"
trap 'status=$?; echo "Payara setup failed; the end of $log:" >&2; tail -n 80 "$log" >&2 || true; stop; exit $status' ERR

chmod +x "$PAYARA_HOME"/bin/* "$PAYARA_HOME"/glassfish/bin/*
stop
"$asadmin" delete-domain "$domain" >/dev/null 2>&1 || true
"$asadmin" create-domain --nopassword=true --portbase "$PORT_BASE" "$domain"
"$asadmin" start-domain "$domain"

# Hibernate, not EclipseLink, runs the persistence unit: it needs Payara's transaction manager.
# The application's own settings are system properties, as on WildFly.
"$asadmin" "${admin[@]}" create-jvm-options \
    "-Dhibernate.transaction.jta.platform=org.hibernate.engine.transaction.jta.platform.internal.SunOneJtaPlatform"
# It starts without asking the database anything, so the application deploys while the database
# is down (see docs/operations.md, Faults): the database's product is named instead.
"$asadmin" "${admin[@]}" create-jvm-options "-Dhibernate.boot.allow_jdbc_metadata_access=false"
"$asadmin" "${admin[@]}" create-jvm-options "-Djakarta.persistence.database-product-name=H2"
"$asadmin" "${admin[@]}" create-jvm-options "-Ddirectory.data.dir=$DATA_DIR"
"$asadmin" "${admin[@]}" create-jvm-options "-Ddirectory.sample.size=$SAMPLE_SIZE"

# The database that persistence.xml names in the Payara build (jdbc/directory): Payara's own H2, in the data directory. (asadmin
# separates properties with colons, so the URL's colons are escaped.)
url="jdbc\\:h2\\:file\\:$DATA_DIR/db/directory"
"$asadmin" "${admin[@]}" create-jdbc-connection-pool \
    --datasourceclassname org.h2.jdbcx.JdbcDataSource --restype javax.sql.DataSource \
    --isconnectvalidatereq=true --validationmethod=meta-data \
    --property "url=$url:user=sa:password=sa" DirectoryPool
"$asadmin" "${admin[@]}" create-jdbc-resource --connectionpoolid DirectoryPool jdbc/directory

# Operators re-index through /api/v1/admin/index with HTTP Basic: a user of the file realm in the
# group "operator" (glassfish-web.xml maps the group to the role).
passwords=$(mktemp)
printf 'AS_ADMIN_USERPASSWORD=%s\n' "$OPERATOR_PASSWORD" >"$passwords"
"$asadmin" "${admin[@]}" --passwordfile "$passwords" create-file-user --groups operator "$OPERATOR_USER"
rm -f "$passwords"

"$asadmin" restart-domain "$domain"

started=$(date +%s.%N)
"$asadmin" "${admin[@]}" deploy --name directory "$EAR"
finished=$(date +%s.%N)
awk -v a="$started" -v b="$finished" -v n="$SAMPLE_SIZE" \
    'BEGIN { printf "Payara deploy took %.1f s (asadmin deploy, sample of %s listings)\n", b - a, n }'
