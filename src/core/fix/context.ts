/**
 * What a unit file tells about its service, without running it: the programs it starts (JIT
 * runtimes, well-known daemons), whether it talks to the network, needs privileged ports, raw
 * sockets or netlink, where it writes, who it runs as, and the socket units that activate it.
 * The fix engine holds a recommendation back when this says it would break the service.
 */
import { splitWords } from "../syntax/words.js";
import type { LoadedUnit } from "../units/load.js";
import { basename, dirname, joinPath, type UnitTree } from "../units/tree.js";
import { parseUnitFile } from "../syntax/parser.js";

export interface ServiceContext {
  /** Basenames of every program the Exec*= lines start (`node`, `nginx`, `sh`, …), lower-case. */
  readonly programs: ReadonlySet<string>;
  /** Every word of every Exec*= line, for argument hints. */
  readonly words: readonly string[];
  /** The oldest systemd release the drop-in must work on. */
  readonly floor: number;
  /** Runs as root: no User= (or User=root/0) and no DynamicUser=. */
  readonly runsAsRoot: boolean;
  /** The program that makes a setting unsafe, by hazard. */
  readonly jit: string | null;
  readonly network: string | null;
  readonly privilegedPort: string | null;
  readonly rawSockets: string | null;
  readonly netlink: string | null;
  readonly socketActivated: string | null;
  /** Absolute paths the service likely writes to (besides its *Directory= folders). */
  readonly writablePaths: readonly string[];
  /**
   * Why the places the service writes to are known, which `ProtectSystem=strict` needs: the unit
   * declares them (`StateDirectory=`, `LogsDirectory=`, `CacheDirectory=`, `ReadWritePaths=`), the
   * command line names them, or a package convention gives them. Null when nothing tells.
   */
  readonly writesKnown: string | null;
  /** The program that writes wherever its configuration or its users say (logs, mail, logins), if any. */
  readonly writesAnywhere: string | null;
  /** Why the service may write under /home, /root or /run/user, if it may. */
  readonly homePaths: string | null;
  /** Why the service may write to /etc or /usr (package managers, config writers), if it may. */
  readonly systemWriter: string | null;
  /** Hazards by program family, each the program that shows it. */
  readonly hazards: ReadonlyMap<Hazard, string>;
}

export type Hazard =
  | "setuid-helper"
  | "kernel-tuning"
  | "module-loading"
  | "kernel-log"
  | "cgroup-manager"
  | "clock"
  | "hostname"
  | "installer"
  | "realtime"
  | "namespaces"
  | "other-abi"
  | "devices"
  | "mounts"
  | "process-monitor"
  | "shell"
  | "resource-tuning"
  | "shared-tmp"
  | "user-sessions"
  | "home-files"
  | "system-stats"
  | "chroot";

/** Program families, by basename (a trailing version number is ignored: php8.2-fpm, python3.11). */
const FAMILIES: Readonly<
  Record<Hazard | "jit" | "network" | "raw" | "netlink" | "privileged-port", readonly string[]>
> = {
  jit: [
    "node",
    "nodejs",
    "deno",
    "bun",
    "java",
    "javaw",
    "jsvc",
    "dotnet",
    "mono",
    "luajit",
    "openresty",
    "pypy",
    "pypy3",
    "php",
    "php-fpm",
    "php-cgi",
    "erl",
    "beam",
    "beam.smp",
    "elixir",
    "iex",
    "mix",
    "rabbitmq-server",
    "ejabberdctl",
    "ejabberd",
    "wasmtime",
    "wasmer",
    "wasmedge",
    "julia",
    "electron",
    "chromium",
    "chrome",
    "google-chrome",
    "firefox",
    "qemu-system-x86_64",
    "qemu-system-aarch64",
    "qemu",
    "pm2",
    "npm",
    "yarn",
    "pnpm",
    "gradle",
    "mvn",
    "kotlin",
    "scala",
    "sbt",
    "clojure",
    "lein",
    "elasticsearch",
    "logstash",
    "kibana",
    "jenkins",
    "tomcat",
    "catalina.sh",
    "kafka-server-start.sh",
    "zookeeper-server-start.sh",
    "mongod",
    "minecraft",
    "code-server",
  ],
  network: [
    "nginx",
    "apache2",
    "httpd",
    "lighttpd",
    "caddy",
    "traefik",
    "haproxy",
    "envoy",
    "varnishd",
    "squid",
    "sshd",
    "dropbear",
    "postgres",
    "postmaster",
    "mysqld",
    "mariadbd",
    "redis-server",
    "memcached",
    "mongod",
    "named",
    "unbound",
    "dnsmasq",
    "pdns_server",
    "coredns",
    "dhcpd",
    "kea-dhcp4",
    "kea-dhcp6",
    "gunicorn",
    "uwsgi",
    "uvicorn",
    "hypercorn",
    "puma",
    "unicorn",
    "consul",
    "etcd",
    "prometheus",
    "grafana-server",
    "node_exporter",
    "postfix",
    "master",
    "exim4",
    "dovecot",
    "smbd",
    "nmbd",
    "vsftpd",
    "proftpd",
    "openvpn",
    "wireguard",
    "wg-quick",
    "tailscaled",
    "cupsd",
    "avahi-daemon",
    "ntpd",
    "chronyd",
    "rsyncd",
    "rsync",
    "git-daemon",
    "gitea",
    "forgejo",
    "mosquitto",
    "rabbitmq-server",
    "nats-server",
    "minio",
    "syncthing",
    "transmission-daemon",
    "slapd",
    "krb5kdc",
    "stunnel",
    "stubby",
    "dnscrypt-proxy",
    "knotd",
    "bird",
    "zebra",
    "bgpd",
    "keepalived",
    "curl",
    "wget",
  ],
  "privileged-port": [
    "nginx",
    "apache2",
    "httpd",
    "lighttpd",
    "caddy",
    "traefik",
    "haproxy",
    "sshd",
    "dropbear",
    "named",
    "unbound",
    "dnsmasq",
    "pdns_server",
    "coredns",
    "dhcpd",
    "kea-dhcp4",
    "postfix",
    "master",
    "exim4",
    "dovecot",
    "smbd",
    "nmbd",
    "vsftpd",
    "proftpd",
    "cupsd",
    "ntpd",
    "chronyd",
    "slapd",
    "krb5kdc",
    "rsyncd",
    "stubby",
    "knotd",
    "bird",
    "bgpd",
  ],
  raw: [
    "ping",
    "ping6",
    "arping",
    "dhcpd",
    "dhclient",
    "dhcpcd",
    "tcpdump",
    "keepalived",
    "lldpd",
    "zabbix_agentd",
    "nmap",
    "mtr",
    "traceroute",
    "wireshark",
    "tshark",
    "suricata",
    "snort",
    "dnsmasq",
    "kea-dhcp4",
  ],
  netlink: [
    // postfix lists the host's addresses (getifaddrs) at start: the boot test showed it fail without AF_NETLINK.
    "postfix",
    "postmulti",
    "master",
    "networkmanager",
    "systemd-networkd",
    "dhclient",
    "dhcpcd",
    "dhcpd",
    "kea-dhcp4",
    "kea-dhcp6",
    "dnsmasq",
    "unbound",
    "named",
    "bird",
    "zebra",
    "bgpd",
    "keepalived",
    "avahi-daemon",
    "wpa_supplicant",
    "hostapd",
    "ip",
    "iw",
    "nft",
    "iptables",
    "firewalld",
    "dockerd",
    "containerd",
    "podman",
    "tailscaled",
    "wg-quick",
    "openvpn",
    "lldpd",
    "chronyd",
    "ntpd",
    "knotd",
    "pdns_server",
    "coredns",
    "consul",
    "netplan",
    "ifup",
    "wicked",
    "suricata",
  ],
  "setuid-helper": [
    "sudo",
    "su",
    "pkexec",
    "doas",
    "newgrp",
    "sg",
    "passwd",
    "chsh",
    "crontab",
    "fusermount",
    "fusermount3",
    "mount",
    "umount",
    "ping",
    "unix_chkpwd",
    "sendmail",
  ],
  "kernel-tuning": [
    "sysctl",
    "tuned",
    "irqbalance",
    "kubelet",
    "dockerd",
    "containerd",
    "networkmanager",
    "cpupower",
    "powertop",
    "tlp",
    "ethtool",
    "sysfsutils",
  ],
  "module-loading": [
    "modprobe",
    "insmod",
    "rmmod",
    "kmod",
    "depmod",
    "dockerd",
    "containerd",
    "networkmanager",
    "wg-quick",
    "openvpn",
    "iptables",
    "ip6tables",
    "nft",
    "firewalld",
    "ufw",
    "zfs",
    "zpool",
    "dkms",
  ],
  "kernel-log": [
    "rsyslogd",
    "syslog-ng",
    "klogd",
    "dmesg",
    "systemd-journald",
    "journalbeat",
    "fluent-bit",
    "vector",
  ],
  "cgroup-manager": [
    "dockerd",
    "containerd",
    "podman",
    "lxc",
    "lxd",
    "incus",
    "crio",
    "kubelet",
    "systemd-nspawn",
    "runc",
    "crun",
    "nomad",
    "buildkitd",
  ],
  clock: [
    "chronyd",
    "ntpd",
    "ntpdate",
    "openntpd",
    "systemd-timesyncd",
    "hwclock",
    "timedatectl",
    "ptp4l",
    "phc2sys",
    "gpsd",
  ],
  hostname: [
    "hostnamectl",
    "systemd-hostnamed",
    "networkmanager",
    "dhclient",
    "dhcpcd",
    "cloud-init",
    "hostname",
  ],
  installer: [
    "apt",
    "apt-get",
    "dpkg",
    "unattended-upgrade",
    "unattended-upgrades",
    "dnf",
    "yum",
    "rpm",
    "zypper",
    "pacman",
    "apk",
    "snapd",
    "flatpak",
    "pip",
    "pip3",
    "puppet",
    "chef-client",
    "salt-minion",
    "ansible-pull",
    "cloud-init",
    "certbot",
    "packagekitd",
  ],
  realtime: ["pulseaudio", "pipewire", "wireplumber", "jackd", "rtkit-daemon", "ptp4l"],
  namespaces: [
    "dockerd",
    "containerd",
    "podman",
    "buildah",
    "lxc",
    "lxd",
    "incus",
    "crio",
    "runc",
    "crun",
    "systemd-nspawn",
    "bwrap",
    "flatpak",
    "firejail",
    "nsjail",
    "unshare",
    "chromium",
    "chrome",
    "google-chrome",
    "electron",
    "firefox",
    "kubelet",
    "snapd",
    "buildkitd",
  ],
  "other-abi": ["wine", "wine64", "steam", "qemu-i386", "qemu-x86_64", "box64", "box86"],
  devices: [
    "udevd",
    "systemd-udevd",
    "smartd",
    "lvm",
    "mdadm",
    "cryptsetup",
    "fstrim",
    "e2scrub",
    "hdparm",
    "upsd",
    "upsmon",
    "bluetoothd",
    "modemmanager",
    "gpsd",
    "xorg",
    "x",
    "pulseaudio",
    "pipewire",
    "dockerd",
    "qemu-system-x86_64",
    "libvirtd",
    "cupsd",
    "sane",
    "pcscd",
    "lircd",
    "brltty",
    "fwupd",
    "thermald",
    "acpid",
    "iio-sensor-proxy",
    "nvidia-persistenced",
    "tlp",
    "multipathd",
    "zfs",
    "zpool",
    "mount",
  ],
  mounts: [
    "mount",
    "umount",
    "automount",
    "autofs",
    "sshfs",
    "rclone",
    "s3fs",
    "gocryptfs",
    "encfs",
    "dockerd",
    "containerd",
    "podman",
    "snapd",
    "udisksd",
    "nfsd",
    "rpc.mountd",
    "zfs",
    "zpool",
  ],
  "process-monitor": [
    "node_exporter",
    "process-exporter",
    "telegraf",
    "collectd",
    "netdata",
    "zabbix_agentd",
    "zabbix_agent2",
    "nagios",
    "nrpe",
    "datadog-agent",
    "monit",
    "htop",
    "top",
    "atop",
    "sysstat",
    "sadc",
    "falco",
    "auditd",
    "osqueryd",
    "prometheus",
    "glances",
    "earlyoom",
    "systemd-oomd",
  ],
  shell: ["sh", "bash", "dash", "zsh", "ksh", "fish", "busybox"],
  "resource-tuning": [
    "postgres",
    "postmaster",
    "mysqld",
    "mariadbd",
    "mongod",
    "redis-server",
    "elasticsearch",
    "java",
    "dockerd",
    "containerd",
    "nice",
    "ionice",
    "chrt",
    "taskset",
    "numactl",
    "irqbalance",
    "tuned",
    "clickhouse-server",
    "cockroach",
    "scylla",
    "cassandra",
    "influxd",
    "nomad",
    "kubelet",
    "earlyoom",
  ],
  "shared-tmp": ["xvfb", "xorg", "tmux", "screen"],
  // Login daemons: the sessions they start inherit every sandbox setting of the service (ssh taught
  // it: under NoNewPrivileges= sudo refuses to run, under ProtectHome= a user cannot write home).
  "user-sessions": [
    "sshd",
    "dropbear",
    "telnetd",
    "in.telnetd",
    "rlogind",
    "xrdp",
    "xrdp-sesman",
    "login",
    "agetty",
    "getty",
    "mingetty",
    "gdm3",
    "gdm",
    "sddm",
    "lightdm",
    "cron",
    "crond",
    "atd",
    "anacron",
  ],
  // Metrics agents that read system-wide /proc files (node exporter taught it: under ProcSubset=pid
  // its filesystem, memory and CPU metrics vanish).
  "system-stats": [
    "node_exporter",
    "prometheus-node-exporter",
    "telegraf",
    "collectd",
    "netdata",
    "zabbix_agentd",
    "zabbix_agent2",
    "snmpd",
    "glances",
    "sadc",
    "sysstat",
    "atop",
    "monit",
    "datadog-agent",
    "nrpe",
    "nagios",
    "munin-node",
    "vmstat",
    "iostat",
  ],
  // Daemons that chroot() themselves (postfix's smtpd and pickup, sshd's privilege separation,
  // vsftpd's secure_chroot_dir): the boot test showed each fail with EPERM under
  // SystemCallFilter=@system-service, which does not allow chroot.
  chroot: [
    "postfix",
    "postmulti",
    "master",
    "sshd",
    "vsftpd",
    "proftpd",
    "pure-ftpd",
    "in.tftpd",
    "tftpd",
    "named",
    "avahi-daemon",
    "dhcpd",
    "ntpd",
    "openntpd",
    "haproxy",
    "unbound",
    "nsd",
    "lighttpd",
    "rsyncd",
    "dovecot",
    "exim4",
    "privoxy",
    "opendkim",
  ],
  // File servers of users' home folders (vsftpd taught it: under ProtectHome=read-only uploads fail with 553).
  "home-files": [
    "vsftpd",
    "proftpd",
    "pure-ftpd",
    "in.ftpd",
    "smbd",
    "sftp-server",
    "nfsd",
    "rpc.nfsd",
    "afpd",
    "netatalk",
  ],
};

/**
 * Programs that write wherever their configuration says (a log daemon's outputs, a mail server's
 * mailboxes and queues, the files of the users it logs in): no list of paths is ever complete.
 * rsyslog taught it (its file outputs were suspended under ProtectSystem=strict), and postfix,
 * sshd and vsftpd in the boot test.
 */
const WRITES_ANYWHERE = [
  "rsyslogd",
  "syslog-ng",
  "syslogd",
  "metalog",
  "fluentd",
  "fluent-bit",
  "td-agent",
  "vector",
  "logstash",
  "postfix",
  "postmulti",
  "master",
  "sendmail",
  "exim4",
  "exim",
  "opensmtpd",
  "smtpd",
  "dovecot",
  "cyrus-master",
  "courier",
  ...[
    "sshd",
    "dropbear",
    "vsftpd",
    "proftpd",
    "pure-ftpd",
    "smbd",
    "xrdp",
    "telnetd",
    "in.telnetd",
    "cron",
    "crond",
    "atd",
    "anacron",
  ],
  "rsync",
  "rsyncd",
  "borg",
  "restic",
  "duplicity",
  "bacula-fd",
  "amandad",
];

/**
 * Package conventions, by program: the names NAME of /var/lib/NAME, /var/log/NAME,
 * /var/cache/NAME and /run/NAME where the daemon of Debian's (and most distributions') package
 * writes, and nowhere else but /tmp (PrivateTmp=). Each was seen at work in the boot test
 * (scripts/boot-test.sh): nginx and PostgreSQL write their logs there (the strict drop-in that
 * broke them lacked /var/log/NAME), MariaDB its data in /var/lib/mysql, not /var/lib/mariadb.
 */
const PACKAGE_PLACES: ReadonlyMap<string, readonly string[]> = new Map([
  ["nginx", ["nginx"]],
  ["apache2", ["apache2"]],
  ["apachectl", ["apache2"]],
  ["httpd", ["httpd"]],
  ["postgres", ["postgresql"]],
  ["postmaster", ["postgresql"]],
  ["pg_ctlcluster", ["postgresql"]],
  ["mysqld", ["mysql", "mysqld"]],
  ["mariadbd", ["mysql", "mysqld"]],
  ["mysqld_safe", ["mysql", "mysqld"]],
  ["redis-server", ["redis"]],
  ["memcached", ["memcached"]],
  ["mosquitto", ["mosquitto"]],
  ["rabbitmq-server", ["rabbitmq"]],
  ["named", ["bind", "named"]],
  ["prometheus-node-exporter", ["prometheus"]],
  ["node_exporter", ["prometheus"]],
  ["snmpd", ["snmp"]],
  ["php-fpm", ["php"]],
  ["uuidd", ["uuidd", "libuuid"]],
]);

function normalize(program: string): string {
  return basename(program)
    .toLowerCase()
    .replace(/[-.]?\d+(\.\d+)*(-fpm)?$/, (m) => (m.endsWith("-fpm") ? "-fpm" : ""));
}

const hit = (family: keyof typeof FAMILIES, programs: ReadonlySet<string>): string | null =>
  FAMILIES[family].find((p) => programs.has(p)) ?? null;

/** A port number below 1024 in the arguments (`-p 80`, `--port=443`, `:53`, `listen 80`). */
function privilegedPortArg(words: readonly string[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const m = /^(?:--?(?:p|port|listen|bind|http-port|https-port)(?:=|$)|.*:)(\d{1,5})$/.exec(w);
    const port = m
      ? Number(m[1])
      : /^--?(?:p|port|listen|bind)$/.test(w) && /^\d{1,5}$/.test(words[i + 1] ?? "")
        ? Number(words[i + 1])
        : NaN;
    if (port > 0 && port < 1024) return w;
  }
  return null;
}

const NETWORK_ARG =
  /^(?:--?(?:listen|bind|port|host|address|addr|http|https|server|connect|upstream|url|endpoint)\b|https?:\/\/|tcp:\/\/|.*\b(?:0\.0\.0\.0|\[::\]|localhost):\d+)/i;
const WRITABLE_ROOTS =
  /^\/(?:var\/(?:lib|log|cache|spool|run|tmp|www|opt|db|backups?)|srv|data|opt\/[^/]+\/(?:data|var|logs?|tmp|cache|run|state)|run|mnt|media)(?:\/|$)/;
const HOME = /^\/(?:home|root|run\/user)(?:\/|$)/;

/** The words of every Exec*= command line, unquoted. */
function commandWords(unit: LoadedUnit): string[][] {
  const out: string[][] = [];
  for (const lines of unit.settings.commands.values()) {
    for (const l of lines)
      out.push(
        splitWords(l.assignment.value, { unquote: true, relax: true }).words.map((w) => w.text),
      );
  }
  return out;
}

function programsOf(lines: readonly string[][]): Set<string> {
  const programs = new Set<string>();
  for (const words of lines) {
    const first = (words[0] ?? "").replace(/^[-@:+!]+/, "");
    if (!first) continue;
    programs.add(normalize(first));
    // Interpreters and wrappers: the program they run counts too (env node, sh -c "…", java -jar).
    for (const w of words.slice(1)) {
      if (w.startsWith("-")) continue;
      const p = normalize(w.split(/\s+/)[0]!);
      if (p && !p.includes("=")) programs.add(p);
    }
    if (["sh", "bash", "dash"].includes(normalize(first))) {
      const script = words[words.indexOf("-c") + 1];
      if (words.includes("-c") && script)
        for (const w of script.split(/[\s;&|()]+/)) if (w) programs.add(normalize(w));
    }
  }
  return programs;
}

/** Directory settings and where each puts its folders. */
const DIRECTORY_ROOTS: ReadonlyMap<string, string> = new Map([
  ["StateDirectory", "/var/lib"],
  ["CacheDirectory", "/var/cache"],
  ["LogsDirectory", "/var/log"],
  ["ReadWritePaths", ""],
]);

/**
 * The places the unit itself declares the service writes to: the folders of `StateDirectory=`,
 * `CacheDirectory=`, `LogsDirectory=` and the paths of `ReadWritePaths=` (an empty assignment
 * resets the list, as in systemd). `RuntimeDirectory=` is not among them: it says where a pid
 * file or socket goes, not where the service keeps its data.
 */
function declaredWrites(unit: LoadedUnit): string[] {
  const out = new Map<string, string[]>();
  for (const file of [unit.fragment, ...unit.dropins]) {
    for (const a of file.assignments) {
      const root = DIRECTORY_ROOTS.get(a.key);
      if (a.section !== "Service" || root === undefined) continue;
      if (a.value.trim() === "") {
        out.delete(a.key);
        continue;
      }
      const list = out.get(a.key) ?? [];
      for (const w of splitWords(a.value, { unquote: true, relax: true }).words) {
        const path = w.text.replace(/^[-+]+/, "").split(":")[0]!;
        if (path) list.push(root ? `${root}/${path}` : path);
      }
      out.set(a.key, list);
    }
  }
  return [...out.values()].flat();
}

export function serviceContext(unit: LoadedUnit, tree?: UnitTree): ServiceContext {
  const s = unit.settings;
  const lines = commandWords(unit);
  const words = lines.flat();
  const programs = programsOf(lines);
  const user = s.user.value;
  const runsAsRoot =
    !s.dynamicUser.value && (user === null || user === "" || user === "root" || user === "0");

  // A .socket of the same name beside the unit activates it (and systemd binds its ports).
  let socketActivated: string | null = null;
  let socketPrivileged = false;
  if (tree) {
    const dir = dirname(unit.path);
    const socketName = unit.name.name
      .replace(/\.service$/, ".socket")
      .replace(/@i\.socket$/, "@.socket");
    const socketPath = joinPath(dir, socketName);
    const bytes = tree.read(socketPath);
    if (bytes !== undefined) {
      socketActivated = socketPath;
      for (const a of parseUnitFile(socketPath, bytes).assignments) {
        if (a.section === "Socket" && /^Listen(Stream|Datagram|SequentialPacket)$/.test(a.key)) {
          const port = /(?:^|:)(\d{1,5})$/.exec(a.value);
          if (port && Number(port[1]) < 1024) socketPrivileged = true;
        }
      }
    }
  }

  const hazards = new Map<Hazard, string>();
  for (const h of Object.keys(FAMILIES) as (keyof typeof FAMILIES)[]) {
    if (h === "jit" || h === "network" || h === "raw" || h === "netlink" || h === "privileged-port")
      continue;
    const p = hit(h, programs);
    if (p) hazards.set(h, p);
  }
  const tmpArg = words.find((w) => /(^|[=:])\/(var\/)?tmp\//.test(w));
  if (tmpArg) hazards.set("shared-tmp", tmpArg);
  const devArg = words.find((w) =>
    /(^|[=:])\/dev\/(?!null|zero|u?random|full|stdin|stdout|stderr|tty$)/.test(w),
  );
  if (devArg) hazards.set("devices", devArg);
  if (s.deviceAllow.entries.some((e) => e.src)) hazards.set("devices", "DeviceAllow=");
  if (s.delegate.value) hazards.set("cgroup-manager", "Delegate=");

  const networkArg = words.find((w) => NETWORK_ARG.test(w));
  const network =
    socketActivated ??
    hit("network", programs) ??
    (networkArg ? `the argument ${networkArg}` : null) ??
    (s.restrictAddressFamilies.families &&
    [...s.restrictAddressFamilies.families].some((f) => f === 2 || f === 10) &&
    s.restrictAddressFamilies.allowList
      ? "RestrictAddressFamilies= allows Internet sockets"
      : null);
  const portWord = privilegedPortArg(words);
  const privilegedPort = socketPrivileged
    ? null
    : portWord
      ? `the argument ${portWord}`
      : hit("privileged-port", programs);

  const writable = new Set<string>();
  const wd = s.workingDirectory;
  if (wd && wd.startsWith("/") && WRITABLE_ROOTS.test(wd)) writable.add(wd);
  if (s.pidFile) {
    const d = dirname(s.pidFile.replace(/^\//, ""));
    writable.add("/" + d);
  }
  for (const w of words) {
    const m = /(?:^|=)(\/[^\s:,;'"]+)$/.exec(w);
    if (m && WRITABLE_ROOTS.test(m[1]!)) writable.add(m[1]!.replace(/\/+$/, "") || "/");
  }
  const declared = declaredWrites(unit);
  const commandPaths = [...writable].filter(
    (p) => p !== wd && !(s.pidFile && p === "/" + dirname(s.pidFile.replace(/^\//, ""))),
  );
  const known = [...programs].find((p) => PACKAGE_PLACES.has(p));
  const places = known ? PACKAGE_PLACES.get(known)! : [];
  for (const name of places) {
    for (const root of ["/var/lib", "/var/log", "/var/cache", "/run", "/run/lock"])
      writable.add(`${root}/${name}`);
  }
  // Debian's php-fpm logs to /var/log/phpX.Y-fpm.log, beside the other logs.
  for (const w of words) {
    const v = /(?:^|\/)php-fpm(\d+\.\d+)$/.exec(w);
    if (v) writable.add(`/var/log/php${v[1]}-fpm.log`);
  }
  const writesKnown =
    declared.length > 0
      ? `the unit declares where the service writes (${declared.join(", ")})`
      : commandPaths.length > 0
        ? `the command line names where the service writes (${commandPaths.join(" ")})`
        : known
          ? `${known} writes under /var/lib, /var/log, /var/cache and /run in the folders its package names (${places.join(", ")})`
          : null;
  const homeWord = [wd ?? "", ...words].find((w) => HOME.test(w.replace(/^[^/]*=/, "")));
  return {
    floor: unit.release.version,
    programs,
    words,
    runsAsRoot,
    jit: hit("jit", programs),
    network,
    privilegedPort,
    rawSockets: hit("raw", programs),
    netlink: hit("netlink", programs),
    socketActivated,
    writablePaths: [...writable].sort(),
    writesKnown,
    writesAnywhere: WRITES_ANYWHERE.find((p) => programs.has(p)) ?? null,
    homePaths: homeWord ? homeWord : null,
    systemWriter: hit("installer", programs),
    hazards,
  };
}
