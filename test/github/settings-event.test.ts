import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { EventError, readRunContext, type EventPayloads } from "../../src/github/event.js";
import { resolveConfig } from "../../src/core/config.js";
import { parsePolicy } from "../../src/core/policy.js";
import { InputError, readSettings } from "../../src/settings.js";

const require = createRequire(import.meta.url);
const examples = require("@octokit/webhooks-examples/api.github.com/index.json") as {
  name: string;
  examples: Record<string, unknown>[];
}[];
/** GitHub's own example payload of an event, typed as @octokit/webhooks-types says it is. */
const example = <N extends keyof EventPayloads>(name: N, action?: string) =>
  examples
    .find((e) => e.name === name)!
    .examples.find((x) => !action || x.action === action) as unknown as EventPayloads[N];

describe("settings", () => {
  const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? "";
  const resolved = (values: Record<string, string>, policy?: string) =>
    resolveConfig(
      readSettings(inputs(values)).given,
      policy === undefined ? undefined : parsePolicy(".github/harden-units.ini", policy),
    );

  test("defaults", () => {
    const s = readSettings(inputs({ "github-token": "t" }));
    expect(s).toMatchObject({
      token: "t",
      commitToken: null,
      sarifFile: null,
      checkName: "harden-units",
      given: {},
    });
    expect(Object.isFrozen(s)).toBe(true);
    expect(resolved({ "github-token": "t" })).toMatchObject({
      files: ["**/*.service"],
      scope: undefined,
      maxExposure: undefined,
      failOnIncrease: true,
      failOn: "error",
      fix: "suggest",
      profile: "baseline",
      dropinName: "hardening.conf",
      systemdVersions: [252],
      systemdVersion: 252,
      annotateExposure: 5,
      hardeningBranch: "harden-units/hardening",
      policy: undefined,
    });
  });

  test("lists of globs, given inputs", () => {
    const s = readSettings(
      inputs({
        files: "deploy/**/*.service\n units/*.socket, ",
        "fail-on": "warning",
        "max-exposure": "5.5",
      }),
    );
    expect(s.given).toEqual({
      files: ["deploy/**/*.service", "units/*.socket"],
      failOn: "warning",
      maxExposure: 5.5,
    });
  });

  test("systemd-version is one version or a list, sorted; the oldest is the floor", () => {
    expect(resolved({ "systemd-version": "262 252,257" })).toMatchObject({
      systemdVersions: [252, 257, 262],
      systemdVersion: 252,
    });
    expect(resolved({ "systemd-version": "257" })).toMatchObject({
      systemdVersions: [257],
      systemdVersion: 257,
    });
  });

  test("new inputs: annotate-exposure, hardening-branch, fix: pull-request", () => {
    expect(
      resolved({
        "annotate-exposure": "never",
        "hardening-branch": "bots/harden",
        fix: "pull-request",
      }),
    ).toMatchObject({
      annotateExposure: null,
      hardeningBranch: "bots/harden",
      fix: "pull-request",
    });
    expect(resolved({ "annotate-exposure": "7.5" }).annotateExposure).toBe(7.5);
  });

  // Bug: action.yml's defaults reached the action as if given, and a value equal to the default
  // counted as not given, so the policy file won over `profile: baseline` in the workflow.
  test("a given input wins over the policy file, even when it equals the default", () => {
    const policy =
      "profile = strict\nfail-on = warning\nsystemd-version = 257\nfail-on-increase = false\n";
    expect(
      resolved(
        {
          profile: "baseline",
          "fail-on": "error",
          "systemd-version": "252",
          "fail-on-increase": "true",
        },
        policy,
      ),
    ).toMatchObject({
      profile: "baseline",
      failOn: "error",
      systemdVersion: 252,
      failOnIncrease: true,
    });
    expect(resolved({}, policy)).toMatchObject({
      profile: "strict",
      failOn: "warning",
      systemdVersion: 257,
      failOnIncrease: false,
    });
  });

  test("action.yml gives no default that would hide whether an input was set", () => {
    const yml = readFileSync("action.yml", "utf8");
    const defaults = [...yml.matchAll(/^ {2}([a-z-]+):\n(?: {4}.*\n)*? {4}default: /gm)].map(
      (m) => m[1],
    );
    expect(defaults).toEqual(["github-token"]);
  });

  test.each([
    [{ "max-exposure": "high" }, "input max-exposure must be a number from 0 to 10; got 'high'"],
    [
      { "fail-on": "sometimes" },
      "input fail-on must be error, warning, notice or never; got 'sometimes'",
    ],
    [{ fix: "force" }, "input fix must be none, suggest, commit or pull-request; got 'force'"],
    [{ scope: "some" }, "input scope must be changed or all; got 'some'"],
    [
      { "dropin-name": "../x.conf" },
      "input dropin-name must be a file name ending in .conf, such as hardening.conf; got '../x.conf'",
    ],
    [
      { files: "../other/*.service" },
      "input files must be globs relative to the repository; got '../other/*.service'",
    ],
    [
      { config: "/etc/policy.ini" },
      "input config must be a path inside the repository; got '/etc/policy.ini'",
    ],
    [
      { "systemd-version": "v252" },
      "input systemd-version must be a systemd version from 252 to 262, or several separated by spaces or commas; got 'v252'",
    ],
    [
      { "systemd-version": "252 263" },
      "input systemd-version must be a systemd version from 252 to 262, or several separated by spaces or commas; got '252 263'",
    ],
    [
      { "annotate-exposure": "always" },
      "input annotate-exposure must be a number from 0 to 10, or never; got 'always'",
    ],
    [
      { "hardening-branch": "../main" },
      "input hardening-branch must be a branch name such as harden-units/hardening; got '../main'",
    ],
  ])("%j is one clear line", (values, message) => {
    expect(() => readSettings(inputs(values))).toThrow(new InputError(message));
  });
});

describe("the run's context from the event payload", () => {
  const env = (name: string, payload: unknown, extra: Record<string, string> = {}) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "hu-event-")), "event.json");
    writeFileSync(file, JSON.stringify(payload));
    return {
      GITHUB_REPOSITORY: "Codertocat/Hello-World",
      GITHUB_EVENT_NAME: name,
      GITHUB_EVENT_PATH: file,
      GITHUB_SHA: "f".repeat(40),
      ...extra,
    };
  };

  test("pull_request: base and head from GitHub's own example payload", () => {
    const payload = example("pull_request", "opened");
    const ctx = readRunContext(env("pull_request", payload));
    expect(ctx.pull).toMatchObject({
      number: 2,
      headRef: "changes",
      fork: false,
      headSha: payload.pull_request.head.sha,
      baseSha: payload.pull_request.base.sha,
    });
    expect(ctx.sha).toBe(payload.pull_request.head.sha);
  });

  test("a fork's pull request", () => {
    const payload = structuredClone(example("pull_request", "opened"));
    payload.pull_request.head.repo!.full_name = "someone/Hello-World";
    expect(readRunContext(env("pull_request_target", payload)).pull).toMatchObject({
      fork: true,
      headRepo: "someone/Hello-World",
    });
  });

  test("push: the commit before, unless the branch is new", () => {
    const payload = example("push");
    const ctx = readRunContext(env("push", payload));
    expect(ctx.sha).toBe(payload.after);
    expect(ctx.beforeSha === null || /^[0-9a-f]{40}$/.test(ctx.beforeSha)).toBe(true);
    expect(
      readRunContext(env("push", { ...payload, before: "0".repeat(40) })).beforeSha,
    ).toBeNull();
  });

  test("merge_group, schedule", () => {
    const payload = example("merge_group");
    expect(readRunContext(env("merge_group", payload)).sha).toBe(payload.merge_group.head_sha);
    expect(readRunContext(env("schedule", {})).sha).toBe("f".repeat(40));
  });

  test("issue_comment: /harden-units fix on a pull request is a command; other comments are not", () => {
    const base = structuredClone(example("issue_comment", "created"));
    base.issue.pull_request = {
      url: "x",
      html_url: "x",
      diff_url: "x",
      patch_url: "x",
      merged_at: null,
    };
    base.comment.body = "/harden-units fix please";
    expect(readRunContext(env("issue_comment", base)).command).toMatchObject({
      user: base.comment.user.login,
      pull: base.issue.number,
    });
    base.comment.body = "looks good";
    expect(readRunContext(env("issue_comment", base)).command).toBeNull();
  });

  test("a payload that is no JSON object, or a pull request without its commits, is one line", () => {
    const bad = env("push", {});
    writeFileSync(bad.GITHUB_EVENT_PATH, "{ not json");
    expect(() => readRunContext(bad)).toThrow(
      new EventError(`cannot read the event payload at ${bad.GITHUB_EVENT_PATH}`),
    );
    const list = env("push", [1, 2]);
    expect(() => readRunContext(list)).toThrow(
      new EventError(`the event payload at ${list.GITHUB_EVENT_PATH} is not a JSON object`),
    );
    const payload = structuredClone(example("pull_request", "opened"));
    (payload.pull_request.head as { sha?: string }).sha = undefined;
    const headless = env("pull_request", payload);
    expect(() => readRunContext(headless)).toThrow(
      new EventError(
        `the pull_request payload at ${headless.GITHUB_EVENT_PATH} has no pull request number, head or base commit`,
      ),
    );
    // Values of another type than GitHub's are not taken.
    const odd = env(
      "push",
      { after: 42, before: ["x"], ref: { name: "main" } },
      { GITHUB_REF: "refs/heads/x" },
    );
    expect(readRunContext(odd)).toMatchObject({
      sha: "f".repeat(40),
      beforeSha: null,
      ref: "refs/heads/x",
    });
  });

  test("outside GitHub Actions it says so in one line", () => {
    expect(() => readRunContext({})).toThrow(
      "GITHUB_REPOSITORY is not set: run this action in a GitHub Actions workflow",
    );
  });
});
