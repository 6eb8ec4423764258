#!/usr/bin/env bash
# The user-path benchmark of issue 16: airgap:check of this checkout's plugin in fresh Maven processes on 1, 10, 100
# and 200 copies of the generated 257-resource stack (one cloud assembly, one region), the same with -Dairgap.skip,
# and a plain Jackson parse of the same files in a fresh JVM; 3 runs each, medians, wall and CPU time, peak RSS,
# report sizes; then a JFR profile of the goal at the largest size. Prints Markdown tables (also written to
# target/bench/user-path/user-path.md and user-path-profile.md).
#
# The plugin under test goes into a PRIVATE local repository (target/bench/user-path/m2), never into ~/.m2: other
# builds on the machine install their own 0.1.0-SNAPSHOT there, which would change what is measured. That repository
# gets the plugin's dependencies from the user's local repository through a file:// mirror (no network), once; the
# timed runs are offline.
#
# BASELINE=<commit> also builds that commit's plugin (from `git archive`, into its own private repository) and
# measures both interleaved in the same session, labelled before and after: on a shared machine, figures of two
# sessions compare the machine's load more than the code.
#
# Usage: [BASELINE=commit] src/bench/sh/user-path.sh [RUNS] [SIZES] [-Dbench.x=y ...]
#   e.g. src/bench/sh/user-path.sh 3 1,10,100,200 -Dbench.extra=cdk-java=examples/cdk-java/target/cdk.out
#   -Dbench.jfr=none skips the profile.
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$PWD
runs=${1:-3}; sizes=${2:-1,10,100,200}; shift $(( $# < 2 ? $# : 2 ))
dir=$root/target/bench/user-path
user_repo=${M2_REPO:-$HOME/.m2/repository}
gid=dev.airgap; aid=airgap-maven-plugin
mkdir -p "$dir"
seed=$(mktemp -d); trap 'rm -rf "$seed"' EXIT
printf '%s\n' '<project><modelVersion>4.0.0</modelVersion><groupId>local.bench</groupId>' \
  '<artifactId>seed</artifactId><version>1</version><packaging>pom</packaging></project>' > "$seed/pom.xml"

# A private repository NAME holding the plugin built in SRC (its jar, with the descriptor, and pom: what `install`
# lays down), its settings file, and the plugin's dependencies resolved into it once from the file:// mirror.
private_repo() {
  local name=$1 src=$2 ver repo target
  ver=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' "$src/pom.xml" | head -1)
  repo=$dir/$name
  cat > "$dir/settings-$name.xml" <<XML
<settings>
  <localRepository>$repo</localRepository>
  <mirrors>
    <mirror><id>user-repository</id><mirrorOf>*</mirrorOf><url>file://$user_repo</url></mirror>
  </mirrors>
</settings>
XML
  target="$repo/${gid//.//}/$aid/$ver"
  rm -rf "$target"; mkdir -p "$target"
  cp "$src/target/$aid-$ver.jar" "$target/$aid-$ver.jar"
  cp "$src/pom.xml" "$target/$aid-$ver.pom"
  (cd "$seed" && mvn -q -B -s "$dir/settings-$name.xml" "$gid:$aid:$ver:check" -Dairgap.skip >/dev/null)
  echo "$name: $gid:$aid:$ver, jar $(sha1sum < "$target/$aid-$ver.jar" | cut -c1-12)" >&2
  version=$ver
}

# 1. the plugin jar (no tests compiled or run, no ITs), then the bench classes compiled on their own against it, so
#    that a test that does not compile cannot stop the benchmark
mvn -o -q -B package -Dmaven.test.skip=true -Dinvoker.skip
mvn -o -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$dir/classpath.txt" >/dev/null
classes=$dir/classes
rm -rf "$classes"
javac --release 17 -nowarn -d "$classes" -cp "$root/target/classes:$(cat "$dir/classpath.txt")" \
  $(find src/bench/java -name '*.java')

# 2. the private repositories
private_repo m2 "$root"
echo "  commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src/main pom.xml || echo ' + local changes')" >&2
variants="-Dbench.mavenArgs=-o -s $dir/settings-m2.xml"
if [ -n "${BASELINE:-}" ]; then
  base=$dir/baseline-src
  rm -rf "$base"; mkdir -p "$base"
  git archive "$BASELINE" | tar -x -C "$base"
  mvn -o -q -B -f "$base/pom.xml" package -Dmaven.test.skip=true -Dinvoker.skip
  after_version=$version
  private_repo m2-baseline "$base"
  # one plugin coordinate for both: each variant's own private repository decides which build it is
  [ "$version" = "$after_version" ] || { echo "baseline version $version is not $after_version" >&2; exit 2; }
  echo "  commit $(git rev-parse --short "$BASELINE")" >&2
  variants="-Dbench.variants=before=-o -s $dir/settings-m2-baseline.xml|after=-o -s $dir/settings-m2.xml"
fi

# 3. the measurements
java -cp "$classes:$root/target/classes:$(cat "$dir/classpath.txt")" \
  -Dbench.plugin="$gid:$aid:$version" "$variants" \
  -Dbench.runs="$runs" -Dbench.sizes="$sizes" -Dbench.dir="$dir" "$@" dev.airgap.bench.UserPath
