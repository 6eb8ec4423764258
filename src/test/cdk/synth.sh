#!/usr/bin/env bash
# Regenerates the CDK cloud-assembly fixtures under src/test/resources/cdk/ from the apps in apps/.
#
#   src/test/cdk/synth.sh            # all fixtures
#   src/test/cdk/synth.sh 02-nat     # only the named fixture(s)
#
# Needs Node 20+ and npm. The only network access is `npm ci` (when node_modules is missing or stale);
# synthesis itself runs with the CDK CLI's version check, notices and telemetry off, no AWS credentials,
# no instance metadata and (where `unshare` allows it) in a network namespace without any network.
# Environment-bound stacks take their AZ names from cdk.context.json, so no context lookup is attempted.
# SPDX-License-Identifier: Apache-2.0
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out_root="$(cd "$here/.." && pwd)/resources/cdk"
cd "$here"

# fixture name | app folder | extra `cdk synth` options
FIXTURES=(
  "01-public|01-public|"
  "02-nat|02-nat|--no-path-metadata"
  "03-s3-gateway|03-s3-gateway|"
  "04-s3-interface|04-s3-interface|"
  "05-hybrid-vpn-interface|05-hybrid-vpn-interface|"
  "06-hybrid-vpn-gateway-only|06-hybrid-vpn-gateway-only|"
  "07-tgw|07-tgw|"
  "08-multi-stack|08-multi-stack|"
  "09-nested|09-nested|"
  "09b-nested-no-path|09-nested|--no-path-metadata"
  "10-stage|10-stage|"
  "11-baseline|11-baseline|"
)

# 1. dependencies, exactly as locked
installed_ok() {
  node -e '
    const lock = require("./package-lock.json").packages;
    for (const name of ["aws-cdk-lib", "aws-cdk", "constructs"]) {
      const want = lock["node_modules/" + name].version;
      let have;
      try { have = require("./node_modules/" + name + "/package.json").version; } catch (e) { process.exit(1); }
      if (have !== want) process.exit(1);
    }' 2>/dev/null
}
if ! installed_ok; then
  npm ci --no-audit --no-fund
fi

# 2. no network, no AWS account during synthesis
export CDK_DISABLE_VERSION_CHECK=true
export CDK_DISABLE_CLI_TELEMETRY=true
export AWS_EC2_METADATA_DISABLED=true
export AWS_CONFIG_FILE=/dev/null
export AWS_SHARED_CREDENTIALS_FILE=/dev/null
unset AWS_PROFILE AWS_REGION AWS_DEFAULT_REGION AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN \
      AWS_CONTAINER_CREDENTIALS_RELATIVE_URI AWS_CONTAINER_CREDENTIALS_FULL_URI CDK_DEFAULT_ACCOUNT CDK_DEFAULT_REGION || true
isolate=()
if command -v unshare >/dev/null 2>&1 && unshare -rn true 2>/dev/null; then
  isolate=(unshare -rn)
fi

# 3. synthesize
selected=("$@")
wanted() {
  [ ${#selected[@]} -eq 0 ] && return 0
  local s; for s in "${selected[@]}"; do [ "$s" = "$1" ] && return 0; done
  return 1
}

mkdir -p "$out_root"
for entry in "${FIXTURES[@]}"; do
  IFS='|' read -r name app opts <<<"$entry"
  wanted "$name" || continue
  tmp="$(mktemp -d "$here/.synth-$name.XXXXXX.tmp")"
  echo "== $name (apps/$app${opts:+, $opts})"
  # shellcheck disable=SC2086
  "${isolate[@]}" ./node_modules/.bin/cdk synth --app "node apps/$app/app.js" -o "$tmp/out" \
      --no-notices --quiet $opts
  rm -f "$tmp/out/synth.lock" "$tmp/out/read."*".lock"
  # construct stack traces in *.metadata.json / validation-report.json carry absolute file names:
  # make them relative to src/test/cdk so the fixtures do not depend on the checkout location
  node -e '
    const fs = require("fs"), path = require("path");
    const [dir, prefix] = process.argv.slice(1);
    const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) => {
      const p = path.join(d, e.name);
      if (e.isDirectory()) return walk(p);
      if (!/\.json$/.test(e.name)) return;
      const text = fs.readFileSync(p, "utf8");
      const fixed = text.split(prefix).join("");
      if (fixed !== text) fs.writeFileSync(p, fixed);
    });
    walk(dir);' "$tmp/out" "$here/"
  rm -rf "${out_root:?}/$name"
  mv "$tmp/out" "$out_root/$name"
  rm -rf "$tmp"
done
echo "fixtures written to $out_root"
