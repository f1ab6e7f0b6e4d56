/**
 * systemd releases as data: each release from 252 to 262 is the 252 snapshot with the deltas of
 * every later release up to it applied (src/core/data/releases.ts, generated from systemd), and
 * the one place that reads and validates a `systemd-version` list.
 */
import {
  ASSESSMENT_CHANGES,
  RELEASE_DELTAS,
  RELEASE_TRAITS,
  VALUE_GRAMMARS,
  VERIFIED_BUILDS,
} from "./data/releases.js";
import type { AssessmentChange, ReleaseTrait, ValueGrammar } from "./data/release-types.js";
import {
  CAPABILITIES,
  CONFIG_ITEMS,
  SECCOMP_FOREIGN_SYSCALLS,
  SECCOMP_NATIVE_SYSCALLS,
  SYSCALL_GROUPS,
} from "./data/systemd252.js";

export const OLDEST_RELEASE = 252;
export const NEWEST_RELEASE = 262;
export const DEFAULT_RELEASE = 252;

type Group = { readonly description: string; readonly members: readonly string[] };

export interface Release {
  readonly version: number;
  /** The Debian build its data was read from, or null when it is derived from upstream. */
  readonly verified: string | null;
  /** Every `[Section] Key=` the release reads, with its documented kind. */
  readonly configItems: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly syscallGroups: Readonly<Record<string, Group>>;
  readonly nativeSyscalls: ReadonlySet<string>;
  readonly foreignSyscalls: ReadonlySet<string>;
  readonly capabilities: readonly string[];
  /** `Section.Key` of options the release still names only to say they were removed. */
  readonly removedOptions: ReadonlySet<string>;
  /** How the release reads a boolean-like sandboxing key; null: as a plain boolean. */
  grammar(key: string): ValueGrammar | null;
  /** How the release assesses a check where that changed after 252; null: as 252 does. */
  assessment(check: string): AssessmentChange["rule"] | null;
  /** The instance a template file is analysed as (`i` in 252, `test_instance` from 257). */
  readonly templateInstance: string;
  /** The device an encrypted credential adds to the device ACL (null: none). */
  readonly encryptedCredentialDevice: string | null;
  /** An unknown address family: the word is skipped, or the rest of the line is ignored. */
  readonly addressFamilyError: "skip-word" | "stop-line";
  /** Where rows without a description land in the printed order. */
  readonly emptyDescriptions: "merge-order" | "first";
  /** How the loader words a value it cannot parse: each parser's own text, or the generic one. */
  readonly parseErrors: "classic" | "generic";
  /** The `!!` prefix of Exec*= lines: honoured, or ignored with a warning. */
  readonly doubleBang: "supported" | "ignored";
}

/** Options systemd 252 still recognises only to say they are gone (its dump of keys leaves them out). */
const REMOVED_IN_252 = [
  ...["Service", "Socket", "Mount", "Swap"].flatMap((s) => [`${s}.Capabilities`, `${s}.NetClass`]),
  "Slice.NetClass",
  "Scope.NetClass",
  "Unit.IgnoreOnSnapshot",
  "Service.SysVStartPriority",
  "Service.BusPolicy",
];

/**
 * The system calls a release's libseccomp knows, native and foreign (a name in both is native),
 * apart from the rest of `build`: the index of every release's names needs only these.
 */
function syscallsOf(version: number): { native: Set<string>; foreign: Set<string> } {
  const native = new Set(SECCOMP_NATIVE_SYSCALLS);
  const foreign = new Set(SECCOMP_FOREIGN_SYSCALLS);
  for (const d of RELEASE_DELTAS) {
    if (d.version > version) break;
    for (const [set, delta] of [
      [native, d.nativeSyscalls],
      [foreign, d.foreignSyscalls],
    ] as const) {
      for (const n of delta?.added ?? []) set.add(n);
      for (const n of delta?.removed ?? []) set.delete(n);
    }
  }
  for (const n of native) foreign.delete(n);
  return { native, foreign };
}

/**
 * Every system call name any release's libseccomp knows, release by release (native, then
 * foreign), each once. Building each release only for these took 30 ms of every start.
 */
export function everySyscallName(): string[] {
  const names = new Set<string>();
  for (let v = OLDEST_RELEASE; v <= NEWEST_RELEASE; v++) {
    const { native, foreign } = syscallsOf(v);
    for (const n of native) names.add(n);
    for (const n of foreign) names.add(n);
  }
  return [...names];
}

function build(version: number): Release {
  const items: Record<string, Record<string, string>> = Object.fromEntries(
    Object.entries(CONFIG_ITEMS).map(([s, k]) => [s, { ...k }]),
  );
  const groups: Record<string, Group> = { ...SYSCALL_GROUPS };
  const { native, foreign } = syscallsOf(version);
  const removed = new Set(REMOVED_IN_252);
  let capabilities: readonly string[] = CAPABILITIES;
  let verified: string | null = VERIFIED_BUILDS[String(version)] ?? null;
  for (const d of RELEASE_DELTAS) {
    if (d.version > version) break;
    for (const g of d.keys ?? [])
      for (const s of g.sections) Object.assign((items[s] ??= {}), g.keys);
    for (const g of d.keysRemoved ?? []) {
      for (const s of g.sections) {
        for (const k of g.keys) {
          delete items[s]?.[k];
          removed.add(`${s}.${k}`);
        }
      }
    }
    for (const [name, g] of Object.entries(d.syscallGroups ?? {})) {
      if ("members" in g) groups[name] = g;
      else
        groups[name] = {
          ...groups[name]!,
          members: [...groups[name]!.members.filter((m) => !g.removed.includes(m)), ...g.added],
        };
    }
    if (d.capabilities) capabilities = d.capabilities;
  }
  const grammars = new Map<string, ValueGrammar>();
  for (const g of VALUE_GRAMMARS) if (g.since <= version) grammars.set(g.key, g);
  const assessments = new Map<string, AssessmentChange["rule"]>();
  for (const a of ASSESSMENT_CHANGES) if (a.since <= version) assessments.set(a.check, a.rule);
  verified ??= null;
  const trait = <T extends ReleaseTrait["trait"]>(name: T) =>
    RELEASE_TRAITS.filter(
      (t): t is Extract<ReleaseTrait, { trait: T }> => t.trait === name && t.since <= version,
    ).at(-1)!.value;
  return {
    templateInstance: trait("templateInstance") as string,
    encryptedCredentialDevice: trait("encryptedCredentialDevice"),
    addressFamilyError: trait("addressFamilyError") as Release["addressFamilyError"],
    emptyDescriptions: trait("emptyDescriptions") as Release["emptyDescriptions"],
    parseErrors: trait("parseErrors") as Release["parseErrors"],
    doubleBang: trait("doubleBang") as Release["doubleBang"],
    version,
    verified,
    configItems: items,
    syscallGroups: groups,
    nativeSyscalls: native,
    foreignSyscalls: foreign,
    capabilities,
    removedOptions: removed,
    grammar: (key) => grammars.get(key) ?? null,
    assessment: (check) => assessments.get(check) ?? null,
  };
}

const RELEASES = new Map<number, Release>();

/** The release `version` (252..262). */
export function releaseOf(version: number = DEFAULT_RELEASE): Release {
  let r = RELEASES.get(version);
  if (!r) {
    if (!isSupported(version))
      throw new RangeError(
        `systemd ${version} is not a release harden-units knows (${OLDEST_RELEASE}-${NEWEST_RELEASE})`,
      );
    RELEASES.set(version, (r = build(version)));
  }
  return r;
}

export function isSupported(version: number): boolean {
  return Number.isInteger(version) && version >= OLDEST_RELEASE && version <= NEWEST_RELEASE;
}

/**
 * 252 as `systemd-analyze security UNIT` (online, on a live host) scores: PID 1 reports
 * PrivateMounts= on when other settings imply a mount namespace, which --offline does not see.
 */
export function onlineVariant(release: Release): Release | null {
  if (release.assessment("PrivateMounts") !== null) return null; // from 254 offline already agrees
  return {
    ...release,
    assessment: (check) =>
      check === "PrivateMounts" ? "implied-online" : release.assessment(check),
  };
}

/** The releases whose data was read from a Debian build of them (the rest are derived). */
export const VERIFIED_RELEASES: readonly number[] = Object.keys(VERIFIED_BUILDS)
  .map(Number)
  .sort((a, b) => a - b);

/** The oldest release the units must run on. */
export function floorOf(versions: readonly number[] | undefined): number {
  return versions && versions.length > 0 ? Math.min(...versions) : DEFAULT_RELEASE;
}

/** The first release (252..262) that reads `Key=` in `section`, or null when none does. */
export function keySince(section: string, key: string): number | null {
  for (let v = OLDEST_RELEASE; v <= NEWEST_RELEASE; v++)
    if (Object.hasOwn(releaseOf(v).configItems[section] ?? {}, key)) return v;
  return null;
}

/** Whether a release's grammar accepts `value` for a boolean-like key it reads with one. */
export function grammarAccepts(g: ValueGrammar | null, value: string, isBoolean: boolean): boolean {
  if (isBoolean) return true;
  if (value === "")
    return (
      g !== null &&
      (g.grammar === "tristate-bool" || g.grammar === "enum-reset" || g.grammar === "enum-terse")
    );
  if (!g) return false;
  return g.words.includes(value) || (g.grammar === "enum-terse" && value.startsWith("private:"));
}

/** What the release logs for a value its grammar rejects (after `FILE:LINE: `). */
export function grammarRejection(g: ValueGrammar | null, key: string, value: string): string {
  if (!g || g.grammar === "bool") return `Failed to parse boolean value, ignoring: ${value}`;
  if (g.grammar === "tristate-bool")
    return `Failed to parse boolean value for ${key}=, ignoring: ${value}`;
  if (g.grammar === "enum-terse") return `Failed to parse ${key}=${value}, ignoring.`;
  return `Failed to parse ${key}=${value}, ignoring: Invalid argument`;
}

/** For `private:NAME` of a grammar that takes it: NAME when it is not a valid hostname, else null. */
export function invalidHostnameIn(g: ValueGrammar | null, value: string): string | null {
  if (g?.grammar !== "enum-terse" || !value.startsWith("private:")) return null;
  const name = value.slice("private:".length);
  const valid =
    name.length > 0 &&
    name.length <= 64 &&
    /^[A-Za-z0-9_][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/.test(name);
  return valid ? null : name;
}
