/**
 * Every configurable value once: its default and its one validator, shared by the action's
 * inputs, the command line and the policy file. A validator takes the text as the user wrote it
 * and returns the value, or throws InvalidValue with what the value must be; each source frames
 * that in its own words (`input fail-on must be ...`, `--fail-on takes ...`, `p.ini:3: fail-on
 * must be ...`). Pure.
 */

import { NEWEST_RELEASE as NEWEST_SYSTEMD, OLDEST_RELEASE as OLDEST_SYSTEMD } from "./release.js";

export type FailOn = "error" | "warning" | "notice" | "never";
export type Profile = "baseline" | "strict";
export type FixMode = "none" | "suggest" | "commit" | "pull-request";
export type Scope = "changed" | "all";

export const DEFAULTS = {
  systemdVersions: [OLDEST_SYSTEMD] as readonly number[],
  systemdVersion: OLDEST_SYSTEMD,
  dropinName: "hardening.conf",
  policyPath: ".github/harden-units.ini",
  profile: "baseline" as Profile,
  failOn: "error" as FailOn,
  failOnIncrease: true,
  fix: "suggest" as FixMode,
  /** Units scoring at or above it get an annotation on their [Service] line. */
  annotateExposure: 5.0,
  hardeningBranch: "harden-units/hardening",
  checkName: "harden-units",
  files: ["**/*.service"] as readonly string[],
} as const;

/** A value that is not what it must be; `expected` completes "must be ..." / "takes ...". */
export class InvalidValue extends Error {
  constructor(
    readonly expected: string,
    readonly value: string,
  ) {
    super(`must be ${expected}, not '${value}'`);
  }
}

function oneOf<T extends string>(allowed: readonly T[]): (value: string) => T {
  const expected =
    allowed.length === 1
      ? allowed[0]!
      : `${allowed.slice(0, -1).join(", ")} or ${allowed[allowed.length - 1]}`;
  return (value) => {
    if (!(allowed as readonly string[]).includes(value)) throw new InvalidValue(expected, value);
    return value as T;
  };
}

const EXPOSURE = /^\d+(\.\d+)?$/;

function exposureLimit(value: string): number {
  if (!EXPOSURE.test(value) || Number(value) > 10)
    throw new InvalidValue("a number from 0 to 10", value);
  return Number(value);
}

/** One version or several separated by spaces or commas; sorted, without repeats. The first is the floor. */
function systemdVersions(value: string): readonly number[] {
  const expected = `a systemd version from ${OLDEST_SYSTEMD} to ${NEWEST_SYSTEMD}, or several separated by spaces or commas`;
  const words = value.split(/[\s,]+/).filter((w) => w !== "");
  if (words.length === 0) throw new InvalidValue(expected, value);
  const versions = words.map((w) => {
    if (!/^\d{3}$/.test(w) || Number(w) < OLDEST_SYSTEMD || Number(w) > NEWEST_SYSTEMD)
      throw new InvalidValue(expected, value);
    return Number(w);
  });
  return Object.freeze([...new Set(versions)].sort((a, b) => a - b));
}

function dropinName(value: string): string {
  if (!/^[A-Za-z0-9_@:+-][A-Za-z0-9_@:+.-]*\.conf$/.test(value) || value.includes(".."))
    throw new InvalidValue("a file name ending in .conf, such as hardening.conf", value);
  return value;
}

/** A number 0-10, or `never` (null): no exposure annotations. */
function annotateExposure(value: string): number | null {
  if (value === "never") return null;
  if (!EXPOSURE.test(value) || Number(value) > 10)
    throw new InvalidValue("a number from 0 to 10, or never", value);
  return Number(value);
}

/** A branch name git accepts (git check-ref-format), kept to the characters a branch usually has. */
function branchName(value: string): string {
  const ok =
    /^[A-Za-z0-9._/-]+$/.test(value) &&
    !value.startsWith("/") &&
    !value.startsWith("-") &&
    !value.endsWith("/") &&
    !value.endsWith(".") &&
    !value.endsWith(".lock") &&
    !value.includes("..") &&
    !value.includes("//") &&
    !value.split("/").some((part) => part.startsWith("."));
  if (!ok) throw new InvalidValue("a branch name such as harden-units/hardening", value);
  return value;
}

/** Globs relative to the repository, one per line or comma-separated. */
function globs(value: string): readonly string[] {
  const list = value
    .split(/[\n,]/)
    .map((g) => g.trim())
    .filter((g) => g !== "");
  for (const g of list)
    if (g.startsWith("/") || g.split("/").includes(".."))
      throw new InvalidValue("globs relative to the repository", g);
  return list.length > 0 ? list : DEFAULTS.files;
}

/** Globs of unit paths (the policy file's hardening-exclude), separated by spaces, commas or lines. */
function unitGlobs(value: string): readonly string[] {
  const list = value.split(/[\s,]+/).filter((g) => g !== "");
  for (const g of list)
    if (g.startsWith("/") || g.split("/").includes(".."))
      throw new InvalidValue("globs of unit paths relative to the repository", g);
  return Object.freeze(list);
}

/** A path inside the repository (nothing absolute, nothing that climbs out). */
function repositoryPath(value: string): string {
  if (value.startsWith("/") || value.split("/").includes(".."))
    throw new InvalidValue("a path inside the repository", value);
  return value;
}

export const VALIDATE = {
  "max-exposure": exposureLimit,
  "fail-on": oneOf<FailOn>(["error", "warning", "notice", "never"]),
  "fail-on-increase": (value: string): boolean => oneOf(["true", "false"])(value) === "true",
  fix: oneOf<FixMode>(["none", "suggest", "commit", "pull-request"]),
  profile: oneOf<Profile>(["baseline", "strict"]),
  scope: oneOf<Scope>(["changed", "all"]),
  "dropin-name": dropinName,
  "systemd-version": systemdVersions,
  "annotate-exposure": annotateExposure,
  "hardening-branch": branchName,
  files: globs,
  config: repositoryPath,
} as const;

export type ValueName = keyof typeof VALIDATE;

/** The policy file's own values (no input or option): validated the same way. */
export const VALIDATE_POLICY = {
  "hardening-exclude": unitGlobs,
} as const;
