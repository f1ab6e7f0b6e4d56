/**
 * Every input of the action, read once and strictly. The input names live here only (a test
 * checks them against action.yml). The values that the policy file may also set are validated by
 * the shared resolver (core/config.ts) and resolved there once the policy is read: action.yml
 * gives them no `default:`, so an input the workflow sets always wins over the policy file.
 */
import { ConfigError, INPUT_WORDING, readGiven, type Given } from "./core/config.js";
import { DEFAULTS, type ValueName } from "./core/options.js";

export const INPUTS = {
  githubToken: "github-token",
  files: "files",
  scope: "scope",
  maxExposure: "max-exposure",
  failOnIncrease: "fail-on-increase",
  failOn: "fail-on",
  fix: "fix",
  hardeningBranch: "hardening-branch",
  profile: "profile",
  dropinName: "dropin-name",
  systemdVersion: "systemd-version",
  annotateExposure: "annotate-exposure",
  config: "config",
  sarifFile: "sarif-file",
  commitToken: "commit-token",
  checkName: "check-name",
} as const;

/** The outputs' names (set in github/outputs.ts). */
export { OUTPUTS } from "./github/outputs.js";

export interface Settings {
  readonly token: string;
  /** A token whose commits start workflows (GitHub App or PAT), for fix: commit; else the token. */
  readonly commitToken: string | null;
  readonly sarifFile: string | null;
  readonly checkName: string;
  /** The inputs the workflow set, validated; resolved against the policy file by resolveConfig. */
  readonly given: Given;
}

/** An input that is not valid (the same class as the resolver's, so one catch serves both). */
export const InputError = ConfigError;

export type GetInput = (name: string) => string;

/** Reads and checks every input; `getInput` returns "" for an input that is not set. */
export function readSettings(getInput: GetInput): Settings {
  const raw = (name: string) => getInput(name).trim();
  const given = readGiven((name: ValueName) => raw(name), INPUT_WORDING);
  return Object.freeze({
    token: raw(INPUTS.githubToken),
    commitToken: raw(INPUTS.commitToken) || null,
    sarifFile: raw(INPUTS.sarifFile) || null,
    checkName: raw(INPUTS.checkName) || DEFAULTS.checkName,
    given,
  });
}
