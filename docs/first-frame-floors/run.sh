#!/bin/bash
# Builds the floors and times each one's first frame, medians of N runs in turn:
#   bash docs/first-frame-floors/run.sh DB [N] [MODERAT]
# DB: a moderat database (e.g. the demo's); MODERAT: a release build to time beside them.
set -e
here=$(cd "$(dirname "$0")" && pwd)
db=$(realpath "$1"); n=${2:-21}; moderat=${3:+$(realpath "$3")}
work=$(mktemp -d /tmp/moderat-floors.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$work"
cc -O2 -o fft "$here/fft.c" -lutil
# The floor's C text is the bench's own (FirstFrameFloor.program), taken out of its Swift source.
sed -n '/static let program = #"""/,/^ *"""#/p' "$here/../../Sources/moderat/Bench/FirstFrameFloor.swift" \
  | sed '1d;$d;s/^        //' > floor.c
cc -O2 -o c-floor floor.c -lncursesw -lsqlite3
cc -O2 -Dmain=floor_main -c floor.c -o floor-lib.o
swiftc -O -static-stdlib "$here/swift-plain.swift" floor-lib.o -lncursesw -lsqlite3 -o swift-plain 2>/dev/null
swiftc -O -static-stdlib "$here/swift-foundation.swift" floor-lib.o -lncursesw -lsqlite3 -o swift-foundation 2>/dev/null
cp -r "$here/gfloor" . && (cd gfloor && swift build -c release --static-swift-stdlib >/dev/null 2>&1) && cp gfloor/.build/release/gfloor swift-grdb
export TERM=xterm-256color LANG=C.UTF-8
names="c-floor swift-plain swift-foundation swift-grdb"
declare -A times
for i in $(seq "$n"); do
  for p in $names; do times[$p]+="$(./fft 'q quit' "./$p" "$db") "; done
  if [ -n "$moderat" ]; then times[moderat]+="$(./fft $'\e[?2026l' "$moderat" --db "$db" --lang de) "; fi
done
[ -n "$moderat" ] && names="$names moderat"
for p in $names; do
  echo "$p: median $(echo ${times[$p]} | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') ms"
done
