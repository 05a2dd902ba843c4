#!/usr/bin/env bash
# Builds everything that builds on this machine, runs the nanoFramework compatibility gate and every test project,
# and ends with one line "N passed, N failed" (tests of all projects plus one per device assembly checked by the gate).
# Exit status: 0 when nothing failed.
set -u
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
passed=0
failed=0
logdir=artifacts/test-logs
mkdir -p "$logdir"

echo "== build (nanoPython.Host.slnf)"
if ! dotnet build nanoPython.Host.slnf -c Release -nologo -v q -clp:ErrorsOnly; then
    echo "build FAILED"
    echo "0 passed, 1 failed"
    exit 1
fi

echo "== nanoFramework compatibility gate (tools/NfGate)"
dotnet run --project tools/NfGate -c Release --no-build -- 2>&1 | tee "$logdir/gate.log"
gate_ok=$(grep -cE '^== .*: ok$' "$logdir/gate.log")
gate_bad=$(grep -cE '^== .*: (FAILED|skipped)' "$logdir/gate.log")
if ! grep -qE '^NfGate: (PASS|OK)' "$logdir/gate.log" && [ "$gate_bad" -eq 0 ]; then
    gate_bad=1
fi
passed=$((passed + gate_ok))
failed=$((failed + gate_bad))

for proj in tests/NanoPython.Tools.Tests tests/NanoPython.Tests hal/Esp32.Tests; do
    name=$(basename "$proj")
    echo "== $name"
    dotnet test "$proj" -c Release --no-build -nologo 2>&1 | tee "$logdir/$name.log" | grep -vE '^\s*(Passed|Skipped) ' | tail -n 40
    line=$(grep -E 'Failed: +[0-9]+, +Passed: +[0-9]+' "$logdir/$name.log" | tail -n 1)
    if [ -z "$line" ]; then
        echo "$name: no test summary (the test run did not complete)"
        failed=$((failed + 1))
        continue
    fi
    f=$(echo "$line" | sed -E 's/.*Failed: +([0-9]+).*/\1/')
    p=$(echo "$line" | sed -E 's/.*Passed: +([0-9]+).*/\1/')
    passed=$((passed + p))
    failed=$((failed + f))
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
