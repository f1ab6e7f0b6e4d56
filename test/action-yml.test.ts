import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { INPUTS, OUTPUTS } from "../src/settings.js";

const yml = readFileSync("action.yml", "utf8");
// GitHub reads action.yml as YAML: a line it cannot parse refuses the whole action, so the test
// reads it with a real YAML parser (an unquoted description with ": " in it is such a line).
const action = parse(yml, { strict: true, uniqueKeys: true }) as {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
};

test("action.yml is valid YAML, and every input and output has a description", () => {
  for (const [name, spec] of [
    ...Object.entries(action.inputs),
    ...Object.entries(action.outputs),
  ]) {
    expect(typeof spec.description, name).toBe("string");
    expect(spec.description.length, name).toBeGreaterThan(10);
  }
});

test("action.yml declares exactly the inputs the action reads", () => {
  expect(Object.keys(action.inputs).sort()).toEqual(Object.values(INPUTS).sort());
});

test("action.yml declares exactly the outputs the action sets", () => {
  expect(Object.keys(action.outputs).sort()).toEqual(Object.values(OUTPUTS).sort());
});

test("only github-token has a default, so an input the workflow gives counts as given", () => {
  const defaults = Object.entries(action.inputs).filter(([, spec]) => spec.default !== undefined);
  expect(defaults).toEqual([
    ["github-token", { description: expect.any(String), default: "${{ github.token }}" }],
  ]);
});

test("the action runs on node24 from the committed bundle", () => {
  expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
});

test("every input and output of the contract is there", () => {
  for (const name of [
    "github-token",
    "files",
    "scope",
    "max-exposure",
    "fail-on-increase",
    "fail-on",
    "fix",
    "profile",
    "dropin-name",
    "systemd-version",
    "config",
    "sarif-file",
  ]) {
    expect(Object.keys(action.inputs)).toContain(name);
  }
  for (const name of ["max-exposure", "units", "findings", "report", "dropins", "commit-sha"])
    expect(Object.keys(action.outputs)).toContain(name);
});
