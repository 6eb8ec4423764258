#!/usr/bin/env bash
# How much airgap:check adds to `mvn verify` of examples/cdk-java: RUNS builds with the plugin and RUNS with
# -Dairgap.skip, interleaved (so machine load hits both alike), medians of the wall time; plus, from the log's
# timestamps, the time from the start of the airgap execution to the end of the build in each run with the plugin.
# Installs this checkout's plugin first (the example uses 0.1.0-SNAPSHOT from the local repository; another build
# installing the same snapshot meanwhile would change what is measured: the jar's checksum is printed before and
# after). Usage: src/bench/sh/verify-overhead.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-5}
example=examples/cdk-java
out=target/bench/verify-overhead
mkdir -p "$out"
mvn -B -q install -DskipTests -Dinvoker.skip
jar=~/.m2/repository/dev/airgap/airgap-maven-plugin/0.1.0-SNAPSHOT/airgap-maven-plugin-0.1.0-SNAPSHOT.jar
echo "plugin jar before: $(sha1sum < "$jar" | cut -c1-12)"
mvn -B -q -f "$example/pom.xml" verify >/dev/null 2>&1   # first build downloads and warms the caches; not counted
stamp='-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS'
with=(); without=(); mojo=()
for i in $(seq 1 "$runs"); do
  for mode in with without; do
    extra=""; [ "$mode" = without ] && extra="-Dairgap.skip"
    start=$(date +%s.%N)
    mvn -B -o $stamp -f "$example/pom.xml" verify $extra > "$out/$mode-$i.log" 2>&1
    end=$(date +%s.%N)
    t=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}')
    if [ "$mode" = with ]; then
      with+=("$t")
      # from the airgap execution's first line to BUILD SUCCESS, in seconds
      m=$(awk '/--- airgap-maven-plugin/ {split($1,a,":"); s=a[1]*3600+a[2]*60+a[3]}
               /BUILD SUCCESS/ {split($1,a,":"); e=a[1]*3600+a[2]*60+a[3]} END {printf "%.3f", e-s}' \
          "$out/$mode-$i.log")
      mojo+=("$m")
    else
      without+=("$t")
    fi
    echo "run $i $mode: ${t}s"
  done
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
mw=$(median "${with[@]}"); mo=$(median "${without[@]}"); mm=$(median "${mojo[@]}")
echo "median mvn verify with airgap:check: ${mw}s, with -Dairgap.skip: ${mo}s, difference: $(awk -v a="$mw" -v b="$mo" 'BEGIN {printf "%.3f", a - b}')s"
echo "median airgap:check execution (log timestamps): ${mm}s"
echo "plugin jar after: $(sha1sum < "$jar" | cut -c1-12)"
