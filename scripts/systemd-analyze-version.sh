#!/usr/bin/env bash
# systemd-analyze-version.sh -- the systemd-analyze (and systemd) of another systemd release, from
# Debian's own builds, runnable on a Debian 12 machine without installing anything system-wide.
# The oracle tests (test/helpers/oracle.ts) and scripts/gen-systemd-data.py use it.
#
# Usage: scripts/systemd-analyze-version.sh VERSION [TOOL]
#   VERSION  252 (the machine's own), 254 (bookworm-backports), 257 (trixie), 262 (sid)
#   TOOL     systemd-analyze (default) or systemd (the manager binary, for --dump-configuration-items)
# Prints the path of a wrapper that runs that TOOL of that version (arguments passed through), or
# exits non-zero with one line on stderr.
#
# Cache: ${HARDEN_UNITS_SYSTEMD_CACHE:-$HOME/.cache/harden-units/systemd}/VERSION. The packages are
# fetched with `apt-get download` from the Debian archive the machine's apt sources name (only the
# suite differs), extracted with `dpkg -x`, and run through that suite's own dynamic loader (newer
# systemd needs a newer glibc than Debian 12 has). Nothing outside the cache is written.
set -euo pipefail
v="${1:?usage: systemd-analyze-version.sh VERSION [systemd-analyze|systemd]}"
tool="${2:-systemd-analyze}"
case "$tool" in systemd-analyze|systemd) ;; *) echo "unknown tool $tool (systemd-analyze or systemd)" >&2; exit 2 ;; esac

if [ "$v" = 252 ]; then
  got=$(systemd-analyze --version 2>/dev/null | head -n1 | awk '{print $2}') || true
  [ "$got" = 252 ] || { echo "systemd 252 is not installed here (found: ${got:-none})" >&2; exit 1; }
  if [ "$tool" = systemd ]; then echo /lib/systemd/systemd; else command -v systemd-analyze; fi
  exit 0
fi
case "$v" in
  254) suite=bookworm-backports ;;
  257) suite=trixie ;;
  262) suite=sid ;;
  *) echo "systemd $v has no Debian build to verify against (252, 254, 257 and 262 do)" >&2; exit 2 ;;
esac

root="${HARDEN_UNITS_SYSTEMD_CACHE:-$HOME/.cache/harden-units/systemd}/$v"
wrapper="$root/$tool"
if [ -x "$root/systemd-analyze" ] && [ -x "$root/systemd" ] && "$root/systemd-analyze" --version >/dev/null 2>&1; then
  echo "$wrapper"; exit 0
fi

# One builder at a time per version (test workers may ask concurrently).
mkdir -p "$(dirname "$root")"
exec 9>"$root.lock"
flock 9
if [ -x "$root/systemd-analyze" ] && [ -x "$root/systemd" ] && "$root/systemd-analyze" --version >/dev/null 2>&1; then
  echo "$wrapper"; exit 0
fi

rm -rf "$root"; mkdir -p "$root"/{lists/partial,cache/archives/partial,debs,x}
uri=$(grep -h -E '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
  | grep -v security | head -n1 | sed -E 's/^URIs:[[:space:]]*//; s/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?//; s/[[:space:]].*$//' || true)
[ -n "$uri" ] || { echo "no Debian archive in the apt sources" >&2; exit 1; }
echo "deb [trusted=yes] $uri $suite main" > "$root/sources.list"
apt=(apt-get -q -o Dir::Etc::sourcelist="$root/sources.list" -o Dir::Etc::sourceparts=- \
     -o Dir::State::Lists="$root/lists" -o Dir::Cache="$root/cache" -o APT::Get::List-Cleanup=0)
"${apt[@]}" update >"$root/apt.log" 2>&1 || { echo "apt-get update for $suite failed (see $root/apt.log)" >&2; exit 1; }

pkgs=(systemd libsystemd-shared)
# 254 runs on Debian 12's own libraries; the others need their suite's libc and libraries.
if [ "$v" != 254 ]; then
  pkgs+=(libc6 libacl1 libblkid1 libcap2 libcrypt1 libmount1 libpam0g libseccomp2 libselinux1 libaudit1 libpcre2-8-0 libcap-ng0)
fi
[ "$v" = 257 ] && pkgs+=(libssl3t64)
(cd "$root/debs" && "${apt[@]}" download "${pkgs[@]}" >>"$root/apt.log" 2>&1) \
  || { echo "apt-get download from $suite failed (see $root/apt.log)" >&2; exit 1; }
for d in "$root"/debs/*.deb; do dpkg -x "$d" "$root/x"; done

lib="$root/x/usr/lib/x86_64-linux-gnu"
manager="$root/x/usr/lib/systemd/systemd"
[ -x "$manager" ] || manager="$root/x/lib/systemd/systemd"
for t in systemd-analyze systemd; do
  bin="$root/x/usr/bin/systemd-analyze"; [ "$t" = systemd ] && bin="$manager"
  if [ "$v" = 254 ]; then
    printf '#!/bin/sh\nLD_LIBRARY_PATH=%s exec %s "$@"\n' "$lib/systemd" "$bin" > "$root/$t"
  else
    printf '#!/bin/sh\nexec %s --library-path %s %s "$@"\n' "$root/x/usr/lib64/ld-linux-x86-64.so.2" "$lib/systemd:$lib" "$bin" > "$root/$t"
  fi
  chmod +x "$root/$t"
done
"$root/systemd-analyze" --version >/dev/null 2>&1 || { echo "the systemd-analyze of $v does not run here" >&2; rm -f "$root/systemd-analyze"; exit 1; }
got=$("$root/systemd-analyze" --version | head -n1 | awk '{print $2}')
[ "$got" = "$v" ] || echo "note: $suite now holds systemd $got, not $v" >&2
echo "$wrapper"
