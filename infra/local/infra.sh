#!/usr/bin/env bash
# Installs, starts and stops the real parts of Branch Graph on this machine, all on 127.0.0.1:
#   postgres  PostgreSQL (Debian's package, pg_ctlcluster)         :5432
#   kafka     Apache Kafka 4.x, KRaft, broker+controller in one JVM  :9092 (controller :9093)
#   keycloak  Keycloak 26.x start-dev, realm from infra/keycloak/    :8080
#
#   infra/local/infra.sh up     [postgres|kafka|keycloak ...]   install if needed, start, wait until ready
#   infra/local/infra.sh down   [postgres|kafka|keycloak ...]   stop
#   infra/local/infra.sh status [postgres|kafka|keycloak ...]   up/down per part; exit 1 if any is down
#   infra/local/infra.sh topics                                 create missing topics from infra/kafka/topics
#   infra/local/infra.sh up|down|status kafka-cluster           three KRaft brokers on 127.0.0.1:19092-19094
#                                                               (controllers :19192-19194), RF 3, min ISR 2;
#                                                               not part of the default set
#   infra/local/infra.sh install [part ...]                     only install (download, unpack)
#
# Downloads are cached in ~/.m2 and infra/local/.cache/; state, pids and logs live in
# infra/local/.run/ (logs: infra/local/.run/logs/<part>.log). See infra/local/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CACHE="${BG_INFRA_CACHE:-$HERE/.cache}"
RUN="${BG_INFRA_RUN:-$HERE/.run}"
LOGS="$RUN/logs"
# shellcheck source-path=SCRIPTDIR source=versions.env
. "$HERE/versions.env"

HOST=127.0.0.1
PG_PORT=5432
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
KC_PORT=8080
KC_REALM=branch-graph
DATABASES=(personnel attendance performance recruitment) # as created by postgres/init.sql

PG_TIMEOUT="${BG_PG_TIMEOUT:-60}"
KAFKA_TIMEOUT="${BG_KAFKA_TIMEOUT:-120}"
KC_TIMEOUT="${BG_KEYCLOAK_TIMEOUT:-420}"

KAFKA_HOME="$CACHE/kafka"
KAFKA_LIBS="$KAFKA_HOME/libs"
KAFKA_HEAP="${BG_KAFKA_HEAP:--Xms128m -Xmx512m}"
# short-lived tool JVMs (StorageTool, TopicCommand): start fast, stay small
TOOL_JVM_OPTS=(-Xms32m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto)

KC_HOME="$CACHE/keycloak/keycloak-$KEYCLOAK_VERSION"
KC_HEAP="${BG_KEYCLOAK_HEAP:--Xms64m -Xmx512m}"
REALM_FILE="$ROOT/infra/keycloak/branch-graph-realm.json"
TOPICS_FILE="$ROOT/infra/kafka/topics"

ALL_PARTS=(postgres kafka keycloak)

# The three-node cluster (kafka-cluster): its own ports, state ($RUN/kafka-cluster) and pids.
CLUSTER_NODES=(1 2 3)
CLUSTER_BROKER_BASE=19091     # node n: broker 19091+n, controller 19191+n
CLUSTER_CONTROLLER_BASE=19191
CLUSTER_HEAP="${BG_KAFKA_CLUSTER_HEAP:--Xms96m -Xmx384m}"

# ---------------------------------------------------------------------------------------------
# helpers

log() { printf '[infra] %s\n' "$*" >&2; }
die() { printf '[infra] ERROR: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

as_postgres() {
  # cd / so that psql does not complain about a working directory postgres cannot read
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else (cd / && sudo -n -u postgres "$@"); fi
}

APT_UPDATED=0
apt_install() {
  if [ "$APT_UPDATED" -eq 0 ]; then
    log "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    APT_UPDATED=1
  fi
  log "apt-get install -y $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

need_cmd() { # need_cmd <command> <debian package>
  command -v "$1" >/dev/null 2>&1 || apt_install "$2"
}

now() { date +%s; }

port_open() { # port_open <port>
  (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null
}

pid_alive() { # pid_alive <pidfile> <cmdline pattern>
  local f="$1" pat="$2" pid
  [ -f "$f" ] || return 1
  pid="$(cat "$f" 2>/dev/null)" || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  # guard against a recycled pid: the process must still be ours
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$pat"
}

show_log() { # show_log <name> <file>
  local f="$2"
  if [ -f "$f" ]; then
    printf '[infra] ---- last 50 lines of %s ----\n' "$f" >&2
    tail -n 50 "$f" >&2 || true
    printf '[infra] ---- end of %s ----\n' "$1" >&2
  else
    log "(no log file $f)"
  fi
}

rotate_log() { # keep the previous run's log as <name>.log.1
  local f="$LOGS/$1.log"
  [ -f "$f" ] && mv -f "$f" "$f.1"
  : >"$f"
}

stop_pid() { # stop_pid <name> <pidfile> <cmdline pattern> <timeout s>
  local name="$1" f="$2" pat="$3" t="$4" pid i
  if ! pid_alive "$f" "$pat"; then rm -f "$f"; return 0; fi
  pid="$(cat "$f")"
  log "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < t * 4; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "$name did not stop in ${t}s: killing process group $pid"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}

java_major() { # java_major <java binary> -> 17, 21, 25 ...
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}

# Kafka 4.x brokers need Java 17+: the default java (Debian's 17) unless KAFKA_JAVA_HOME is set.
KJAVA=""
kafka_java_init() {
  [ -n "$KJAVA" ] && return 0
  local j
  if [ -n "${KAFKA_JAVA_HOME:-}" ]; then j="$KAFKA_JAVA_HOME/bin/java"; else j="$(command -v java || true)"; fi
  if [ -z "$j" ]; then apt_install openjdk-17-jre-headless; j="$(command -v java)"; fi
  [ "$(java_major "$j")" -ge 17 ] || die "Kafka needs Java 17+, $j is $(java_major "$j")"
  KJAVA="$j"
}

# Start a detached process (own session, so `down` can signal its whole group) that writes its
# own pid: spawn_detached <pidfile> <logfile> <command...>
spawn_detached() {
  local pidfile="$1" logfile="$2" i
  shift 2
  rm -f "$pidfile"
  # shellcheck disable=SC2016  # $$, $0, $@ belong to the inner bash
  setsid nohup bash -c 'echo $$ >"$0"; exec "$@"' "$pidfile" "$@" >>"$logfile" 2>&1 </dev/null 9>&- &
  for ((i = 0; i < 40; i++)); do [ -s "$pidfile" ] && return 0; sleep 0.25; done
  die "could not start $*"
}

# Keycloak 26 runs on 17, 21 and 25; prefer the newest LTS present (Keycloak's recommendation),
# else the default java. KEYCLOAK_JAVA_HOME overrides.
keycloak_java_home() {
  local d
  if [ -n "${KEYCLOAK_JAVA_HOME:-}" ]; then echo "$KEYCLOAK_JAVA_HOME"; return; fi
  for d in /usr/lib/jvm/temurin-25-jdk* /usr/lib/jvm/temurin-25-jre* /usr/lib/jvm/java-25-* \
           /usr/lib/jvm/temurin-21-jdk* /usr/lib/jvm/temurin-21-jre* /usr/lib/jvm/java-21-*; do
    [ -x "$d/bin/java" ] && { echo "$d"; return; }
  done
  kafka_java_init
  dirname "$(dirname "$(readlink -f "$KJAVA")")"
}

# ---------------------------------------------------------------------------------------------
# postgres

pg_version() {
  local v
  v="$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -n | tail -1)"
  [ -n "$v" ] && [ -x "/usr/lib/postgresql/$v/bin/postgres" ] && echo "$v"
}

postgres_install() {
  if [ -z "$(pg_version)" ] || ! command -v pg_ctlcluster >/dev/null 2>&1; then
    apt_install postgresql
  fi
  local v
  v="$(pg_version)" || die "postgresql did not install"
  if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$v main"; then
    log "creating cluster $v/main on port $PG_PORT"
    as_root pg_createcluster --port "$PG_PORT" "$v" main >/dev/null
  fi
}

postgres_running() {
  command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h "$HOST" -p "$PG_PORT" -t 2
}

postgres_up() {
  postgres_install
  local v start
  v="$(pg_version)"
  mkdir -p "$LOGS"
  ln -sfn "/var/log/postgresql/postgresql-$v-main.log" "$LOGS/postgres.log"
  if ! postgres_running; then
    local port
    port="$(pg_lsclusters -h | awk -v v="$v" '$1 == v && $2 == "main" {print $3}')"
    [ "$port" = "$PG_PORT" ] || die "cluster $v/main listens on port $port, not $PG_PORT (pg_conftool $v main set port $PG_PORT)"
    log "starting postgres $v/main"
    as_root pg_ctlcluster "$v" main start 9>&- || { show_log postgres "$LOGS/postgres.log"; die "pg_ctlcluster $v main start failed"; }
  fi
  start="$(now)"
  until postgres_running; do
    [ $(($(now) - start)) -lt "$PG_TIMEOUT" ] || { show_log postgres "$LOGS/postgres.log"; die "postgres not ready after ${PG_TIMEOUT}s"; }
    sleep 0.5
  done
  [ -f "/var/run/postgresql/$v-main.pid" ] && head -1 "/var/run/postgresql/$v-main.pid" >"$RUN/postgres.pid"
  postgres_provision
}

# role bg/bg (superuser: dev only) and one database per service: postgres/init.sql, idempotent
postgres_provision() {
  as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres -f - <"$HERE/postgres/init.sql" >/dev/null \
    || die "could not create role bg and the service databases (infra/local/postgres/init.sql)"
  # prove the password login the services use
  PGPASSWORD='bg' psql -X -q -h "$HOST" -p "$PG_PORT" -U bg -d personnel -tAc 'select 1' >/dev/null \
    || die "password login bg@$HOST:$PG_PORT/personnel failed (pg_hba.conf?)"
}

postgres_down() {
  local v
  v="$(pg_version 2>/dev/null)" || { rm -f "$RUN/postgres.pid"; return 0; }
  if pg_lsclusters -h 2>/dev/null | awk -v v="$v" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
    log "stopping postgres $v/main"
    as_root pg_ctlcluster "$v" main stop -m fast
  fi
  rm -f "$RUN/postgres.pid"
}

postgres_status() {
  if postgres_running; then
    echo "postgres  up    postgres://bg:bg@$HOST:$PG_PORT  databases: ${DATABASES[*]}  (log $LOGS/postgres.log)"
  else
    echo "postgres  down  (port $PG_PORT)"
    return 1
  fi
}

# ---------------------------------------------------------------------------------------------
# kafka

kafka_stamp() { echo "$KAFKA_VERSION $(sha1sum "$HERE/kafka/pom.xml" | cut -c1-40)"; }

kafka_install() {
  kafka_java_init
  if [ -f "$KAFKA_LIBS/.stamp" ] && [ "$(cat "$KAFKA_LIBS/.stamp")" = "$(kafka_stamp)" ]; then return 0; fi
  need_cmd mvn maven
  log "resolving org.apache.kafka:kafka_2.13 + kafka-tools $KAFKA_VERSION into $KAFKA_LIBS"
  rm -rf "$KAFKA_LIBS.tmp"
  mkdir -p "$KAFKA_HOME"
  mvn -B -q -f "$HERE/kafka/pom.xml" -Dkafka.version="$KAFKA_VERSION" \
    dependency:copy-dependencies -DoutputDirectory="$KAFKA_LIBS.tmp" >"$KAFKA_HOME/mvn.log" 2>&1 \
    || { show_log mvn "$KAFKA_HOME/mvn.log"; die "mvn could not resolve Kafka $KAFKA_VERSION"; }
  [ -f "$KAFKA_LIBS.tmp/kafka_2.13-$KAFKA_VERSION.jar" ] || die "kafka_2.13-$KAFKA_VERSION.jar missing after mvn"
  rm -rf "$KAFKA_LIBS"
  mv "$KAFKA_LIBS.tmp" "$KAFKA_LIBS"
  kafka_stamp >"$KAFKA_LIBS/.stamp"
}

kafka_tool() { # kafka_tool <main class> <args...>: a short-lived JVM on the Kafka classpath
  kafka_java_init
  "$KJAVA" "${TOOL_JVM_OPTS[@]}" -Dlog4j2.configurationFile="$HERE/kafka/log4j2-tools.properties" \
    -cp "$KAFKA_LIBS/*" "$@"
}

kafka_api_ok() { # the broker answers a Metadata request
  port_open "$KAFKA_PORT" && kafka_tool org.apache.kafka.tools.TopicCommand \
    --bootstrap-server "$HOST:$KAFKA_PORT" --list >/dev/null 2>&1
}

kafka_start() {
  kafka_install
  mkdir -p "$RUN/kafka" "$LOGS"
  if pid_alive "$RUN/kafka.pid" kafka.Kafka; then return 0; fi
  local p
  for p in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
    port_open "$p" && die "port $p is taken by a process this script did not start"
  done
  local data="$RUN/kafka-data"
  sed "s#@DATA_DIR@#$data#" "$HERE/kafka/server.properties" >"$RUN/kafka/server.properties"
  rotate_log kafka
  if [ ! -f "$data/meta.properties" ]; then
    local cid
    [ -s "$RUN/kafka/cluster-id" ] || kafka_tool kafka.tools.StorageTool random-uuid >"$RUN/kafka/cluster-id"
    cid="$(tr -d '[:space:]' <"$RUN/kafka/cluster-id")"
    log "formatting $data (cluster id $cid, standalone KRaft controller)"
    kafka_tool kafka.tools.StorageTool format --standalone --ignore-formatted \
      --cluster-id "$cid" --config "$RUN/kafka/server.properties" >>"$LOGS/kafka.log" 2>&1 \
      || { show_log kafka "$LOGS/kafka.log"; die "kafka storage format failed"; }
  fi
  log "starting kafka $KAFKA_VERSION"
  # shellcheck disable=SC2086
  spawn_detached "$RUN/kafka.pid" "$LOGS/kafka.log" \
    "$KJAVA" $KAFKA_HEAP -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$HERE/kafka/log4j2.properties" \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$RUN/kafka/server.properties"
}

kafka_wait() {
  local start
  start="$(now)"
  until kafka_api_ok; do
    if ! pid_alive "$RUN/kafka.pid" kafka.Kafka; then show_log kafka "$LOGS/kafka.log"; die "kafka exited"; fi
    [ $(($(now) - start)) -lt "$KAFKA_TIMEOUT" ] || { show_log kafka "$LOGS/kafka.log"; die "kafka not ready after ${KAFKA_TIMEOUT}s"; }
    sleep 1
  done
}

# Create every topic of infra/kafka/topics that does not exist yet (never alters existing ones).
kafka_topics() {
  [ -f "$TOPICS_FILE" ] || die "missing $TOPICS_FILE"
  kafka_java_init
  local existing name parts rest created=0 failed=0 t0
  t0="$(now)"
  existing="$(kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$HOST:$KAFKA_PORT" --list)" \
    || die "cannot list topics"
  local -a pids=() names=()
  while read -r name parts rest; do
    case "$name" in '' | '#'*) continue ;; esac
    [[ "$parts" =~ ^[0-9]+$ ]] || die "$TOPICS_FILE: '$name' needs a partition count"
    if grep -qxF -- "$name" <<<"$existing"; then continue; fi
    local -a cfg=()
    local kv
    for kv in $rest; do cfg+=(--config "$kv"); done
    kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$HOST:$KAFKA_PORT" --create --if-not-exists \
      --topic "$name" --partitions "$parts" --replication-factor 1 "${cfg[@]}" >"$RUN/kafka/topic-$name.out" 2>&1 &
    pids+=($!)
    names+=("$name")
    # two tool JVMs at a time: this machine has 2 cores
    if [ "${#pids[@]}" -ge 2 ]; then
      if wait "${pids[0]}"; then created=$((created + 1)); else failed=$((failed + 1)); cat "$RUN/kafka/topic-${names[0]}.out" >&2; fi
      pids=("${pids[@]:1}"); names=("${names[@]:1}")
    fi
  done <"$TOPICS_FILE"
  local i
  for i in "${!pids[@]}"; do
    if wait "${pids[$i]}"; then created=$((created + 1)); else failed=$((failed + 1)); cat "$RUN/kafka/topic-${names[$i]}.out" >&2; fi
  done
  rm -f "$RUN"/kafka/topic-*.out
  [ "$failed" -eq 0 ] || die "$failed topic(s) could not be created"
  local total
  total="$(grep -cvE '^[[:space:]]*(#|$)' "$TOPICS_FILE")"
  log "topics: $created created, $((total - created)) already there ($total in infra/kafka/topics) in $(($(now) - t0))s"
}

kafka_down() {
  stop_pid kafka "$RUN/kafka.pid" kafka.Kafka 60
}

kafka_status() {
  [ -d "$KAFKA_LIBS" ] || { echo "kafka     down  (not installed)"; return 1; }
  kafka_java_init
  local list n
  if pid_alive "$RUN/kafka.pid" kafka.Kafka && port_open "$KAFKA_PORT" \
    && list="$(kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$HOST:$KAFKA_PORT" --list 2>/dev/null)"; then
    n="$(grep -c '^[^_]' <<<"$list" || true)"
    echo "kafka     up    $HOST:$KAFKA_PORT  kafka $KAFKA_VERSION KRaft, $n topics, pid $(cat "$RUN/kafka.pid")  (log $LOGS/kafka.log)"
  else
    echo "kafka     down  ($HOST:$KAFKA_PORT)"
    return 1
  fi
}

# ---------------------------------------------------------------------------------------------
# kafka-cluster: three KRaft nodes (broker+controller each) on loopback, for the replication
# fault cases (infra/e2e/replicated.e2e.test.ts). Same jars as `kafka`; its own state.

CLUSTER_RUN="$RUN/kafka-cluster"
cluster_port() { echo $((CLUSTER_BROKER_BASE + $1)); }
cluster_pidfile() { echo "$RUN/kafka-cluster-$1.pid"; }
cluster_bootstrap() { local n out=(); for n in "${CLUSTER_NODES[@]}"; do out+=("$HOST:$(cluster_port "$n")"); done; (IFS=,; echo "${out[*]}"); }

cluster_node_start() { # cluster_node_start <id>: format once, then start the node (no-op if running)
  local n="$1" cid voters props data v
  local pidfile; pidfile="$(cluster_pidfile "$n")"
  if pid_alive "$pidfile" kafka.Kafka; then return 0; fi
  mkdir -p "$CLUSTER_RUN" "$LOGS"
  [ -s "$CLUSTER_RUN/cluster-id" ] || kafka_tool kafka.tools.StorageTool random-uuid >"$CLUSTER_RUN/cluster-id"
  cid="$(tr -d '[:space:]' <"$CLUSTER_RUN/cluster-id")"
  voters=""
  for v in "${CLUSTER_NODES[@]}"; do voters+="${voters:+,}$v@$HOST:$((CLUSTER_CONTROLLER_BASE + v))"; done
  props="$CLUSTER_RUN/node-$n.properties"
  data="$CLUSTER_RUN/data-$n"
  sed -e "s#@DATA_DIR@#$data#" -e "s#@NODE_ID@#$n#" -e "s#@VOTERS@#$voters#" \
    -e "s#@BROKER_PORT@#$(cluster_port "$n")#" -e "s#@CONTROLLER_PORT@#$((CLUSTER_CONTROLLER_BASE + n))#" \
    "$HERE/kafka/cluster-server.properties" >"$props"
  rotate_log "kafka-cluster-$n"
  if [ ! -f "$data/meta.properties" ]; then
    kafka_tool kafka.tools.StorageTool format --ignore-formatted --cluster-id "$cid" --config "$props" \
      >>"$LOGS/kafka-cluster-$n.log" 2>&1 || { show_log "kafka-cluster-$n" "$LOGS/kafka-cluster-$n.log"; die "kafka-cluster node $n: storage format failed"; }
  fi
  log "starting kafka-cluster node $n (broker :$(cluster_port "$n"), controller :$((CLUSTER_CONTROLLER_BASE + n)))"
  # shellcheck disable=SC2086  # CLUSTER_HEAP is a list of JVM options
  spawn_detached "$pidfile" "$LOGS/kafka-cluster-$n.log" \
    "$KJAVA" $CLUSTER_HEAP -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$HERE/kafka/log4j2.properties" \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$props"
}

cluster_start() {
  kafka_install
  local n
  for n in "${CLUSTER_NODES[@]}"; do cluster_node_start "$n"; done
}

cluster_api_ok() { # every broker registered: the metadata lists three brokers
  local out
  out="$(kafka_tool org.apache.kafka.tools.BrokerApiVersionsCommand --bootstrap-server "$(cluster_bootstrap)" 2>/dev/null)" || return 1
  [ "$(grep -c ' (id: [0-9]* rack' <<<"$out")" -ge "${#CLUSTER_NODES[@]}" ]
}

cluster_wait() {
  local start n
  start="$(now)"
  until cluster_api_ok; do
    for n in "${CLUSTER_NODES[@]}"; do
      pid_alive "$(cluster_pidfile "$n")" kafka.Kafka || { show_log "kafka-cluster-$n" "$LOGS/kafka-cluster-$n.log"; die "kafka-cluster node $n exited"; }
    done
    [ $(($(now) - start)) -lt "$KAFKA_TIMEOUT" ] || { show_log kafka-cluster-1 "$LOGS/kafka-cluster-1.log"; die "kafka-cluster not ready after ${KAFKA_TIMEOUT}s"; }
    sleep 2
  done
  log "kafka-cluster: ${#CLUSTER_NODES[@]} brokers up in $(($(now) - start))s"
}

# Every topic of infra/kafka/topics, replication factor 3, min.insync.replicas 2 (one tool JVM each, in turn).
cluster_topics() {
  local existing name parts rest created=0 kv
  existing="$(kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$(cluster_bootstrap)" --list)"
  while read -r name parts rest; do
    [ -z "$name" ] && continue
    case "$name" in \#*) continue ;; esac
    grep -qx "$name" <<<"$existing" && continue
    local -a cfg=(--config min.insync.replicas=2)
    for kv in $rest; do cfg+=(--config "$kv"); done
    kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$(cluster_bootstrap)" --create --if-not-exists \
      --topic "$name" --partitions "$parts" --replication-factor 3 "${cfg[@]}" >/dev/null
    created=$((created + 1))
  done <"$TOPICS_FILE"
  log "kafka-cluster topics: $created created (RF 3, min ISR 2)"
}

cluster_down() {
  local n
  for n in "${CLUSTER_NODES[@]}"; do stop_pid "kafka-cluster-$n" "$(cluster_pidfile "$n")" kafka.Kafka 60; done
}

cluster_status() {
  [ -d "$KAFKA_LIBS" ] || { echo "kafka-cluster down  (not installed)"; return 1; }
  kafka_java_init
  local n up=0 pids=""
  for n in "${CLUSTER_NODES[@]}"; do
    if pid_alive "$(cluster_pidfile "$n")" kafka.Kafka && port_open "$(cluster_port "$n")"; then up=$((up + 1)); pids+=" $(cat "$(cluster_pidfile "$n")")"; fi
  done
  if [ "$up" -eq "${#CLUSTER_NODES[@]}" ]; then
    echo "kafka-cluster up  $(cluster_bootstrap)  3 KRaft nodes, pids$pids  (logs $LOGS/kafka-cluster-<n>.log)"
  else
    echo "kafka-cluster down  ($up of ${#CLUSTER_NODES[@]} nodes up; $(cluster_bootstrap))"
    return 1
  fi
}

# ---------------------------------------------------------------------------------------------
# keycloak

keycloak_install() {
  if [ -x "$KC_HOME/bin/kc.sh" ] && [ -f "$KC_HOME/.complete" ]; then return 0; fi
  need_cmd mvn maven
  need_cmd unzip unzip
  local dl="$CACHE/keycloak/download"
  log "fetching org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip (via ~/.m2)"
  rm -rf "$dl" "$KC_HOME"
  mkdir -p "$dl"
  mvn -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
    -DoutputDirectory="$dl" >"$CACHE/keycloak/mvn.log" 2>&1 \
    || { show_log mvn "$CACHE/keycloak/mvn.log"; die "mvn could not fetch Keycloak $KEYCLOAK_VERSION"; }
  unzip -q "$dl/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$CACHE/keycloak"
  rm -rf "$dl"
  [ -x "$KC_HOME/bin/kc.sh" ] || die "unexpected layout: $KC_HOME/bin/kc.sh missing"
  touch "$KC_HOME/.complete"
}

keycloak_url() { echo "http://$HOST:$KC_PORT/realms/$KC_REALM/.well-known/openid-configuration"; }

keycloak_ready() {
  need_cmd curl curl
  curl -fsS -o /dev/null --max-time 3 "$(keycloak_url)" 2>/dev/null
}

keycloak_start() {
  keycloak_install
  mkdir -p "$RUN/keycloak" "$LOGS"
  if pid_alive "$RUN/keycloak.pid" "keycloak\|kc.sh\|QuarkusEntryPoint"; then return 0; fi
  port_open "$KC_PORT" && die "port $KC_PORT is taken by a process this script did not start"
  [ -f "$REALM_FILE" ] || die "missing $REALM_FILE (node infra/keycloak/generate-realm.mjs)"
  if command -v node >/dev/null 2>&1 && ! node "$ROOT/infra/keycloak/generate-realm.mjs" --check >/dev/null 2>&1; then
    log "WARNING: $REALM_FILE is stale; run: node infra/keycloak/generate-realm.mjs"
  fi
  # --import-realm skips a realm that already exists: when the export changed since the last
  # import, drop the dev-file database so that the realm is imported afresh.
  local sum
  sum="$(sha256sum "$REALM_FILE" | cut -c1-64)"
  if [ -d "$KC_HOME/data/h2" ] && [ "$(cat "$RUN/keycloak/realm.sha256" 2>/dev/null)" != "$sum" ]; then
    log "realm export changed since the last import: resetting Keycloak's dev database"
    rm -rf "$KC_HOME/data/h2"
  fi
  mkdir -p "$KC_HOME/data/import"
  rm -f "$KC_HOME"/data/import/*.json
  cp "$REALM_FILE" "$KC_HOME/data/import/"
  echo "$sum" >"$RUN/keycloak/realm.sha256"
  rotate_log keycloak
  local jh
  jh="$(keycloak_java_home)"
  log "starting keycloak $KEYCLOAK_VERSION (Java $(java_major "$jh/bin/java") from $jh)"
  JAVA_HOME="$jh" JAVA_OPTS_KC_HEAP="$KC_HEAP" \
    KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
    spawn_detached "$RUN/keycloak.pid" "$LOGS/keycloak.log" \
    "$KC_HOME/bin/kc.sh" start-dev --http-host "$HOST" --http-port "$KC_PORT" --import-realm
}

keycloak_wait() {
  local start
  start="$(now)"
  until keycloak_ready; do
    if ! pid_alive "$RUN/keycloak.pid" "keycloak\|kc.sh\|QuarkusEntryPoint"; then
      show_log keycloak "$LOGS/keycloak.log"; die "keycloak exited"
    fi
    [ $(($(now) - start)) -lt "$KC_TIMEOUT" ] || { show_log keycloak "$LOGS/keycloak.log"; die "keycloak not ready after ${KC_TIMEOUT}s"; }
    sleep 1
  done
}

keycloak_down() {
  stop_pid keycloak "$RUN/keycloak.pid" "keycloak\|kc.sh\|QuarkusEntryPoint" 60
}

keycloak_status() {
  if pid_alive "$RUN/keycloak.pid" "keycloak\|kc.sh\|QuarkusEntryPoint" && keycloak_ready; then
    echo "keycloak  up    http://$HOST:$KC_PORT  realm $KC_REALM, keycloak $KEYCLOAK_VERSION, pid $(cat "$RUN/keycloak.pid")  (log $LOGS/keycloak.log)"
  else
    echo "keycloak  down  (http://$HOST:$KC_PORT)"
    return 1
  fi
}

# ---------------------------------------------------------------------------------------------
# commands

parts_of() { # validate part names into the array PARTS; none given = all
  PARTS=()
  if [ "$#" -eq 0 ]; then PARTS=("${ALL_PARTS[@]}"); return 0; fi
  local p
  for p in "$@"; do
    case "$p" in postgres | kafka | keycloak | kafka-cluster) PARTS+=("$p") ;; *) die "unknown part '$p' (postgres, kafka, keycloak, kafka-cluster)" ;; esac
  done
}

has() { local x="$1"; shift; [[ " $* " == *" $x "* ]]; }

cmd_install() {
  local -a parts
  parts_of "$@"
  parts=("${PARTS[@]}")
  has postgres "${parts[@]}" && postgres_install
  has kafka "${parts[@]}" && kafka_install
  has kafka-cluster "${parts[@]}" && kafka_install
  has keycloak "${parts[@]}" && keycloak_install
  return 0
}

cmd_up() {
  local -a parts
  local t0
  parts_of "$@"
  parts=("${PARTS[@]}")
  t0="$(now)"
  mkdir -p "$RUN" "$LOGS"
  # install everything first (downloads), then start the JVMs together and wait for each
  cmd_install "${parts[@]}"
  has postgres "${parts[@]}" && postgres_up
  has kafka "${parts[@]}" && kafka_start
  has kafka-cluster "${parts[@]}" && cluster_start
  has keycloak "${parts[@]}" && keycloak_start
  if has kafka "${parts[@]}"; then kafka_wait; kafka_topics; fi
  if has kafka-cluster "${parts[@]}"; then cluster_wait; cluster_topics; fi
  has keycloak "${parts[@]}" && keycloak_wait
  log "up in $(($(now) - t0))s"
  cmd_status "${parts[@]}"
}

cmd_down() {
  local -a parts
  parts_of "$@"
  parts=("${PARTS[@]}")
  has keycloak "${parts[@]}" && keycloak_down
  has kafka "${parts[@]}" && kafka_down
  has kafka-cluster "${parts[@]}" && cluster_down
  has postgres "${parts[@]}" && postgres_down
  cmd_status "${parts[@]}" >/dev/null 2>&1 || true
  log "down: ${parts[*]}"
}

cmd_status() {
  local -a parts
  local rc=0
  parts_of "$@"
  parts=("${PARTS[@]}")
  if has postgres "${parts[@]}"; then postgres_status || rc=1; fi
  if has kafka "${parts[@]}"; then kafka_status || rc=1; fi
  if has kafka-cluster "${parts[@]}"; then cluster_status || rc=1; fi
  if has keycloak "${parts[@]}"; then keycloak_status || rc=1; fi
  return "$rc"
}

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | grep '^#' | sed 's/^# \{0,1\}//'
}

# up/down/install/topics of two callers (say, a test's global setup and a person) must not
# interleave: they take a lock (fd 9; the daemons started are not given it).
lock() {
  mkdir -p "$RUN"
  exec 9>"$RUN/infra.lock"
  command -v flock >/dev/null 2>&1 || return 0
  flock -n 9 && return 0
  log "waiting for another infra.sh to finish"
  flock -w 900 9 || die "another infra.sh held the lock for 15 minutes"
}

main() {
  local cmd="${1:-}"
  [ "$#" -gt 0 ] && shift
  case "$cmd" in up | down | install | topics) lock ;; esac
  case "$cmd" in
    up) cmd_up "$@" ;;
    down) cmd_down "$@" ;;
    status) cmd_status "$@" ;;
    install) cmd_install "$@" ;;
    topics) kafka_topics ;;
    -h | --help | help) usage ;;
    *) usage >&2; exit 2 ;;
  esac
}

main "$@"
