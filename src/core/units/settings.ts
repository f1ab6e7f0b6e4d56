/**
 * The settings systemd 252's unit loader derives from the assignments that matter to the exposure
 * checks: the model the option parsers (options.ts) fill, applied in order exactly as
 * load-fragment.c applies them. Every value remembers the assignment that last decided it, and
 * everything systemd would log while loading is kept as a LoadWarning (with systemd's own text),
 * so lint can agree with systemd.
 */
import type { Assignment, Span, UnitFile } from "../syntax/parser.js";
import type { IpPrefix } from "./ip.js";
import type { SyscallEntries } from "./syscalls.js";

export type NamespaceType = "cgroup" | "ipc" | "net" | "mnt" | "pid" | "user" | "uts";

/** The plain boolean sandboxing keys, by their field in UnitSettings.bools. */
export type BoolField =
  | "privateDevices"
  | "privateMounts"
  | "privateNetwork"
  | "privateTmp"
  | "privateUsers"
  | "protectControlGroups"
  | "protectKernelModules"
  | "protectKernelTunables"
  | "protectKernelLogs"
  | "protectClock"
  | "protectHostname"
  | "lockPersonality"
  | "memoryDenyWriteExecute"
  | "noNewPrivileges"
  | "restrictRealtime"
  | "restrictSuidSgid";

/** An assignment and the file it is in. */
export interface Located {
  readonly file: UnitFile;
  readonly assignment: Assignment;
}

export type WarningCode =
  | "removed-option"
  | "unknown-key"
  | "unknown-section"
  | "invalid-boolean"
  | "invalid-value"
  | "invalid-dependency"
  | "invalid-enum"
  | "invalid-mode"
  | "invalid-syntax"
  | "unresolved-specifier"
  | "invalid-user"
  | "nobody-user"
  | "unknown-capability"
  | "invalid-namespace"
  | "unknown-address-family"
  | "unknown-syscall"
  | "unknown-syscall-group"
  | "invalid-syscall-errno"
  | "allow-list-errno"
  | "unknown-architecture"
  | "invalid-address-prefix"
  | "invalid-path"
  | "invalid-device-path"
  | "invalid-device-rights"
  | "invalid-controller"
  | "invalid-command"
  | "removed-modifier";

export interface LoadWarning {
  readonly code: WarningCode;
  /** What systemd 252 logs, after `FILE:LINE: ` (empty where systemd is silent). */
  readonly systemdMessage: string;
  readonly file: UnitFile;
  /** The assignment it is about, if any (not for a section header). */
  readonly assignment: Assignment | undefined;
  /** The offending part: a word of the value, the value, or the line. */
  readonly span: Span;
  /** 0-based physical line systemd names in its message. */
  readonly reportLine: number;
  /** The offending word or value. */
  readonly subject: string;
  /** systemd stops reading the file here: a unit file is then refused, the rest of a drop-in unread. */
  readonly stopsFile: boolean;
  /** systemd refuses to load the unit because of it (stopsFile, in the unit file itself). */
  readonly fatal: boolean;
}

export interface Tracked<T> {
  value: T;
  src: Located | undefined;
}

const tracked = <T>(value: T): Tracked<T> => ({ value, src: undefined });

export const CAP_ALL = (1n << 64n) - 1n;
/** Each capability's bit of a mask, made once: BigInt shifts allocate. */
export const CAP_BIT: readonly bigint[] = Array.from({ length: 64 }, (_, n) => 1n << BigInt(n));
export const NAMESPACE_TYPES: readonly NamespaceType[] = [
  "cgroup",
  "ipc",
  "net",
  "mnt",
  "pid",
  "user",
  "uts",
];

export interface CapabilitySet {
  mask: bigint;
  /** The assignment that last changed each bit (index = capability number). */
  readonly srcByBit: (Located | undefined)[];
}

export interface DeviceEntry {
  readonly path: string;
  readonly mode: string;
  readonly src: Located | undefined;
}

export interface UnitSettings {
  defaultDependencies: Tracked<boolean>;
  user: Tracked<string | null>;
  dynamicUser: Tracked<boolean>;
  supplementaryGroups: Tracked<string[]>;
  capabilityBoundingSet: CapabilitySet;
  ambientCapabilities: CapabilitySet;
  bools: Record<BoolField | "removeIpc", Tracked<boolean>>;
  /**
   * The word each boolean-like sandboxing key was last set to ("yes", "no", "disconnected",
   * "private:box", ...), or null while unset: later releases read more than yes/no for them.
   */
  modes: Partial<Record<ModeField, string | null>>;
  protectHome: Tracked<string>;
  protectSystem: Tracked<string>;
  protectProc: Tracked<string>;
  procSubset: Tracked<string>;
  keyringMode: Tracked<string>;
  notifyAccess: Tracked<string | null>;
  umask: Tracked<number>;
  rootDirectory: Tracked<string | null>;
  rootImage: Tracked<string | null>;
  mountImages: Tracked<boolean>;
  /** Credential ids and whether each is encrypted (a later plain entry of the same id clears it). */
  credentials: { load: Map<string, boolean>; set: Map<string, boolean> };
  /** Only its `src` is used: the last credential line. */
  encryptedCredentials: Tracked<boolean>;
  delegate: Tracked<boolean>;
  /** Allowed namespace types; null while unset (everything allowed). */
  restrictNamespaces: {
    allowed: Set<NamespaceType> | null;
    srcByType: Map<NamespaceType, Located | undefined>;
  };
  restrictAddressFamilies: {
    allowList: boolean;
    families: Set<number> | null;
    src: Located | undefined;
  };
  systemCallArchitectures: Tracked<Set<string>>;
  /** Names in the filter, with the errno they carry (-1 for none). */
  systemCallFilter: {
    allowList: boolean;
    entries: SyscallEntries | null;
    src: Located | undefined;
  };
  ipAddressDeny: Tracked<IpPrefix[]>;
  ipAddressAllow: Tracked<IpPrefix[]>;
  ipIngressFilterPath: Tracked<string[]>;
  ipEgressFilterPath: Tracked<string[]>;
  devicePolicy: Tracked<string>;
  deviceAllow: { entries: DeviceEntry[]; src: Located | undefined };
  /** Commands per Exec*= key after resets, one entry per command (for systemd's load-time refusals). */
  commands: Map<string, Located[]>;
  /** Where the service runs and writes its PID (for the fix engine; recorded as written, not checked). */
  workingDirectory: string | null;
  pidFile: string | null;
  /** Single-valued service settings systemd checks before it accepts a service. */
  serviceType: Tracked<string | null>;
  restart: Tracked<string | null>;
  busName: Tracked<string | null>;
  successAction: Tracked<string | null>;
}

/** The boolean-like keys later releases read with more words (or as a tristate). */
export type ModeField =
  "privateMounts" | "privateTmp" | "privateUsers" | "protectControlGroups" | "protectHostname";

export function defaultSettings(): UnitSettings {
  const bool = () => tracked(false);
  return {
    defaultDependencies: tracked(true),
    user: tracked<string | null>(null),
    dynamicUser: bool(),
    supplementaryGroups: tracked<string[]>([]),
    capabilityBoundingSet: { mask: CAP_ALL, srcByBit: [] },
    ambientCapabilities: { mask: 0n, srcByBit: [] },
    bools: {
      privateDevices: bool(),
      privateMounts: bool(),
      privateNetwork: bool(),
      privateTmp: bool(),
      privateUsers: bool(),
      protectControlGroups: bool(),
      protectKernelModules: bool(),
      protectKernelTunables: bool(),
      protectKernelLogs: bool(),
      protectClock: bool(),
      protectHostname: bool(),
      lockPersonality: bool(),
      memoryDenyWriteExecute: bool(),
      noNewPrivileges: bool(),
      restrictRealtime: bool(),
      restrictSuidSgid: bool(),
      removeIpc: bool(),
    },
    modes: {},
    protectHome: tracked("no"),
    protectSystem: tracked("no"),
    protectProc: tracked("default"),
    procSubset: tracked("all"),
    keyringMode: tracked("private"),
    notifyAccess: tracked<string | null>(null),
    umask: tracked(0o022),
    rootDirectory: tracked<string | null>(null),
    rootImage: tracked<string | null>(null),
    mountImages: bool(),
    credentials: { load: new Map(), set: new Map() },
    encryptedCredentials: bool(),
    delegate: bool(),
    restrictNamespaces: { allowed: null, srcByType: new Map() },
    restrictAddressFamilies: { allowList: false, families: null, src: undefined },
    systemCallArchitectures: tracked(new Set<string>()),
    systemCallFilter: { allowList: false, entries: null, src: undefined },
    ipAddressDeny: tracked<IpPrefix[]>([]),
    ipAddressAllow: tracked<IpPrefix[]>([]),
    ipIngressFilterPath: tracked<string[]>([]),
    ipEgressFilterPath: tracked<string[]>([]),
    devicePolicy: tracked("auto"),
    deviceAllow: { entries: [], src: undefined },
    commands: new Map(),
    workingDirectory: null,
    pidFile: null,
    serviceType: tracked<string | null>(null),
    restart: tracked<string | null>(null),
    busName: tracked<string | null>(null),
    successAction: tracked<string | null>(null),
  };
}

/**
 * A copy of `s` that shares nothing the option parsers change in place with it (arrays, sets,
 * maps, the system call entries): reading more files into either leaves the other as it was.
 * Sources (Located) and parsed values are never changed, and are shared. Keep it beside
 * defaultSettings: a field added there is copied here (a test checks that nothing is shared).
 */
export function copySettings(s: UnitSettings): UnitSettings {
  const t = <T>(x: Tracked<T>): Tracked<T> => ({ value: x.value, src: x.src });
  const list = <T>(x: Tracked<T[]>): Tracked<T[]> => ({ value: x.value.slice(), src: x.src });
  const caps = (c: CapabilitySet): CapabilitySet => ({
    mask: c.mask,
    srcByBit: c.srcByBit.slice(),
  });
  const bools = {} as UnitSettings["bools"];
  for (const k of Object.keys(s.bools) as (keyof UnitSettings["bools"])[]) bools[k] = t(s.bools[k]);
  const ns = s.restrictNamespaces;
  const raf = s.restrictAddressFamilies;
  const scf = s.systemCallFilter;
  return {
    defaultDependencies: t(s.defaultDependencies),
    user: t(s.user),
    dynamicUser: t(s.dynamicUser),
    supplementaryGroups: list(s.supplementaryGroups),
    capabilityBoundingSet: caps(s.capabilityBoundingSet),
    ambientCapabilities: caps(s.ambientCapabilities),
    bools,
    modes: { ...s.modes },
    protectHome: t(s.protectHome),
    protectSystem: t(s.protectSystem),
    protectProc: t(s.protectProc),
    procSubset: t(s.procSubset),
    keyringMode: t(s.keyringMode),
    notifyAccess: t(s.notifyAccess),
    umask: t(s.umask),
    rootDirectory: t(s.rootDirectory),
    rootImage: t(s.rootImage),
    mountImages: t(s.mountImages),
    credentials: { load: new Map(s.credentials.load), set: new Map(s.credentials.set) },
    encryptedCredentials: t(s.encryptedCredentials),
    delegate: t(s.delegate),
    restrictNamespaces: {
      allowed: ns.allowed && new Set(ns.allowed),
      srcByType: new Map(ns.srcByType),
    },
    restrictAddressFamilies: {
      allowList: raf.allowList,
      families: raf.families && new Set(raf.families),
      src: raf.src,
    },
    systemCallArchitectures: {
      value: new Set(s.systemCallArchitectures.value),
      src: s.systemCallArchitectures.src,
    },
    systemCallFilter: {
      allowList: scf.allowList,
      entries: scf.entries?.copy() ?? null,
      src: scf.src,
    },
    ipAddressDeny: list(s.ipAddressDeny),
    ipAddressAllow: list(s.ipAddressAllow),
    ipIngressFilterPath: list(s.ipIngressFilterPath),
    ipEgressFilterPath: list(s.ipEgressFilterPath),
    devicePolicy: t(s.devicePolicy),
    deviceAllow: { entries: s.deviceAllow.entries.slice(), src: s.deviceAllow.src },
    commands: new Map([...s.commands].map(([k, v]) => [k, v.slice()])),
    workingDirectory: s.workingDirectory,
    pidFile: s.pidFile,
    serviceType: t(s.serviceType),
    restart: t(s.restart),
    busName: t(s.busName),
    successAction: t(s.successAction),
  };
}
