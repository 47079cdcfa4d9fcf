#!/usr/bin/env bash
# Makes a PostgreSQL 15 database for the test suite and exports AIRISK_DB_URL, AIRISK_DB_USER and
# AIRISK_DB_PASSWORD for it. Starts the local server when none answers on 127.0.0.1:5432, and
# installs Debian's postgresql package when there is no server at all. Source it:
#   source .ci/postgres.sh
# The database (AIRISK_TEST_DB, default airisk_ci) is dropped and created afresh each time.

airisk_pg_main() {
    local db="${AIRISK_TEST_DB:-airisk_ci}"
    if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
        if ! command -v pg_ctlcluster >/dev/null 2>&1; then
            echo "postgres.sh: installing PostgreSQL" >&2
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
        fi
        local version
        version=$(ls /etc/postgresql | sort -n | tail -1)
        pg_ctlcluster --skip-systemctl-redirect "$version" main start || return 1
        for _ in $(seq 1 30); do
            pg_isready -q -h 127.0.0.1 -p 5432 && break
            sleep 1
        done
    fi
    # As the postgres superuser: over the local socket where peer authentication allows it,
    # else over TCP (trust on some machines).
    local -a admin
    if runuser -u postgres -- psql -qAt -c 'select 1' >/dev/null 2>&1; then
        admin=(runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q)
    else
        admin=(psql -v ON_ERROR_STOP=1 -q -h 127.0.0.1 -U postgres)
    fi
    "${admin[@]}" -d postgres <<SQL || return 1
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'airisk') THEN
    CREATE ROLE airisk LOGIN PASSWORD 'airisk';
  END IF;
END \$\$;
DROP DATABASE IF EXISTS $db WITH (FORCE);
CREATE DATABASE $db OWNER airisk;
SQL
    export AIRISK_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db"
    export AIRISK_DB_USER=airisk
    export AIRISK_DB_PASSWORD=airisk
    echo "postgres.sh: $AIRISK_DB_URL ready ($(PGPASSWORD=airisk psql -qAt -h 127.0.0.1 -U airisk -d "$db" -c 'show server_version' 2>/dev/null || echo 'version unknown'))" >&2
}

airisk_pg_main
