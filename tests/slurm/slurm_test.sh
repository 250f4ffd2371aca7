#!/usr/bin/env bash
# Starts a real single-node Slurm on this machine (munge, slurmctld and slurmd on
# localhost, from Debian's slurm-wlm), runs contrib/slurm/submit.sh over a test corpus
# in three array tasks, and checks the merged result equals a single-machine run.
# Needs root and the munge and slurm-wlm packages; label "slurm".
set -u
qs=$(realpath "$1")
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/cli/lib.sh"
if [ "$(id -u)" -ne 0 ] || ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
    echo "skipped: needs root and Debian's slurm-wlm and munge"
    exit 77
fi
work=$tmp # from lib.sh; the daemons and the munge user read it
chmod 755 "$work"
node=$(hostname -s)
conf=$work/slurm.conf
export SLURM_CONF=$conf
cleanup() {
    scancel --quiet --user=root 2>/dev/null
    for pid in "$work"/*.pid; do [ -f "$pid" ] && kill "$(cat "$pid")" 2>/dev/null; done
    [ -n "${munge_pid:-}" ] && kill "$munge_pid" 2>/dev/null
    sleep 1
    rm -rf "$work"
}
trap cleanup EXIT

# munge: its own socket and key under $work, so nothing on the machine is touched
mkdir -p "$work/munge"
chown munge:munge "$work/munge"
dd if=/dev/urandom of="$work/munge/munge.key" bs=1 count=1024 status=none
chown munge:munge "$work/munge/munge.key"
chmod 400 "$work/munge/munge.key"
runuser -u munge -- munged --key-file="$work/munge/munge.key" \
    --socket="$work/munge/munge.socket" --pid-file="$work/munge/munged.pid" \
    --log-file="$work/munge/munged.log" --seed-file="$work/munge/munged.seed"
munge_pid=$(cat "$work/munge/munged.pid" 2>/dev/null)

mkdir -p "$work/state" "$work/spool"
cpus=$(nproc)
cat >"$conf" <<CONF
ClusterName=quotesrc-test
SlurmctldHost=$node(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$work/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
SlurmctldPort=16817
SlurmdPort=16818
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
NodeName=$node NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=test Nodes=$node Default=YES MaxTime=INFINITE State=UP
CONF
slurmctld -f "$conf"
slurmd -f "$conf"
up=no
for _ in $(seq 60); do
    if sinfo -h -o '%T' 2>/dev/null | grep -qE '^(idle|mixed|allocated)'; then up=yes; break; fi
    sleep 1
done
check "single-node Slurm is up" test "$up" = yes

corpus=$work/corpus
python3 - "$corpus" <<'PY'
import os, sys
root = sys.argv[1]
for i in range(300):
    d = os.path.join(root, f"{i % 5}")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"{i:04d}.txt"), "w") as f:
        f.write(f"Story {i}\n\n\"We will decide by Friday,\" said Maria Okafor, a union spokeswoman.\n")
open(os.path.join(root, "0", "bad.txt"), "wb").write(b"\x00binary")
PY
"$qs" batch --quiet -o "$work/single.jsonl" "$corpus" 2>/dev/null
"$qs" batch --quiet --db "$work/single.sqlite" "$corpus" 2>/dev/null

job=$(QUOTESRC="$qs" bash "$top/contrib/slurm/submit.sh" "$corpus" "$work/out" 3 2>"$work/submit.err")
check "the array and its merge are submitted" test -n "$job"
for _ in $(seq 120); do
    [ -z "$(squeue -h -j "$job" 2>/dev/null)" ] && break
    sleep 1
done
check "three shards were written" test "$(ls "$work/out"/shard-*.jsonl 2>/dev/null | wc -l)" -eq 3
check "the merged JSON lines equal a single-machine run" cmp -s "$work/single.jsonl" "$work/out/corpus.jsonl"
check "the merged database ranks sources as a single run does" bash -c "
    test \"\$('$qs' sources --db '$work/out/corpus.sqlite')\" = \"\$('$qs' sources --db '$work/single.sqlite')\" &&
    test \"\$(sqlite3 '$work/out/corpus.sqlite' 'SELECT COUNT(*) FROM files')\" = 301"
if [ "$failed" -gt 0 ]; then
    tail -5 "$work/slurmctld.log" "$work/slurmd.log" "$work/submit.err" "$work"/out/*.log 2>/dev/null
fi
finish
