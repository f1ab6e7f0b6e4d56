/**
 * The settings systemd 252's unit loader derives from the assignments that matter to the exposure
 * checks, applied in order exactly as load-fragment.c applies them: repeated keys, empty
 * assignments that reset, `~` inversion and merging, words it skips and lines it ignores. Every
 * value remembers the assignment that last decided it, and everything systemd would log while
 * loading is kept as a LoadWarning (with systemd's own text), so lint can agree with systemd.
 */
import type { Assignment, Span, UnitFile } from "../syntax/parser.js";
import { valueRangeToSpan } from "../syntax/parser.js";
import { expandSpecifiers, type SpecifierContext } from "../syntax/specifiers.js";
import { extractWord, parseBoolean, splitWords, type Word } from "../syntax/words.js";
import { ADDRESS_FAMILIES, CAPABILITIES, ERRNO_NUMBERS, SECCOMP_ARCHITECTURES } from "../data/systemd252.js";
import { grammarAccepts, grammarRejection, invalidHostnameIn, NEWEST_RELEASE, OLDEST_RELEASE, releaseOf, type Release } from "../release.js";
import type { BoolField, NamespaceType } from "../checks/table.js";
import { isStrictUserName, type UnitName } from "./names.js";


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
export const NAMESPACE_TYPES: readonly NamespaceType[] = ["cgroup", "ipc", "net", "mnt", "pid", "user", "uts"];

export interface CapabilitySet {
  mask: bigint;
  /** The assignment that last changed each bit (index = capability number). */
  readonly srcByBit: (Located | undefined)[];
}

export interface IpPrefix {
  readonly family: 4 | 6;
  /** The address as numbers: 4 bytes or 16 bytes. */
  readonly bytes: readonly number[];
  readonly prefixLength: number;
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
  restrictNamespaces: { allowed: Set<NamespaceType> | null; srcByType: Map<NamespaceType, Located | undefined> };
  restrictAddressFamilies: { allowList: boolean; families: Set<number> | null; src: Located | undefined };
  systemCallArchitectures: Tracked<Set<string>>;
  /** Names in the filter, with the errno they carry (-1 for none). */
  systemCallFilter: { allowList: boolean; entries: SyscallEntries | null; src: Located | undefined };
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
export type ModeField = "privateMounts" | "privateTmp" | "privateUsers" | "protectControlGroups" | "protectHostname";

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
      privateDevices: bool(), privateMounts: bool(), privateNetwork: bool(), privateTmp: bool(), privateUsers: bool(),
      protectControlGroups: bool(), protectKernelModules: bool(), protectKernelTunables: bool(), protectKernelLogs: bool(),
      protectClock: bool(), protectHostname: bool(), lockPersonality: bool(), memoryDenyWriteExecute: bool(),
      noNewPrivileges: bool(), restrictRealtime: bool(), restrictSuidSgid: bool(), removeIpc: bool(),
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
 * What the release logs for a value it cannot parse: the parser's own text (`classic`, 252-256),
 * or from 257 "Failed to parse KEY=VALUE, ignoring: <errno text>".
 */
export function parseErrorText(ctx: OptionContext, classic: string, errno = "Invalid argument"): string {
  return ctx.release.parseErrors === "classic" ? classic : `Failed to parse ${ctx.at.assignment.key}=${ctx.value}, ignoring: ${errno}`;
}

/** What an option parser gets: the assignment, the settings to change, and a logger. */
export interface OptionContext {
  readonly settings: UnitSettings;
  readonly at: Located;
  readonly value: string;
  readonly specifiers: SpecifierContext;
  /** The systemd release whose loader is mimicked. */
  readonly release: Release;
  warn(code: WarningCode, systemdMessage: string, subject?: string, range?: { start: number; end: number }, fatal?: boolean): void;
}

type OptionParser = (ctx: OptionContext) => void;

const CAPABILITY_NUMBER = new Map(CAPABILITIES.map((name, i) => [name, i]));
const ADDRESS_FAMILY_NUMBER = new Map(Object.entries(ADDRESS_FAMILIES).map(([k, v]) => [k.toUpperCase(), v]));
const ARCHITECTURES = new Set(SECCOMP_ARCHITECTURES);
const CGROUP_CONTROLLERS = new Set([
  "cpu", "cpuacct", "cpuset", "io", "blkio", "memory", "devices", "pids",
  "bpf-firewall", "bpf-devices", "bpf-foreign", "bpf-socket-bind", "bpf-restrict-network-interfaces",
]);

/** Whether the libseccomp a release links (2.5.4 for 252 on x86-64) knows a syscall name. */
export function syscallKnown(name: string, release: Release = releaseOf()): "native" | "foreign" | null {
  if (release.nativeSyscalls.has(name)) return "native";
  if (release.foreignSyscalls.has(name)) return "foreign";
  return null;
}

/** safe_atoi() with an automatic base: leading blanks, a sign, 0x/0o/0b or a leading 0 for octal. */
export function parseIntAuto(word: string): number | null {
  const m = /^[ \t\n\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(word);
  if (!m) return null;
  const digits = m[2]!;
  let n: number;
  if (/^0[xX]/.test(digits)) n = parseInt(digits.slice(2), 16);
  else if (/^0[oO]/.test(digits)) n = parseInt(digits.slice(2), 8);
  else if (/^0[bB]/.test(digits)) n = parseInt(digits.slice(2), 2);
  else if (digits.startsWith("0")) n = parseInt(digits, 8);
  else n = parseInt(digits, 10);
  return m[1] === "-" ? -n : n;
}

/** capability_from_name(): a number 0..63, or a CAP_ name in any case. */
export function capabilityNumber(word: string): number | null {
  const n = parseIntAuto(word);
  if (n !== null) return n >= 0 && n < 64 ? n : null;
  return CAPABILITY_NUMBER.get(word.toLowerCase()) ?? null;
}

export function addressFamilyNumber(word: string): number | null {
  return ADDRESS_FAMILY_NUMBER.get(word.toUpperCase()) ?? null;
}

function wordRange(w: Word, offset: number): { start: number; end: number } {
  return { start: w.start + offset, end: w.end + offset };
}

/**
 * Splits the value into words as the option's loop does: a quoting error logs systemd's
 * "Invalid syntax" and ends the loop, the words before it still apply. Parsers that drop the
 * whole line on such an error check `complete`.
 */
function wordsOf(ctx: OptionContext, text: string, offset: number, unquote: boolean): Word[] & { complete?: boolean } {
  const { words, errorAt } = splitWords(text, { unquote });
  const result: Word[] & { complete?: boolean } = words;
  result.complete = errorAt === null;
  if (errorAt !== null) ctx.warn("invalid-syntax", `Invalid syntax, ignoring: ${text}`, text, { start: offset, end: offset + text.length });
  return result;
}

/**
 * Expands specifiers, logging systemd's message when one cannot be resolved. `quote` is how the
 * setting's parser quotes the text in that message, which differs from parser to parser.
 */
function expand(ctx: OptionContext, text: string, opts: { range?: { start: number; end: number }; fatal?: boolean; quote?: "'" | '"' | "" } = {}): string | null {
  const r = expandSpecifiers(text, ctx.specifiers);
  if (r.ok) return r.value;
  const q = opts.quote ?? "";
  const fatal = opts.fatal ?? false;
  ctx.warn("unresolved-specifier", `Failed to resolve unit specifiers in ${q}${text}${q}${fatal ? "" : ", ignoring"}: Invalid slot`, r.specifier, opts.range, fatal);
  return null;
}

const boolOption = (field: BoolField | "removeIpc" | "dynamicUser" | "defaultDependencies"): OptionParser => (ctx) => {
  const b = parseBoolean(ctx.value);
  if (b === null) {
    // DynamicUser= is the one boolean systemd treats as fatal.
    const fatal = field === "dynamicUser";
    ctx.warn("invalid-boolean", fatal ? `Failed to parse boolean value: ${ctx.value}` : parseErrorText(ctx, `Failed to parse boolean value, ignoring: ${ctx.value}`), ctx.value, undefined, fatal);
    return;
  }
  const target =
    field === "dynamicUser" ? ctx.settings.dynamicUser
    : field === "defaultDependencies" ? ctx.settings.defaultDependencies
    : ctx.settings.bools[field];
  target.value = b;
  target.src = ctx.at;
};

/**
 * A boolean-like sandboxing key, read as the release reads it (VALUE_GRAMMARS): a plain boolean
 * in 252, a tristate (PrivateMounts= from 254) or booleans plus words (PrivateTmp=disconnected,
 * PrivateUsers=identity, ProtectControlGroups=strict, ProtectHostname=private:NAME, ...).
 */
const modeOption = (field: ModeField, key: string): OptionParser => (ctx) => {
  const g = ctx.release.grammar(key);
  if (!g) return boolOption(field)(ctx);
  const b = parseBoolean(ctx.value);
  const t = ctx.settings.bools[field];
  if (!grammarAccepts(g, ctx.value, b !== null)) {
    ctx.warn(g.grammar === "tristate-bool" ? "invalid-boolean" : "invalid-enum", grammarRejection(g, key, ctx.value), ctx.value);
    return;
  }
  const badHostname = invalidHostnameIn(g, ctx.value);
  if (badHostname !== null) {
    ctx.warn("invalid-value", `Invalid hostname is specified to ${key}=, ignoring: ${badHostname}`, ctx.value);
    return;
  }
  const mode = ctx.value === "" ? null : b !== null ? (b ? "yes" : "no") : ctx.value;
  ctx.settings.modes[field] = mode;
  t.value = mode !== null && mode !== "no";
  t.src = ctx.at;
};

/** DEFINE_CONFIG_PARSE_ENUM, optionally WITH_BOOLEAN (yes/no spellings map to two values). */
const enumOption = (
  pick: (s: UnitSettings) => Tracked<string | null> | Tracked<string>,
  values: readonly string[],
  message: string,
  booleans?: { readonly yes: string; readonly no: string },
): OptionParser => (ctx) => {
  let v: string | undefined;
  if (booleans) {
    const b = parseBoolean(ctx.value);
    if (b !== null) v = b ? booleans.yes : booleans.no;
  }
  if (v === undefined && values.includes(ctx.value)) v = ctx.value;
  if (v === undefined) {
    ctx.warn("invalid-enum", parseErrorText(ctx, `${message}, ignoring: ${ctx.value}`), ctx.value);
    return;
  }
  const t = pick(ctx.settings);
  t.value = v;
  t.src = ctx.at;
};

/**
 * The prologue of systemd's list settings: a leading `~` inverts the list (a deny list instead of
 * an allow list); `offset` is where the words start in the value.
 */
function invertedList(raw: string): { invert: boolean; value: string; offset: number } {
  return raw.startsWith("~") ? { invert: true, value: raw.slice(1), offset: 1 } : { invert: false, value: raw, offset: 0 };
}

function setCapabilities(ctx: OptionContext, set: CapabilitySet, initial: bigint): void {
  const { invert, value, offset } = invertedList(ctx.value);
  // A quoting error silently ends the list; the words before it still count.
  const { words } = splitWords(value, { unquote: true });
  let sum = 0n;
  for (const w of words) {
    const n = capabilityNumber(w.text);
    if (n === null) {
      // systemd drops unknown capability names without a word (only a debug message).
      ctx.warn("unknown-capability", "", w.text, wordRange(w, offset));
      continue;
    }
    sum |= 1n << BigInt(n);
  }
  const touched = sum === 0n || set.mask === initial ? CAP_ALL : sum;
  if (sum === 0n || set.mask === initial) set.mask = invert ? ~sum & CAP_ALL : sum;
  else if (invert) set.mask &= ~sum & CAP_ALL;
  else set.mask |= sum;
  for (let bit = 0; bit < 64; bit++) if ((touched >> BigInt(bit)) & 1n) set.srcByBit[bit] = ctx.at;
}

function parseRestrictNamespaces(ctx: OptionContext): void {
  const ns = ctx.settings.restrictNamespaces;
  const markAll = () => NAMESPACE_TYPES.forEach((t) => ns.srcByType.set(t, ctx.at));
  if (ctx.value === "") {
    ns.allowed = null;
    markAll();
    return;
  }
  const b = parseBoolean(ctx.value);
  if (b !== null) {
    ns.allowed = b ? new Set() : new Set(NAMESPACE_TYPES);
    markAll();
    return;
  }
  const { invert, value } = invertedList(ctx.value);
  const { words, errorAt } = splitWords(value, {});
  const known = [...NAMESPACE_TYPES, "time"];
  const bad = errorAt !== null ? value : words.find((w) => !known.includes(w.text))?.text;
  if (bad !== undefined) {
    ctx.warn("invalid-namespace", `Failed to parse namespace type string, ignoring: ${value}`, bad);
    return;
  }
  // "time" is a namespace type, but none of the checks looks at it.
  const flags = words.map((w) => w.text).filter((t): t is NamespaceType => t !== "time");
  if (ns.allowed === null) {
    ns.allowed = new Set(invert ? NAMESPACE_TYPES.filter((t) => !flags.includes(t)) : flags);
    markAll();
  } else {
    for (const f of flags) {
      if (invert) ns.allowed.delete(f);
      else ns.allowed.add(f);
      ns.srcByType.set(f, ctx.at);
    }
  }
}

function parseAddressFamilies(ctx: OptionContext): void {
  const raf = ctx.settings.restrictAddressFamilies;
  raf.src = ctx.at;
  if (ctx.value === "") {
    raf.families = null;
    raf.allowList = false;
    return;
  }
  if (ctx.value === "none") {
    raf.families = null;
    raf.allowList = true;
    return;
  }
  const { invert, value, offset } = invertedList(ctx.value);
  if (raf.families === null) {
    raf.families = new Set();
    raf.allowList = !invert;
  }
  const words = wordsOf(ctx, value, offset, true);
  for (const w of words) {
    const af = addressFamilyNumber(w.text);
    if (af === null) {
      if (ctx.release.addressFamilyError === "stop-line") {
        ctx.warn("unknown-address-family", `Failed to parse address family, ignoring: ${ctx.value}`, w.text, wordRange(w, offset));
        return;
      }
      ctx.warn("unknown-address-family", `Failed to parse address family, ignoring: ${w.text}`, w.text, wordRange(w, offset));
      continue;
    }
    if (!invert === raf.allowList) raf.families.add(af);
    else raf.families.delete(af);
  }
}

const ERRNO_BY_NAME = new Map(Object.entries(ERRNO_NUMBERS).map(([k, v]) => [k.toUpperCase(), v]));

/** seccomp_parse_errno_or_action(): "kill", an errno name in any case, or a number 0..4095. */
export function parseErrno(s: string): number | null {
  if (s === "kill") return 4096 + 1;
  const named = ERRNO_BY_NAME.get(s.toUpperCase());
  if (named !== undefined) return named;
  const n = parseIntAuto(s);
  return n !== null && n >= 0 && n <= 4095 ? n : null;
}

/** Every system call name libseccomp knows, numbered (native ones first). */
/** Every name any release's libseccomp knows, so one index serves all releases. */
const SYSCALL_NAMES: readonly string[] = [
  ...new Set(Array.from({ length: NEWEST_RELEASE - OLDEST_RELEASE + 1 }, (_, i) => releaseOf(OLDEST_RELEASE + i)).flatMap((r) => [...r.nativeSyscalls, ...r.foreignSyscalls])),
];
const SYSCALL_INDEX = new Map(SYSCALL_NAMES.map((name, i) => [name, i]));
const ABSENT = -2;

/**
 * The system calls a SystemCallFilter= names, each with its errno (-1: none): a map from name
 * to errno, kept as an array over the known names so that a group of hundreds is one loop.
 */
export class SyscallEntries {
  private readonly errnos = new Int32Array(SYSCALL_NAMES.length).fill(ABSENT);
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(name: string): number | undefined {
    const i = SYSCALL_INDEX.get(name);
    if (i === undefined) return undefined;
    const e = this.errnos[i]!;
    return e === ABSENT ? undefined : e;
  }

  /** Sets (or, for undefined, removes) the entries of some system calls by number. */
  put(indices: Int32Array, errno: number | undefined): void {
    const value = errno ?? ABSENT;
    for (let k = 0; k < indices.length; k++) {
      const i = indices[k]!;
      const was = this.errnos[i]!;
      if (was === ABSENT && value !== ABSENT) this.count++;
      else if (was !== ABSENT && value === ABSENT) this.count--;
      this.errnos[i] = value;
    }
  }

  /** The names with their errnos, in numbering order. */
  *entries(): IterableIterator<[string, number]> {
    for (let i = 0; i < this.errnos.length; i++) if (this.errnos[i] !== ABSENT) yield [SYSCALL_NAMES[i]!, this.errnos[i]!];
  }
}

const GROUP_SYSCALLS = new Map<Release, ReadonlyMap<string, Int32Array>>();

/** Each group's members, nested groups expanded, keeping only names the release's libseccomp knows (systemd skips the rest). */
function groupSyscalls(release: Release): ReadonlyMap<string, Int32Array> {
  let groups = GROUP_SYSCALLS.get(release);
  if (groups) return groups;
  const known = (m: string) => release.nativeSyscalls.has(m) || release.foreignSyscalls.has(m);
  groups = new Map(
    Object.keys(release.syscallGroups).map((g) => {
      const out: number[] = [];
      const walk = (name: string): void => {
        for (const m of release.syscallGroups[name]!.members) {
          if (m.startsWith("@")) walk(m);
          else if (known(m)) out.push(SYSCALL_INDEX.get(m)!);
        }
      };
      walk(g);
      return [g, Int32Array.from(out)];
    }),
  );
  GROUP_SYSCALLS.set(release, groups);
  return groups;
}

function addSyscall(release: Release, entries: SyscallEntries, name: string, errno: number, invert: boolean, allowList: boolean): boolean {
  const single = syscallKnown(name, release) ? SYSCALL_INDEX.get(name) : undefined;
  const members = name.startsWith("@") ? groupSyscalls(release).get(name) : single !== undefined ? Int32Array.of(single) : undefined;
  if (!members) return false;
  const put = !invert === allowList || (invert && allowList && errno >= 0);
  entries.put(members, put ? errno : undefined);
  return true;
}

function parseSystemCallFilter(ctx: OptionContext): void {
  const f = ctx.settings.systemCallFilter;
  f.src = ctx.at;
  if (ctx.value === "") {
    f.entries = null;
    f.allowList = false;
    return;
  }
  const { invert, value, offset } = invertedList(ctx.value);
  if (f.entries === null) {
    f.entries = new SyscallEntries();
    f.allowList = !invert;
    if (f.allowList) addSyscall(ctx.release, f.entries, "@default", -1, false, true);
  }
  const words = wordsOf(ctx, value, offset, false);
  for (const w of words) {
    const colon = w.text.indexOf(":");
    let name = w.text;
    let errno = -1;
    if (colon >= 0) {
      const e = parseErrno(w.text.slice(colon + 1));
      name = w.text.slice(0, colon);
      if (e === null || name === "") {
        ctx.warn("invalid-syscall-errno", `Failed to parse syscall:errno, ignoring: ${w.text}`, w.text, wordRange(w, offset));
        continue;
      }
      errno = e;
    } else if (name === "") continue;
    if (!invert && errno >= 0) {
      ctx.warn("allow-list-errno", `Allow-listed system calls cannot take error number, ignoring: ${w.text}`, w.text, wordRange(w, offset));
      continue;
    }
    if (!addSyscall(ctx.release, f.entries, name, errno, invert, f.allowList)) {
      if (name.startsWith("@")) ctx.warn("unknown-syscall-group", `Unknown system call group, ignoring: ${name}`, name, wordRange(w, offset));
      else ctx.warn("unknown-syscall", ctx.release.parseErrors === "classic" ? `Failed to parse system call, ignoring: ${name}` : `System call ${name} is not known, ignoring.`, name, wordRange(w, offset));
    }
  }
}

function parseSyscallArchitectures(ctx: OptionContext): void {
  const t = ctx.settings.systemCallArchitectures;
  t.src = ctx.at;
  if (ctx.value === "") {
    t.value = new Set();
    return;
  }
  const words = wordsOf(ctx, ctx.value, 0, true);
  for (const w of words) {
    if (!ARCHITECTURES.has(w.text)) {
      ctx.warn("unknown-architecture", `Failed to parse system call architecture "${w.text}", ignoring: Invalid argument`, w.text, wordRange(w, 0));
      continue;
    }
    t.value.add(w.text);
  }
}

/** inet_pton() for IPv4: four decimal parts 0..255, no leading zeros. */
function parseIPv4(s: string): number[] | null {
  const parts = s.split(".");
  if (parts.length !== 4) return null;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^[0-9]{1,3}$/.test(p) || (p.length > 1 && p.startsWith("0"))) return null;
    const n = Number(p);
    if (n > 255) return null;
    out.push(n);
  }
  return out;
}

/** inet_pton() for IPv6, including `::` and a trailing dotted IPv4 part. */
function parseIPv6(s: string): number[] | null {
  if (!/^[0-9A-Fa-f:.]+$/.test(s)) return null;
  const dbl = s.indexOf("::");
  if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) return null;
  const parseGroups = (part: string): number[] | null => {
    if (part === "") return [];
    const groups = part.split(":");
    const out: number[] = [];
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      if (i === groups.length - 1 && g.includes(".")) {
        const v4 = parseIPv4(g);
        if (!v4) return null;
        out.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
      } else {
        if (!/^[0-9A-Fa-f]{1,4}$/.test(g)) return null;
        out.push(parseInt(g, 16));
      }
    }
    return out;
  };
  let groups: number[];
  if (dbl >= 0) {
    const head = parseGroups(s.slice(0, dbl));
    const tail = parseGroups(s.slice(dbl + 2));
    if (!head || !tail || head.length + tail.length > 7) return null;
    groups = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  } else {
    const all = parseGroups(s);
    if (!all || all.length !== 8) return null;
    groups = all;
  }
  return groups.flatMap((g) => [g >> 8, g & 0xff]);
}

function parsePrefix(word: string): IpPrefix | null {
  const slash = word.indexOf("/");
  const addr = slash < 0 ? word : word.slice(0, slash);
  const v4 = parseIPv4(addr);
  const bytes = v4 ?? parseIPv6(addr);
  if (!bytes) return null;
  const family = v4 ? 4 : 6;
  const max = family === 4 ? 32 : 128;
  let prefixLength = max;
  if (slash >= 0) {
    const len = parseIntAuto(word.slice(slash + 1));
    if (len === null || len < 0 || len > max || /^[ \t\n\r+-]/.test(word.slice(slash + 1))) return null;
    prefixLength = len;
  }
  // The address is stored masked to its prefix.
  const masked = bytes.map((b, i) => {
    const bits = Math.max(0, Math.min(8, prefixLength - i * 8));
    return b & ((0xff << (8 - bits)) & 0xff);
  });
  return { family, bytes: masked, prefixLength };
}

const SHORTCUTS: Readonly<Record<string, readonly string[]>> = {
  any: ["0.0.0.0/0", "::/0"],
  "link-local": ["169.254.0.0/16", "fe80::/64"],
  multicast: ["224.0.0.0/4", "ff00::/8"],
};

export function isLocalhostName(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, "");
  return w === "localhost" || w === "localhost.localdomain" || w.endsWith(".localhost") || w.endsWith(".localhost.localdomain");
}

const ipPrefixes = (pick: (s: UnitSettings) => Tracked<IpPrefix[]>): OptionParser => (ctx) => {
  const t = pick(ctx.settings);
  t.src = ctx.at;
  if (ctx.value === "") {
    t.value = [];
    return;
  }
  const words = wordsOf(ctx, ctx.value, 0, false);
  for (const w of words) {
    const shortcut = (Object.hasOwn(SHORTCUTS, w.text) ? SHORTCUTS[w.text] : undefined) ?? (isLocalhostName(w.text) ? ["127.0.0.0/8", "::1/128"] : null);
    const prefixes = (shortcut ?? [w.text]).map(parsePrefix);
    if (prefixes.some((p) => p === null)) {
      const text = ctx.release.parseErrors === "classic"
        ? `Address prefix is invalid, ignoring assignment: ${w.text}`
        : `Invalid address prefix is specified in [${ctx.at.assignment.section}] ${ctx.at.assignment.key}=, ignoring assignment: ${w.text}`;
      ctx.warn("invalid-address-prefix", text, w.text, wordRange(w, 0));
      continue;
    }
    t.value.push(...(prefixes as IpPrefix[]));
  }
};

/** path_simplify(): collapse slashes, drop "." components and a trailing slash. */
export function simplifyPath(p: string): string {
  const abs = p.startsWith("/");
  const parts = p.split("/").filter((c) => c !== "" && c !== ".");
  const joined = parts.join("/");
  return abs ? "/" + joined : joined || ".";
}

function checkedPath(ctx: OptionContext, raw: string, key: string, fatal: boolean): string | null {
  const p = expand(ctx, raw, { fatal, quote: "'" });
  if (p === null) return null;
  const suffix = fatal ? "" : ", ignoring";
  if (!p.startsWith("/")) {
    ctx.warn("invalid-path", `${key}= path is not absolute${suffix}: ${p}`, p, undefined, fatal);
    return null;
  }
  const simple = simplifyPath(p);
  if (simple.split("/").includes("..")) {
    ctx.warn("invalid-path", `${key}= path is not normalized${suffix}: ${simple}`, simple, undefined, fatal);
    return null;
  }
  return simple;
}

const pathOption = (pick: (s: UnitSettings) => Tracked<string | null>, key: string): OptionParser => (ctx) => {
  const t = pick(ctx.settings);
  if (ctx.value === "") {
    t.value = null;
    t.src = ctx.at;
    return;
  }
  const p = checkedPath(ctx, ctx.value, key, true);
  if (p === null) return;
  t.value = p;
  t.src = ctx.at;
};

const pathListOption = (pick: (s: UnitSettings) => Tracked<string[]>, key: string): OptionParser => (ctx) => {
  const t = pick(ctx.settings);
  t.src = ctx.at;
  if (ctx.value === "") {
    t.value = [];
    return;
  }
  const p = checkedPath(ctx, ctx.value, key, false);
  if (p !== null) t.value.push(p);
};

function parseDeviceAllow(ctx: OptionContext): void {
  const d = ctx.settings.deviceAllow;
  if (ctx.value === "") {
    d.entries = [];
    d.src = ctx.at;
    return;
  }
  const r = extractWord(ctx.value, 0, { unquote: true });
  if (r.kind !== "word") {
    ctx.warn("invalid-syntax", `Failed to extract device path and rights from '${ctx.value}', ignoring.`, ctx.value);
    return;
  }
  const first = r.word;
  const range = wordRange(first, 0);
  const expanded = expand(ctx, first.text, { range, quote: "'" });
  if (expanded === null) return;
  let path = expanded;
  if (!path.startsWith("block-") && !path.startsWith("char-")) {
    const simple = simplifyPath(path);
    if (simple.split("/").includes("..")) {
      ctx.warn("invalid-device-path", `DeviceAllow= path is not normalized, ignoring: ${simple}`, simple, range);
      return;
    }
    path = simple;
    if (!(path === "/dev" || path.startsWith("/dev/") || path.startsWith("/run/systemd/inaccessible/"))) {
      ctx.warn("invalid-device-path", `Invalid device node path '${path}', ignoring.`, path, range);
      return;
    }
  }
  const rest = ctx.value.slice(r.next);
  if (rest !== "" && !/^[rwm]+$/.test(rest)) {
    ctx.warn("invalid-device-rights", `Invalid device rights '${rest}', ignoring.`, rest, { start: r.next, end: ctx.value.length });
    return;
  }
  const mode = rest === "" ? "rwm" : ["r", "w", "m"].filter((c) => rest.includes(c)).join("");
  d.entries.push({ path, mode, src: ctx.at });
  d.src = ctx.at;
}

function parseDelegate(ctx: OptionContext): void {
  const t = ctx.settings.delegate;
  if (ctx.value === "") {
    t.value = true;
    t.src = ctx.at;
    return;
  }
  const b = parseBoolean(ctx.value);
  if (b !== null) {
    t.value = b;
    t.src = ctx.at;
    return;
  }
  const words = wordsOf(ctx, ctx.value, 0, true);
  if (!words.complete) return;
  for (const w of words) {
    if (!CGROUP_CONTROLLERS.has(w.text)) ctx.warn("invalid-controller", `Invalid controller name '${w.text}', ignoring`, w.text, wordRange(w, 0));
  }
  t.value = true;
  t.src = ctx.at;
}

/** parse_uid(): a decimal uid without sign or leading zero, not -1 and not 65535. */
function isNumericUid(s: string): boolean {
  if (!/^(0|[1-9][0-9]*)$/.test(s)) return false;
  const n = Number(s);
  return n < 4294967295 && n !== 65535;
}

/** valid_user_group_name() with VALID_USER_RELAX|VALID_USER_ALLOW_NUMERIC: what User= accepts. */
export function isRelaxedUserName(s: string): boolean {
  if (s === "") return false;
  if (isNumericUid(s)) return true;
  if (s.startsWith(" ") || s.endsWith(" ")) return false;
  if (/[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(s)) return false;
  if (s.includes(":") || s.includes("/")) return false;
  if (/^[0-9]+$/.test(s) || /^-[0-9]*$/.test(s)) return false;
  return s !== "." && s !== "..";
}

function parseUser(ctx: OptionContext): void {
  const t = ctx.settings.user;
  if (ctx.value === "") {
    t.value = null;
    t.src = ctx.at;
    return;
  }
  const k = expand(ctx, ctx.value, { fatal: true });
  if (k === null) return;
  if (!isRelaxedUserName(k)) {
    ctx.warn("invalid-user", `Invalid user/group name or numeric ID: ${k}`, k, undefined, true);
    return;
  }
  if (k === "nobody") ctx.warn("nobody-user", "Special user nobody configured, this is not safe!", k);
  t.value = k;
  t.src = ctx.at;
}

function parseSupplementaryGroups(ctx: OptionContext): void {
  const t = ctx.settings.supplementaryGroups;
  if (ctx.value === "") {
    t.value = [];
    t.src = ctx.at;
    return;
  }
  const words = wordsOf(ctx, ctx.value, 0, false);
  for (const w of words) {
    const range = wordRange(w, 0);
    const k = expand(ctx, w.text, { range, fatal: true });
    if (k === null) return;
    if (!isRelaxedUserName(k)) {
      ctx.warn("invalid-user", `Invalid user/group name or numeric ID: ${k}`, k, range, true);
      return;
    }
    t.value.push(k);
    t.src = ctx.at;
  }
}

/** filename_is_valid() && fdname_is_valid(): what a credential name must be. */
function isCredentialName(s: string): boolean {
  return s !== "" && s !== "." && s !== ".." && s.length <= 255 && !s.includes("/") && !s.includes(":") && /^[\x20-\x7e]+$/.test(s);
}

/** LoadCredential[Encrypted]= and SetCredential[Encrypted]=: which credential ids are encrypted. */
const credentialOption = (kind: "load" | "set", encrypted: boolean): OptionParser => (ctx) => {
  const creds = ctx.settings.credentials[kind];
  if (ctx.value === "") {
    creds.clear();
    return;
  }
  const colon = ctx.value.indexOf(":");
  const word = colon < 0 ? ctx.value : ctx.value.slice(0, colon);
  const rest = colon < 0 ? "" : ctx.value.slice(colon + 1);
  if (word === "" || (kind === "set" && rest === "")) {
    ctx.warn("invalid-syntax", `Invalid syntax, ignoring: ${ctx.value}`, ctx.value);
    return;
  }
  const id = expand(ctx, word, { quote: '"' });
  if (id === null) return;
  if (!isCredentialName(id)) {
    ctx.warn("invalid-syntax", `Credential name "${id}" not valid, ignoring.`, id);
    return;
  }
  if (kind === "set" && encrypted && !/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(rest)) {
    ctx.warn("invalid-syntax", "Encrypted credential data not valid Base64 data, ignoring.", rest);
    return;
  }
  if (kind === "load" && rest !== "") {
    const src = expand(ctx, rest, { quote: '"' });
    if (src === null) return;
    if (src.startsWith("/") ? simplifyPath(src).split("/").includes("..") : !isCredentialName(src)) {
      ctx.warn("invalid-syntax", `Credential source "${src}" not valid, ignoring.`, src);
      return;
    }
  }
  creds.set(id, encrypted);
  ctx.settings.encryptedCredentials.src = ctx.at;
};

/** MountImages=: only whether an image is configured matters to the checks. */
function parseMountImages(ctx: OptionContext): void {
  const t = ctx.settings.mountImages;
  if (ctx.value === "") {
    t.value = false;
    t.src = ctx.at;
    return;
  }
  const { words, errorAt } = splitWords(ctx.value, { unquote: true, retainEscape: true });
  if (errorAt !== null) {
    ctx.warn("invalid-syntax", `Invalid syntax MountImages=${ctx.value}, ignoring: Invalid argument`, ctx.value);
    return;
  }
  for (const w of words) {
    const [first = "", second = ""] = w.text.split(":");
    const source = first.startsWith("-") ? first.slice(1) : first;
    const range = wordRange(w, 0);
    const s = expand(ctx, source, { range, quote: '"' });
    if (s === null) continue;
    if (!s.startsWith("/") || simplifyPath(s).split("/").includes("..")) {
      ctx.warn("invalid-path", `MountImages= path is not ${s.startsWith("/") ? "normalized" : "absolute"}, ignoring: ${s}`, s, range);
      continue;
    }
    if (second === "") {
      ctx.warn("invalid-syntax", `Missing destination in MountImages, ignoring: ${ctx.value}`, w.text, range);
      continue;
    }
    const d = expand(ctx, second, { range, quote: '"' });
    if (d === null) continue;
    if (!d.startsWith("/") || simplifyPath(d).split("/").includes("..")) {
      ctx.warn("invalid-path", `MountImages= path is not ${d.startsWith("/") ? "normalized" : "absolute"}, ignoring: ${d}`, d, range);
      continue;
    }
    t.value = true;
    t.src = ctx.at;
  }
}

function parseUMask(ctx: OptionContext): void {
  const v = ctx.value;
  if (!/^[0-7]+$/.test(v) || parseInt(v, 8) > 0o7777) {
    ctx.warn("invalid-mode", parseErrorText(ctx, `Failed to parse mode value, ignoring: ${v}`), v);
    return;
  }
  ctx.settings.umask.value = parseInt(v, 8);
  ctx.settings.umask.src = ctx.at;
}

const stringOption = (pick: (s: UnitSettings) => Tracked<string | null>): OptionParser => (ctx) => {
  const t = pick(ctx.settings);
  t.value = ctx.value === "" ? null : ctx.value;
  t.src = ctx.at;
};

function isFilename(s: string): boolean {
  return s !== "" && s !== "." && s !== ".." && !s.includes("/") && s.length <= 255;
}

/**
 * config_parse_exec(): one Exec*= line, which may hold several commands separated by `;`. Only
 * what decides whether systemd accepts the unit is kept: how many commands, and fatal errors.
 */
function parseCommand(ctx: OptionContext, key: string): void {
  const list = ctx.settings.commands.get(key) ?? [];
  ctx.settings.commands.set(key, list);
  const value = ctx.value;
  if (value === "") {
    list.length = 0;
    return;
  }
  const flags = { unquote: true, cunescape: true };
  let p = 0;
  let semicolon: boolean;
  do {
    semicolon = false;
    let r = extractWord(value, p, flags);
    if (r.kind === "error") r = extractWord(value, p, { ...flags, unescapeRelax: true });
    if (r.kind === "error") {
      ctx.warn("invalid-syntax", `Unbalanced quoting, ignoring: "${value}"`, value);
      return;
    }
    if (r.kind === "end") return;
    p = r.next;
    if (r.word.text === ";") {
      semicolon = true;
      continue;
    }
    let f = r.word.text;
    let ignore = false;
    let argv0 = false;
    let noEnv = false;
    let privileged = 0;
    for (;;) {
      const c = f[0];
      if (c === "-" && !ignore) ignore = true;
      else if (c === "@" && !argv0) argv0 = true;
      else if (c === ":" && !noEnv) noEnv = true;
      else if (c === "+" && privileged === 0) privileged = 1;
      else if (c === "!" && privileged === 0) privileged = 2;
      else if (c === "!" && privileged === 2) privileged = 3;
      else break;
      f = f.slice(1);
    }
    const suffix = ignore ? ", ignoring" : "";
    if (privileged === 3 && ctx.release.doubleBang === "ignored") {
      ctx.warn("removed-modifier", `The !! modifier for ${key}= lines is no longer supported and is now ignored. Please update your unit files and remove the modifier.`, "!!");
    }
    const fail = (message: string): void => ctx.warn("invalid-command", message, f, undefined, !ignore);
    const path = expandSpecifiers(f, ctx.specifiers);
    if (!path.ok) return fail(`Failed to resolve unit specifiers in '${f}'${suffix}: Invalid slot`);
    if (path.value === "") return fail(`Empty path in command line${suffix}: '${value}'`);
    if (/[\x00-\x1f\x7f"'\\]/.test(path.value)) return fail(`Executable name contains special characters${suffix}: ${path.value}`);
    if (path.value.endsWith("/")) return fail(`Executable path specifies a directory${suffix}: ${path.value}`);
    if (!(path.value.startsWith("/") ? path.value.length < 4096 : isFilename(path.value))) {
      return fail(`Neither a valid executable name nor an absolute path${suffix}: ${path.value}`);
    }
    let args = argv0 ? 0 : 1;
    while (p < value.length) {
      const rest = value.slice(p);
      if (/^;([ \t\n\r]|$)/.test(rest)) {
        p += 1;
        while (p < value.length && " \t\n\r".includes(value[p]!)) p++;
        semicolon = true;
        break;
      }
      if (/^\\;([ \t\n\r]|$)/.test(rest)) {
        p += 2;
        while (p < value.length && " \t\n\r".includes(value[p]!)) p++;
        args++;
        continue;
      }
      let w = extractWord(value, p, flags);
      if (w.kind === "error") w = extractWord(value, p, { ...flags, unescapeRelax: true });
      if (w.kind === "end") break;
      if (w.kind === "error") {
        ctx.warn("invalid-syntax", `Unbalanced quoting, ignoring: "${value}"`, value, undefined, !ignore);
        return;
      }
      p = w.next;
      const arg = expandSpecifiers(w.word.text, ctx.specifiers);
      // From 257 the argument is quoted in the message.
      const q = ctx.release.parseErrors === "classic" ? "" : "'";
      if (!arg.ok) return fail(`Failed to resolve unit specifiers in ${q}${w.word.text}${q}${suffix}: Invalid slot`);
      args++;
    }
    if (args === 0) return fail(`Empty executable name or zeroeth argument${suffix}: ${value}`);
    list.push(ctx.at);
  } while (semicolon);
}

const SERVICE_TYPES = ["simple", "forking", "oneshot", "dbus", "notify", "idle", "exec"];

/**
 * The parsers for every key the exposure checks read, keyed by `Section.Key`. `Exec` stands for
 * any section with an execution context (Service, Socket, Mount, Swap), `CGroup` for a cgroup
 * context (those and Slice, Scope).
 */
export const OPTION_PARSERS: ReadonlyMap<string, OptionParser> = new Map<string, OptionParser>([
  ["Unit.DefaultDependencies", boolOption("defaultDependencies")],
  ["Exec.User", parseUser],
  ["Exec.DynamicUser", boolOption("dynamicUser")],
  ["Exec.SupplementaryGroups", parseSupplementaryGroups],
  ["Exec.CapabilityBoundingSet", (ctx) => setCapabilities(ctx, ctx.settings.capabilityBoundingSet, CAP_ALL)],
  ["Exec.AmbientCapabilities", (ctx) => setCapabilities(ctx, ctx.settings.ambientCapabilities, 0n)],
  ["Exec.PrivateDevices", boolOption("privateDevices")],
  ["Exec.PrivateMounts", modeOption("privateMounts", "PrivateMounts")],
  ["Exec.PrivateNetwork", boolOption("privateNetwork")],
  ["Exec.PrivateTmp", modeOption("privateTmp", "PrivateTmp")],
  ["Exec.PrivateUsers", modeOption("privateUsers", "PrivateUsers")],
  ["Exec.ProtectControlGroups", modeOption("protectControlGroups", "ProtectControlGroups")],
  ["Exec.ProtectKernelModules", boolOption("protectKernelModules")],
  ["Exec.ProtectKernelTunables", boolOption("protectKernelTunables")],
  ["Exec.ProtectKernelLogs", boolOption("protectKernelLogs")],
  ["Exec.ProtectClock", boolOption("protectClock")],
  ["Exec.ProtectHostname", modeOption("protectHostname", "ProtectHostname")],
  ["Exec.LockPersonality", boolOption("lockPersonality")],
  ["Exec.MemoryDenyWriteExecute", boolOption("memoryDenyWriteExecute")],
  ["Exec.NoNewPrivileges", boolOption("noNewPrivileges")],
  ["Exec.RestrictRealtime", boolOption("restrictRealtime")],
  ["Exec.RestrictSUIDSGID", boolOption("restrictSuidSgid")],
  ["Exec.RemoveIPC", boolOption("removeIpc")],
  ["Exec.ProtectHome", enumOption((s) => s.protectHome, ["no", "yes", "read-only", "tmpfs"], "Failed to parse protect home value", { yes: "yes", no: "no" })],
  ["Exec.ProtectSystem", enumOption((s) => s.protectSystem, ["no", "yes", "full", "strict"], "Failed to parse protect system value", { yes: "yes", no: "no" })],
  ["Exec.ProtectProc", enumOption((s) => s.protectProc, ["noaccess", "invisible", "ptraceable", "default"], "Failed to parse /proc/ protection mode")],
  ["Exec.ProcSubset", enumOption((s) => s.procSubset, ["all", "pid"], "Failed to parse /proc/ subset mode")],
  ["Exec.KeyringMode", enumOption((s) => s.keyringMode, ["inherit", "private", "shared"], "Failed to parse keyring mode")],
  ["Exec.UMask", parseUMask],
  ["Exec.RootDirectory", pathOption((s) => s.rootDirectory, "RootDirectory")],
  ["Exec.RootImage", pathOption((s) => s.rootImage, "RootImage")],
  ["Exec.MountImages", parseMountImages],
  ["Exec.LoadCredential", credentialOption("load", false)],
  ["Exec.LoadCredentialEncrypted", credentialOption("load", true)],
  ["Exec.SetCredential", credentialOption("set", false)],
  ["Exec.SetCredentialEncrypted", credentialOption("set", true)],
  ["Exec.RestrictNamespaces", parseRestrictNamespaces],
  ["Exec.RestrictAddressFamilies", parseAddressFamilies],
  ["Exec.SystemCallFilter", parseSystemCallFilter],
  ["Exec.SystemCallArchitectures", parseSyscallArchitectures],
  ["CGroup.Delegate", parseDelegate],
  ["CGroup.DevicePolicy", enumOption((s) => s.devicePolicy, ["auto", "closed", "strict"], "Failed to parse device policy")],
  ["CGroup.DeviceAllow", parseDeviceAllow],
  ["CGroup.IPAddressDeny", ipPrefixes((s) => s.ipAddressDeny)],
  ["CGroup.IPAddressAllow", ipPrefixes((s) => s.ipAddressAllow)],
  ["CGroup.IPIngressFilterPath", pathListOption((s) => s.ipIngressFilterPath, "IPIngressFilterPath")],
  ["CGroup.IPEgressFilterPath", pathListOption((s) => s.ipEgressFilterPath, "IPEgressFilterPath")],
  ["Service.NotifyAccess", enumOption((s) => s.notifyAccess, ["none", "main", "exec", "all"], "Failed to parse notify access specifier")],
  ["Service.Type", enumOption((s) => s.serviceType, SERVICE_TYPES, "Failed to parse service type")],
  ["Service.Restart", enumOption((s) => s.restart, ["no", "on-success", "on-failure", "on-abnormal", "on-watchdog", "on-abort", "always"], "Failed to parse service restart specifier")],
  ["Service.BusName", stringOption((s) => s.busName)],
  ["Exec.WorkingDirectory", (ctx) => {
    const v = expandSpecifiers(ctx.value.replace(/^-/, ""), ctx.specifiers);
    ctx.settings.workingDirectory = v.ok && v.value !== "" ? v.value : null;
  }],
  ["Service.PIDFile", (ctx) => {
    const v = expandSpecifiers(ctx.value, ctx.specifiers);
    ctx.settings.pidFile = v.ok && v.value.startsWith("/") ? simplifyPath(v.value) : null;
  }],
  ["Unit.SuccessAction", stringOption((s) => s.successAction)],
  ...["ExecStart", "ExecStartPre", "ExecStartPost", "ExecStop", "ExecStopPost", "ExecReload", "ExecCondition"].map(
    (key): [string, OptionParser] => [`Service.${key}`, (ctx) => parseCommand(ctx, key)],
  ),
]);

/** The warning's span in the source, for a range in the value. */
export function warningSpan(a: Assignment, range?: { start: number; end: number }): Span {
  return range ? valueRangeToSpan(a, range.start, range.end) : a.valueSpan.end > a.valueSpan.start ? a.valueSpan : a.span;
}

export { isStrictUserName, type UnitName };
