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
node - "$report" "$dir" <<'JS'
const rows = require('node:fs').readFileSync(process.argv[2], 'utf8').trim().split('\n').slice(1)
const csp = require(`${process.argv[3]}/node_modules/@doyensec/csp-evaluator`)
const forbidden = /NAVIGATION|PERMISSION|CSP|SANDBOX|CONTEXT_ISOLATION/
// A CSP finding is allowed only when the policy's own findings are all of two audited kinds:
// - the evaluator (2019) predates Trusted Types and calls their two directives unknown;
// - connect-src to http on this computer: the browser build's WebDAV sync to a local server (a
//   NAS app, the tests' Apache). The desktop app narrows connect-src to 'self' in the header main
//   sends (src/main/app-files.ts), and main cancels every http(s) request from the page.
const trustedTypes = new Set(['require-trusted-types-for', 'trusted-types'])
const localHttp = new Set(['http://127.0.0.1:*', 'http://localhost:*'])
const audited = (f) =>
  trustedTypes.has(f.directive) || (f.directive === 'connect-src' && localHttp.has(f.value))
const onlyAudited = (policy) =>
  new csp.CspEvaluator(new csp.CspParser(policy).csp, csp.Version.CSP3).evaluate().every(audited)
const bad = rows.filter((row) => {
  const cells = [...row.matchAll(/"([^"]*)"|([^,]+)/g)].map((m) => (m[1] ?? m[2]).trim())
  const [id, severity] = cells
  if (id === 'CSP_GLOBAL_CHECK' && severity === 'LOW' && onlyAudited(cells[5])) return false
  return ['HIGH', 'CRITICAL'].includes(severity) || forbidden.test(id)
})
console.log(`electronegativity: ${rows.length} finding(s), ${bad.length} not allowed`)
for (const row of bad) console.log(`  ${row}`)
process.exit(bad.length === 0 ? 0 : 1)
JS
