/**
 * For every check: unit bodies (after `[Service]` and `ExecStart=/bin/true`) with the badness
 * systemd 252 gives that check. Used by the per-check tests and, against systemd-analyze itself,
 * by the oracle test.
 */
import { CHECKS } from "../../src/core/checks/table.js";

export type Case = readonly [body: string, badness: number | null];

const BOOL_CHECKS: Readonly<Record<string, string>> = {
  PrivateDevices: "PrivateDevices=yes",
  PrivateMounts: "PrivateMounts=yes",
  PrivateNetwork: "PrivateNetwork=yes",
  PrivateTmp: "PrivateTmp=yes",
  PrivateUsers: "PrivateUsers=yes",
  ProtectControlGroups: "ProtectControlGroups=yes",
  ProtectKernelModules: "ProtectKernelModules=yes",
  ProtectKernelTunables: "ProtectKernelTunables=yes",
  ProtectKernelLogs: "ProtectKernelLogs=yes",
  ProtectClock: "ProtectClock=yes",
  ProtectHostname: "ProtectHostname=yes",
  LockPersonality: "LockPersonality=yes",
  MemoryDenyWriteExecute: "MemoryDenyWriteExecute=yes",
  NoNewPrivileges: "NoNewPrivileges=yes",
  RestrictRealtime: "RestrictRealtime=yes",
  RestrictSUIDSGID: "RestrictSUIDSGID=yes",
};

const BESPOKE: Readonly<Record<string, readonly Case[]>> = {
  UserOrDynamicUser: [
    ["", 10],
    ["User=root", 10],
    ["User=0", 10],
    ["User=svc", 0],
    ["User=65534", 0],
    ["User=nobody", 9],
    ["DynamicUser=yes", 0],
    ["DynamicUser=yes\nUser=root", 10],
  ],
  SupplementaryGroups: [
    ["", null],
    ["User=svc", 0],
    ["User=svc\nSupplementaryGroups=wheel", 1],
    ["User=svc\nSupplementaryGroups=wheel\nSupplementaryGroups=", 0],
  ],
  ProtectHome: [
    ["", 10],
    ["ProtectHome=yes", 0],
    ["ProtectHome=tmpfs", 1],
    ["ProtectHome=read-only", 5],
    ["ProtectHome=no", 10],
    ["ProtectHome=true", 0],
    ["DynamicUser=yes", 5],
  ],
  ProtectSystem: [
    ["", 10],
    ["ProtectSystem=strict", 0],
    ["ProtectSystem=full", 3],
    ["ProtectSystem=yes", 5],
    ["ProtectSystem=strictt", 10],
    ["DynamicUser=yes\nProtectSystem=no", 0],
  ],
  RootDirectoryOrRootImage: [
    ["", 1],
    ["RootDirectory=/srv/root", 0],
    ["RootImage=/srv/root.img", 0],
    ["RootDirectory=/", 1],
    ["RootDirectory=//", 1],
  ],
  UMask: [
    ["", 5],
    ["UMask=0077", 0],
    ["UMask=0027", 1],
    ["UMask=0007", 2],
    ["UMask=0022", 5],
    ["UMask=0000", 10],
    ["UMask=0070", 10],
    ["UMask=999", 5],
  ],
  KeyringMode: [
    ["", 0],
    ["KeyringMode=shared", 1],
    ["KeyringMode=inherit", 1],
    ["KeyringMode=private", 0],
  ],
  ProtectProc: [
    ["", 3],
    ["ProtectProc=invisible", 0],
    ["ProtectProc=ptraceable", 0],
    ["ProtectProc=noaccess", 1],
    ["ProtectProc=default", 3],
  ],
  ProcSubset: [
    ["", 1],
    ["ProcSubset=pid", 0],
    ["ProcSubset=all", 1],
  ],
  NotifyAccess: [
    ["", 0],
    ["NotifyAccess=all", 1],
    ["NotifyAccess=main", 0],
  ],
  RemoveIPC: [
    ["", null],
    ["User=svc", 1],
    ["User=svc\nRemoveIPC=yes", 0],
    ["DynamicUser=yes", 0],
  ],
  Delegate: [
    ["", 0],
    ["Delegate=yes", 1],
    ["Delegate=", 1],
    ["Delegate=cpu memory", 1],
    ["Delegate=no", 0],
  ],
  SystemCallArchitectures: [
    ["", 10],
    ["SystemCallArchitectures=native", 0],
    ["SystemCallArchitectures=native native", 0],
    ["SystemCallArchitectures=x86-64", 8],
    ["SystemCallArchitectures=native x86", 8],
    ["SystemCallArchitectures=amd64", 10],
  ],
  IPAddressDeny: [
    ["", 10],
    ["IPAddressDeny=any", 0],
    ["IPAddressDeny=0.0.0.0/0", 10],
    ["IPAddressDeny=0.0.0.0/0 ::/0", 0],
    ["IPAddressDeny=any\nIPAddressAllow=localhost", 2],
    ["IPAddressDeny=any\nIPAddressAllow=127.0.0.1", 2],
    ["IPAddressDeny=any\nIPAddressAllow=10.0.0.0/8", 5],
    ["IPAddressDeny=any\nIPAddressAllow=::ffff:127.0.0.1", 5],
    ["IPIngressFilterPath=/sys/fs/bpf/x", 0],
    ["IPAddressDeny=any\nIPAddressDeny=", 10],
  ],
  DeviceAllow: [
    ["", 10],
    ["DevicePolicy=closed", 0],
    ["DevicePolicy=strict\nDeviceAllow=/dev/null rw", 5],
    ["PrivateDevices=yes", 0],
    ["PrivateDevices=yes\nProtectClock=yes", 5],
    ["DeviceAllow=/dev/null", 10],
    ["ProtectClock=yes", 10],
  ],
  AmbientCapabilities: [
    ["", 0],
    ["AmbientCapabilities=CAP_NET_BIND_SERVICE", 1],
    ["AmbientCapabilities=CAP_NET_RAW\nAmbientCapabilities=", 0],
    ["AmbientCapabilities=CAP_BOGUS", 0],
  ],
};

export function casesFor(id: string): readonly Case[] {
  const c = CHECKS.find((x) => x.id === id)!;
  if (BOOL_CHECKS[id])
    return [
      ["", 1],
      [BOOL_CHECKS[id]!, 0],
    ];
  if (BESPOKE[id]) return BESPOKE[id]!;
  switch (c.assess.kind) {
    case "capability": {
      const caps = c.assess.capabilities.map((x) => x.toUpperCase());
      return [
        ["", 1],
        [`CapabilityBoundingSet=~${caps.join(" ")}`, 0],
        ["CapabilityBoundingSet=", 0],
        [`CapabilityBoundingSet=${caps[0]}`, 1],
      ];
    }
    case "namespace":
      return [
        ["", 1],
        [`RestrictNamespaces=~${c.assess.namespace}`, 0],
        ["RestrictNamespaces=yes", 0],
        [`RestrictNamespaces=${c.assess.namespace}`, 1],
      ];
    case "addressFamily": {
      const sample = {
        inet: "AF_INET6",
        unix: "AF_UNIX",
        netlink: "AF_NETLINK",
        packet: "AF_PACKET",
        other: "AF_BLUETOOTH",
      }[c.assess.category];
      const other = c.assess.category === "unix" ? "AF_INET" : "AF_UNIX";
      return [
        ["", 1],
        [`RestrictAddressFamilies=${other}`, 0],
        [`RestrictAddressFamilies=${sample}`, 1],
        [`RestrictAddressFamilies=~${sample}`, 0],
        ["RestrictAddressFamilies=none", 0],
      ];
    }
    case "syscallFilter": {
      const g = c.assess.group;
      return [
        ["", 10],
        [`SystemCallFilter=~${g}`, 0],
        [`SystemCallFilter=${g}`, 9],
        ["SystemCallFilter=~@debug @mount @cpu-emulation @obsolete @privileged @resources", 0],
        ["SystemCallFilter=read write", 0],
      ];
    }
    default:
      throw new Error(`no cases for ${id}`);
  }
}

/** Every (check, body, badness) of the table. */
export function allCheckCases(): { id: string; body: string; badness: number | null }[] {
  return CHECKS.flatMap((c) =>
    casesFor(c.id).map(([body, badness]) => ({ id: c.id, body, badness })),
  );
}
