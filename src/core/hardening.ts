/**
 * What each hardening setting does, in one clause: used by lint messages, the comments of the
 * drop-ins the fix engine writes, and the generated docs. `since` is the systemd version that
 * brought the setting.
 */

export interface HardeningSetting {
  readonly key: string;
  /** What it blocks, completing "blocks …" / "… is blocked". */
  readonly blocks: string;
  /** What can break when it is on. */
  readonly risk: string;
  readonly since: number;
}

const S = (key: string, since: number, blocks: string, risk: string): HardeningSetting => ({
  key,
  since,
  blocks,
  risk,
});

export const HARDENING_SETTINGS: readonly HardeningSetting[] = [
  S(
    "NoNewPrivileges",
    187,
    "gaining privileges through setuid/setgid binaries and file capabilities",
    "programs that call sudo, su, ping (setuid) or other setuid helpers",
  ),
  S(
    "PrivateTmp",
    187,
    "access to other services' files in /tmp and /var/tmp",
    "services that share files through /tmp with other programs",
  ),
  S(
    "PrivateDevices",
    209,
    "access to physical devices (a private /dev with pseudo devices only)",
    "services that use hardware: disks, GPUs, serial ports, /dev/kvm",
  ),
  S(
    "PrivateNetwork",
    33,
    "all network access but loopback",
    "anything that talks to the network or resolves names",
  ),
  S(
    "PrivateUsers",
    232,
    "seeing other users (a user namespace that maps only the service's user)",
    "binding ports below 1024, owning files of other users",
  ),
  S(
    "PrivateMounts",
    239,
    "mounting file systems visible to the rest of the system",
    "services that mount for other processes",
  ),
  S(
    "ProtectSystem",
    214,
    "writes to /usr, /boot, /efi (full: also /etc; strict: the whole tree but /dev, /proc, /sys)",
    "writes outside the paths listed in ReadWritePaths= or *Directory=",
  ),
  S(
    "ProtectHome",
    214,
    "access to /home, /root and /run/user",
    "services whose data lives in a home directory",
  ),
  S(
    "ProtectKernelTunables",
    232,
    "writes to kernel variables in /proc/sys, /sys and /proc/sysrq-trigger",
    "services that tune the kernel (sysctl)",
  ),
  S(
    "ProtectKernelModules",
    232,
    "loading and unloading kernel modules",
    "services that load modules (drivers, VPNs)",
  ),
  S(
    "ProtectKernelLogs",
    244,
    "reading and writing the kernel log ring buffer",
    "log collectors that read /dev/kmsg",
  ),
  S(
    "ProtectControlGroups",
    232,
    "writes to the cgroup file system",
    "container managers and services that manage cgroups",
  ),
  S("ProtectClock", 245, "changing the system and hardware clock", "time synchronisation daemons"),
  S("ProtectHostname", 242, "changing the host name", "services that set the host name"),
  S(
    "ProtectProc",
    247,
    "seeing other users' processes in /proc",
    "monitoring tools that inspect other processes",
  ),
  S(
    "ProcSubset",
    247,
    "access to the non-process files of /proc (kernel state)",
    "tools that read /proc/meminfo, /proc/cpuinfo or similar",
  ),
  S("RestrictSUIDSGID", 242, "creating setuid and setgid files", "package managers and installers"),
  S(
    "RestrictRealtime",
    231,
    "realtime scheduling (which can starve the whole system)",
    "audio and latency-critical services",
  ),
  S(
    "RestrictNamespaces",
    233,
    "creating namespaces (the basis of most container escapes)",
    "container runtimes, browsers' sandboxes, services that use unshare()",
  ),
  S(
    "LockPersonality",
    235,
    "switching the execution domain (personality) of the process",
    "programs that run binaries for other ABIs",
  ),
  S(
    "MemoryDenyWriteExecute",
    231,
    "memory that is both writable and executable (injected code)",
    "JIT runtimes: Node.js, Java, .NET, LuaJIT, PyPy, PHP with JIT, wasm engines",
  ),
  S(
    "RemoveIPC",
    232,
    "System V IPC objects outliving the service",
    "services that hand IPC objects to others",
  ),
  S(
    "SystemCallArchitectures",
    209,
    "system calls of other ABIs (x32, i386), which slip past filters",
    "services that run 32-bit binaries",
  ),
  S(
    "SystemCallFilter",
    187,
    "system calls outside the allowed set (killed with SIGSYS)",
    "programs that need a call the filter removes",
  ),
  S(
    "RestrictAddressFamilies",
    211,
    "sockets of other address families (packet, netlink, bluetooth, …)",
    "services that enumerate interfaces (netlink) or use raw packets",
  ),
  S(
    "CapabilityBoundingSet",
    187,
    "the capabilities not listed, even for root",
    "services that need a dropped capability",
  ),
  S(
    "AmbientCapabilities",
    229,
    "nothing; it grants capabilities to a non-root service",
    "none, but every capability granted widens exposure",
  ),
  S(
    "DynamicUser",
    232,
    "a fixed identity: the service runs as a transient user with a read-only view of the system",
    "services that own files outside StateDirectory= or need a fixed uid",
  ),
  S(
    "UMask",
    1,
    "files created world- or group-readable by default",
    "services whose files other users must read",
  ),
  S(
    "IPAddressDeny",
    235,
    "network traffic to and from addresses not allowed by IPAddressAllow=",
    "anything that talks to other hosts",
  ),
  S(
    "DevicePolicy",
    208,
    "access to device nodes not listed in DeviceAllow=",
    "services that use hardware",
  ),
  S("KeyringMode", 235, "sharing kernel keyrings with other services", "none for most services"),
  S(
    "NotifyAccess",
    188,
    "status notifications from processes other than the main one",
    "none for most services",
  ),
  S(
    "Delegate",
    218,
    "nothing; it hands the service its own cgroup subtree",
    "none, but only container managers need it",
  ),
];

export const HARDENING_BY_KEY: ReadonlyMap<string, HardeningSetting> = new Map(
  HARDENING_SETTINGS.map((s) => [s.key, s]),
);
