/**
 * Every input of the action, read once and strictly into one frozen Settings object. The input
 * names live here only (a test checks them against action.yml).
 */
import { parseSystemdVersions, SystemdVersionError } from "./core/release.js";
import type { FailOn, Profile } from "./core/policy.js";

export const INPUTS = {
  githubToken: "github-token",
  files: "files",
  scope: "scope",
  maxExposure: "max-exposure",
  failOnIncrease: "fail-on-increase",
  failOn: "fail-on",
  fix: "fix",
  profile: "profile",
  dropinName: "dropin-name",
  systemdVersion: "systemd-version",
  config: "config",
  sarifFile: "sarif-file",
  commitToken: "commit-token",
  checkName: "check-name",
} as const;

export const OUTPUTS = {
  maxExposure: "max-exposure",
  units: "units",
  findings: "findings",
  report: "report",
  dropins: "dropins",
  commitSha: "commit-sha",
} as const;

export const DEFAULT_FILES = ["**/*.service"];

export interface Settings {
  readonly token: string;
  /** A token whose commits start workflows (GitHub App or PAT), for fix: commit; else the token. */
  readonly commitToken: string | null;
  readonly files: readonly string[];
  /** null: decided by the event (changed on pull requests, all otherwise). */
  readonly scope: "changed" | "all" | null;
  readonly maxExposure: number | undefined;
  readonly failOnIncrease: boolean;
  readonly failOn: FailOn;
  readonly fix: "none" | "suggest" | "commit";
  readonly profile: Profile;
  readonly dropinName: string;
  /** The systemd releases listed, oldest first (the floor first). */
  readonly systemdVersion: readonly number[];
  /** Path of the policy file, relative to the repository root; null for the default if present. */
  readonly config: string | null;
  readonly sarifFile: string | null;
  readonly checkName: string;
  /** Inputs that were set explicitly (they win over the policy file). */
  readonly explicit: ReadonlySet<string>;
}

export class InputError extends Error {}

export type GetInput = (name: string) => string;

const DEFAULTS: Readonly<Record<string, string>> = {
  [INPUTS.failOnIncrease]: "true",
  [INPUTS.failOn]: "error",
  [INPUTS.fix]: "suggest",
  [INPUTS.profile]: "baseline",
  [INPUTS.dropinName]: "hardening.conf",
  [INPUTS.systemdVersion]: "252",
  [INPUTS.checkName]: "harden-units",
};

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new InputError(`input ${name} must be ${allowed.join(", ")}; got '${value}'`);
  return value as T;
}

/** Reads and checks every input; `getInput` returns "" for an input that is not set. */
export function readSettings(getInput: GetInput): Settings {
  const raw = (name: string) => getInput(name).trim();
  const explicit = new Set(Object.values(INPUTS).filter((n) => raw(n) !== "" && raw(n) !== DEFAULTS[n]));
  const get = (name: string) => raw(name) || DEFAULTS[name] || "";
  const token = get(INPUTS.githubToken);
  const limit = get(INPUTS.maxExposure);
  if (limit !== "" && (!/^\d+(\.\d+)?$/.test(limit) || Number(limit) > 10)) throw new InputError(`input max-exposure must be a number from 0 to 10; got '${limit}'`);
  let versions: readonly number[];
  try {
    versions = parseSystemdVersions(get(INPUTS.systemdVersion));
  } catch (e) {
    throw e instanceof SystemdVersionError ? new InputError(`input ${e.message}`) : e;
  }
  const dropinName = get(INPUTS.dropinName);
  if (!/^[A-Za-z0-9_@:+-][A-Za-z0-9_@:+.-]*\.conf$/.test(dropinName) || dropinName.includes("..")) {
    throw new InputError(`input dropin-name must be a file name ending in .conf; got '${dropinName}'`);
  }
  const files = get(INPUTS.files).split(/[\n,]/).map((g) => g.trim()).filter((g) => g !== "");
  for (const g of files) {
    if (g.startsWith("/") || g.split("/").includes("..")) throw new InputError(`input files takes globs relative to the repository; got '${g}'`);
  }
  const config = get(INPUTS.config);
  if (config.startsWith("/") || config.split("/").includes("..")) throw new InputError(`input config takes a path inside the repository; got '${config}'`);
  const sarif = get(INPUTS.sarifFile);
  const scope = get(INPUTS.scope);
  const failOnIncrease = get(INPUTS.failOnIncrease);
  return Object.freeze({
    token,
    commitToken: get(INPUTS.commitToken) || null,
    files: files.length > 0 ? files : DEFAULT_FILES,
    scope: scope === "" ? null : oneOf(INPUTS.scope, scope, ["changed", "all"] as const),
    maxExposure: limit === "" ? undefined : Number(limit),
    failOnIncrease: oneOf(INPUTS.failOnIncrease, failOnIncrease, ["true", "false"] as const) === "true",
    failOn: oneOf(INPUTS.failOn, get(INPUTS.failOn), ["error", "warning", "notice", "never"] as const),
    fix: oneOf(INPUTS.fix, get(INPUTS.fix), ["none", "suggest", "commit"] as const),
    profile: oneOf(INPUTS.profile, get(INPUTS.profile), ["baseline", "strict"] as const),
    dropinName,
    systemdVersion: versions,
    config: config === "" ? null : config,
    sarifFile: sarif === "" ? null : sarif,
    checkName: get(INPUTS.checkName),
    explicit,
  });
}
