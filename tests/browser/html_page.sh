#!/usr/bin/env bash
# The HTML report in a real browser: headless Chromium loads the seed article's page;
# every quote is highlighted and the console shows no error.  Label "browser".
set -u
qs=$1
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/cli/lib.sh"
chromium=$(command -v chromium || command -v chromium-browser)
if [ -z "$chromium" ]; then
    echo "skipped: needs Debian's chromium"
    exit 77
fi
"$qs" report --format html corpus/iwpr-imu.txt >"$tmp/seed.html"
quotes=$("$qs" report --format jsonl corpus/iwpr-imu.txt | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["quotes"]))')
run() {
    timeout 90 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$tmp/profile-$1" --enable-logging=stderr --v=0 "${@:2}"
}
run dom --dump-dom "file://$tmp/seed.html" >"$tmp/dom.html" 2>"$tmp/console.log"
check "the browser loads the page" grep -q "</article>" "$tmp/dom.html"
highlighted=$(grep -o 'data-quote="[0-9]*"' "$tmp/dom.html" | sort -u | wc -l)
check "each of the $quotes quotes is highlighted ($highlighted)" test "$highlighted" -eq "$quotes"
check "each speaker is marked" test "$(grep -o 'class="speaker"' "$tmp/dom.html" | wc -l)" -ge 10
check "the console shows no errors" bash -c "! grep -E 'CONSOLE|Uncaught|Refused' '$tmp/console.log'"
run shot --screenshot="$tmp/seed.png" --window-size=1280,1400 --hide-scrollbars \
    "file://$tmp/seed.html" >/dev/null 2>&1
check "a screenshot is taken" test -s "$tmp/seed.png"
finish
