#!/usr/bin/env bash
# Installs what the browser tests need, only when it is missing: Debian's chromium (Playwright cannot download
# its own build here) and a CJK font (without one, Chinese renders as boxes in screenshots).
# Skipped when CHROMIUM_PATH points at an existing browser. Run by `npm test` (pretest:web) and bench:web.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then
  exit 0
fi

pkgs=()
command -v chromium >/dev/null 2>&1 || pkgs+=(chromium)
fc-list :lang=zh family 2>/dev/null | grep -q . || pkgs+=(fonts-noto-cjk)
if [ ${#pkgs[@]} -eq 0 ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Browser tests need ${pkgs[*]}: install them, or set CHROMIUM_PATH to a Chromium binary." >&2
  exit 1
fi
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=(sudo); else
    echo "Browser tests need ${pkgs[*]}; run as root or install them: apt-get install ${pkgs[*]}" >&2
    exit 1
  fi
fi
echo "Installing ${pkgs[*]} for the browser tests (once)..."
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
