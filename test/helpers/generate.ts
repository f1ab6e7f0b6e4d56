/**
 * Random unit files for differential tests against systemd-analyze: every setting the exposure
 * checks read, with valid, invalid, repeated, reset, inverted, quoted, continued and commented
 * values, spread over a unit file and its drop-ins. Deterministic for a seed.
 */

export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }
  next(): number {
    // xorshift32
    let x = this.state;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    this.state = x;
    return x / 0x100000000;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  some<T>(items: readonly T[], max: number): T[] {
    const n = 1 + this.int(max);
    return Array.from({ length: n }, () => this.pick(items));
  }
}

const BOOLS = [
  "yes",
  "no",
  "true",
  "false",
  "on",
  "off",
  "1",
  "0",
  "YES",
  "y",
  "n",
  "maybe",
  "",
  "t",
  "f",
];
const BOOL_KEYS = [
  "PrivateDevices",
  "PrivateMounts",
  "PrivateNetwork",
  "PrivateTmp",
  "PrivateUsers",
  "ProtectControlGroups",
  "ProtectKernelModules",
  "ProtectKernelTunables",
  "ProtectKernelLogs",
  "ProtectClock",
  "ProtectHostname",
  "LockPersonality",
  "MemoryDenyWriteExecute",
  "NoNewPrivileges",
  "RestrictRealtime",
  "RestrictSUIDSGID",
  "RemoveIPC",
  "DynamicUser",
];
const CAPS = [
  "CAP_SYS_ADMIN",
  "CAP_NET_ADMIN",
  "CAP_NET_BIND_SERVICE",
  "cap_kill",
  "CAP_SETUID",
  "CAP_SYS_TIME",
  "CAP_WAKE_ALARM",
  "CAP_SYSLOG",
  "CAP_SYS_MODULE",
  "CAP_MKNOD",
  "CAP_SYS_RAWIO",
  "CAP_CHOWN",
  "CAP_DAC_OVERRIDE",
  "CAP_BPF",
  "CAP_FOO",
  "21",
  "12",
  "63",
  "64",
  "CAP_AUDIT_WRITE",
  "CAP_MAC_ADMIN",
  "CAP_IPC_LOCK",
  "CAP_PERFMON",
  '"CAP_KILL"',
];
const NAMESPACES = ["user", "mnt", "ipc", "pid", "cgroup", "net", "uts", "foo"];
const FAMILIES = [
  "AF_UNIX",
  "AF_INET",
  "AF_INET6",
  "AF_NETLINK",
  "AF_PACKET",
  "AF_BLUETOOTH",
  "AF_LOCAL",
  "AF_ROUTE",
  "af_inet",
  "AF_INETT",
  "AF_CAN",
  "AF_INET,AF_UNIX",
];
const SYSCALLS = [
  "@system-service",
  "@privileged",
  "@resources",
  "@mount",
  "@swap",
  "@obsolete",
  "@clock",
  "@debug",
  "@module",
  "@raw-io",
  "@reboot",
  "@cpu-emulation",
  "@default",
  "@basic-io",
  "@bogus",
  "@chown",
  "@setuid",
  "@known",
  "ptrace",
  "mount",
  "umount",
  "umount2",
  "swapon",
  "reboot",
  "chown",
  "ioprio_set",
  "setrlimit",
  "open",
  "read",
  "write",
  "close",
  "_llseek",
  "uretprobe",
  "fsconfig",
  "open,read,write,close",
  "bogus",
  "ptrace:EPERM",
  "@mount:EACCES",
  "reboot:kill",
  "mount:9999",
  "chown:EBOGUS",
  "setuid:0",
];
const ARCHS = ["native", "x86", "x86-64", "x32", "amd64", "arm64", "native", "i386"];
const IPS = [
  "any",
  "localhost",
  "link-local",
  "multicast",
  "0.0.0.0/0",
  "::/0",
  "127.0.0.1",
  "127.0.0.0/8",
  "::1",
  "::1/128",
  "10.0.0.0/8",
  "192.168.1.1/24",
  "fe80::1",
  "1.2.3",
  "300.1.1.1",
  "127.0.0.1/4",
  "::/129",
  "localhost.",
  "2001:db8::/32",
];
const DEVICES = [
  "/dev/null",
  "/dev/null rw",
  "/dev/sda r",
  "char-rtc r",
  "block-loop rwm",
  "/dev//zero w",
  "/dev/foo x",
  "relative rw",
  "/dev/../etc r",
  "/sys/x r",
  "char-pts",
];
const USERS = [
  "foo",
  "nobody",
  "root",
  "0",
  "65534",
  "%i",
  "%p",
  "%u",
  "",
  "-bad",
  "a b",
  "svc",
  "%z",
  "1000",
];
const UMASKS = ["0077", "0022", "0027", "0007", "0002", "0000", "077", "999", "0070", "7777", ""];
const PROTECT_SYSTEM = ["strict", "full", "yes", "no", "true", "strictt", "", "off"];
const PROTECT_HOME = ["yes", "no", "read-only", "tmpfs", "readonly", "1", ""];
const PROTECT_PROC = ["invisible", "ptraceable", "noaccess", "default", "bogus", ""];
const KEYRING = ["private", "shared", "inherit", "bogus"];
const NOTIFY = ["all", "main", "none", "exec", "bogus"];
const DEVICE_POLICY = ["auto", "closed", "strict", "bogus"];
const DELEGATE = ["yes", "no", "", "cpu memory", "bogus", "pids"];
const ROOTS = ["/srv/root", "/", "", "relative", "//", "/srv/../x"];

function line(rng: Rng, key: string, value: string): string {
  // Sometimes split the value over a continuation, with a comment line inside it.
  if (value.includes(" ") && rng.chance(0.15)) {
    const at = value.indexOf(" ");
    const comment = rng.chance(0.5) ? "# inside\n" : "";
    return `${key}=${value.slice(0, at)} \\\n${comment}  ${value.slice(at + 1)}`;
  }
  const pad = rng.chance(0.1) ? " " : "";
  return `${key}${pad}=${pad}${value}`;
}

function maybeInvert(rng: Rng, v: string): string {
  return rng.chance(0.35) ? `~${v}` : v;
}

const RESOURCES: Readonly<Record<string, readonly string[]>> = {
  MemoryMax: [
    "512M",
    "1G",
    "1.5G",
    "50%",
    "100.5%",
    "infinity",
    "",
    "0",
    "abc",
    "1X",
    "10%",
    "1G 512M",
    "-1",
    "200%",
  ],
  MemoryHigh: ["256M", "20.55%", "5‰", "0%"],
  MemoryLow: ["0", "64M"],
  MemoryLimit: ["512M", "bogus"],
  CPUQuota: ["50%", "150%", "0%", "abc", "", "20.5%", "50"],
  TasksMax: ["100", "infinity", "0", "-1", "10%", "x", "0x10"],
  CPUWeight: ["100", "idle", "0", "10001", "abc", ""],
  IOWeight: ["100", "idle", "10000"],
  CPUShares: ["1024", "x"],
  BlockIOWeight: ["500"],
  ReadWritePaths: [
    "/var/lib/app",
    "-/var/cache/app +/srv",
    "relative",
    "/a/../b",
    "/a,/b",
    "%h/data",
    "%z",
  ],
  ReadOnlyPaths: ["/etc/app", "-/opt"],
  StateDirectory: ["app", "/abs", "app/../x", "private", "a:b", "%p"],
  RuntimeDirectory: ["app", "./x"],
  ConfigurationDirectory: ["app:dest"],
  MemoryAccounting: ["yes", "maybe", ""],
  PrivateIPC: ["yes", "nah"],
  Capabilities: ["cap_net_raw+ep"],
  PermissionsStartOnly: ["yes"],
  After: ["network.target,foo.service", "network.target"],
};

/** Settings and values of releases after 252 (and their typos), for the newer oracles. */
const MODERN: Readonly<Record<string, readonly string[]>> = {
  PrivateTmp: ["disconnected", "Disconnected", "", "yes", "no"],
  PrivateUsers: ["identity", "self", "full", "managed", "pick", ""],
  ProtectControlGroups: ["private", "strict", "bogus", ""],
  ProtectHostname: ["private", "private:box", "private:", "bogus", ""],
  PrivateMounts: ["", "no", "yes", "maybe"],
  PrivatePIDs: ["yes", "no", "bogus", ""],
  PrivateBPF: ["yes", "no", "bogus"],
  MemoryKSM: ["yes", "no"],
  SystemCallFilter: [
    "@sandbox",
    "~@sandbox",
    "@system-service @sandbox",
    "~@mount @sandbox",
    "cachestat",
    "~landlock_create_ruleset",
    "mseal",
    "~lsm_list_modules",
    "~open_tree",
  ],
  DelegateNamespaces: ["net"],
  RestartMode: ["direct"],
};

function setting(rng: Rng, modern: boolean): string {
  if (modern && rng.chance(0.35)) {
    const key = rng.pick(Object.keys(MODERN));
    return line(rng, key, rng.pick(MODERN[key]!));
  }
  if (rng.chance(0.2)) {
    const key = rng.pick(Object.keys(RESOURCES));
    return line(rng, key, rng.pick(RESOURCES[key]!));
  }
  switch (rng.int(22)) {
    case 0:
    case 1:
    case 2:
      return line(rng, rng.pick(BOOL_KEYS), rng.pick(BOOLS));
    case 3:
      return line(
        rng,
        rng.pick(["CapabilityBoundingSet", "AmbientCapabilities"]),
        rng.chance(0.1) ? "" : maybeInvert(rng, rng.some(CAPS, 4).join(" ")),
      );
    case 4:
      return line(
        rng,
        "RestrictNamespaces",
        rng.chance(0.3)
          ? rng.pick(["yes", "no", ""])
          : maybeInvert(rng, rng.some(NAMESPACES, 3).join(" ")),
      );
    case 5:
      return line(
        rng,
        "RestrictAddressFamilies",
        rng.chance(0.15)
          ? rng.pick(["none", ""])
          : maybeInvert(rng, rng.some(FAMILIES, 3).join(" ")),
      );
    case 6:
    case 7:
      return line(
        rng,
        "SystemCallFilter",
        rng.chance(0.1) ? "" : maybeInvert(rng, rng.some(SYSCALLS, 3).join(" ")),
      );
    case 8:
      return line(
        rng,
        "SystemCallArchitectures",
        rng.chance(0.1) ? "" : rng.some(ARCHS, 2).join(" "),
      );
    case 9:
      return line(
        rng,
        rng.pick(["IPAddressDeny", "IPAddressAllow", "IPAddressDeny"]),
        rng.chance(0.1) ? "" : rng.some(IPS, 2).join(" "),
      );
    case 10:
      return line(rng, "DeviceAllow", rng.chance(0.1) ? "" : rng.pick(DEVICES));
    case 11:
      return line(rng, "User", rng.pick(USERS));
    case 12:
      return line(
        rng,
        "SupplementaryGroups",
        rng.chance(0.2) ? "" : rng.some(["wheel", "adm", "%p", "0"], 2).join(" "),
      );
    case 13:
      return line(rng, "UMask", rng.pick(UMASKS));
    case 14:
      return line(rng, "ProtectSystem", rng.pick(PROTECT_SYSTEM));
    case 15:
      return line(rng, "ProtectHome", rng.pick(PROTECT_HOME));
    case 16:
      return line(
        rng,
        rng.pick(["ProtectProc", "ProcSubset"]),
        rng.pick([...PROTECT_PROC, "pid", "all"]),
      );
    case 17:
      return line(
        rng,
        rng.pick(["KeyringMode", "NotifyAccess"]),
        rng.pick([...KEYRING, ...NOTIFY]),
      );
    case 18:
      return line(
        rng,
        rng.pick(["DevicePolicy", "Delegate"]),
        rng.pick([...DEVICE_POLICY, ...DELEGATE]),
      );
    case 19:
      return line(
        rng,
        rng.pick(["RootDirectory", "RootImage", "IPIngressFilterPath"]),
        rng.pick(ROOTS),
      );
    case 20:
      return rng.pick([
        "# a comment",
        "; another",
        "",
        "NoNewPrivilege=yes",
        "privatetmp=yes",
        "Foo",
        "  =x",
        "PrivateTmp==yes",
        "PrivateTmp=yes # not a comment",
        "X-Custom=1",
        "x-custom=1",
        "[X-Ours]\nFoo=bar\n[Service]",
        "[Socket]\nPrivateNetwork=yes\nno equals here\n[Service]",
        "PrivateTmp=ye\\\ns",
        "Private Tmp=yes",
        'SupplementaryGroups="a b"',
        'CapabilityBoundingSet="CAP_KILL CAP_SYS_TIME"',
        'CapabilityBoundingSet=~CAP_KILL "CAP_SYS_TIME',
        'DeviceAllow="/dev/my dev" r',
        'RestrictAddressFamilies=AF_INET "AF_UNIX',
        'Delegate=cpu "pids',
        'SystemCallFilter=~"mount umount2"',
        'RestrictNamespaces="net ipc"',
        'IPAddressAllow="any"',
        "DynamicUser=maybe",
        "User=%i",
        "User=%n",
        "User=%%",
        "User=foo.bar",
        "DefaultDependencies=no",
        "ExecStart=",
        "ExecStart=/bin/true ; /bin/false",
        "ExecStart=-foo/bar",
        "ExecStart=foo/bar",
        "ExecStart=true",
        "ExecStart=@/bin/true",
        'ExecStart="/bin/true',
        "Type=oneshot",
        "Type=dbus",
        "Restart=always",
        "RemainAfterExit=yes",
        "ExecStop=/bin/stop",
        "ExecStart=/bin/x %z",
        "ExecStart=-/bin/x %z",
        'SystemCallArchitectures="native"',
        "UMask=0o77",
        "ProtectSystem=Full",
        "RestrictNamespaces=~ net  ipc",
        "RestrictNamespaces=time",
        "SystemCallFilter=~mount:0x10",
        "SystemCallFilter=~mount:eperm",
        "IPAddressAllow=10.1.2.3/0x10",
        "LoadCredential=foo:/x",
        "SetCredentialEncrypted=foo:!!notbase64",
        "SetCredentialEncrypted=foo:aGVsbG8=",
      ]);
    default:
      return line(
        rng,
        rng.pick(["LoadCredentialEncrypted", "MountImages", "PrivateDevices"]),
        rng.pick(["x:/y", "/img.raw:/mnt", "yes"]),
      );
  }
}

export interface GeneratedCase {
  /** Relative path -> content. The unit to analyse is `unit`. */
  readonly files: Record<string, string | Uint8Array>;
  readonly unit: string;
}

/** Re-encodes a file with other line ends, a byte order mark, or a stray invalid byte. */
function mangle(rng: Rng, text: string): string | Uint8Array {
  let t = text;
  const eol = rng.pick(["\n", "\n", "\n", "\r\n", "\r"]);
  if (eol !== "\n") t = t.replace(/\n/g, eol);
  if (rng.chance(0.05)) t = "\uFEFF" + t;
  if (!rng.chance(0.03)) return t;
  const bytes = Buffer.from(t, "utf8");
  const at = rng.int(bytes.length);
  const bad = Buffer.from([rng.pick([0xff, 0xc0, 0x80])]);
  return Buffer.concat([bytes.subarray(0, at), bad, bytes.subarray(at)]);
}

const NAMES = [
  "gen.service",
  "web-api.service",
  "tmpl@.service",
  "nobody.service",
  "db-main@x.service",
];

/** A random unit (with drop-ins); `modern` mixes in settings and values of releases after 252. */
export function generateCase(rng: Rng, modern = false): GeneratedCase {
  const unit = rng.pick(NAMES);
  const body = (n: number) => Array.from({ length: n }, () => setting(rng, modern)).join("\n");
  const head = rng.chance(0.1)
    ? "[Unit]\nDefaultDependencies=no\n\n"
    : rng.chance(0.1)
      ? "[Unit]\nDescription=x\n"
      : "";
  const exec = rng.chance(0.97) ? "ExecStart=/usr/bin/foo --flag\n" : "";
  const files: Record<string, string | Uint8Array> = {
    [unit]: mangle(rng, `${head}[Service]\n${exec}${body(1 + rng.int(12))}\n`),
  };
  const dropinDirs = [`${unit}.d`, "service.d"];
  if (unit.includes("@")) dropinDirs.push(`${unit.slice(0, unit.indexOf("@"))}@.service.d`);
  if (unit.includes("-")) dropinDirs.push(`${unit.slice(0, unit.indexOf("-") + 1)}.service.d`);
  const n = rng.chance(0.4) ? 1 + rng.int(3) : 0;
  for (let i = 0; i < n; i++) {
    const dir = rng.pick(dropinDirs);
    files[`${dir}/${rng.pick(["10-a", "20-b", "50-c", "05-z"])}.conf`] = mangle(
      rng,
      `[Service]\n${body(1 + rng.int(4))}\n`,
    );
  }
  return { files, unit };
}
