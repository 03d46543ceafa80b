#!/usr/bin/env bash
# Run by the e2e build before its integration tests (exec-maven-plugin, pre-integration-test; -DskipITs skips it):
# the portal's browser tests drive Debian's chromium through /usr/bin/chromedriver. Passes when both are there;
# as root it installs them (apt-get update first if the install alone fails, as on a fresh machine whose package
# lists are empty); otherwise it fails and names the command to run. It never lets the tests skip silently.
set -uo pipefail

chromium=/usr/bin/chromium
driver=/usr/bin/chromedriver
install=(apt-get install -y chromium chromium-driver)

present() {
  [[ -x $chromium && -x $driver ]]
}

report() {
  # Debian's chromium wrapper prints a shell warning on stderr on some machines: keep the version line only.
  echo "browser tests: $("$chromium" --version 2>/dev/null), $("$driver" --version 2>/dev/null | cut -d' ' -f1-2)"
}

if present; then
  report
  exit 0
fi

if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "browser tests: $chromium or $driver is missing; installing: ${install[*]}"
  export DEBIAN_FRONTEND=noninteractive
  if ! "${install[@]}"; then
    echo "browser tests: the install failed; apt-get update, then again"
    apt-get update && "${install[@]}"
  fi
  if present; then
    report
    exit 0
  fi
fi

echo "browser tests: $chromium and $driver are needed (Debian's chromium and chromium-driver) and could not be" \
  "installed here. Install them as root: sudo ${install[*]} (or leave the end-to-end suite out with -DskipITs)" >&2
exit 1
