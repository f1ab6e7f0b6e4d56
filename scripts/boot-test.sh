#!/usr/bin/env bash
# boot-test.sh -- the fix engine's drop-ins, proven on running services.
#
# Builds (once, cached) a Debian 12 system container with debootstrap, boots it with
# `systemd-nspawn -b` (systemd 252 as PID 1, loopback only), and for each daemon below: starts it
# without a drop-in and probes that it does its job; then, for each profile, installs the drop-in
# `harden-units fix --profile P` writes for its packaged unit, restarts it and probes again. The
# container's own `systemd-analyze security` gives the exposure before and after. Prints a table;
# exits 1 when a daemon that worked without the drop-in stops working with it.
#
# Skips (exit 0, saying why) when the machine cannot do it: not root, no systemd-nspawn or
# debootstrap and no way to install them, no Debian archive, or a container that does not boot.
#
# Environment: BOOT_TEST_CACHE (default ~/.cache/harden-units/boot), BOOT_TEST_PROFILES
# (default "baseline strict"), BOOT_TEST_ONLY (daemon names, space-separated), BOOT_TEST_KEEP=1
# (leave the run's folder for inspection).
set -uo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
t0=$(date +%s)
log() { printf 'boot-test: %s\n' "$*" >&2; }
skip() { printf 'boot test SKIPPED: %s\n' "$*"; exit 0; }
fail() { printf 'boot test FAILED: %s\n' "$*"; exit 1; }

# ---------------------------------------------------------------------------------------------
# What the container holds. Changing any of this rebuilds the cached image (its key is a hash).

PACKAGES=(
  systemd systemd-sysv dbus iproute2 procps curl ca-certificates netcat-openbsd sudo less
  nginx apache2 postgresql mariadb-server redis-server memcached mosquitto mosquitto-clients
  rabbitmq-server amqp-tools bind9 bind9-dnsutils rsyslog prometheus-node-exporter snmpd snmp
  openssh-server openssh-client tomcat10 php8.2-fpm libfcgi-bin uuid-runtime postfix vsftpd
)
PRESEED='postfix postfix/main_mailer_type select Local only
postfix postfix/mailname string probe.test
postfix postfix/destinations string probe.test, localhost.localdomain, localhost'
# Run inside the freshly installed system (chroot-like, network on) once, at build time.
SETUP='set -e
useradd -m -s /bin/bash probe
echo probe:probe-pw | chpasswd
echo "probe ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/probe
install -d -m 700 -o probe -g probe /home/probe/.ssh
ssh-keygen -q -t ed25519 -N "" -f /root/probe-key
install -m 600 -o probe -g probe /root/probe-key.pub /home/probe/.ssh/authorized_keys
printf "<?php echo \"php-ok \", 6 * 7, \"\\n\";\n" > /var/www/html/probe.php
printf "opcache.jit=tracing\nopcache.jit_buffer_size=8M\n" > /etc/php/8.2/fpm/conf.d/99-jit.ini
echo "probe: probe" >> /etc/aliases && newaliases
# Nothing starts at boot but what the test starts: each daemon runs alone (nginx and apache2
# share port 80), and the boot is quick.
for u in nginx apache2 postgresql mariadb redis-server memcached mosquitto rabbitmq-server named \
         rsyslog syslog prometheus-node-exporter snmpd ssh tomcat10 php8.2-fpm uuidd postfix vsftpd \
         epmd cron e2scrub_reap apt-daily.timer apt-daily-upgrade.timer man-db.timer \
         e2scrub_all.timer fstrim.timer logrotate.timer dpkg-db-backup.timer uuidd.socket epmd.socket; do
  systemctl disable "$u" 2>/dev/null || true
done
systemctl disable systemd-networkd systemd-resolved 2>/dev/null || true
# syslog.socket activates syslog.service: keep that alias of rsyslog, which disabling removed.
ln -sf /lib/systemd/system/rsyslog.service /etc/systemd/system/syslog.service
# vsftpd as most sites run it: users upload to their home folders.
sed -i "s/^#write_enable=YES/write_enable=YES/" /etc/vsftpd.conf
rm -f /etc/machine-id && touch /etc/machine-id
apt-get clean'
IMAGE_VERSION=2

cache=${BOOT_TEST_CACHE:-$HOME/.cache/harden-units/boot}
key=$(printf '%s\n' "$IMAGE_VERSION" "${PACKAGES[*]}" "$PRESEED" "$SETUP" | sha256sum | cut -c1-16)
image="$cache/bookworm-$key"

# ---------------------------------------------------------------------------------------------
# Can this machine do it?

[ "$(uname -s)" = Linux ] || skip "not Linux"
[ "$(id -u)" = 0 ] || skip "needs root (systemd-nspawn and debootstrap); run it as root"
command -v node >/dev/null || skip "node is not on the PATH"
[ -f "$here/dist/cli/index.js" ] || { log "building the CLI"; (cd "$here" && npm run build >/dev/null) || fail "npm run build failed"; }

ensure_tools() {
  command -v systemd-nspawn >/dev/null && command -v debootstrap >/dev/null && return 0
  command -v apt-get >/dev/null || return 1
  log "installing debootstrap and systemd-container from Debian's packages"
  timeout 600 apt-get update -q >/dev/null 2>&1 || return 1
  DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -q -o DPkg::Lock::Timeout=300 \
    debootstrap systemd-container >/dev/null 2>&1 || return 1
  command -v systemd-nspawn >/dev/null && command -v debootstrap >/dev/null
}

archive() {
  grep -h -E '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
    | grep -v security | head -n1 \
    | sed -E 's/^URIs:[[:space:]]*//; s/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?//; s/[[:space:]].*$//'
}

# nspawn outside a running service manager: no machined registration, no scope of its own.
NSPAWN=(systemd-nspawn -q --register=no --keep-unit)

build_image() {
  local mirror tmp security
  mirror=$(archive); mirror=${mirror:-http://deb.debian.org/debian}
  security=${mirror%/debian}/debian-security
  tmp="$image.partial"
  rm -rf "$tmp"; mkdir -p "$cache"
  log "building the Debian 12 image in $image (first run only; several minutes)"
  if ! timeout 1200 debootstrap --variant=minbase --include=systemd,systemd-sysv,dbus bookworm "$tmp" "$mirror" \
      >"$cache/build.log" 2>&1; then
    rm -rf "$tmp"; return 2
  fi
  cat >"$tmp/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security bookworm-security main
EOF
  printf '#!/bin/sh\nexit 101\n' >"$tmp/usr/sbin/policy-rc.d"; chmod +x "$tmp/usr/sbin/policy-rc.d"
  printf '%s\n' "$PRESEED" >"$tmp/root/preseed"
  printf '%s\n' "$SETUP" >"$tmp/root/setup.sh"
  echo probe >"$tmp/etc/hostname"
  printf '127.0.0.1 localhost probe probe.test\n::1 localhost ip6-localhost\n' >"$tmp/etc/hosts"
  if ! timeout 2400 "${NSPAWN[@]}" -D "$tmp" --pipe --setenv=DEBIAN_FRONTEND=noninteractive /bin/sh -ec "
      debconf-set-selections /root/preseed
      apt-get update -q
      apt-get install -y -q --no-install-recommends ${PACKAGES[*]}
      sh -e /root/setup.sh
      rm -f /usr/sbin/policy-rc.d /root/preseed /root/setup.sh" >>"$cache/build.log" 2>&1 </dev/null; then
    rm -rf "$tmp"; return 3
  fi
  mv "$tmp" "$image"
  touch "$image/.complete"
}

ensure_tools || skip "systemd-nspawn and debootstrap are missing and could not be installed"
if [ "${1:-}" = "--build-only" ] || [ ! -f "$image/.complete" ]; then
  if [ ! -f "$image/.complete" ]; then
    b0=$(date +%s)
    build_image; rc=$?
    case $rc in
      0) log "image built in $(( $(date +%s) - b0 )) s" ;;
      2) skip "debootstrap could not fetch Debian 12 (no network to the archive?); see $cache/build.log" ;;
      *) skip "installing the daemons in the image failed; see $cache/build.log" ;;
    esac
    # Older images of other package lists are stale: keep only this one.
    for old in "$cache"/bookworm-*; do [ "$old" = "$image" ] || rm -rf "$old"; done
  fi
  [ "${1:-}" = "--build-only" ] && exit 0
fi

# ---------------------------------------------------------------------------------------------
# The daemons: name, kind, the packaged unit the CLI fixes (a template for instances), the units
# started (a socket for socket activation), seconds to wait for the probe, and the probe: a shell
# command run in the container that exits 0 when the daemon did its job. $N is a fresh nonce.

NAMES=(); KINDS=(); UNITS=(); STARTS=(); WAITS=(); PROBES=()
daemon() { NAMES+=("$1"); KINDS+=("$2"); UNITS+=("$3"); STARTS+=("$4"); WAITS+=("$5"); PROBES+=("$6"); }

daemon nginx "web server" nginx.service nginx.service 30 \
  'curl -fsS -m 5 -D - -o /dev/null http://127.0.0.1/ | grep -qi "^server: nginx"'
daemon apache2 "web server" apache2.service apache2.service 30 \
  'curl -fsS -m 5 -D - -o /dev/null http://127.0.0.1/ | grep -qi "^server: apache"'
daemon postgresql "database, template instance" postgresql@.service postgresql@15-main.service 60 \
  'runuser -u postgres -- psql -XtAq -c "create table if not exists probe(x text)" -c "insert into probe values ('"'"'$N'"'"')" -c "select x from probe where x = '"'"'$N'"'"'" | grep -qx "$N"'
daemon mariadb "database" mariadb.service mariadb.service 60 \
  'mysql -N -e "create database if not exists probe; create table if not exists probe.t(x varchar(40)); insert into probe.t values (\"$N\"); select x from probe.t where x = \"$N\"" | grep -qx "$N"'
daemon redis "key-value store" redis-server.service redis-server.service 30 \
  'redis-cli set probe "$N" | grep -qx OK && redis-cli get probe | grep -qx "$N" && redis-cli save | grep -qx OK'
daemon memcached "cache" memcached.service memcached.service 30 \
  'printf "set probe 0 60 %s\r\n%s\r\nget probe\r\nquit\r\n" "${#N}" "$N" | nc -N -w 3 127.0.0.1 11211 | grep -q "^$N"'
daemon mosquitto "MQTT broker" mosquitto.service mosquitto.service 30 \
  'mosquitto_pub -h 127.0.0.1 -r -t probe -m "$N" && timeout 8 mosquitto_sub -h 127.0.0.1 -C 1 -W 6 -t probe | grep -qx "$N"'
daemon rabbitmq "AMQP broker, Erlang JIT" rabbitmq-server.service rabbitmq-server.service 120 \
  'amqp-declare-queue -s 127.0.0.1 -q probe >/dev/null && amqp-publish -s 127.0.0.1 -r probe -b "$N" && amqp-get -s 127.0.0.1 -q probe | grep -qx "$N"'
daemon bind9 "DNS server" named.service named.service 30 \
  'dig +short +time=2 +tries=1 @127.0.0.1 localhost A | grep -qx 127.0.0.1 && rndc status | grep -q "server is up"'
daemon rsyslog "log daemon" rsyslog.service rsyslog.service 30 \
  'logger -t probe "$N"; for i in 1 2 3 4 5 6; do grep -q "$N" /var/log/syslog 2>/dev/null && exit 0; sleep 0.5; done; exit 1'
daemon node-exporter "metrics exporter" prometheus-node-exporter.service prometheus-node-exporter.service 30 \
  'curl -fsS -m 5 http://127.0.0.1:9100/metrics | grep -q "^node_filesystem_size_bytes"'
daemon snmpd "SNMP agent" snmpd.service snmpd.service 30 \
  'snmpget -v2c -c public -t 2 -r 1 -Oqv 127.0.0.1 1.3.6.1.2.1.1.5.0 | grep -qx "\"probe\""'
daemon ssh "SSH server" ssh.service ssh.service 30 \
  'ssh -i /root/probe-key -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o ConnectTimeout=5 -o LogLevel=ERROR probe@127.0.0.1 "echo $N > ~/probe-file && cat ~/probe-file && sudo -n id -u" | tr "\n" " " | grep -qx "$N 0 "'
daemon tomcat "Java servlet container (JIT)" tomcat10.service tomcat10.service 90 \
  'curl -fsS -m 5 http://127.0.0.1:8080/ | grep -q "It works"'
daemon php-fpm "PHP FastCGI (opcache JIT)" php8.2-fpm.service php8.2-fpm.service 30 \
  'SCRIPT_FILENAME=/var/www/html/probe.php REQUEST_METHOD=GET cgi-fcgi -bind -connect /run/php/php8.2-fpm.sock | grep -q "php-ok 42"'
daemon uuidd "socket-activated" uuidd.service uuidd.socket 30 \
  'uuidd -t | grep -Eq "[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-"'
daemon postfix "mail server, template instance" postfix@.service postfix@-.service 60 \
  'printf "HELO probe\r\nMAIL FROM:<root@localhost>\r\nRCPT TO:<probe@localhost>\r\nDATA\r\nSubject: $N\r\n\r\n$N\r\n.\r\nQUIT\r\n" | nc -w 5 127.0.0.1 25 | grep -q "^250 .*queued" && for i in $(seq 20); do grep -q "$N" /var/mail/probe 2>/dev/null && exit 0; sleep 0.5; done; exit 1'
daemon vsftpd "FTP server" vsftpd.service vsftpd.service 30 \
  'printf "%s\n" "$N" | curl -fsS -m 5 --user probe:probe-pw -T - "ftp://127.0.0.1/ftp-$N.txt" && grep -qx "$N" "/home/probe/ftp-$N.txt"'

# Per run, in the container's volatile overlay (cheap, so not part of the image).
PREP='set -e
rm -f /home/probe/ftp-*.txt /home/probe/probe-file'

if [ -n "${BOOT_TEST_ONLY:-}" ]; then
  keep=(); for i in "${!NAMES[@]}"; do [[ " $BOOT_TEST_ONLY " == *" ${NAMES[$i]} "* ]] && keep+=("$i"); done
else
  keep=("${!NAMES[@]}")
fi
PROFILES=(${BOOT_TEST_PROFILES:-baseline strict})

# ---------------------------------------------------------------------------------------------
# Boot. The container has its own network namespace with loopback only (--private-network), and
# its root is the cached image under a tmpfs overlay (--volatile=overlay): the image is never
# changed by a run.

run=$(mktemp -d /tmp/harden-units-boot.XXXXXX)
machine="hu-boot-$$"
nspawn_pid=""; leader=""
cleanup() {
  if [ -n "$leader" ] && kill -0 "$leader" 2>/dev/null; then
    timeout 10 nsenter -t "$leader" -a -r -w systemctl poweroff --no-block >/dev/null 2>&1 || true
  fi
  if [ -n "$nspawn_pid" ]; then
    for _ in $(seq 40); do kill -0 "$nspawn_pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$nspawn_pid" 2>/dev/null && { kill -TERM "$nspawn_pid" 2>/dev/null; sleep 2; kill -KILL "$nspawn_pid" 2>/dev/null; }
    wait "$nspawn_pid" 2>/dev/null
  fi
  if [ "${BOOT_TEST_KEEP:-0}" = 1 ]; then log "kept $run"; else rm -rf "$run"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

boot0=$(date +%s)
"${NSPAWN[@]}" -D "$image" -M "$machine" --volatile=overlay --private-network --console=read-only \
  -b >"$run/console.log" 2>&1 </dev/null &
nspawn_pid=$!

# The container's PID 1 is the child of systemd-nspawn that runs systemd.
for _ in $(seq 100); do
  kill -0 "$nspawn_pid" 2>/dev/null || break
  for p in $(pgrep -P "$nspawn_pid" 2>/dev/null); do
    [ "$(cat "/proc/$p/comm" 2>/dev/null)" = systemd ] && leader=$p
  done
  [ -n "$leader" ] && break
  sleep 0.2
done
if [ -z "$leader" ]; then
  tail -n 5 "$run/console.log" >&2
  skip "systemd-nspawn could not boot the container here (see the lines above)"
fi

PATHS=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
# A command in the container: its namespaces, its root, a clean environment, bounded in time.
inct() {
  local secs=$1; shift
  timeout -k 5 "$secs" nsenter -t "$leader" -a -r -w \
    env -i PATH="$PATHS" HOME=/root LANG=C.UTF-8 TERM=dumb N="${N:-}" "$@"
}

state=""
for _ in $(seq 120); do
  state=$(inct 10 systemctl is-system-running 2>/dev/null)
  case $state in running|degraded) break ;; esac
  sleep 0.5
done
case $state in
  running|degraded) ;;
  *) tail -n 5 "$run/console.log" >&2; skip "the container did not finish booting (state '$state')" ;;
esac
log "container booted in $(( $(date +%s) - boot0 )) s ($(inct 10 systemctl --version | head -n1))"
inct 30 sh -c "$PREP" || fail "preparing the container failed"

# ---------------------------------------------------------------------------------------------
# The test.

exposure() { # online systemd-analyze security of a unit in the container
  inct 30 systemd-analyze security --no-pager "$1" 2>/dev/null | grep -oE 'Overall exposure level for [^:]*: [0-9]+\.[0-9]' | grep -oE '[0-9]+\.[0-9]$'
}

# The service whose exposure is read: the started unit, or for a socket the service it activates.
service_of() { case $1 in *.socket) echo "${1%.socket}.service" ;; *) echo "$1" ;; esac; }

probe() { # probe INDEX -> 0 when the daemon answered before its deadline or gave up
  local i=$1 svc deadline
  svc=$(service_of "${STARTS[$i]}")
  deadline=$(( $(date +%s) + ${WAITS[$i]} ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    N="p$RANDOM$RANDOM"
    if N=$N inct 20 sh -c "${PROBES[$i]}" >"$run/last-probe" 2>&1; then return 0; fi
    [ "$(inct 10 systemctl is-failed "$svc" 2>/dev/null)" = failed ] && return 1
    sleep 1
  done
  return 1
}

start() { # (re)start a daemon's units: a socket's service is stopped first, the socket restarted
  local u=$1 svc
  svc=$(service_of "$u")
  if [ "$u" != "$svc" ]; then
    inct 60 systemctl stop "$svc" "$u" >/dev/null 2>&1
    inct 60 systemctl start "$u"
  else
    inct 120 systemctl restart "$u"
  fi
}

# Why a daemon broke: what the probe printed, and the last lines its unit logged since $2.
why() {
  { head -c 200 "$run/last-probe"; printf ' '; } | tr '\n' ' '
  inct 20 journalctl --no-pager -o cat --since "@$2" -u "$1" 2>/dev/null \
    | grep -v -E '^(Started|Starting|Stopping|Stopped|Deactivated|Consumed|Reloading)|Failed to kill control group' | tail -n 3 | tr '\n' ' ' | cut -c1-160
}

# The drop-in our CLI writes for a packaged unit, from the unit files copied out of the image.
dropin_for() { # UNIT PROFILE -> drop-in text on stdout, engine figures in $run/engine
  local unit=$1 profile=$2 dir="$run/units/$1" src="$image/lib/systemd/system" out
  rm -rf "$dir"; mkdir -p "$dir"
  cp -L "$src/$unit" "$dir/" 2>/dev/null || return 1
  [ -f "$src/${unit%.service}.socket" ] && cp -L "$src/${unit%.service}.socket" "$dir/"
  [ -d "$src/$unit.d" ] && cp -rL "$src/$unit.d" "$dir/"
  out=$(cd "$here" && node dist/cli/index.js fix --dry-run --profile "$profile" "$dir/$unit") || return 1
  printf '%s\n' "$out" | head -n1 | grep -oE '[0-9]+\.[0-9] -> [0-9]+\.[0-9]' >"$run/engine"
  printf '%s\n' "$out" | tail -n +2
}

ROWS=()
broken=0
for i in "${keep[@]}"; do
  name=${NAMES[$i]}; unit=${UNITS[$i]}; st=${STARTS[$i]}; svc=$(service_of "$st")
  d0=$(date +%s)
  start "$st" >/dev/null 2>&1
  if ! probe "$i"; then
    ROWS+=("$name|${KINDS[$i]}|none|-|-|BROKEN|does not work without a drop-in: $(why "$svc" "$d0")")
    broken=$((broken + 1))
    inct 60 systemctl stop "$svc" "$st" >/dev/null 2>&1
    continue
  fi
  before=$(exposure "$svc")
  for profile in "${PROFILES[@]}"; do
    if ! text=$(dropin_for "$unit" "$profile"); then
      ROWS+=("$name|${KINDS[$i]}|$profile|$before|-|BROKEN|harden-units fix failed on $unit")
      broken=$((broken + 1)); continue
    fi
    if [ -z "$text" ]; then
      ROWS+=("$name|${KINDS[$i]}|$profile|$before -> $before|-|ok|no drop-in proposed")
      continue
    fi
    printf '%s\n' "$text" >"$run/dropin-$name-$profile.conf"
    inct 20 sh -c "mkdir -p /etc/systemd/system/$unit.d && cat > /etc/systemd/system/$unit.d/hardening.conf" <"$run/dropin-$name-$profile.conf"
    inct 60 systemctl daemon-reload
    p0=$(date +%s)
    start "$st" >/dev/null 2>&1
    after=$(exposure "$svc")
    if probe "$i"; then
      ROWS+=("$name|${KINDS[$i]}|$profile|$before -> $after|$(cat "$run/engine")|ok|")
    else
      ROWS+=("$name|${KINDS[$i]}|$profile|$before -> $after|$(cat "$run/engine")|BROKEN|$(why "$svc" "$p0")")
      broken=$((broken + 1))
    fi
  done
  inct 20 rm -rf "/etc/systemd/system/$unit.d"
  inct 60 systemctl daemon-reload
  inct 120 systemctl stop "$svc" "$st" >/dev/null 2>&1
  log "$name done in $(( $(date +%s) - d0 )) s"
done

# ---------------------------------------------------------------------------------------------
# The table.

printf '\n%-14s %-32s %-9s %-13s %-13s %-7s %s\n' daemon kind profile "online" "engine" result reason
for r in "${ROWS[@]}"; do
  IFS='|' read -r a b c d e f g <<<"$r"
  printf '%-14s %-32s %-9s %-13s %-13s %-7s %s\n' "$a" "$b" "$c" "$d" "$e" "$f" "$g"
done
for profile in "${PROFILES[@]}"; do
  ok=0; all=0
  for r in "${ROWS[@]}"; do IFS='|' read -r a b c d e f g <<<"$r"; [ "$c" = "$profile" ] || continue; all=$((all+1)); [ "$f" = ok ] && ok=$((ok+1)); done
  printf '%s: %d of %d daemons keep working\n' "$profile" "$ok" "$all"
done
printf 'boot test took %d s (image %s)\n' "$(( $(date +%s) - t0 ))" "$(basename "$image")"
if [ "$broken" -gt 0 ]; then fail "$broken breakage(s); drop-ins and logs: BOOT_TEST_KEEP=1 keeps $run"; fi
echo "boot test passed"
