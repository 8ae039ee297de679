#!/usr/bin/env bash
# Kill -9 in the middle of the nightly fd-maturity job, then start again and finish it: every FD paid exactly once.
#
#   scripts/kill9-fd-maturity.sh            (README "Nightly jobs: kill -9 test")
#
# Needs: JDK 17, a PostgreSQL server (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres, trust or .pgpass), psql
# and createdb/dropdb, nothing else running on ports 8080/9990. Steps:
#   1. a fresh database KILL9_DB (default coopbank_kill9) with a generated bank: KILL9_FDS (20,000) FDs maturing today;
#   2. the server (./mvnw -Prun -Ddb=postgresql) on it; fd-maturity started for today through the server's management
#      interface (the batch-jberet start-job operation, chunks of 50);
#   3. once KILL9_AT (5,000) FDs are done: kill -9 of the server's JVM, mid-chunk;
#   4. the server started again: the execution the crash left STARTED is marked FAILED at start-up, and restarted
#      (restart-job) from its last checkpoint;
#   5. checks: no FD matured by today still ACTIVE; exactly one FD_MATURITY journal entry per FD; one idempotency row
#      per FD; the ledger integrity check (datagen -Dgen.check-only=true: every entry balances, control accounts equal
#      their subledgers, balances equal their transactions).
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${KILL9_DB:-coopbank_kill9}
FDS=${KILL9_FDS:-20000}
KILL_AT=${KILL9_AT:-5000}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PORTAL_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" PORTAL_DB_USER=$PGUSER PORTAL_DB_PASSWORD=${PORTAL_DB_PASSWORD:-x}
export COOPBANK_HTTPS=false COOPBANK_STATEMENT_KEY=${COOPBANK_STATEMENT_KEY:-kill9-test-statement-key-0123456789abcdef}
TODAY=$(TZ=Asia/Kolkata date +%F)
LOG=target/kill9
mkdir -p "$LOG"
SERVER_PID=""

sql() { psql -d "$DB" -Atqc "$1"; }
cli() { "$(ls -d portal-ear/target/wildfly-*)/bin/jboss-cli.sh" --connect --controller=127.0.0.1:9990 --command="$1"; }
say() { printf '%s  %s\n' "$(date +%T)" "$*"; }

start_server() {
    ./mvnw -B -q -Prun package -Ddb=postgresql -DskipTests -DskipITs > "$LOG/server-$1.log" 2>&1 &
    for _ in $(seq 1 300); do
        if curl -fs http://127.0.0.1:8080/health/ready > /dev/null 2>&1; then
            SERVER_PID=$(pgrep -f "jboss-modules.jar.*standalone-coopbank.xml" | head -1)
            say "server up (JVM pid $SERVER_PID)"
            return 0
        fi
        sleep 2
    done
    echo "the server did not come up: see $LOG/server-$1.log" >&2
    exit 1
}

stop_server() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2> /dev/null; then
        kill "$SERVER_PID" || true
        wait 2> /dev/null || true
    fi
}
trap stop_server EXIT

say "1. a bank with $FDS FDs maturing on $TODAY in database $DB"
./mvnw -B -q package -DskipTests -DskipITs > "$LOG/build.log" 2>&1 || { tail -50 "$LOG/build.log"; exit 1; }
dropdb --if-exists "$DB"
createdb "$DB"
./mvnw -B -q -pl datagen -Pdatagen -Dgen.customers="$FDS" -Dgen.transactions="$FDS" -Dgen.fds="$FDS" \
    -Dgen.fds-maturing="$FDS" > "$LOG/datagen.log" 2>&1 || { cat "$LOG/datagen.log"; exit 1; }

say "2. server, and fd-maturity for $TODAY"
start_server first
cli "/deployment=coopbank.ear/subdeployment=batch-jobs.jar/subsystem=batch-jberet:start-job(job-xml-name=fd-maturity,properties={businessDate=$TODAY,chunkSize=50})" > "$LOG/start.txt"
EXECUTION=$(grep -o '"result" => [0-9]*' "$LOG/start.txt" | grep -o '[0-9]*$')
say "   execution $EXECUTION started"

say "3. kill -9 once $KILL_AT FDs are done"
while true; do
    DONE=$(sql "SELECT COUNT(*) FROM batch_item_done WHERE job_name = 'fd-maturity' AND business_date = DATE '$TODAY'")
    [ "$DONE" -ge "$KILL_AT" ] && break
    sleep 0.2
done
kill -9 "$SERVER_PID"
wait 2> /dev/null || true
SERVER_PID=""
DONE=$(sql "SELECT COUNT(*) FROM batch_item_done WHERE job_name = 'fd-maturity' AND business_date = DATE '$TODAY'")
STATUS=$(sql "SELECT batchstatus FROM job_execution WHERE jobexecutionid = $EXECUTION")
say "   killed with $DONE of $FDS FDs done; the repository says execution $EXECUTION is $STATUS"

say "4. server again; restart from the last checkpoint"
start_server second
STATUS=$(sql "SELECT batchstatus FROM job_execution WHERE jobexecutionid = $EXECUTION")
say "   after start-up, execution $EXECUTION is $STATUS"
cli "/deployment=coopbank.ear/subdeployment=batch-jobs.jar/subsystem=batch-jberet:restart-job(execution-id=$EXECUTION,properties={businessDate=$TODAY,chunkSize=50})" > "$LOG/restart.txt"
RESTARTED=$(grep -o '"result" => [0-9]*' "$LOG/restart.txt" | grep -o '[0-9]*$')
say "   restarted as execution $RESTARTED"
for _ in $(seq 1 1800); do
    STATUS=$(sql "SELECT batchstatus FROM job_execution WHERE jobexecutionid = $RESTARTED")
    case "$STATUS" in COMPLETED|FAILED|STOPPED|ABANDONED) break ;; esac
    sleep 1
done
say "   execution $RESTARTED ended $STATUS"
stop_server
SERVER_PID=""

say "5. checks"
ACTIVE=$(sql "SELECT COUNT(*) FROM fixed_deposit WHERE status = 'ACTIVE' AND maturity_date <= DATE '$TODAY'")
ENTRIES=$(sql "SELECT COUNT(*) FROM journal_entry WHERE event_type = 'FD_MATURITY' AND entry_date = DATE '$TODAY'")
TWICE=$(sql "SELECT COUNT(*) FROM (SELECT reference FROM journal_entry WHERE event_type = 'FD_MATURITY'
             AND entry_date = DATE '$TODAY' GROUP BY reference HAVING COUNT(*) > 1) x")
ITEMS=$(sql "SELECT COUNT(*) FROM batch_item_done WHERE job_name = 'fd-maturity' AND business_date = DATE '$TODAY'")
say "   FDs still active: $ACTIVE; FD_MATURITY entries: $ENTRIES; FDs posted twice: $TWICE; items done: $ITEMS"
./mvnw -B -q -pl datagen -Pdatagen -Dgen.check-only=true | tee "$LOG/books.txt"
if [ "$STATUS" = COMPLETED ] && [ "$ACTIVE" = 0 ] && [ "$ENTRIES" = "$FDS" ] && [ "$TWICE" = 0 ] && [ "$ITEMS" = "$FDS" ] \
        && grep -q 'LEDGER INTEGRITY: clean' "$LOG/books.txt"; then
    say "PASS: killed at $DONE of $FDS, restarted, every FD paid exactly once, the books balance"
else
    say "FAIL"
    exit 1
fi
