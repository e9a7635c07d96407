#!/bin/sh
# Environment that points the services and the gateway at the real parts started by
# infra/local/infra.sh (instead of the embedded defaults: SQLite, in-process events, dev realm).
#
#   . infra/local/env.sh            export into the current shell
#   eval "$(infra/local/env.sh)"    the same, from any shell
#   infra/local/env.sh              print the export lines
#
# DATABASE_URL is the server's base URL; each service appends its own database:
#   personnel, attendance, performance, recruitment  (e.g. $DATABASE_URL/personnel).

# POSIX sh, so that `. infra/local/env.sh` works from sh, dash, bash and zsh alike.
bg_infra_env() {
  cat <<'VARS'
export DATABASE_URL=postgres://bg:bg@127.0.0.1:5432
export KAFKA_BROKERS=127.0.0.1:9092
export KEYCLOAK_URL=http://127.0.0.1:8080
export KEYCLOAK_REALM=branch-graph
VARS
}

case "${0##*/}" in
  env.sh) bg_infra_env ;;                        # executed
  *) eval "$(bg_infra_env)"; unset -f bg_infra_env ;; # sourced
esac
