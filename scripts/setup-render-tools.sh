#!/usr/bin/env bash
# Installs what the render/export test tiers drive, idempotently: Debian's Chromium (browser tier,
# driven by playwright-core), LibreOffice Writer (DOCX → PDF) and poppler-utils (PDF → PNG), and
# CJK fonts so both render Chinese text instead of boxes; and xmllint (libxml2-utils), which
# validates `check --format junit` against the JUnit schemas. Nothing is downloaded outside Debian's
# packages and the npm registry: playwright-core never fetches a browser of its own here.
#
# Safe to run any number of times: apt-get runs only for packages `dpkg -s` says are missing,
# and `apt-get update` only when something must be installed. Run first by `npm test` and by
# .ci/run, and by a vitest tier that finds a tool missing (test/tools/render-tools.ts); when it
# cannot install (no root, no sudo, no Debian) it fails, and so does the tier: never a skip.
set -euo pipefail
cd "$(dirname "$0")/.."

# Test files run in parallel workers, each of which may call this: one apt-get at a time.
exec 9>"${TMPDIR:-/tmp}/govreport-setup-render-tools.lock"
flock 9

PACKAGES=(chromium libreoffice-writer poppler-utils fonts-noto-cjk libxml2-utils)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg -s "$p" >/dev/null 2>&1 || ! dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed'; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} > 0)); then
  echo "setup-render-tools: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  # --no-install-recommends keeps LibreOffice to Writer alone (no Java, no desktop integration).
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "setup-render-tools: ${PACKAGES[*]} already installed"
fi

# playwright-core is a devDependency: present after `npm ci`. Install it from the lock file if not.
if ! node -e "require.resolve('playwright-core')" >/dev/null 2>&1; then
  echo "setup-render-tools: installing node modules (playwright-core missing)"
  npm ci --no-audit --no-fund
fi

for tool in /usr/bin/chromium libreoffice pdftoppm xmllint; do
  command -v "$tool" >/dev/null 2>&1 || { echo "setup-render-tools: $tool not found after install" >&2; exit 1; }
done
echo "setup-render-tools: ready ($(/usr/bin/chromium --version 2>/dev/null | head -1); $(libreoffice --version 2>/dev/null | head -1 | cut -c1-40))"
