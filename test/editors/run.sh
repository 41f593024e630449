#!/usr/bin/env bash
# Test layer "editors": the language server (dist/server.js --stdio) driven by real terminal
# editors, headless: Neovim's built-in LSP client and Emacs with eglot. Each check works on copies
# of the repo's examples and compares what the editor received with the CLI's findings for the same
# file (test/editors/compare.mjs).
#
#   bash test/editors/run.sh            (from anywhere; run `npm run build` first)
#
# Installs neovim, emacs-nox and elpa-eglot with apt-get when missing. Prints "✔ name" or
# "✖ name: reason" per check and ends with "N passed, N failed"; exits 1 when a check failed.
# Editor output and logs go to $ARTIFACTS/editors (not kept when ARTIFACTS is unset). Everything
# else, including the editors' HOME and XDG dirs, lives in a temp dir removed on exit.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/test/editors"
EDITOR_TIMEOUT="${EDITOR_TIMEOUT:-60}"        # seconds for one editor run, server included
LSP_TIMEOUT_MS="${LSP_TIMEOUT_MS:-15000}"     # per wait inside the editor
cd "$ROOT"

work="$(mktemp -d "${TMPDIR:-/tmp}/coproduction-lint-editors.XXXXXX")"
trap 'rm -rf "$work"' EXIT
if [ -n "${ARTIFACTS:-}" ]; then
  art="$ARTIFACTS/editors"
  rm -rf "$art"
else
  art="$work/artifacts"
fi
mkdir -p "$art"

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "✔ $1 ($2 s)"; }
fail() { failed=$((failed + 1)); echo "✖ $1: $2"; }
summary() { echo "$passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit $?; }
now() { date +%s%N; }
secs() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }

# --- editors ------------------------------------------------------------------------------------
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
missing=()
for pkg in neovim emacs-nox elpa-eglot; do installed "$pkg" || missing+=("$pkg"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} with apt-get (log: $art/apt.log)"
  t0=$(now)
  {
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=300 update &&
      apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=300 "${missing[@]}"
  } </dev/null >"$art/apt.log" 2>&1 || { echo "apt-get failed; last lines of its log:"; tail -5 "$art/apt.log"; }
  echo "apt-get took $(secs "$t0") s"
fi
nvim_version="$(nvim --version 2>/dev/null | head -1)"
emacs_version="$(emacs --version 2>/dev/null | head -1)"
eglot_version="$(dpkg-query -W -f='${Version}' elpa-eglot 2>/dev/null)"
echo "editors: ${nvim_version:-no nvim}; ${emacs_version:-no emacs}; elpa-eglot ${eglot_version:-missing}"

if [ ! -f "$ROOT/dist/server.js" ] || [ ! -f "$ROOT/dist/cli.js" ]; then
  fail "language server is built" "dist/server.js or dist/cli.js is missing: run npm run build first"
  summary
fi
SERVER_CMD="node $ROOT/dist/server.js --stdio"

# --- a sandbox: the editors' HOME, XDG dirs and TMPDIR, and copies of the examples ----------------
ws="$work/ws"
mkdir -p "$ws" "$work/home" "$work/tmp"
cp examples/weak-engagement-plan.md examples/consultation-survey.md examples/README.md "$ws/"
sandbox() {
  env HOME="$work/home" TMPDIR="$work/tmp" \
    XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache" \
    XDG_DATA_HOME="$work/home/.local/share" XDG_STATE_HOME="$work/home/.local/state" \
    XDG_RUNTIME_DIR="$work/tmp" LSP_CMD="$SERVER_CMD" LSP_TIMEOUT_MS="$LSP_TIMEOUT_MS" "$@"
}

# Runs Neovim with nvim-client.lua: run_nvim NAME PROBE FILE...  → $art/NAME.json
run_nvim() {
  local name="$1" probe="$2"; shift 2
  local files; files="$(IFS='|'; echo "$*")"
  sandbox LSP_FILES="$files" LSP_OUT="$art/$name.json" LSP_PROBE="$probe" \
    timeout -k 5 "$EDITOR_TIMEOUT" nvim --headless --clean -n -i NONE -u NONE \
    -c "luafile $HERE/nvim-client.lua" </dev/null >"$art/$name.log" 2>&1
  local rc=$?
  cp "$work/home/.cache/nvim/lsp.log" "$art/$name.lsp.log" 2>/dev/null
  return $rc
}

# Runs Emacs with eglot-client.el: run_emacs NAME FILE...  → $art/NAME.json
run_emacs() {
  local name="$1"; shift
  local files; files="$(IFS='|'; echo "$*")"
  sandbox LSP_FILES="$files" LSP_OUT="$art/$name.json" \
    timeout -k 5 "$EDITOR_TIMEOUT" emacs --batch -Q -l "$HERE/eglot-client.el" </dev/null >"$art/$name.log" 2>&1
}

# A failed editor run: its exit code and error, or the log's last line.
why() {
  local name="$1" rc="$2" msg
  [ "$rc" -eq 124 ] && { echo "$name timed out after ${EDITOR_TIMEOUT}s"; return; }
  msg="$(node -e 'try { const o = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(o.error || "") } catch {}' "$art/$name.json" 2>/dev/null)"
  [ -n "$msg" ] || msg="$(grep -v '^\s*$' "$art/$name.log" 2>/dev/null | tail -1)"
  echo "exit $rc${msg:+: $msg}$(see "$name.log")"
}

# Where to read more: the artifact, or (when ARTIFACTS is unset and it will be deleted) its tail on stderr.
see() {
  if [ -n "${ARTIFACTS:-}" ]; then echo " (see $art/$1)"; else { echo "--- $1:"; tail -20 "$art/$1"; } >&2 2>/dev/null; fi
}

# check NAME EDITOR-BINARY RUN... -- COMPARE-ARGS...
check() {
  local title="$1" bin="$2" out="$3" t0 rc reason; shift 3
  local run=() ; while [ "$1" != "--" ]; do run+=("$1"); shift; done; shift
  t0=$(now)
  if ! command -v "$bin" >/dev/null; then fail "$title" "$bin is not installed$([ -f "$art/apt.log" ] && see apt.log)"; return; fi
  "${run[@]}"; rc=$?
  if [ "$rc" -ne 0 ]; then fail "$title" "$(why "$out" "$rc")"; return; fi
  if reason="$(node "$HERE/compare.mjs" "$@" 2>&1)"; then pass "$title" "$(secs "$t0")"; return; fi
  echo "$reason" >"$art/$out.problems"
  local more=$(($(echo "$reason" | wc -l) - 1))
  if [ "$more" -gt 0 ]; then fail "$title" "$(echo "$reason" | head -1) (+$more more)$(see "$out.problems")"
  else fail "$title" "$reason"; fi
}

W="$ws/weak-engagement-plan.md"; S="$ws/consultation-survey.md"; R="$ws/README.md"

check "nvim: diagnostics on weak-engagement-plan.md match the CLI; README.md has none" nvim nvim-diagnostics \
  run_nvim nvim-diagnostics 0 "$W" "$R" -- diagnostics "$art/nvim-diagnostics.json" "$W" "$R"

check "nvim: code actions offer 'Rewrite as…' and apply; hover shows the message" nvim nvim-actions \
  run_nvim nvim-actions 1 "$W" -- actions "$art/nvim-actions.json" "$W"

check "emacs+eglot: diagnostics on weak-engagement-plan.md and consultation-survey.md match the CLI" emacs emacs-diagnostics \
  run_emacs emacs-diagnostics "$W" "$S" -- diagnostics "$art/emacs-diagnostics.json" "$W" "$S"

summary
