import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { INPUTS, OUTPUTS } from "../src/settings.js";

const yml = readFileSync("action.yml", "utf8");
const section = (name: string) => {
  const body = yml.split(new RegExp(`^${name}:\\n`, "m"))[1]!.split(/^\S/m)[0]!;
  return [...body.matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]!);
};

test("action.yml declares exactly the inputs the action reads", () => {
  expect(section("inputs").sort()).toEqual(Object.values(INPUTS).sort());
});

test("action.yml declares exactly the outputs the action sets", () => {
  expect(section("outputs").sort()).toEqual(Object.values(OUTPUTS).sort());
});

test("the action runs on node24 from the committed bundle", () => {
  expect(yml).toMatch(/^runs:\n {2}using: node24\n {2}main: dist\/index\.js\n/m);
});

test("every input and output of the contract is there", () => {
  for (const name of ["github-token", "files", "scope", "max-exposure", "fail-on-increase", "fail-on", "fix", "profile", "dropin-name", "systemd-version", "config", "sarif-file"]) {
    expect(section("inputs")).toContain(name);
  }
  for (const name of ["max-exposure", "units", "findings", "report", "dropins", "commit-sha"]) expect(section("outputs")).toContain(name);
});
