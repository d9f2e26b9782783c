#!/usr/bin/env bash
# Installs code-server (VS Code 1.96.4's server + web workbench) into test/.cache/code-server/ so that the
# integration tests can run inside a real VS Code on machines that cannot download VS Code itself.
# See test/integration/README.md and /work/shared/guides/real-vscode-tests.md.
#
# Usage: bash scripts/setup-code-server.sh [--force]
#   --force   reinstall even when the stamp file says everything is in place
#
# Idempotent: when the stamp file matches (code-server version + Node ABI) and the Debian packages are present,
# it only checks and exits (well under a second).
set -euo pipefail

CODE_SERVER_VERSION="4.96.4"
DEB_PACKAGES=(chromium ripgrep fonts-liberation fonts-noto-cjk)
NATIVE_MODULES=(@parcel/watcher @vscode/spdlog @vscode/deviceid native-watchdog node-pty)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="$ROOT/test/.cache/code-server"
PKG="$DEST/node_modules/code-server"
VSCODE="$PKG/lib/vscode"
STAMP="$DEST/.installed"
START_SECONDS=$SECONDS
STEP="start"

log() { printf '[setup-code-server +%3ss] %s\n' "$((SECONDS - START_SECONDS))" "$*"; }
fail() { printf '[setup-code-server] ERROR: %s\n' "$*" >&2; exit 1; }
step() { STEP="$*"; log "$*"; }
# Runs a command with its output appended to $LOG; on failure shows the end of the log.
LOG=""
quiet() {
  if ! "$@" >>"$LOG" 2>&1; then
    printf '[setup-code-server] command failed: %s\n--- last lines of %s ---\n' "$*" "$LOG" >&2
    tail -n 30 "$LOG" >&2
    return 1
  fi
}
trap 'rc=$?; if [ $rc -ne 0 ]; then printf "[setup-code-server] FAILED (exit %s) during: %s\n" "$rc" "$STEP" >&2; fi' EXIT

FORCE=0
for arg in "$@"; do
  case "$arg" in
    --force) FORCE=1 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) fail "unknown argument: $arg" ;;
  esac
done

command -v node >/dev/null || fail "node is not on PATH"
command -v npm >/dev/null || fail "npm is not on PATH"
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[ "$NODE_MAJOR" = "20" ] || fail "code-server $CODE_SERVER_VERSION needs Node 20 (found $(node -v))"
# The native modules are built against this Node's ABI: a different Node invalidates the install.
STAMP_CONTENT="code-server=$CODE_SERVER_VERSION node-abi=$(node -p process.versions.modules)"

# ---------------------------------------------------------------- Debian packages
deb_installed() { dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed'; }

ensure_debian_packages() {
  local missing=() p
  command -v dpkg >/dev/null || fail "dpkg not found: this script supports Debian/Ubuntu only"
  for p in "${DEB_PACKAGES[@]}"; do deb_installed "$p" || missing+=("$p"); done
  if [ ${#missing[@]} -eq 0 ]; then log "Debian packages present: ${DEB_PACKAGES[*]}"; return; fi
  step "installing Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || fail "need root to install ${missing[*]}: run 'apt-get install ${missing[*]}' as root"
    sudo=(sudo -n)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
    || fail "apt-get update failed"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || fail "apt-get install ${missing[*]} failed"
  for p in "${missing[@]}"; do deb_installed "$p" || fail "Debian package $p still not installed"; done
}

# ---------------------------------------------------------------- fast path
install_complete() {
  [ "$FORCE" = 0 ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$STAMP_CONTENT" ] \
    && [ -f "$PKG/out/node/entry.js" ] && [ -e "$VSCODE/node_modules/@vscode/ripgrep/bin/rg" ] \
    && [ -L "$VSCODE/node_modules.asar" ]
}

ensure_debian_packages
if install_complete; then
  log "code-server $CODE_SERVER_VERSION already installed in ${DEST#"$ROOT"/} (use --force to reinstall)"
  exit 0
fi

# ---------------------------------------------------------------- code-server itself
export npm_config_nodedir=/usr   # node-gyp takes the headers from /usr/include/node instead of downloading them
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
[ -f /usr/include/node/node_api.h ] || fail "Node headers missing in /usr/include/node (needed to build native modules)"
for tool in make g++ python3; do command -v "$tool" >/dev/null || fail "$tool not found (needed by node-gyp; apt-get install build-essential python3)"; done

rm -f "$STAMP"
mkdir -p "$DEST"
LOG="$DEST/setup.log"
: >"$LOG"
log "full npm output goes to ${LOG#"$ROOT"/}"
# Own package.json, so that npm installs here and never walks up to the project's package.json.
if [ ! -f "$DEST/package.json" ]; then
  printf '{\n  "name": "govreport-code-server-cache",\n  "private": true\n}\n' > "$DEST/package.json"
fi

step "npm install --ignore-scripts code-server@$CODE_SERVER_VERSION"
(cd "$DEST" && quiet npm install --ignore-scripts --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION")
[ -f "$PKG/out/node/entry.js" ] || fail "code-server package not found after npm install"

step "npm rebuild argon2"
(cd "$DEST" && quiet npm rebuild --loglevel=error argon2)

step "patching lib/vscode/npm-shrinkwrap.json (git+ssh @vscode/proxy-agent -> registry)"
node - "$VSCODE/npm-shrinkwrap.json" <<'EOF'
const fs = require('fs');
const file = process.argv[2];
const json = JSON.parse(fs.readFileSync(file, 'utf8'));
let changed = 0;
for (const [key, entry] of Object.entries(json.packages ?? {})) {
  if (typeof entry.resolved === 'string' && entry.resolved.startsWith('git+')) {
    delete entry.resolved;
    delete entry.integrity;
    changed++;
    console.log(`  ${key}: now taken from the registry (version ${entry.version})`);
  }
}
if (changed) fs.writeFileSync(file, JSON.stringify(json, null, 2) + '\n');
else console.log('  nothing to patch');
EOF

step "npm install --omit=dev --ignore-scripts in lib/vscode"
(cd "$VSCODE" && quiet npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)

step "npm rebuild ${NATIVE_MODULES[*]}"
(cd "$VSCODE" && quiet npm rebuild --loglevel=error "${NATIVE_MODULES[@]}")

step "linking Debian's ripgrep into @vscode/ripgrep"
RG="$(command -v rg || true)"
[ -n "$RG" ] || fail "rg not found (Debian package ripgrep)"
mkdir -p "$VSCODE/node_modules/@vscode/ripgrep/bin"
ln -sfn "$RG" "$VSCODE/node_modules/@vscode/ripgrep/bin/rg"
"$VSCODE/node_modules/@vscode/ripgrep/bin/rg" --version >/dev/null || fail "linked rg does not run"

step "postinstall equivalents: node_modules.asar link, bin scripts"
(cd "$VSCODE" && rm -rf node_modules.asar && ln -s node_modules node_modules.asar)
(cd "$VSCODE/bin/remote-cli" && ln -sfn code-linux.sh code-server)
(cd "$VSCODE/bin/helpers" && ln -sfn browser-linux.sh browser.sh)

step "npm install --omit=dev in lib/vscode/extensions"
(cd "$VSCODE/extensions" && quiet npm install --omit=dev --no-audit --no-fund --loglevel=error)

step "checking the install"
# code-server writes a default config (with a password) under XDG_CONFIG_HOME on every start, even for
# --version: point it at a throwaway directory so nothing lands in the home directory.
CHECK_HOME="$(mktemp -d)"
VERSION_OUT="$(XDG_CONFIG_HOME="$CHECK_HOME/config" XDG_DATA_HOME="$CHECK_HOME/data" \
  node "$PKG/out/node/entry.js" --config "$CHECK_HOME/config.yaml" --user-data-dir "$CHECK_HOME/user-data" --version 2>&1)" \
  || { rm -rf "$CHECK_HOME"; fail "code-server --version failed: $VERSION_OUT"; }
rm -rf "$CHECK_HOME"
VERSION_OUT="$(printf '%s\n' "$VERSION_OUT" | grep -v '^\[' | head -1)"
case "$VERSION_OUT" in
  "$CODE_SERVER_VERSION"*) log "code-server --version: $VERSION_OUT" ;;
  *) fail "unexpected code-server --version output: $VERSION_OUT" ;;
esac
(cd "$VSCODE" && node -e '
  for (const m of ["@vscode/spdlog", "node-pty", "@parcel/watcher", "native-watchdog", "@vscode/deviceid"]) require(m);
') || fail "a native module of lib/vscode does not load"
/usr/bin/chromium --version >/dev/null 2>&1 || fail "/usr/bin/chromium does not run"

printf '%s\n' "$STAMP_CONTENT" > "$STAMP"
log "done: code-server $CODE_SERVER_VERSION in ${DEST#"$ROOT"/} ($(du -sh "$DEST" | cut -f1)), $(/usr/bin/chromium --version 2>/dev/null)"
