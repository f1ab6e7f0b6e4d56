/**
 * The policy: `.github/harden-units.ini` (read with `ini`), and systemd-analyze's own
 * `--security-policy` JSON. Pure: both are handed in as text. A malformed file is an error that
 * names the file and line, never a silent default.
 *
 *   max-exposure = 5.0
 *   fail-on = warning                ; error | warning | notice | never
 *   fail-on-increase = true
 *   profile = strict                 ; baseline | strict
 *   systemd-version = 252 257       ; one version or several; the oldest is the floor
 *   skip-checks = PrivateNetwork     ; excluded from the score, as weight 0 in systemd's policy
 *   skip-rules = widens-exposure
 *   security-policy = .github/security-policy.json
 *   hardening-exclude = deploy/legacy-*.service   ; left out of the fix: pull-request pull request
 *
 *   [require]
 *   settings = MemoryMax TasksMax
 *
 *   [waivers]
 *   deploy/legacy-*.service = PrivateNetwork deprecated-option -- migrating in Q3
 */
import { decode } from "ini";
import { CHECKS_BY_ID } from "./checks/table.js";
import type { PolicyOverride, SecurityPolicy } from "./checks/score.js";
import { RULES_BY_ID } from "./lint/rules.js";
import { matchesGlob } from "./glob.js";
import { InvalidValue, VALIDATE, VALIDATE_POLICY, type FailOn, type Profile } from "./options.js";

export type { FailOn, Profile } from "./options.js";

export interface Waiver {
  readonly glob: string;
  readonly checks: readonly string[];
  readonly rules: readonly string[];
  readonly reason: string;
  readonly line: number;
}

/** The values a policy file sets that an input or a command-line option may also give (which wins). */
export interface PolicyValues {
  readonly maxExposure?: number;
  readonly failOn?: FailOn;
  readonly failOnIncrease?: boolean;
  readonly profile?: Profile;
  /** The listed systemd versions, sorted (the first is the floor). */
  readonly systemdVersions?: readonly number[];
}

export interface Policy extends PolicyValues {
  /** The file it came from, for messages. */
  readonly source: string;
  readonly skipChecks: readonly string[];
  readonly skipRules: readonly string[];
  readonly waivers: readonly Waiver[];
  readonly requiredSettings: readonly string[];
  /** Path of a systemd-analyze --security-policy JSON file, relative to the policy file's repository. */
  readonly securityPolicyPath?: string;
  /** The parsed JSON, once the caller has read it. */
  readonly securityPolicy?: SecurityPolicy;
  /** Globs of units left out of the hardening pull request (`fix: pull-request`). */
  readonly hardeningExclude?: readonly string[];
}

export class PolicyFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}

export const EMPTY_POLICY: Policy = {
  source: "",
  skipChecks: [],
  skipRules: [],
  waivers: [],
  requiredSettings: [],
};

const POLICY_VALUES = { ...VALIDATE, ...VALIDATE_POLICY };

const TOP_KEYS = [
  "max-exposure",
  "fail-on",
  "fail-on-increase",
  "profile",
  "systemd-version",
  "skip-checks",
  "skip-rules",
  "security-policy",
  "hardening-exclude",
];

/** Splits "a b, c" into ids. */
function ids(value: string): string[] {
  return value.split(/[\s,]+/).filter((x) => x !== "");
}

/** Where each (section, key) is, and which lines are not ini at all. */
function scanLines(text: string): {
  keyLine: Map<string, number>;
  sectionLine: Map<string, number>;
  junk: { line: number; text: string }[];
} {
  const keyLine = new Map<string, number>();
  const sectionLine = new Map<string, number>();
  const junk: { line: number; text: string }[] = [];
  let section = "";
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith(";") || line.startsWith("#")) return;
    const header = /^\[([^\]]*)\]$/.exec(line);
    if (header) {
      section = header[1]!.trim();
      if (!sectionLine.has(section)) sectionLine.set(section, i + 1);
      return;
    }
    const eq = line.indexOf("=");
    if (eq <= 0) {
      junk.push({ line: i + 1, text: line });
      return;
    }
    const key = line.slice(0, eq).trim();
    if (!keyLine.has(`${section}\0${key}`)) keyLine.set(`${section}\0${key}`, i + 1);
  });
  return { keyLine, sectionLine, junk };
}

function checkIds(
  file: string,
  line: number,
  list: readonly string[],
  kind: "checks" | "rules" | "either",
): void {
  for (const id of list) {
    const isCheck = CHECKS_BY_ID.has(id);
    const isRule = RULES_BY_ID.has(id);
    if (
      (kind === "checks" && !isCheck) ||
      (kind === "rules" && !isRule) ||
      (kind === "either" && !isCheck && !isRule)
    ) {
      const what =
        kind === "checks"
          ? "a check id (systemd-analyze's json_field, e.g. PrivateNetwork)"
          : kind === "rules"
            ? "a rule id (e.g. widens-exposure)"
            : "a check or rule id";
      throw new PolicyFileError(file, line, `'${id}' is not ${what}`);
    }
  }
}

export function parsePolicy(file: string, text: string): Policy {
  const { keyLine, sectionLine, junk } = scanLines(text);
  const first = junk[0];
  if (first)
    throw new PolicyFileError(
      file,
      first.line,
      `'${first.text}' is not 'key = value', a [section] or a comment`,
    );
  const data = decode(text) as Record<string, unknown>;
  const lineOf = (section: string, key: string) =>
    keyLine.get(`${section}\0${key}`) ?? sectionLine.get(section) ?? 1;
  const str = (section: string, key: string, v: unknown): string => {
    if (typeof v === "string") return v;
    if (typeof v === "boolean") return String(v);
    throw new PolicyFileError(file, lineOf(section, key), `'${key}' must have a value`);
  };

  let maxExposure: number | undefined;
  let failOn: FailOn | undefined;
  let failOnIncrease: boolean | undefined;
  let profile: Profile | undefined;
  let systemdVersions: readonly number[] | undefined;
  let skipChecks: string[] = [];
  let skipRules: string[] = [];
  let securityPolicyPath: string | undefined;
  let hardeningExclude: readonly string[] | undefined;
  let requiredSettings: string[] = [];
  const waivers: Waiver[] = [];

  for (const [key, raw] of Object.entries(data)) {
    if (raw !== null && typeof raw === "object") {
      if (key === "require") {
        for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
          if (k !== "settings")
            throw new PolicyFileError(
              file,
              lineOf("require", k),
              `unknown key '${k}' in [require] (it takes 'settings')`,
            );
          requiredSettings = ids(str("require", k, v));
        }
      } else if (key === "waivers") {
        for (const [glob, v] of Object.entries(raw as Record<string, unknown>)) {
          const line = lineOf("waivers", glob);
          const value = str("waivers", glob, v);
          const sep = value.indexOf("--");
          const reason = sep < 0 ? "" : value.slice(sep + 2).trim();
          if (reason === "")
            throw new PolicyFileError(
              file,
              line,
              `the waiver for '${glob}' needs a reason: '${glob} = IDS -- why'`,
            );
          const list = ids(value.slice(0, sep));
          checkIds(file, line, list, "either");
          waivers.push({
            glob,
            checks: list.filter((i) => CHECKS_BY_ID.has(i)),
            rules: list.filter((i) => RULES_BY_ID.has(i)),
            reason,
            line,
          });
        }
      } else {
        throw new PolicyFileError(
          file,
          sectionLine.get(key) ?? 1,
          `unknown section [${key}] (the policy has [require] and [waivers])`,
        );
      }
      continue;
    }
    const line = lineOf("", key);
    const value = str("", key, raw).trim();
    const valid = <
      K extends
        | "max-exposure"
        | "fail-on"
        | "fail-on-increase"
        | "profile"
        | "systemd-version"
        | "hardening-exclude",
    >(
      name: K,
    ): ReturnType<(typeof POLICY_VALUES)[K]> => {
      try {
        return POLICY_VALUES[name](value) as ReturnType<(typeof POLICY_VALUES)[K]>;
      } catch (e) {
        if (e instanceof InvalidValue)
          throw new PolicyFileError(file, line, `${name} must be ${e.expected}, not '${e.value}'`);
        throw e;
      }
    };
    switch (key) {
      case "max-exposure":
        maxExposure = valid(key);
        break;
      case "fail-on":
        failOn = valid(key);
        break;
      case "fail-on-increase":
        failOnIncrease = valid(key);
        break;
      case "profile":
        profile = valid(key);
        break;
      case "systemd-version":
        systemdVersions = valid(key);
        break;
      case "skip-checks":
        skipChecks = ids(value);
        checkIds(file, line, skipChecks, "checks");
        break;
      case "skip-rules":
        skipRules = ids(value);
        checkIds(file, line, skipRules, "rules");
        break;
      case "security-policy":
        securityPolicyPath = value;
        break;
      case "hardening-exclude":
        hardeningExclude = valid(key);
        break;
      default:
        throw new PolicyFileError(
          file,
          line,
          `unknown key '${key}' (known: ${TOP_KEYS.join(", ")}, and the sections [require], [waivers])`,
        );
    }
  }
  const policy: Policy = { source: file, skipChecks, skipRules, waivers, requiredSettings };
  return {
    ...policy,
    ...(maxExposure !== undefined && { maxExposure }),
    ...(failOn !== undefined && { failOn }),
    ...(failOnIncrease !== undefined && { failOnIncrease }),
    ...(profile !== undefined && { profile }),
    ...(systemdVersions !== undefined && { systemdVersions }),
    ...(securityPolicyPath !== undefined && { securityPolicyPath }),
    ...(hardeningExclude !== undefined && { hardeningExclude }),
  };
}

/** Offset -> 1-based line and column, for JSON syntax errors. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/**
 * systemd-analyze's --security-policy JSON, read as systemd 252 reads it: an object keyed by
 * json_field; `weight` and `range` unsigned integers, `description_good`, `description_bad`,
 * `description_na` strings; keys of the wrong type and unknown checks are ignored. A range of 0
 * aborts systemd-analyze; here it is an error instead.
 */
export function parseSecurityPolicy(file: string, text: string): SecurityPolicy {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec(String(e));
    const at = m ? lineColumn(text, Number(m[1])) : { line: 1, column: 1 };
    throw new PolicyFileError(
      file,
      at.line,
      `not valid JSON (column ${at.column}): ${e instanceof Error ? e.message.replace(/ in JSON at position \d+.*$/, "") : String(e)}`,
    );
  }
  const out = new Map<string, PolicyOverride>();
  if (json === null || typeof json !== "object" || Array.isArray(json)) return out;
  for (const [id, entry] of Object.entries(json as Record<string, unknown>)) {
    if (
      !CHECKS_BY_ID.has(id) ||
      entry === null ||
      typeof entry !== "object" ||
      Array.isArray(entry)
    )
      continue;
    const e = entry as Record<string, unknown>;
    const uint = (v: unknown) =>
      typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : undefined;
    const str = (v: unknown) => (typeof v === "string" ? v : undefined);
    const o: { -readonly [K in keyof PolicyOverride]: PolicyOverride[K] } = {};
    if (uint(e.weight) !== undefined) o.weight = uint(e.weight)!;
    if (uint(e.range) !== undefined) o.range = uint(e.range)!;
    if (str(e.description_good) !== undefined) o.description_good = str(e.description_good)!;
    if (str(e.description_bad) !== undefined) o.description_bad = str(e.description_bad)!;
    if (str(e.description_na) !== undefined) o.description_na = str(e.description_na)!;
    if (o.range === 0) {
      const at = text.indexOf(JSON.stringify(id));
      throw new PolicyFileError(
        file,
        at < 0 ? 1 : lineColumn(text, at).line,
        `${id} has range 0, on which systemd-analyze aborts: give a positive range`,
      );
    }
    out.set(id, o);
  }
  return out;
}

/** The systemd-style policy a unit is scored with: the JSON, then skipped and waived checks at weight 0. */
export function securityPolicyFor(
  policy: Policy,
  unitPath: string,
  inlineWaived: readonly string[] = [],
): SecurityPolicy {
  const out = new Map<string, PolicyOverride>(policy.securityPolicy ?? []);
  const skip = new Set([
    ...policy.skipChecks,
    ...inlineWaived,
    ...policy.waivers.filter((w) => matchesGlob(unitPath, w.glob)).flatMap((w) => w.checks),
  ]);
  for (const id of skip) out.set(id, { ...(out.get(id) ?? {}), weight: 0 });
  return out;
}

/** The rule suppressions and check waivers the policy's [waivers] apply to a unit, with their reasons. */
export function waiversFor(
  policy: Policy,
  unitPath: string,
): { rules: Map<string, string>; checks: Map<string, string> } {
  const rules = new Map<string, string>();
  const checks = new Map<string, string>();
  for (const id of policy.skipRules) rules.set(id, `skipped by ${policy.source}`);
  for (const id of policy.skipChecks) checks.set(id, `skipped by ${policy.source}`);
  for (const w of policy.waivers) {
    if (!matchesGlob(unitPath, w.glob)) continue;
    for (const id of w.rules) rules.set(id, w.reason);
    for (const id of w.checks) checks.set(id, w.reason);
  }
  return { rules, checks };
}
