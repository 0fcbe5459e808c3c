#!/usr/bin/env bash
# Runs Doyensec's Electronegativity over src/ and fails on any finding above MEDIUM, or any finding
# about navigation, permissions, the CSP, the sandbox or context isolation. It needs its own
# TypeScript, so it is installed in a folder of its own (not a dependency of the app). Its check of
# Electron's release feed needs the internet and is skipped (tests/unit/main/packaging.test.ts
# checks the Electron major instead). A finding may be silenced only at an audited line, with the
# scanner's own `eng-disable` comment saying which check and why.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${ELECTRONEGATIVITY_DIR:-${TMPDIR:-/tmp}/hujia-electronegativity}"
if [ ! -x "$dir/node_modules/.bin/electronegativity" ]; then
  mkdir -p "$dir"
  if ! (cd "$dir" && npm init -y >/dev/null &&
    npm install --no-audit --no-fund @doyensec/electronegativity@1.10.3 >/dev/null); then
    echo "electronegativity.sh: the registry could not provide @doyensec/electronegativity" >&2
    exit 2
  fi
fi
version=$(node -p "require('electron/package.json').version")
report="$(mktemp -d)/electronegativity.csv"
"$dir/node_modules/.bin/electronegativity" -i src -e "$version" \
  -x AvailableSecurityFixesGlobalCheck -r -o "$report" "$@"
node - "$report" <<'JS'
const rows = require('node:fs').readFileSync(process.argv[2], 'utf8').trim().split('\n').slice(1)
const forbidden = /NAVIGATION|PERMISSION|CSP|SANDBOX|CONTEXT_ISOLATION/
const bad = rows.filter((row) => {
  const [id, severity] = row.split(',').map((c) => c.replaceAll('"', '').trim())
  return ['HIGH', 'CRITICAL'].includes(severity) || forbidden.test(id)
})
console.log(`electronegativity: ${rows.length} finding(s), ${bad.length} not allowed`)
for (const row of bad) console.log(`  ${row}`)
process.exit(bad.length === 0 ? 0 : 1)
JS
