/**
 * The one configuration resolver of the CLI and the action: what the user gave (command line or
 * action inputs), then the policy file, then the defaults. "Given" means given: a value counts as
 * the user's only when it was set, never because it differs from a default. Pure: the policy file
 * is read through the reader the caller hands in.
 */
import {
  DEFAULTS,
  InvalidValue,
  VALIDATE,
  type FailOn,
  type FixMode,
  type Profile,
  type Scope,
  type ValueName,
} from "./options.js";
import { parsePolicy, parseSecurityPolicy, type Policy, type PolicyValues } from "./policy.js";
import type { FixOptions } from "./fix/propose.js";
import type { BaseUnit } from "./annotate.js";
import type { GateOptions } from "./gate.js";
import type { ScanOptions } from "./scan.js";

/** A value given by the user that is not valid: one line, in the words of where it was given. */
export class ConfigError extends Error {}

/** The values the user set, validated; absent = not given. */
export interface Given extends PolicyValues {
  readonly fix?: FixMode;
  readonly scope?: Scope;
  readonly dropinName?: string;
  readonly annotateExposure?: number | null;
  readonly hardeningBranch?: string;
  readonly files?: readonly string[];
  readonly config?: string;
}

/** Everything a run is configured with, resolved. */
export interface ResolvedConfig {
  /** The listed systemd versions, sorted; the first is the floor. */
  readonly systemdVersions: readonly number[];
  /** The oldest listed version: what lint and drop-ins target. */
  readonly systemdVersion: number;
  /** 0..10; undefined for no absolute limit. */
  readonly maxExposure: number | undefined;
  readonly failOn: FailOn;
  readonly failOnIncrease: boolean;
  readonly profile: Profile;
  readonly fix: FixMode;
  /** undefined: decided by the event (changed on pull requests, all otherwise). */
  readonly scope: Scope | undefined;
  readonly dropinName: string;
  /** Units scoring at or above it get an exposure annotation; null: never. */
  readonly annotateExposure: number | null;
  readonly hardeningBranch: string;
  /** Globs of units left out of the hardening pull request (the policy file's hardening-exclude). */
  readonly hardeningExclude: readonly string[];
  readonly files: readonly string[];
  readonly policy: Policy | undefined;
}

/** How a source names a value in its messages: `input fail-on`, `--fail-on`. */
export type Wording = (name: ValueName, problem: InvalidValue) => string;

export const INPUT_WORDING: Wording = (name, p) =>
  `input ${name} must be ${p.expected}; got '${p.value}'`;
export const OPTION_WORDING: Wording = (name, p) =>
  `--${name} takes ${p.expected}, not '${p.value}'`;

const FIELDS = {
  "max-exposure": "maxExposure",
  "fail-on": "failOn",
  "fail-on-increase": "failOnIncrease",
  profile: "profile",
  "systemd-version": "systemdVersions",
  fix: "fix",
  scope: "scope",
  "dropin-name": "dropinName",
  "annotate-exposure": "annotateExposure",
  "hardening-branch": "hardeningBranch",
  files: "files",
  config: "config",
} as const satisfies Record<ValueName, keyof Given>;

/**
 * Validates what the user set. `get` returns the raw text of a value, or undefined (or "") when
 * it was not set; surrounding blanks are ignored.
 */
export function readGiven(get: (name: ValueName) => string | undefined, wording: Wording): Given {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(FIELDS) as ValueName[]) {
    const raw = get(name)?.trim();
    if (raw === undefined || raw === "") continue;
    try {
      out[FIELDS[name]] = VALIDATE[name](raw);
    } catch (e) {
      if (e instanceof InvalidValue) throw new ConfigError(wording(name, e));
      throw e;
    }
  }
  return Object.freeze(out) as Given;
}

/** Given, else the policy file's, else the default. */
export function resolveConfig(given: Given, policy: Policy | undefined): ResolvedConfig {
  const systemdVersions =
    given.systemdVersions ?? policy?.systemdVersions ?? DEFAULTS.systemdVersions;
  return Object.freeze({
    systemdVersions,
    systemdVersion: systemdVersions[0]!,
    maxExposure: given.maxExposure ?? policy?.maxExposure,
    failOn: given.failOn ?? policy?.failOn ?? DEFAULTS.failOn,
    failOnIncrease: given.failOnIncrease ?? policy?.failOnIncrease ?? DEFAULTS.failOnIncrease,
    profile: given.profile ?? policy?.profile ?? DEFAULTS.profile,
    fix: given.fix ?? DEFAULTS.fix,
    scope: given.scope,
    dropinName: given.dropinName ?? DEFAULTS.dropinName,
    annotateExposure:
      given.annotateExposure !== undefined ? given.annotateExposure : DEFAULTS.annotateExposure,
    hardeningBranch: given.hardeningBranch ?? DEFAULTS.hardeningBranch,
    hardeningExclude: policy?.hardeningExclude ?? [],
    files: given.files ?? DEFAULTS.files,
    policy,
  });
}

/** The policy file's path: the one given, else the default. */
export function policyPath(given: Given): string {
  return given.config ?? DEFAULTS.policyPath;
}

/** Reads a file of the repository (or the working directory): its text, or undefined when there is none. */
export type PolicyReader = (
  path: string,
) => Promise<string | Uint8Array | undefined> | string | Uint8Array | undefined;

/**
 * The policy file (and the security-policy JSON it names): the given one, which must exist, else
 * the default one if there is one.
 */
export async function loadPolicy(given: Given, read: PolicyReader): Promise<Policy | undefined> {
  const file = policyPath(given);
  const text = await read(file);
  if (text === undefined) {
    if (given.config !== undefined) throw new ConfigError(`cannot read the policy file '${file}'`);
    return undefined;
  }
  const policy = parsePolicy(file, asText(text));
  if (!policy.securityPolicyPath) return policy;
  const json = await read(policy.securityPolicyPath);
  if (json === undefined)
    throw new ConfigError(
      `cannot read the security policy '${policy.securityPolicyPath}' named by ${file}`,
    );
  return {
    ...policy,
    securityPolicy: parseSecurityPolicy(policy.securityPolicyPath, asText(json)),
  };
}

function asText(content: string | Uint8Array): string {
  return typeof content === "string" ? content : new TextDecoder().decode(content);
}

/** What the fix engine is asked for: the same for `scan`'s preview, `fix` and the action. */
export function fixOptions(config: ResolvedConfig): FixOptions {
  return {
    profile: config.profile,
    dropinName: config.dropinName,
    systemdVersions: config.systemdVersions,
  };
}

/** The engine's options: the listed versions (the oldest is the floor), the policy, and the drop-ins unless `withFix` is false. */
export function scanOptions(config: ResolvedConfig, withFix = true): ScanOptions {
  return {
    systemdVersions: config.systemdVersions,
    ...(config.policy && { policy: config.policy }),
    ...(withFix && { fix: fixOptions(config) }),
  };
}

/** The gate's limits: the resolved ones, with the base exposures of a pull request. */
export function gateOptions(
  config: ResolvedConfig,
  base?: ReadonlyMap<string, BaseUnit>,
): GateOptions {
  const limits = {
    ...(config.maxExposure !== undefined && { maxExposure: config.maxExposure }),
    failOn: config.failOn,
    failOnIncrease: config.failOnIncrease,
  };
  return base ? { ...limits, base } : limits;
}
