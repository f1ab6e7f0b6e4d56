/**
 * Issue 5's proof: the built action (dist/index.js), run as the runner runs it, against a local
 * server that answers as api.github.com does from a real git repository and checks every request
 * against GitHub's OpenAPI description and documented limits (test/e2e/github-server.ts).
 *
 * Each scenario asserts what a user sees (exit code and the one failing line, outputs, the check
 * run and its annotations on exact lines, workflow-command annotations, the job summary, the JSON
 * report, SARIF), that the server saw no violation, that the token leaked nowhere, and how many API
 * calls the run made. The table of scenarios, calls and times is printed at the end.
 */
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { afterAll, describe, expect, onTestFailed, test, vi } from "vitest";
import { unapplyPatch } from "../../src/github/diff.js";
import {
  checkout,
  createRepo,
  git,
  tempDir,
  type FixtureCommit,
  type RepoFixture,
} from "./git-fixture.js";
import {
  startGitHubServer,
  type Fault,
  type GitHubServer,
  type GitHubServerOptions,
  type TokenSpec,
} from "./github-server.js";
import { E2E_TEST_TIMEOUT_MS, runAction, type ActionRun } from "./run-action.js";
import type { operations } from "@octokit/openapi-types";

type CheckRunBody = operations["checks/update"]["requestBody"]["content"]["application/json"];

/** The parts of a SARIF 2.1.0 log the tests read. */
interface Sarif {
  version: string;
  runs: {
    results: {
      ruleId?: string;
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
      }[];
    }[];
  }[];
}
import {
  mergeGroupEvent,
  pullRequestTargetEvent,
  pushEvent,
  scheduleEvent,
  workflowDispatchEvent,
} from "./events.js";

// A hang detector, not a speed limit: see E2E_TEST_TIMEOUT_MS.
vi.setConfig({ testTimeout: E2E_TEST_TIMEOUT_MS, hookTimeout: E2E_TEST_TIMEOUT_MS });

const OWNER = "acme";
const REPO = "shop";
/** Distinctive tokens, so that any leak is found by a plain search. */
const WRITER = "ghs_E2eWriterTokenAbc123Def456Ghi789Jkl0";
const READER = "ghs_E2eForkReadOnlyTok987Zyx654Wvu321Ts0";
const TOKENS: Record<string, TokenSpec> = {
  [WRITER]: { checks: "write", contents: "read", pullRequests: "write", issues: "write" },
  // a fork's pull_request token: read-only everywhere
  [READER]: { checks: "read", contents: "read", pullRequests: "read", issues: "read" },
};

// --- units -------------------------------------------------------------------------------------

/** New and unhardened, with an error on line 6 (col 25-40) and a warning on line 7. */
const API_BARE =
  "[Unit]\nDescription=api\n\n[Service]\nExecStart=/usr/bin/api\nRestrictAddressFamilies=AF_INET,AF_INET6\nDelegate=yes\n";
/** Hardened: exposure 3.4 OK. */
const DB_HARDENED = [
  "[Unit]",
  "Description=db",
  "",
  "[Service]",
  "ExecStart=/usr/bin/db",
  "DynamicUser=yes",
  "ProtectSystem=strict",
  "ProtectHome=yes",
  "PrivateTmp=yes",
  "PrivateDevices=yes",
  "NoNewPrivileges=yes",
  "CapabilityBoundingSet=",
  "RestrictAddressFamilies=AF_UNIX",
  "SystemCallFilter=@system-service",
  "",
].join("\n");
const DB_WEAKENED = DB_HARDENED.replace("ProtectSystem=strict\n", "")
  .replace("ProtectHome=yes\n", "")
  .replace("DynamicUser=yes\n", "");
/** Plain: exposure 9.6 UNSAFE, no findings. */
const plain = (name: string) =>
  `[Unit]\nDescription=${name}\n\n[Service]\nExecStart=/usr/bin/${name}\n`;
/** One warning (widens-exposure) on line 6. */
const delegating = (name: string) =>
  `[Unit]\nDescription=${name}\n\n[Service]\nExecStart=/usr/bin/${name}\nDelegate=yes\n`;

// --- harness -----------------------------------------------------------------------------------

interface Row {
  scenario: string;
  calls: number;
  outcome: string;
  ms: number;
}
const rows: Row[] = [];
const servers: GitHubServer[] = [];

afterAll(async () => {
  for (const s of servers) await s.close();
  console.log(
    "\nscenario | API calls | outcome | ms\n---|---:|---|---:\n" +
      rows.map((r) => `${r.scenario} | ${r.calls} | ${r.outcome} | ${Math.round(r.ms)}`).join("\n"),
  );
});

async function serve(
  commits: FixtureCommit[],
  options: Partial<GitHubServerOptions> = {},
): Promise<{ repo: RepoFixture; server: GitHubServer }> {
  const repo = createRepo(tempDir(), commits);
  const server = await startGitHubServer({
    gitDir: repo.gitDir,
    owner: OWNER,
    repo: REPO,
    tokens: TOKENS,
    ...options,
  });
  servers.push(server);
  return { repo, server };
}

/** A workspace as actions/checkout leaves it at `sha` (with .git), or an empty folder (no checkout). */
function workspace(repo: RepoFixture, sha: string | null): string {
  const ws = tempDir("hu-ws-");
  if (sha) checkout(repo.gitDir, ws, sha, { git: true });
  return ws;
}

async function act(
  server: GitHubServer,
  o: {
    inputs?: Record<string, string>;
    env: Record<string, string>;
    event: unknown;
    workspace: string;
    token?: string;
  },
): Promise<ActionRun> {
  const before = server.requests.length;
  const run = await runAction({
    inputs: { "github-token": o.token ?? WRITER, ...o.inputs },
    env: o.env,
    event: o.event,
    workspace: o.workspace,
    timeoutMs: 120_000,
  });
  (run as ActionRun & { calls: number }).calls = server.requests.length - before;
  onTestFailed(() =>
    console.log(
      `--- the action's output (exit ${run.code}):\n${run.stdout}\n${run.stderr}\n--- requests:\n${ops(server, before).join("\n")}`,
    ),
  );
  return run;
}

const calls = (run: ActionRun) => (run as ActionRun & { calls: number }).calls;

function record(scenario: string, run: ActionRun, outcome: string): void {
  rows.push({ scenario, calls: calls(run), outcome, ms: run.ms });
}

/** The lines of ::error/::warning/::notice commands and the failure line (the step's result). */
const failureLine = (run: ActionRun) =>
  run.commands.filter((c) => c.kind === "error" && !c.props.file).map((c) => c.message);

/** Nothing the server flagged; the token nowhere but in the ::add-mask:: line. */
function expectClean(server: GitHubServer, run: ActionRun, extraFiles: string[] = []): void {
  expect(server.violations).toEqual([]);
  expect(server.responseViolations).toEqual([]);
  expect(run.stderr).toBe("");
  const places: [string, string][] = [
    [
      "stdout",
      run.stdout
        .split("\n")
        .filter((l) => !l.startsWith("::add-mask::"))
        .join("\n"),
    ],
    ["stderr", run.stderr],
    ["summary", run.summary],
    ["outputs", JSON.stringify(run.outputs)],
    ["report", JSON.stringify(run.report)],
    ["check runs", JSON.stringify(server.state.checkRuns)],
    ["reviews", JSON.stringify(server.state.reviews)],
    ["review comments", JSON.stringify(server.state.reviewComments)],
    ["issue comments", JSON.stringify(server.state.issueComments)],
    ...extraFiles.map((f) => [f, readFileSync(f, "utf8")] as [string, string]),
  ];
  for (const [where, text] of places)
    for (const t of Object.keys(TOKENS)) expect(text.includes(t), `token in ${where}`).toBe(false);
  // every request authenticated with a known token, and only through the Authorization header
  for (const r of server.requests) expect(Object.keys(TOKENS)).toContain(r.token);
  // the mask comes first, before anything that could echo the token
  expect(run.stdout.split("\n")[0]).toMatch(/^::add-mask::/);
}

const ops = (server: GitHubServer, from = 0) =>
  server.requests
    .slice(from)
    .map((r) => `${r.method} ${r.operationId ?? r.path}${r.fault ? " (fault)" : ""}`);

// --- pull requests -----------------------------------------------------------------------------

describe("pull requests", () => {
  test("a PR adding an unhardened unit: exact-line annotations in one check run, gate on the error, review, summary, SARIF, report", async () => {
    const { repo, server } = await serve(
      [
        { branch: "main", files: { "README.md": "hello\n" }, message: "init" },
        {
          branch: "feature",
          from: "main",
          files: { "deploy/api.service": API_BARE },
          message: "add api",
        },
      ],
      { pulls: [{ number: 7, base: "main", head: "feature" }] },
    );
    const ws = workspace(repo, repo.branches.feature!);
    const run = await act(server, {
      inputs: { "sarif-file": "out/harden-units.sarif" },
      env: server.pullRequestEnv(7),
      event: server.pullRequestEvent(7, "opened"),
      workspace: ws,
    });
    const sarifPath = path.join(ws, "out/harden-units.sarif");
    expectClean(server, run, [sarifPath]);

    // the gate: one line naming the unit and the limit it broke
    expect(run.code).toBe(1);
    expect(failureLine(run)).toEqual([
      "harden-units: deploy/api.service: 1 finding at or above error (worst: error)",
    ]);
    expect(run.outputs).toMatchObject({
      units: "1",
      "max-exposure": "8.9",
      findings: "2",
      dropins: '["deploy/api.service.d/hardening.conf"]',
      "commit-sha": "",
    });

    // one check run on the head commit, failing, annotations on the exact lines and columns
    expect(server.state.checkRuns).toHaveLength(1);
    const cr = server.state.checkRuns[0]!;
    expect(cr).toMatchObject({
      name: "harden-units",
      head_sha: repo.branches.feature,
      status: "completed",
      conclusion: "failure",
    });
    const anns = cr.output.annotations;
    // the unit (8.9 >= annotate-exposure 5.0) on its [Service] line first, the weak Delegate= line, then the findings
    expect(
      anns.map((a) => [
        a.path,
        a.start_line,
        a.end_line,
        a.start_column,
        a.annotation_level,
        a.title,
      ]),
    ).toEqual([
      ["deploy/api.service", 4, 4, undefined, "warning", "harden-units: api.service 8.9 EXPOSED"],
      ["deploy/api.service", 7, 7, undefined, "notice", "harden-units: weak Delegate="],
      ["deploy/api.service", 6, 6, 25, "failure", "comma-separated-list"],
      ["deploy/api.service", 7, 7, 1, "warning", "widens-exposure"],
    ]);
    expect(cr.output.title).toBe("1 unit scored, highest exposure 8.9, 4 annotations");
    // no workflow-command annotations when the check run carries them
    expect(run.commands.filter((c) => c.props.file)).toEqual([]);

    // report and outputs agree; a new unit has no base
    expect(run.report!.units).toHaveLength(1);
    const u = run.report!.units[0]!;
    expect(u).toMatchObject({
      path: "deploy/api.service",
      unit: "api.service",
      exposure: 8.9,
      level: "EXPOSED",
    });
    expect(u.baseExposure).toBeUndefined();
    expect(u.dropin.path).toBe("deploy/api.service.d/hardening.conf");
    expect(u.dropin.exposureAfter).toBeLessThan(u.exposure);
    expect(u.findings.map((f) => [f.id, f.line])).toEqual(
      anns
        .filter((a) => !a.title!.startsWith("harden-units: "))
        .map((a) => [a.title, a.start_line]),
    );

    // summary: the table row new -> head -> after, links to the lines, the findings, the drop-in
    const blob = `https://github.com/${OWNER}/${REPO}/blob/${repo.branches.feature}/deploy/api.service`;
    expect(run.summary).toContain(
      `| [\`deploy/api.service\`](${blob}) | 8.9 | EXPOSED | new → 8.9 → ${u.dropin.exposureAfter.toFixed(1)} |`,
    );
    expect(run.summary).toContain(`[\`deploy/api.service:6:25\`](${blob}#L6)`);
    expect(run.summary).toContain("Proposed drop-in `deploy/api.service.d/hardening.conf`");
    expect(run.summary).toContain("**The gate failed:**");

    // one review with the proposal on a line of the diff
    expect(server.state.reviews).toHaveLength(1);
    expect(server.state.reviewComments.map((c) => c.path)).toEqual(["deploy/api.service"]);

    // SARIF 2.1.0 with the same findings at the same lines
    const sarif = JSON.parse(readFileSync(sarifPath, "utf8")) as Sarif;
    expect(sarif.version).toBe("2.1.0");
    const results = sarif.runs[0]!.results.filter((r) => r.ruleId !== undefined && r.locations);
    expect(
      results.map((r) => [
        r.ruleId,
        r.locations[0]!.physicalLocation.artifactLocation.uri,
        r.locations[0]!.physicalLocation.region.startLine,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ["comma-separated-list", "deploy/api.service", 6],
        ["widens-exposure", "deploy/api.service", 7],
      ]),
    );
    record(
      "PR adds an unhardened unit (pull_request opened)",
      run,
      `exit ${run.code}: findings gate`,
    );
  });

  test("a PR that weakens a hardened unit fails the increase gate against the base version", async () => {
    const { repo, server } = await serve(
      [
        {
          branch: "main",
          files: { "deploy/db.service": DB_HARDENED, "deploy/other.service": plain("other") },
          message: "init",
        },
        {
          branch: "feature",
          from: "main",
          files: { "deploy/db.service": DB_WEAKENED },
          message: "weaken db",
        },
      ],
      { pulls: [{ number: 8, base: "main", head: "feature" }] },
    );
    const ws = workspace(repo, repo.branches.feature!);
    const run = await act(server, {
      env: server.pullRequestEnv(8),
      event: server.pullRequestEvent(8, "synchronize"),
      workspace: ws,
    });
    expectClean(server, run);
    expect(run.report!.units.map((u) => u.path)).toEqual(["deploy/db.service"]);
    const u = run.report!.units[0]!;
    expect(u.baseExposure).toBe(3.4);
    expect(u.exposure).toBeGreaterThan(3.4);
    expect(run.code).toBe(1);
    expect(failureLine(run)).toEqual([
      `harden-units: deploy/db.service: exposure rose from 3.4 to ${u.exposure.toFixed(1)}`,
    ]);
    const cr = server.state.checkRuns[0]!;
    expect(cr.conclusion).toBe("failure");
    // the gate's failure is the unit's annotation on its [Service] line, naming what raised the exposure (no line-1 annotation)
    const failures = cr.output.annotations.filter((a) => a.annotation_level === "failure");
    expect(failures.map((a) => [a.path, a.start_line, a.title])).toEqual([
      ["deploy/db.service", 4, `harden-units: db.service ${u.exposure.toFixed(1)} ${u.level}`],
    ]);
    expect(failures[0]!.message).toContain(
      `Gate: exposure rose from 3.4 to ${u.exposure.toFixed(1)}.`,
    );
    expect(failures[0]!.message).toMatch(
      /\nRaised by: removing `(DynamicUser=yes|ProtectSystem=strict|ProtectHome=yes)` \(base line [678]\) costs \d\.\d/,
    );
    expect(run.summary).toContain(`| 3.4 → ${u.exposure.toFixed(1)} →`);

    // the same change with fail-on-increase: false passes
    const relaxed = await act(server, {
      inputs: { "fail-on-increase": "false" },
      env: server.pullRequestEnv(8),
      event: server.pullRequestEvent(8, "synchronize"),
      workspace: ws,
    });
    expectClean(server, relaxed);
    expect(relaxed.code).toBe(0);
    expect(server.state.checkRuns[1]!.conclusion).toBe("success");
    record(
      "PR weakens a hardened unit (regression gate)",
      run,
      `exit ${run.code}: exposure rose from 3.4 to ${u.exposure.toFixed(1)}`,
    );
  });

  test("a PR that only adds a drop-in scores its unit, base against head", async () => {
    const { repo, server } = await serve(
      [
        {
          branch: "main",
          files: {
            "deploy/web.service": plain("web"),
            "deploy/unrelated.service": plain("unrelated"),
          },
          message: "init",
        },
        {
          branch: "feature",
          from: "main",
          files: {
            "deploy/web.service.d/sandbox.conf":
              "[Service]\nProtectSystem=strict\nPrivateTmp=yes\nNoNewPrivileges=yes\n",
          },
          message: "sandbox web",
        },
      ],
      { pulls: [{ number: 9, base: "main", head: "feature" }] },
    );
    const ws = workspace(repo, repo.branches.feature!);
    const run = await act(server, {
      env: server.pullRequestEnv(9),
      event: server.pullRequestEvent(9, "opened"),
      workspace: ws,
    });
    expectClean(server, run);
    expect(run.code).toBe(0);
    expect(run.report!.units.map((u) => [u.path, u.baseExposure])).toEqual([
      ["deploy/web.service", 9.6],
    ]);
    expect(run.report!.units[0]!.exposure).toBeLessThan(9.6);
    expect(run.outputs.units).toBe("1");
    expect(server.state.checkRuns[0]!.conclusion).toBe("success");
    record(
      "PR only adds a drop-in",
      run,
      `exit ${run.code}: web.service 9.6 -> ${run.report!.units[0]!.exposure}`,
    );
  });

  test("a PR that touches no unit scores nothing and passes", async () => {
    const { repo, server } = await serve(
      [
        {
          branch: "main",
          files: { "deploy/web.service": plain("web"), "README.md": "a\n" },
          message: "init",
        },
        {
          branch: "feature",
          from: "main",
          files: { "README.md": "b\n", "deploy/notes.txt": "n\n" },
          message: "docs",
        },
      ],
      { pulls: [{ number: 10, base: "main", head: "feature" }] },
    );
    const run = await act(server, {
      env: server.pullRequestEnv(10),
      event: server.pullRequestEvent(10, "reopened"),
      workspace: workspace(repo, repo.branches.feature!),
    });
    expectClean(server, run);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      units: "0",
      findings: "0",
      "max-exposure": "",
      dropins: "[]",
    });
    expect(run.report!.units).toEqual([]);
    expect(run.summary).toContain("No unit files to review.");
    expect(server.state.checkRuns.map((c) => c.conclusion)).toEqual(["success"]);
    expect(server.state.reviews).toEqual([]);
    record("PR touches no unit", run, `exit ${run.code}: 0 units`);
  });

  test("renames, deletions, drop-ins of units and files outside the globs", async () => {
    const { repo, server } = await serve(
      [
        {
          branch: "main",
          files: {
            "deploy/a.service": DB_HARDENED,
            "deploy/b.service": plain("b"),
            "deploy/c.service": plain("c"),
            "vendor/x.service": plain("x"),
            "deploy/d.service": plain("d"),
          },
          message: "init",
        },
        {
          branch: "feature",
          from: "main",
          files: {
            "deploy/a.service": null,
            "deploy/alpha.service": DB_HARDENED.replace("Description=db", "Description=alpha"),
            "deploy/b.service": null,
            "deploy/c.service.d/x.conf": "[Service]\nPrivateTmp=yes\n",
            "vendor/x.service": delegating("x"),
            "vendor/x.service.d/y.conf": "[Service]\nDelegate=yes\n",
          },
          message: "rename, delete, drop-in, vendor",
        },
      ],
      { pulls: [{ number: 11, base: "main", head: "feature" }] },
    );
    const run = await act(server, {
      inputs: { files: "deploy/**/*.service" },
      env: server.pullRequestEnv(11),
      event: server.pullRequestEvent(11, "opened"),
      workspace: workspace(repo, repo.branches.feature!),
    });
    expectClean(server, run);
    expect(run.code).toBe(0);
    // the renamed unit is compared with its old self; c.service through its new drop-in; vendor/ is outside files
    expect(run.report!.units.map((u) => [u.path, u.baseExposure])).toEqual([
      ["deploy/alpha.service", 3.4],
      ["deploy/c.service", 9.6],
    ]);
    expect(run.summary).toContain("deploy/b.service is removed by this pull request.");
    expect(run.summary).not.toContain("vendor/");
    record(
      "PR renames, deletes, adds a drop-in, touches files outside globs",
      run,
      `exit ${run.code}: 2 units`,
    );
  });

  test("a fork PR with a read-only token: workflow-command annotations (10 per kind), everything in the summary, the gate decides", async () => {
    const units: Record<string, string> = {};
    for (let i = 0; i < 12; i++)
      units[`deploy/w${String(i).padStart(2, "0")}.service`] = delegating(`w${i}`);
    const { repo, server } = await serve(
      [
        { branch: "main", files: { "README.md": "x\n" }, message: "init" },
        { branch: "contrib", from: "main", files: units, message: "12 units" },
      ],
      {
        pulls: [
          { number: 12, base: "main", head: "contrib", headRepo: "someone/shop", user: "someone" },
        ],
      },
    );
    const env = server.pullRequestEnv(12);
    // actions/checkout's default for pull_request: the merge commit, not the head
    const run = await act(server, {
      token: READER,
      env,
      event: server.pullRequestEvent(12, "opened"),
      workspace: workspace(repo, env.GITHUB_SHA!),
    });
    expectClean(server, run);
    expect(run.code).toBe(0); // warnings only: the refused writes do not fail the step
    expect(server.state.checkRuns).toEqual([]);
    expect(server.state.reviews).toEqual([]);
    expect(server.state.issueComments).toEqual([]);
    const warnings = run.commands.filter((c) => c.kind === "warning" && c.props.file);
    expect(warnings).toHaveLength(10);
    // the 12 units (9.6, at or above annotate-exposure) come first: the runner shows the first 10 warnings
    expect(warnings.map((c) => [c.props.file, c.props.line, c.props.title])).toEqual(
      Array.from({ length: 10 }, (_, i) => [
        `deploy/w${String(i).padStart(2, "0")}.service`,
        "4",
        `harden-units: w${String(i).padStart(2, "0")}.service 9.6 UNSAFE`,
      ]),
    );
    expect(run.summary).toContain("The token may not write check runs");
    // hidden: 2 unit warnings, 12 widens-exposure warnings, 2 of the 12 weak Delegate= notices
    expect(run.summary).toContain("16 more are listed in the job summary");
    for (let i = 0; i < 12; i++)
      expect(run.summary).toContain(`deploy/w${String(i).padStart(2, "0")}.service:6:1`);
    expect(run.summary).toMatch(/may not comment on this pull request/);
    expect(run.outputs.units).toBe("12");
    // each refusal said once
    expect(run.summary.match(/may not write check runs/g)).toHaveLength(1);
    record("fork PR, read-only token", run, `exit ${run.code}: 10 + 2 in summary`);
  });

  test("pull_request_target without checkout: head read through the API, policy from the base, writes allowed", async () => {
    const { repo, server } = await serve(
      [
        {
          branch: "main",
          files: {
            ".github/harden-units.ini": "max-exposure = 9.0\n",
            "deploy/web.service": plain("web"),
          },
          message: "init",
        },
        {
          branch: "contrib",
          from: "main",
          files: {
            ".github/harden-units.ini": "max-exposure = 10\nfail-on = never\n",
            "deploy/web.service": plain("web").replace("[Service]", "[Service]\nUser=web"),
          },
          message: "try to relax the policy",
        },
      ],
      {
        pulls: [
          { number: 13, base: "main", head: "contrib", headRepo: "someone/shop", user: "someone" },
        ],
      },
    );
    const { event, env } = pullRequestTargetEvent(
      { server, owner: OWNER, repo: REPO },
      13,
      "synchronize",
      "main",
    );
    const run = await act(server, { env, event, workspace: workspace(repo, null) });
    expectClean(server, run);
    const u = run.report!.units[0]!;
    expect(u.path).toBe("deploy/web.service");
    expect(u.baseExposure).toBe(9.6);
    expect(u.exposure).toBeGreaterThan(9.0);
    // the base's policy (9.0), not the pull request's (10)
    expect(run.code).toBe(1);
    expect(failureLine(run)).toEqual([
      `harden-units: deploy/web.service: exposure ${u.exposure.toFixed(1)} is above the limit 9.0`,
    ]);
    expect(server.state.checkRuns[0]!.head_sha).toBe(repo.branches.contrib);
    expect(server.state.reviews).toHaveLength(1);
    record(
      "fork PR under pull_request_target (no checkout)",
      run,
      `exit ${run.code}: base policy limit 9.0`,
    );
  });
});

// --- other events ------------------------------------------------------------------------------

describe("other events score every unit in the tree", () => {
  const commits = (): FixtureCommit[] => [
    {
      branch: "main",
      files: {
        "deploy/web.service": plain("web"),
        "deploy/db.service": DB_HARDENED,
        "deploy/web.service.d/x.conf": "[Service]\nPrivateTmp=yes\n",
        "README.md": "r\n",
      },
      message: "init",
    },
    { branch: "main", files: { "deploy/api.service": delegating("api") }, message: "add api" },
  ];

  test.each(["push", "workflow_dispatch", "schedule", "merge_group"])("%s", async (kind) => {
    const { repo, server } = await serve(commits());
    const t = { server, owner: OWNER, repo: REPO };
    const [first, second] = repo.shas as [string, string];
    const { event, env } =
      kind === "push"
        ? pushEvent(t, "main", first, second)
        : kind === "workflow_dispatch"
          ? workflowDispatchEvent(t, "main", second)
          : kind === "schedule"
            ? scheduleEvent(t, "main", second)
            : mergeGroupEvent(t, "main", first, second, 104);
    const run = await act(server, {
      inputs: { "sarif-file": "hu.sarif" },
      env,
      event,
      workspace: workspace(repo, second),
    });
    expectClean(server, run);
    expect(run.code).toBe(0);
    expect(run.report!.units.map((u) => u.path)).toEqual([
      "deploy/api.service",
      "deploy/db.service",
      "deploy/web.service",
    ]);
    for (const u of run.report!.units) expect(u.baseExposure).toBeUndefined();
    expect(run.outputs.units).toBe("3");
    expect(server.state.checkRuns.map((c) => [c.head_sha, c.conclusion])).toEqual([
      [second, "success"],
    ]);
    // no base outside pull requests: the two units at or above 5.0 (most exposed first), every weak line, the findings
    expect(
      server.state.checkRuns[0]!.output.annotations.map((a) => [a.path, a.start_line, a.title]),
    ).toEqual([
      ["deploy/api.service", 4, "harden-units: api.service 9.6 UNSAFE"],
      ["deploy/web.service", 4, "harden-units: web.service 9.4 UNSAFE"],
      ["deploy/api.service", 6, "harden-units: weak Delegate="],
      ["deploy/api.service", 6, "widens-exposure"],
    ]);
    // the workspace holds the commit: nothing is read through the API
    expect(ops(server).filter((o) => /git\/|repos\/get-content/.test(o))).toEqual([]);
    record(`${kind} (scope all)`, run, `exit ${run.code}: 3 units`);
  });

  // Bug: the runner passes action.yml's defaults, so an input equal to its default counted as not
  // given and the policy file won over `profile: baseline` in the workflow.
  test("an input the workflow gives wins over the policy file, even when it is the documented default", async () => {
    const { repo, server } = await serve([
      {
        branch: "main",
        files: {
          ".github/harden-units.ini": "profile = strict\nfail-on-increase = false\n",
          "deploy/web.service": plain("web"),
        },
        message: "init",
      },
    ]);
    const sha = repo.shas[0]!;
    const { event, env } = workflowDispatchEvent({ server, owner: OWNER, repo: REPO }, "main", sha);
    const profileOf = (run: ActionRun) =>
      /\(profile (\w+)\)/.exec(run.report!.units[0]!.dropin.content)?.[1];
    const given = await act(server, {
      inputs: { profile: "baseline" },
      env,
      event,
      workspace: workspace(repo, sha),
    });
    expectClean(server, given);
    expect(profileOf(given)).toBe("baseline");
    const fromPolicy = await act(server, { env, event, workspace: workspace(repo, sha) });
    expect(profileOf(fromPolicy)).toBe("strict");
  });
});

// --- scale -------------------------------------------------------------------------------------

test("a PR of 400 files with 150 units: listFiles paginated, annotations batched by 50, one review", async () => {
  const main: Record<string, string> = {};
  const feature: Record<string, string> = {};
  for (let i = 0; i < 250; i++)
    feature[`docs/page-${String(i).padStart(3, "0")}.md`] = `page ${i}\n`;
  for (let i = 0; i < 150; i++) {
    const p = `deploy/u${String(i).padStart(3, "0")}.service`;
    // 100 existing units are changed (scored against their base), 50 are new
    if (i < 100) main[p] = plain(`u${i}`);
    feature[p] = API_BARE.replace("Description=api", `Description=u${i}`);
  }
  const { repo, server } = await serve(
    [
      { branch: "main", files: { ...main, "README.md": "r\n" }, message: "init" },
      { branch: "feature", from: "main", files: feature, message: "400 files" },
    ],
    { pulls: [{ number: 20, base: "main", head: "feature" }] },
  );
  const run = await act(server, {
    env: server.pullRequestEnv(20),
    event: server.pullRequestEvent(20, "opened"),
    workspace: workspace(repo, repo.branches.feature!),
  });
  expectClean(server, run);
  expect(run.outputs.units).toBe("150");
  expect(run.code).toBe(1);
  expect(failureLine(run)[0]).toMatch(
    /^harden-units: deploy\/u000\.service: 1 finding at or above error \(worst: error\); .*; and 145 more \(the report lists all\)$/,
  );
  const listFiles = server.requests.filter((r) => r.operationId === "pulls/list-files");
  expect(listFiles.map((r) => [r.query.per_page, r.query.page ?? "1"])).toEqual([
    ["100", "1"],
    ["100", "2"],
    ["100", "3"],
    ["100", "4"],
  ]);
  // 150 units x (the unit, its weak Delegate= line, 2 findings) = 600 annotations: one create and 11 updates of 50, all kept, in order
  const cr = server.state.checkRuns;
  expect(cr).toHaveLength(1);
  const anns = cr[0]!.output.annotations;
  expect(anns).toHaveLength(600);
  expect(anns.slice(0, 150).map((a) => [a.path, a.start_line, a.title])).toEqual(
    Array.from({ length: 150 }, (_, i) => [
      `deploy/u${String(i).padStart(3, "0")}.service`,
      4,
      `harden-units: u${String(i).padStart(3, "0")}.service 8.9 EXPOSED`,
    ]),
  );
  expect(anns.slice(150, 153).map((a) => [a.path, a.start_line, a.title])).toEqual([
    ["deploy/u000.service", 7, "harden-units: weak Delegate="],
    ["deploy/u000.service", 6, "comma-separated-list"],
    ["deploy/u000.service", 7, "widens-exposure"],
  ]);
  expect(anns.slice(-1).map((a) => [a.path, a.start_line])).toEqual([["deploy/u149.service", 7]]);
  const writes = server.requests.filter(
    (r) => r.operationId === "checks/create" || r.operationId === "checks/update",
  );
  expect(writes.map((r) => (r.body as CheckRunBody).output!.annotations!.length)).toEqual(
    Array(12).fill(50),
  );
  expect(run.report!.units.filter((u) => u.baseExposure === 9.6)).toHaveLength(100);
  expect(server.state.reviews).toHaveLength(1);
  expect(server.state.reviewComments).toHaveLength(150);
  console.log(
    `400-file PR: ${calls(run)} API calls, ${Math.round(run.ms)} ms`,
    ops(server).reduce<Record<string, number>>((m, o) => ((m[o] = (m[o] ?? 0) + 1), m), {}),
  );
  record("PR of 400 files, 150 units", run, `exit ${run.code}: 600 annotations in 12 requests`);
});

// --- faults ------------------------------------------------------------------------------------

describe("faults", () => {
  const twoUnits = (): FixtureCommit[] => [
    { branch: "main", files: { "deploy/web.service": plain("web") }, message: "init" },
    {
      branch: "feature",
      from: "main",
      files: { "deploy/web.service": delegating("web"), "deploy/api.service": plain("api") },
      message: "change",
    },
  ];

  test("a secondary rate limit on a read and a transient 500 on a write are retried; the result reflects the gate", async () => {
    const faults: Fault[] = [
      { method: "GET", path: /\/pulls\/\d+\/files$/, status: 403, secondary: true, retryAfter: 1 },
      { method: "POST", path: /\/check-runs$/, status: 500 },
    ];
    const { repo, server } = await serve(twoUnits(), {
      pulls: [{ number: 30, base: "main", head: "feature" }],
      faults,
    });
    const run = await act(server, {
      env: server.pullRequestEnv(30),
      event: server.pullRequestEvent(30, "opened"),
      workspace: workspace(repo, repo.branches.feature!),
    });
    expectClean(server, run);
    expect(run.code).toBe(0);
    expect(
      server.requests.filter((r) => r.fault).map((r) => `${r.method} ${r.path} ${r.status}`),
    ).toEqual([
      `GET /repos/${OWNER}/${REPO}/pulls/30/files 403`,
      `POST /repos/${OWNER}/${REPO}/check-runs 500`,
    ]);
    // each retried once (the fault answered first, the retry got through)
    const trail = server.requests
      .filter((r) => /\/pulls\/30\/files$|\/check-runs$/.test(r.path))
      .map((r) => `${r.method} ${r.status}`);
    expect(trail).toEqual(["GET 403", "GET 200", "POST 500", "POST 201"]);
    expect(server.state.checkRuns).toHaveLength(1);
    // the two units (9.6) on their [Service] lines, the weak Delegate= line, the finding
    expect(
      server.state.checkRuns[0]!.output.annotations.map((a) => [
        a.annotation_level,
        a.path,
        a.start_line,
      ]),
    ).toEqual([
      ["warning", "deploy/api.service", 4],
      ["warning", "deploy/web.service", 4],
      ["notice", "deploy/web.service", 6],
      ["warning", "deploy/web.service", 6],
    ]);
    expect(run.stdout).toMatch(/secondary rate limit/);
    record("secondary rate limit + transient 500 on a write", run, `exit ${run.code}: retried`);
  });

  test("a 500 that does not go away on the check run: workflow annotations and a notice, the gate still decides", async () => {
    const { repo, server } = await serve(twoUnits(), {
      pulls: [{ number: 31, base: "main", head: "feature" }],
      faults: [{ method: "POST", path: /\/check-runs$/, status: 502, times: Infinity }],
    });
    const run = await act(server, {
      inputs: { "fail-on": "warning" },
      env: server.pullRequestEnv(31),
      event: server.pullRequestEvent(31, "opened"),
      workspace: workspace(repo, repo.branches.feature!),
    });
    expectClean(server, run);
    expect(run.code).toBe(1);
    expect(failureLine(run)).toEqual([
      "harden-units: deploy/web.service: 1 finding at or above warning (worst: warning)",
    ]);
    expect(
      run.commands.filter((c) => c.props.file).map((c) => [c.kind, c.props.file, c.props.line]),
    ).toEqual([
      ["warning", "deploy/api.service", "4"],
      ["warning", "deploy/web.service", "4"],
      ["notice", "deploy/web.service", "6"],
      ["warning", "deploy/web.service", "6"],
    ]);
    expect(run.summary).toContain("The check run could not be written \\(502 Server Error\\)");
    record(
      "persistent 502 on the check run",
      run,
      `exit ${run.code}: degraded to workflow annotations`,
    );
  });

  test("a 422 on stale review positions: the proposals go to the conversation", async () => {
    const { repo, server } = await serve(twoUnits(), {
      pulls: [{ number: 32, base: "main", head: "feature" }],
      faults: [{ method: "POST", path: /\/pulls\/\d+\/reviews$/, status: 422 }],
    });
    const run = await act(server, {
      env: server.pullRequestEnv(32),
      event: server.pullRequestEvent(32, "opened"),
      workspace: workspace(repo, repo.branches.feature!),
    });
    expectClean(server, run);
    expect(run.code).toBe(0);
    expect(server.state.reviews).toEqual([]);
    expect(server.state.issueComments.length).toBeGreaterThan(0);
    expect(ops(server)).toEqual([
      "GET pulls/list-files",
      "GET pulls/list-review-comments",
      "GET issues/list-comments",
      `POST /repos/${OWNER}/${REPO}/pulls/32/reviews (fault)`,
      "POST issues/create-comment",
      "POST issues/create-comment",
      "POST checks/create",
    ]);
    record("422 on the review", run, `exit ${run.code}: proposals in the conversation`);
  });

  test("the head commit cannot be read (its branch was deleted): the step fails with one line that says why", async () => {
    const { repo, server } = await serve(twoUnits(), {
      pulls: [{ number: 33, base: "main", head: "feature", headRepo: "someone/shop" }],
    });
    server.addFault({
      method: "GET",
      path: new RegExp(`/git/trees/${repo.branches.feature}`),
      status: 404,
      times: Infinity,
    });
    const { event, env } = pullRequestTargetEvent(
      { server, owner: OWNER, repo: REPO },
      33,
      "synchronize",
      "main",
    );
    const run = await act(server, { env, event, workspace: workspace(repo, null) });
    expectClean(server, run);
    expect(run.code).toBe(1);
    const lines = failureLine(run);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      `harden-units: cannot read the commit ${repo.branches.feature!.slice(0, 7)} under review through the API (404 Not Found): was its branch deleted or force-pushed, or may the token not read contents?`,
    );
    expect(server.requests.filter((r) => r.fault)).toHaveLength(1); // a 404 is final: not retried
    record("404 on the head commit (deleted branch)", run, `exit ${run.code}: ${lines[0]}`);
  });
});

// --- more faults: timeouts --------------------------------------------------------------------

describe("timeouts", () => {
  const commits = (): FixtureCommit[] => [
    { branch: "main", files: { "README.md": "r\n" }, message: "init" },
    {
      branch: "feature",
      from: "main",
      files: { "deploy/web.service": delegating("web") },
      message: "add web",
    },
  ];

  test("a request that hangs once is abandoned and retried", async () => {
    const { repo, server } = await serve(commits(), {
      pulls: [{ number: 40, base: "main", head: "feature" }],
      faults: [{ method: "GET", path: /\/pulls\/40\/files$/, status: 0, hang: true }],
    });
    const env = { ...server.pullRequestEnv(40), HARDEN_UNITS_API_TIMEOUT_MS: "500" };
    const run = await act(server, {
      env,
      event: server.pullRequestEvent(40, "opened"),
      workspace: workspace(repo, repo.branches.feature!),
    });
    expectClean(server, run);
    expect(run.code).toBe(0);
    // The first attempt never gets an answer: the action gives up on it (its 0.5 s timeout) and
    // asks again. No clock in the test: the run could not have finished had it waited.
    const files = server.requests.filter((r) => r.path.endsWith("/pulls/40/files"));
    expect(files.map((r) => [r.abandoned ?? false, r.status])).toEqual([
      [true, 0],
      [false, 200],
    ]);
    expect(run.outputs.units).toBe("1");
    record("a hung request (timeout, retried)", run, `exit ${run.code}`);
  });

  test("a request that always hangs: bounded retries, then one line that says which request failed", async () => {
    const { repo, server } = await serve(commits(), {
      pulls: [{ number: 41, base: "main", head: "feature" }],
      faults: [
        { method: "GET", path: /\/pulls\/41\/files$/, status: 0, hang: true, times: Infinity },
      ],
    });
    const env = { ...server.pullRequestEnv(41), HARDEN_UNITS_API_TIMEOUT_MS: "300" };
    const run = await act(server, {
      env,
      event: server.pullRequestEvent(41, "opened"),
      workspace: workspace(repo, repo.branches.feature!),
    });
    expectClean(server, run);
    expect(run.code).toBe(1);
    expect(failureLine(run)).toEqual([
      `harden-units: the scan could not run: 500 The operation was aborted due to timeout (GET /repos/${OWNER}/${REPO}/pulls/41/files)`,
    ]);
    // three attempts of 0.3 s, each abandoned by the action, and waits of 0.5 s and 2 s between them
    const files = server.requests.filter((r) => r.path.endsWith("/pulls/41/files"));
    expect(files.map((r) => r.abandoned)).toEqual([true, true, true]);
    record("a request that always hangs", run, `exit ${run.code}: failed after 3 attempts`);
  });
});

// --- GitHub Enterprise Server ------------------------------------------------------------------

test("GITHUB_API_URL of a GitHub Enterprise Server (/api/v3) is honoured", async () => {
  const { repo, server } = await serve(
    [
      { branch: "main", files: { "deploy/db.service": DB_HARDENED }, message: "init" },
      {
        branch: "feature",
        from: "main",
        files: { "deploy/db.service": DB_WEAKENED },
        message: "weaken",
      },
    ],
    { pulls: [{ number: 50, base: "main", head: "feature" }], apiPrefix: "/api/v3" },
  );
  expect(server.url).toMatch(/\/api\/v3$/);
  const run = await act(server, {
    inputs: { fix: "none" },
    env: server.pullRequestEnv(50),
    event: server.pullRequestEvent(50, "opened"),
    workspace: workspace(repo, repo.branches.feature!),
  });
  expectClean(server, run);
  expect(run.code).toBe(1);
  expect(server.requests.length).toBeGreaterThan(0);
  for (const r of server.requests) expect(r.path.startsWith("/api/v3/")).toBe(true);
  expect(server.state.checkRuns).toHaveLength(1);
  record("GitHub Enterprise Server API URL", run, `exit ${run.code}: increase gate`);
});

// --- past GitHub's 3000-file listing ---------------------------------------------------------

test("a PR of 3100 files: the listing stops at 3000, the trees are compared for the rest, calls stay bounded", async () => {
  const main: Record<string, string> = { "README.md": "r\n" };
  const feature: Record<string, string> = {};
  for (let i = 0; i < 3040; i++)
    feature[`assets/a-${String(i).padStart(4, "0")}.txt`] = `asset ${i}\n`;
  // the units sort after the assets: all of them are past the 3000 files GitHub lists
  for (let i = 0; i < 60; i++) {
    const p = `deploy/u${String(i).padStart(2, "0")}.service`;
    if (i < 10) main[p] = plain(`u${i}`); // 10 changed units with a base, 50 new ones
    feature[p] = delegating(`u${i}`);
  }
  const { repo, server } = await serve(
    [
      { branch: "main", files: main, message: "init" },
      { branch: "feature", from: "main", files: feature, message: "3100 files" },
      // the base branch moves on after the pull request branched off: the merge base is what it changes
      {
        branch: "main",
        files: {
          "deploy/u00.service.d/hard.conf": "[Service]\nProtectSystem=strict\nPrivateTmp=yes\n",
        },
        message: "harden u00 on main",
      },
    ],
    { pulls: [{ number: 60, base: "main", head: "feature" }] },
  );
  const event = server.pullRequestEvent(60, "synchronize");
  expect(event.pull_request.changed_files).toBe(3100);
  const env60 = server.pullRequestEnv(60);
  const ws60 = workspace(repo, repo.branches.feature!);
  // fix: none keeps this about listing, reading and annotating (the review flow is action-fix.test.ts's)
  const run = await act(server, { inputs: { fix: "none" }, env: env60, event, workspace: ws60 });
  expectClean(server, run);
  expect(run.code).toBe(0);
  expect(run.outputs.units).toBe("60");
  expect(run.summary).toContain("more than the 3000 files GitHub lists");
  // the base of u00 is the merge base's (9.6), not main's hardened tip
  expect(
    run
      .report!.units.filter((u) => u.baseExposure !== undefined)
      .map((u) => [u.path, u.baseExposure]),
  ).toEqual(
    Array.from({ length: 10 }, (_, i) => [`deploy/u${String(i).padStart(2, "0")}.service`, 9.6]),
  );
  const annotations = server.state.checkRuns[0]!.output.annotations.length;
  // 60 units: each on its [Service] line (9.6), its weak Delegate= line, its finding
  expect(annotations).toBe(180);
  const count = (op: string) => server.requests.filter((r) => r.operationId === op).length;
  expect(count("pulls/list-files")).toBe(30);
  // only the base files GitHub's listing does not carry (the 10 changed units past the cap) are read one by one
  const pastCapBase = 10;
  expect(count("git/get-blob")).toBe(pastCapBase);
  // 1 + ceil(files/100) + ceil(annotations/50) + C, with C = 2: the merge base (1) and the two trees
  // compared (2), less the 31st page GitHub never serves (-1); the leading 1 is the check run's
  // create, whose first 50 annotations ceil(annotations/50) counts again, so the bound has one call
  // to spare. Plus one read per base file past the listing (no patch carries it).
  const bound = 1 + Math.ceil(3100 / 100) + Math.ceil(annotations / 50) + 2 + pastCapBase;
  expect(calls(run)).toBe(30 + 1 + 2 + pastCapBase + Math.ceil(annotations / 50));
  expect(calls(run)).toBeLessThanOrEqual(bound);
  console.log(
    `3100-file PR: ${calls(run)} API calls (bound ${bound}), ${Math.round(run.ms)} ms wall time`,
  );
  record(
    "PR of 3100 files (past the listing cap)",
    run,
    `exit ${run.code}: 60 units, ${annotations} annotations, bound ${bound}`,
  );
}, 60_000);

// --- base versions from patches ---------------------------------------------------------------

describe("unapplyPatch (the base of a file from its head and its patch)", () => {
  test.each([
    ["a\nb\nc\n", "a\nB\nc\n"],
    ["a\nb\nc", "a\nb\nc\n"],
    ["a\nb\nc\n", "a\nb\nc"],
    ["", "x\n"],
    ["x\ny\n", ""],
    ["a\nb", "a\nc"],
    ["one\n\n\ntwo\n", "one\n\ntwo\nthree\n"],
    [
      Array.from({ length: 40 }, (_, i) => `l${i}`).join("\n") + "\n",
      Array.from({ length: 40 }, (_, i) => (i % 9 === 0 ? `X${i}` : `l${i}`)).join("\n") + "\n",
    ],
  ])("%j -> %j", (before, after) => {
    const d = tempDir("hu-patch-");
    writeFileSync(path.join(d, "a"), before);
    writeFileSync(path.join(d, "b"), after);
    const out = git(["diff", "--no-index", "--no-color", "a", "b"], { cwd: d, okCodes: [1] });
    const lines = out.split("\n");
    const patch = lines.slice(lines.findIndex((l) => l.startsWith("@@"))).join("\n");
    expect(unapplyPatch(after, patch)).toBe(before);
  });
  test("a patch that does not fit the text", () => {
    expect(unapplyPatch("zzz\n", "@@ -1 +1 @@\n-a\n+b")).toBeNull();
  });
});
