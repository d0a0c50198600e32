#!/usr/bin/env bash
# The one place that lists the Debian 12 packages LwM2M Commissioner needs to
# build, run and test. Installs only what is missing. Idempotent.
set -euo pipefail

PACKAGES=(
  # build
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-serialport-dev qt6-translations-l10n
  qcoro-qt6-dev qtkeychain-qt6-dev
  libssl-dev libcoap3-dev libpcsclite-dev libpsl-dev
  clang-format python3 python3-jsonschema
  # run
  libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libcoap3-bin
  pcscd publicsuffix openssl
  # test
  vsmartcard-vpcd xvfb xauth x11-utils imagemagick postgresql
  clang libclang-rt-14-dev iproute2 procps
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages: ${missing[*]}" >&2
  echo "install-deps: run as root:" >&2
  echo "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# pcscd/postgresql would be started by their maintainer scripts; tests start
# private instances, so keep the system services from starting here.
policy_added=0
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  policy_added=1
fi
trap '[ "$policy_added" = 1 ] && rm -f /usr/sbin/policy-rc.d' EXIT
apt-get update -qq || apt-get update
apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: done"
