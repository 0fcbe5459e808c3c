#!/usr/bin/env bash
# Runs Doyensec's Electronegativity over src/. It needs its own TypeScript, so it is installed in a
# folder of its own (not a dependency of the app). Its check of Electron's release feed needs the
# internet and is skipped.
set -euo pipefail
dir="${ELECTRONEGATIVITY_DIR:-${TMPDIR:-/tmp}/hujia-electronegativity}"
if [ ! -x "$dir/node_modules/.bin/electronegativity" ]; then
  mkdir -p "$dir"
  (cd "$dir" && npm init -y >/dev/null && npm install --no-audit --no-fund @doyensec/electronegativity >/dev/null)
fi
version=$(node -p "require('electron/package.json').version")
exec "$dir/node_modules/.bin/electronegativity" -i src -e "$version" -x AvailableSecurityFixesGlobalCheck -r "$@"
