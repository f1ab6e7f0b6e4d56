/**
 * The recommendations, one table in the order the drop-in lists them. Each has the profile it
 * belongs to, the systemd version it needs, what it blocks (the drop-in's comment), the risk it
 * carries, a guard that holds it back when the unit's context says it would break the service
 * (with the reason), and a test of whether the unit already has it, or something stricter.
 */
import { CAPABILITIES } from "../data/systemd252.js";
import { HARDENING_BY_KEY } from "../hardening.js";
import type { Profile } from "../policy.js";
import type { UnitSettings } from "../units/settings.js";
import type { ServiceContext } from "./context.js";

export interface Line {
  readonly key: string;
  readonly value: string;
}

export interface Recommendation {
  /** The setting it is about (its hardening entry gives the comment). */
  readonly key: string;
  readonly profile: Profile;
  /** The check ids it improves (a waived check holds the recommendation back). */
  readonly checks: readonly string[];
  /** Why it would break this service, or null when it is safe to propose. */
  readonly guard: (ctx: ServiceContext, s: UnitSettings) => string | null;
  /** The unit already has it, or a stricter value: nothing to add. */
  readonly present: (s: UnitSettings) => boolean;
  /** The lines to write (usually one). */
  readonly lines: (ctx: ServiceContext, s: UnitSettings) => readonly Line[];
  /** What can break, for the comment in the strict profile. */
  readonly risk?: string;
}

const hazard = (
  ctx: ServiceContext,
  h: Parameters<ServiceContext["hazards"]["get"]>[0],
  why: string,
): string | null => {
  const p = ctx.hazards.get(h);
  return p
    ? `${p.startsWith("the ") || p.includes("=") ? p : `ExecStart runs ${p}`}, ${why}`
    : null;
};

const bool = (key: string): Line[] => [{ key, value: "yes" }];

/** Paths without those inside another one of them. */
function outermost(paths: readonly string[]): string[] {
  return paths.filter(
    (p) =>
      !paths.some((q) => q !== p && (p.startsWith(q.endsWith("/") ? q : `${q}/`) || q === "/")),
  );
}
const on = (field: keyof UnitSettings["bools"]) => (s: UnitSettings) => s.bools[field].value;

/** Capabilities a service keeps: those it is granted, plus what its ports and sockets need. */
function neededCapabilities(ctx: ServiceContext, s: UnitSettings): string[] {
  const names = new Set<string>();
  for (let bit = 0; bit < 64; bit++) {
    if ((s.ambientCapabilities.mask >> BigInt(bit)) & 1n)
      names.add((CAPABILITIES[bit] ?? String(bit)).toUpperCase());
  }
  if (ctx.privilegedPort) names.add("CAP_NET_BIND_SERVICE");
  if (ctx.rawSockets) names.add("CAP_NET_RAW");
  return [...names].sort();
}

/** Capabilities that let a root service become anything; dropped for root services in the strict profile. */
const ROOT_DROPPABLE = [
  "CAP_SYS_ADMIN",
  "CAP_SYS_PTRACE",
  "CAP_SYS_MODULE",
  "CAP_SYS_RAWIO",
  "CAP_SYS_BOOT",
  "CAP_SYS_TIME",
  "CAP_SYS_TTY_CONFIG",
  "CAP_SYS_PACCT",
  "CAP_MAC_ADMIN",
  "CAP_MAC_OVERRIDE",
  "CAP_AUDIT_CONTROL",
  "CAP_AUDIT_READ",
  "CAP_LINUX_IMMUTABLE",
  "CAP_BLOCK_SUSPEND",
  "CAP_WAKE_ALARM",
  "CAP_LEASE",
  "CAP_MKNOD",
  "CAP_BPF",
  "CAP_SYSLOG",
];

export const RECOMMENDATIONS: readonly Recommendation[] = [
  {
    key: "NoNewPrivileges",
    profile: "baseline",
    checks: ["NoNewPrivileges"],
    guard: (ctx) => hazard(ctx, "setuid-helper", "which needs setuid privileges"),
    present: on("noNewPrivileges"),
    lines: () => bool("NoNewPrivileges"),
  },
  {
    key: "PrivateTmp",
    profile: "baseline",
    checks: ["PrivateTmp"],
    guard: (ctx) =>
      ctx.hazards.get("shared-tmp")
        ? `the command line uses ${ctx.hazards.get("shared-tmp")}, which other programs may share`
        : null,
    // From 257 a private /tmp of its own (a new tmpfs, nothing shared with the host's /var/tmp either).
    present: on("privateTmp"),
    lines: (ctx) => [{ key: "PrivateTmp", value: ctx.floor >= 257 ? "disconnected" : "yes" }],
  },
  {
    key: "PrivateDevices",
    profile: "baseline",
    checks: [
      "PrivateDevices",
      "CapabilityBoundingSet_CAP_MKNOD",
      "CapabilityBoundingSet_CAP_SYS_RAWIO",
      "DeviceAllow",
    ],
    guard: (ctx) => hazard(ctx, "devices", "which uses hardware devices"),
    present: on("privateDevices"),
    lines: () => bool("PrivateDevices"),
  },
  {
    key: "PrivateMounts",
    profile: "baseline",
    checks: ["PrivateMounts"],
    guard: (ctx) => hazard(ctx, "mounts", "which mounts file systems for the rest of the system"),
    present: on("privateMounts"),
    lines: () => bool("PrivateMounts"),
  },
  {
    key: "ProtectSystem",
    profile: "baseline",
    checks: ["ProtectSystem"],
    guard: (ctx) =>
      ctx.systemWriter ? `ExecStart runs ${ctx.systemWriter}, which writes to /usr or /etc` : null,
    present: (s) => ["full", "strict"].includes(s.protectSystem.value),
    lines: () => [{ key: "ProtectSystem", value: "full" }],
  },
  {
    key: "ProtectHome",
    profile: "baseline",
    checks: ["ProtectHome"],
    guard: (ctx) =>
      ctx.homePaths
        ? `the unit uses ${ctx.homePaths}, under a home directory`
        : hazard(ctx, "home-files", "which serves users' home folders"),
    present: (s) => s.protectHome.value !== "no",
    lines: () => [{ key: "ProtectHome", value: "read-only" }],
  },
  {
    key: "ProtectKernelTunables",
    profile: "baseline",
    checks: ["ProtectKernelTunables"],
    guard: (ctx) => hazard(ctx, "kernel-tuning", "which tunes kernel settings"),
    present: on("protectKernelTunables"),
    lines: () => bool("ProtectKernelTunables"),
  },
  {
    key: "ProtectKernelModules",
    profile: "baseline",
    checks: ["ProtectKernelModules", "CapabilityBoundingSet_CAP_SYS_MODULE"],
    guard: (ctx) => hazard(ctx, "module-loading", "which loads kernel modules"),
    present: on("protectKernelModules"),
    lines: () => bool("ProtectKernelModules"),
  },
  {
    key: "ProtectKernelLogs",
    profile: "baseline",
    checks: ["ProtectKernelLogs", "CapabilityBoundingSet_CAP_SYSLOG"],
    guard: (ctx) => hazard(ctx, "kernel-log", "which reads the kernel log"),
    present: on("protectKernelLogs"),
    lines: () => bool("ProtectKernelLogs"),
  },
  {
    key: "ProtectControlGroups",
    profile: "baseline",
    checks: ["ProtectControlGroups"],
    guard: (ctx) => hazard(ctx, "cgroup-manager", "which manages control groups"),
    // From 257 also a cgroup namespace of its own, read-only as with "yes".
    present: on("protectControlGroups"),
    lines: (ctx) => [{ key: "ProtectControlGroups", value: ctx.floor >= 257 ? "strict" : "yes" }],
  },
  {
    key: "ProtectClock",
    profile: "baseline",
    checks: [
      "ProtectClock",
      "CapabilityBoundingSet_CAP_SYS_TIME",
      "CapabilityBoundingSet_CAP_WAKE_ALARM",
    ],
    guard: (ctx) => hazard(ctx, "clock", "which sets the clock"),
    present: on("protectClock"),
    lines: () => bool("ProtectClock"),
  },
  {
    key: "ProtectHostname",
    profile: "baseline",
    checks: ["ProtectHostname"],
    guard: (ctx) => hazard(ctx, "hostname", "which sets the host name"),
    present: on("protectHostname"),
    lines: () => bool("ProtectHostname"),
  },
  {
    key: "ProtectProc",
    profile: "baseline",
    checks: ["ProtectProc"],
    guard: (ctx) => hazard(ctx, "process-monitor", "which watches other processes"),
    present: (s) => s.protectProc.value === "invisible" || s.protectProc.value === "ptraceable",
    lines: () => [{ key: "ProtectProc", value: "invisible" }],
  },
  {
    key: "RestrictSUIDSGID",
    profile: "baseline",
    checks: ["RestrictSUIDSGID"],
    guard: (ctx) => hazard(ctx, "installer", "which installs setuid files"),
    present: on("restrictSuidSgid"),
    lines: () => bool("RestrictSUIDSGID"),
  },
  {
    key: "RestrictRealtime",
    profile: "baseline",
    checks: ["RestrictRealtime"],
    guard: (ctx) => hazard(ctx, "realtime", "which needs realtime scheduling"),
    present: on("restrictRealtime"),
    lines: () => bool("RestrictRealtime"),
  },
  {
    key: "RestrictNamespaces",
    profile: "baseline",
    checks: [
      "RestrictNamespaces_user",
      "RestrictNamespaces_mnt",
      "RestrictNamespaces_ipc",
      "RestrictNamespaces_pid",
      "RestrictNamespaces_cgroup",
      "RestrictNamespaces_net",
      "RestrictNamespaces_uts",
    ],
    guard: (ctx) => hazard(ctx, "namespaces", "which creates namespaces (containers, sandboxes)"),
    present: (s) => s.restrictNamespaces.allowed !== null,
    lines: () => bool("RestrictNamespaces"),
  },
  {
    key: "LockPersonality",
    profile: "baseline",
    checks: ["LockPersonality"],
    guard: (ctx) => hazard(ctx, "other-abi", "which runs programs of other ABIs"),
    present: on("lockPersonality"),
    lines: () => bool("LockPersonality"),
  },
  {
    key: "SystemCallArchitectures",
    profile: "baseline",
    checks: ["SystemCallArchitectures"],
    guard: (ctx) => hazard(ctx, "other-abi", "which runs programs of other ABIs"),
    present: (s) => s.systemCallArchitectures.value.size > 0,
    lines: () => [{ key: "SystemCallArchitectures", value: "native" }],
  },
  {
    key: "RemoveIPC",
    profile: "baseline",
    checks: ["RemoveIPC"],
    guard: (ctx) =>
      ctx.runsAsRoot ? "the service runs as root, for which RemoveIPC= does not apply" : null,
    present: on("removeIpc"),
    lines: () => bool("RemoveIPC"),
  },
  {
    key: "CapabilityBoundingSet",
    profile: "baseline",
    checks: [],
    guard: (ctx) =>
      ctx.runsAsRoot
        ? "the service runs as root and may need its capabilities (the strict profile drops the dangerous ones)"
        : null,
    present: (s) =>
      s.capabilityBoundingSet.srcByBit.some((x) => x !== undefined) ||
      s.capabilityBoundingSet.mask !== (1n << 64n) - 1n,
    lines: (ctx, s) => [
      { key: "CapabilityBoundingSet", value: neededCapabilities(ctx, s).join(" ") },
    ],
  },
  {
    // The checks it passes: the families it keeps (AF_UNIX, AF_INET, AF_INET6, AF_NETLINK) still count.
    key: "RestrictAddressFamilies",
    profile: "baseline",
    checks: ["RestrictAddressFamilies_AF_PACKET", "RestrictAddressFamilies_OTHER"],
    guard: () => null,
    present: (s) =>
      s.restrictAddressFamilies.families !== null || s.restrictAddressFamilies.allowList,
    lines: (ctx) => [
      {
        key: "RestrictAddressFamilies",
        value: [
          "AF_UNIX",
          "AF_INET",
          "AF_INET6",
          "AF_NETLINK",
          ...(ctx.rawSockets ? ["AF_PACKET"] : []),
        ].join(" "),
      },
    ],
  },
  // The strict profile: further settings, each with the risk it carries.
  {
    key: "ProtectSystem",
    profile: "strict",
    checks: ["ProtectSystem"],
    risk: "writes outside ReadWritePaths= and the *Directory= folders fail with EROFS",
    guard: (ctx) =>
      ctx.systemWriter
        ? `ExecStart runs ${ctx.systemWriter}, which writes to /usr or /etc`
        : ctx.writesAnywhere
          ? `ExecStart runs ${ctx.writesAnywhere}, which writes wherever its configuration or its users say; ProtectSystem=full is set instead`
          : ctx.writesKnown === null
            ? "nothing tells where the service writes (no StateDirectory=, LogsDirectory=, CacheDirectory= or ReadWritePaths=, no path on its command line, no package convention for its program); ProtectSystem=full is set instead"
            : null,
    present: (s) => s.protectSystem.value === "strict",
    lines: (ctx) => [
      { key: "ProtectSystem", value: "strict" },
      ...(ctx.writablePaths.length > 0
        ? [
            {
              key: "ReadWritePaths",
              value: outermost(ctx.writablePaths)
                .map((p) => `-${p}`)
                .join(" "),
            },
          ]
        : []),
    ],
  },
  {
    key: "ProtectHome",
    profile: "strict",
    checks: ["ProtectHome"],
    risk: "a service that reads from a home directory loses access",
    guard: (ctx) =>
      ctx.homePaths
        ? `the unit uses ${ctx.homePaths}, under a home directory`
        : hazard(ctx, "home-files", "which serves users' home folders"),
    present: (s) => s.protectHome.value === "yes",
    lines: () => [{ key: "ProtectHome", value: "yes" }],
  },
  {
    key: "ProcSubset",
    profile: "strict",
    checks: ["ProcSubset"],
    risk: "programs that read /proc/meminfo, /proc/cpuinfo or /proc/sys lose them",
    guard: (ctx) =>
      ctx.jit
        ? `ExecStart runs ${ctx.jit}, a runtime that reads /proc system files`
        : (hazard(ctx, "process-monitor", "which reads /proc") ??
          hazard(
            ctx,
            "system-stats",
            "which reads system-wide /proc files (meminfo, stat, mounts)",
          )),
    present: (s) => s.procSubset.value === "pid",
    lines: () => [{ key: "ProcSubset", value: "pid" }],
  },
  {
    key: "UMask",
    profile: "strict",
    checks: ["UMask"],
    risk: "files the service creates are no longer readable by other users",
    guard: () => null,
    present: (s) => (s.umask.value & 0o027) === 0o027,
    lines: () => [{ key: "UMask", value: "0027" }],
  },
  {
    key: "MemoryDenyWriteExecute",
    profile: "strict",
    checks: ["MemoryDenyWriteExecute"],
    risk: "programs that generate code at run time abort",
    guard: (ctx) =>
      ctx.jit
        ? `ExecStart runs ${ctx.jit}, a JIT runtime that needs writable executable memory`
        : hazard(ctx, "shell", "whose children's needs are unknown"),
    present: on("memoryDenyWriteExecute"),
    lines: () => bool("MemoryDenyWriteExecute"),
  },
  {
    key: "PrivateUsers",
    profile: "strict",
    checks: ["PrivateUsers"],
    risk: "files owned by other users and privileged ports become unusable",
    guard: (ctx) =>
      ctx.runsAsRoot
        ? "the service runs as root, which a user namespace would strip"
        : ctx.privilegedPort
          ? `the service binds a privileged port (${ctx.privilegedPort})`
          : null,
    // From 257 "identity" maps the first 65536 users to themselves: files of other users keep their owners.
    present: on("privateUsers"),
    lines: (ctx) => [{ key: "PrivateUsers", value: ctx.floor >= 257 ? "identity" : "yes" }],
  },
  {
    key: "CapabilityBoundingSet",
    profile: "strict",
    checks: [],
    risk: "a root service that needs one of these capabilities fails",
    guard: (ctx) =>
      ctx.runsAsRoot
        ? (hazard(ctx, "cgroup-manager", "which needs administrator capabilities") ??
          hazard(ctx, "mounts", "which needs administrator capabilities"))
        : "handled by the baseline profile",
    present: (s) =>
      s.capabilityBoundingSet.srcByBit.some((x) => x !== undefined) ||
      s.capabilityBoundingSet.mask !== (1n << 64n) - 1n,
    lines: () => [{ key: "CapabilityBoundingSet", value: `~${ROOT_DROPPABLE.join(" ")}` }],
  },
  {
    key: "RestrictAddressFamilies",
    profile: "strict",
    checks: ["RestrictAddressFamilies_AF_NETLINK"],
    risk: "listing network interfaces (getifaddrs) fails",
    guard: (ctx) =>
      ctx.netlink
        ? `ExecStart runs ${ctx.netlink}, which reads network interfaces over netlink`
        : null,
    present: (s) =>
      s.restrictAddressFamilies.families !== null || s.restrictAddressFamilies.allowList,
    lines: (ctx) => [
      {
        key: "RestrictAddressFamilies",
        value: ["AF_UNIX", "AF_INET", "AF_INET6", ...(ctx.rawSockets ? ["AF_PACKET"] : [])].join(
          " ",
        ),
      },
    ],
  },
  {
    key: "SystemCallFilter",
    profile: "strict",
    checks: [
      "SystemCallFilter_swap",
      "SystemCallFilter_obsolete",
      "SystemCallFilter_clock",
      "SystemCallFilter_cpu_emulation",
      "SystemCallFilter_debug",
      "SystemCallFilter_mount",
      "SystemCallFilter_module",
      "SystemCallFilter_raw_io",
      "SystemCallFilter_reboot",
      "SystemCallFilter_privileged",
      "SystemCallFilter_resources",
    ],
    risk: "a system call outside @system-service fails with EPERM",
    guard: (ctx) =>
      hazard(ctx, "other-abi", "which runs programs of other ABIs") ??
      hazard(ctx, "namespaces", "which needs mount and namespace calls"),
    present: (s) => s.systemCallFilter.entries !== null,
    lines: (ctx) => {
      // Daemons that start as root drop privileges themselves (setuid, chown): keep @privileged
      // for them. @resources stays allowed: runtimes and daemons tune their own limits and CPU
      // affinity (setrlimit, sched_setaffinity), and a filter cannot tell which do.
      const deny = ctx.runsAsRoot ? [] : ["@privileged"];
      return [
        // chroot() is outside @system-service: daemons that chroot themselves keep it.
        {
          key: "SystemCallFilter",
          value: ctx.hazards.has("chroot") ? "@system-service chroot" : "@system-service",
        },
        ...(deny.length > 0 ? [{ key: "SystemCallFilter", value: `~${deny.join(" ")}` }] : []),
        { key: "SystemCallErrorNumber", value: "EPERM" },
      ];
    },
  },
  {
    key: "PrivateNetwork",
    profile: "strict",
    checks: ["PrivateNetwork"],
    risk: "the service loses all network access but loopback",
    guard: (ctx) =>
      ctx.network
        ? `the service talks to the network (${ctx.network})`
        : "no evidence in the unit that the service works without a network; add PrivateNetwork=yes yourself if it does",
    present: on("privateNetwork"),
    lines: () => bool("PrivateNetwork"),
  },
  {
    key: "DynamicUser",
    profile: "strict",
    checks: ["UserOrDynamicUser"],
    risk: "files outside StateDirectory= owned by a fixed user become inaccessible",
    guard: (ctx, s) =>
      s.user.value !== null
        ? `User=${s.user.value} is set: the service's files belong to that user`
        : ctx.runsAsRoot
          ? "the service runs as root; give it a dedicated User= or DynamicUser=yes once you know which files it needs"
          : null,
    present: (s) => s.dynamicUser.value,
    lines: () => bool("DynamicUser"),
  },
];

const COMMENTS: Readonly<Record<string, string>> = {
  "ProtectSystem=full": "makes /usr, /boot, /efi and /etc read-only",
  "ProtectSystem=strict":
    "makes the whole file system read-only but /dev, /proc, /sys and the paths below",
  "ProtectHome=read-only": "makes /home, /root and /run/user read-only",
  "ProtectHome=yes": "hides /home, /root and /run/user",
  CapabilityBoundingSet: "keeps only the capabilities listed, even for root",
  RestrictAddressFamilies: "allows only these socket families",
};

/** The comment above a setting in the drop-in: what it blocks, and in the strict profile its risk. */
export function commentFor(r: Recommendation, lines: readonly Line[]): string {
  const first = lines[0];
  const specific = first
    ? (COMMENTS[`${first.key}=${first.value}`] ?? COMMENTS[first.key])
    : undefined;
  const what = specific ?? `blocks ${HARDENING_BY_KEY.get(r.key)?.blocks ?? "what it guards"}`;
  return r.risk ? `${what} (risk: ${r.risk})` : what;
}
