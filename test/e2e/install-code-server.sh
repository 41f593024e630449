#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3 served to a browser) from the npm registry, for the
# real-extension-host tests in test/e2e. Needs only the npm registry and Debian apt: every step of
# code-server's postinstall that would download from GitHub is replaced by a local build or a
# Debian binary. 4.100.3 is the newest code-server that accepts Node 20.
#
# usage: test/e2e/install-code-server.sh [PREFIX]
#        PREFIX defaults to ${XDG_CACHE_HOME:-~/.cache}/code-server-4.100.3
# env:   SKIP_APT=1  do not apt-get install missing Debian packages
# result: $PREFIX/node_modules/.bin/code-server, and $PREFIX/.code-server-4.100.3.ok once complete.
# Idempotent: a complete install is reused, and apt-get runs only for packages that are missing.
set -euo pipefail
CS_VERSION=4.100.3
PREFIX="${1:-${XDG_CACHE_HOME:-$HOME/.cache}/code-server-$CS_VERSION}"
STAMP="$PREFIX/.code-server-$CS_VERSION.ok"
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false npm_config_loglevel=warn
T0=$(date +%s)
step() { echo "== install-code-server [$(( $(date +%s) - T0 ))s] $*"; }

# Debian packages: build tools and headers for code-server's native modules, ripgrep (replaces the
# GitHub download of @vscode/ripgrep) and Chromium (the browser the tests drive).
PKGS=(build-essential python3 pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev ripgrep chromium)
missing=()
for pkg in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ -n "${SKIP_APT:-}" ]; then
    echo "install-code-server: missing Debian packages (SKIP_APT is set): ${missing[*]}" >&2
  else
    step "apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

if [ -f "$STAMP" ] && [ -x "$PREFIX/node_modules/.bin/code-server" ]; then
  echo "install-code-server: code-server $CS_VERSION already installed in $PREFIX"
  exit 0
fi

[ "$(node -p 'process.versions.node.split(".")[0]')" = 20 ] || { echo "install-code-server: code-server $CS_VERSION needs Node 20, found $(node --version)" >&2; exit 1; }
RG="$(command -v rg)" || { echo "install-code-server: ripgrep (rg) not found" >&2; exit 1; }
NODE_GYP="$(npm root -g)/npm/node_modules/node-gyp/bin/node-gyp.js"   # the node-gyp bundled with npm
[ -f "$NODE_GYP" ] || NODE_GYP="$(command -v node-gyp)" || { echo "install-code-server: node-gyp not found" >&2; exit 1; }
# Build native addons against the local Node headers instead of downloading them from nodejs.org.
if [ -f /usr/include/node/node_version.h ]; then export npm_config_nodedir=/usr; fi

mkdir -p "$PREFIX"
cd "$PREFIX"
rm -f "$STAMP"
[ -f package.json ] || echo '{ "name": "code-server-host", "private": true }' > package.json

step "npm install code-server@$CS_VERSION --ignore-scripts"
npm install --ignore-scripts "code-server@$CS_VERSION"

step "argon2: build from source (its install script fetches a GitHub prebuilt)"
npm rebuild argon2 --build-from-source

VS="$PREFIX/node_modules/code-server/lib/vscode"
cd "$VS"
step "lib/vscode: npm install --omit=dev --ignore-scripts"
npm install --omit=dev --ignore-scripts

step "ripgrep: Debian's rg (with bin/ present, @vscode/ripgrep's postinstall skips its download)"
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$RG" node_modules/@vscode/ripgrep/bin/rg

step "native modules"
# kerberos: prebuild-install (GitHub; fails fast offline) || node-gyp rebuild
npm rebuild --foreground-scripts @vscode/spdlog @vscode/deviceid kerberos native-watchdog @vscode/ripgrep
# node-pty's postinstall runs `npx node-gyp configure` (a registry fetch for dev-only output): build directly.
( cd node_modules/node-pty && node "$NODE_GYP" rebuild )
# @parcel/watcher's binary comes from its optional dependency @parcel/watcher-linux-x64-glibc.

step "the rest of code-server's postinstall.sh"
ln -sfn node_modules node_modules.asar
( cd bin/remote-cli && ln -sfn code-linux.sh code-server )
( cd bin/helpers && ln -sfn browser-linux.sh browser.sh )
( cd extensions && npm install --omit=dev )   # typescript for the built-in TS/JS extensions

step "verify"
for f in node_modules/@vscode/spdlog/build/Release/spdlog.node node_modules/kerberos/build/Release/kerberos.node \
         node_modules/native-watchdog/build/Release/watchdog.node node_modules/node-pty/build/Release/pty.node \
         node_modules/@vscode/ripgrep/bin/rg "$PREFIX/node_modules/argon2/lib/binding/napi-v3/argon2.node"; do
  [ -e "$f" ] || { echo "install-code-server: missing $f" >&2; exit 1; }
done
# code-server writes coder-logs under $XDG_DATA_HOME/code-server even for --version: keep it out of $HOME.
XDG_TMP="$(mktemp -d)"
XDG_DATA_HOME="$XDG_TMP" "$PREFIX/node_modules/.bin/code-server" --config /dev/null --version
rm -rf "$XDG_TMP"
touch "$STAMP"
step "done: $(du -sh "$PREFIX/node_modules" | cut -f1) in $PREFIX/node_modules"
