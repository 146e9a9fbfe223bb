#!/usr/bin/env bash
# The Payara smoke test's server: "start" creates a fresh domain in the unpacked Payara, configures
# it the way docs/operations.md (Payara Server 6) tells a deployer to, starts it and deploys the
# EAR; "stop" stops it. Run by Maven in the payara profile (directory-ear/pom.xml), which passes:
#   PAYARA_HOME  the unpacked distribution (payara6)
#   PORT_BASE    asadmin's --portbase: admin port PORT_BASE+48, HTTP PORT_BASE+80
#   EAR          the EAR built for Payara (directory-payara.ear)
#   DATA_DIR     the application's data directory (H2 database, Lucene index)
#   SAMPLE_SIZE
#   LOCKOUT_FAILURES, LOCKOUT_DURATION   the lock-out test's short lock (directory.operators.lockout.*)
#   TEST_CLASSES  the compiled test classes (unused while the smoke test signs no one in)
# Where the docs show a value (/var/lib/directory, alice), this takes the test's.
set -euo pipefail

domain=directory-it
asadmin="$PAYARA_HOME/bin/asadmin"
domain_dir="$PAYARA_HOME/glassfish/domains/$domain"
passwords="$PAYARA_HOME/glassfish/domains/$domain.passwords"

stop() {
    "$asadmin" stop-domain "$domain" >/dev/null 2>&1 || true
    rm -f "$passwords"
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

log="$domain_dir/logs/server.log"
trap 'status=$?; echo "Payara setup failed; the end of $log:" >&2; tail -n 80 "$log" >&2 || true; stop; exit $status' ERR

chmod +x "$PAYARA_HOME"/bin/* "$PAYARA_HOME"/glassfish/bin/*
stop
"$asadmin" delete-domain "$domain" >/dev/null 2>&1 || true
"$asadmin" create-domain --nopassword=true --portbase "$PORT_BASE" "$domain"
"$asadmin" start-domain "$domain"

# asadmin talks to port 4848 unless told: this domain's admin port is PORT_BASE+48.
admin=(--port $((PORT_BASE + 48)))

# An admin password (the domain was created without one), then every command gives it. A
# password file keeps passwords off the command line.
admin_password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
umask 077
printf 'AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=%s\n' "$admin_password" >"$passwords"
"$asadmin" "${admin[@]}" --user admin --passwordfile "$passwords" change-admin-password
printf 'AS_ADMIN_PASSWORD=%s\n' "$admin_password" >"$passwords"
admin+=(--user admin --passwordfile "$passwords")

# Hibernate, not EclipseLink, runs the persistence unit: it needs Payara's transaction manager.
# It starts without asking the database anything, so the application deploys while the database
# is down (see docs/operations.md, Faults): the database's product and version are named instead
# (the H2 that Payara ships). The application's own settings are system properties, as on WildFly.
"$asadmin" "${admin[@]}" create-jvm-options \
    "-Dhibernate.transaction.jta.platform=org.hibernate.engine.transaction.jta.platform.internal.SunOneJtaPlatform"
"$asadmin" "${admin[@]}" create-jvm-options "-Dhibernate.boot.allow_jdbc_metadata_access=false"
"$asadmin" "${admin[@]}" create-jvm-options "-Djakarta.persistence.database-product-name=H2"
"$asadmin" "${admin[@]}" create-jvm-options "-Djakarta.persistence.database-major-version=2"
"$asadmin" "${admin[@]}" create-jvm-options "-Djakarta.persistence.database-minor-version=2"
"$asadmin" "${admin[@]}" create-jvm-options "-Djakarta.persistence.database-product-version=2.2.224"
"$asadmin" "${admin[@]}" create-jvm-options "-Ddirectory.data.dir=$DATA_DIR"
"$asadmin" "${admin[@]}" create-jvm-options "-Ddirectory.sample.size=$SAMPLE_SIZE"
# For local tests only, unlike docs/operations.md: operators over plain HTTP, no lock-out of the
# tests' own address, and a lock-out short enough to wait for.
"$asadmin" "${admin[@]}" create-jvm-options "-Ddirectory.operators.allow-http=true"
"$asadmin" "${admin[@]}" create-jvm-options "-Ddirectory.throttle.exempt-addresses=127.0.0.1"
"$asadmin" "${admin[@]}" create-jvm-options "-Ddirectory.operators.lockout.account-failures=$LOCKOUT_FAILURES"
"$asadmin" "${admin[@]}" create-jvm-options "-Ddirectory.operators.lockout.duration=$LOCKOUT_DURATION"

# The database that persistence.xml names (jdbc/directory): Payara's own H2, in the data
# directory. (asadmin separates properties with colons, so the URL's colons are escaped.)
url="jdbc\\:h2\\:file\\:$DATA_DIR/db/directory"
"$asadmin" "${admin[@]}" create-jdbc-connection-pool \
    --datasourceclassname org.h2.jdbcx.JdbcDataSource --restype javax.sql.DataSource \
    --isconnectvalidatereq=true --validationmethod=meta-data \
    --property "url=$url:user=sa:password=sa" DirectoryPool
"$asadmin" "${admin[@]}" create-jdbc-resource --connectionpoolid DirectoryPool jdbc/directory

# The public HTTP port serves only the application, /health and /openapi (the API's document,
# docs/api.md): no metrics (the directory's search timings need Micrometer's registry, which
# Payara lacks; Payara's own would publish the server's internals). The admin listener answers on
# this host only.
"$asadmin" "${admin[@]}" set-metrics-configuration --enabled=false
"$asadmin" "${admin[@]}" set \
    configs.config.server-config.network-config.network-listeners.network-listener.admin-listener.address=127.0.0.1

# Strict-Transport-Security on the domain's own TLS listener (http-listener-2), on everything it
# answers, Payara's own answers too: Payara has no other setting for response headers, so the
# application's filter sets the rest, and this same value on its own answers over TLS.
"$asadmin" "${admin[@]}" set \
    configs.config.server-config.network-config.protocols.protocol.http-listener-2.ssl.hsts-enabled=true
"$asadmin" "${admin[@]}" set \
    configs.config.server-config.network-config.protocols.protocol.http-listener-2.ssl.hsts-subdomains=true

"$asadmin" "${admin[@]}" restart-domain "$domain"

started=$(date +%s.%N)
"$asadmin" "${admin[@]}" deploy --name directory "$EAR"
finished=$(date +%s.%N)
awk -v a="$started" -v b="$finished" -v n="$SAMPLE_SIZE" \
    'BEGIN { printf "Payara deploy took %.1f s (asadmin deploy, sample of %s listings)\n", b - a, n }'
