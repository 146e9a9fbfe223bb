#!/usr/bin/env bash
# Empties the PostgreSQL schemas that `./mvnw verify -Ppostgresql` uses in database test on
# 127.0.0.1:5432 (trust auth): directory for the application, directory_it for in-container tests.
set -euo pipefail
psql -v ON_ERROR_STOP=1 -q -h 127.0.0.1 -U postgres -d test <<'SQL'
DROP SCHEMA IF EXISTS directory CASCADE;
DROP SCHEMA IF EXISTS directory_it CASCADE;
CREATE SCHEMA directory;
CREATE SCHEMA directory_it;
SQL
echo "PostgreSQL schemas directory and directory_it are empty"
