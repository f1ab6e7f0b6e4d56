/**
 * End-to-end tests of `fix: pull-request` (issue 15): the built action runs on schedule,
 * workflow_dispatch and push events against the local GitHub API server, which keeps the branch
 * in a real git repository and the pull requests as GitHub does (one open pull request per head,
 * 422 for a second).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { afterAll, describe, expect, test, vi } from "vitest";
import { oracleSecurity, oracleVersion } from "../helpers/oracle.js";
import { addCommits, checkout, git, tempDir, type FixtureCommit } from "./git-fixture.js";
import type { GitHubServer } from "./github-server.js";
import {
  API_BASE,
  APP_TOKEN,
  calls,
  closeAll,
  fixture,
  OWNER,
  publicText,
  REPO,
  TOKENS,
  WEB,
  WRITER,
  writes,
  type Fixture,
} from "./fix-helpers.js";
import { E2E_TEST_TIMEOUT_MS, runAction, type ActionRun, type ReadUnit } from "./run-action.js";
import type { components } from "@octokit/openapi-types";

// A hang detector, not a speed limit: see E2E_TEST_TIMEOUT_MS.
vi.setConfig({ testTimeout: E2E_TEST_TIMEOUT_MS, hookTimeout: E2E_TEST_TIMEOUT_MS });

afterAll(closeAll);

const BRANCH = "harden-units/hardening";
const WEB_PATH = "deploy/web.service";
const API_PATH = "deploy/api.service";
const WORKER_PATH = "deploy/worker.service";
const WORKER = WEB.replace("Web frontend", "Queue worker").replace(
  "/usr/bin/web --port 8080",
  "/usr/bin/worker",
);
const READ_ONLY = "ghs_readonlyTOKEN0123456789abcdefABCDE";
const NO_PULLS = "ghs_nopullsTOKEN0123456789abcdefABCDEF";
const tokens = {
  ...TOKENS,
  [READ_ONLY]: { checks: "write", contents: "read", pullRequests: "read", issues: "read" },
  [NO_PULLS]: { checks: "write", contents: "write", pullRequests: "read", issues: "read" },
} as const;

const COMMITS: FixtureCommit[] = [
  {
    branch: "main",
    message: "init",
    files: { "README.md": "hello\n", [WEB_PATH]: WEB, [API_PATH]: API_BASE },
  },
];

async function setup(commits: FixtureCommit[] = COMMITS): Promise<Fixture> {
  return fixture(commits, { tokens: { ...tokens } });
}

/** The variables and payload the runner gives a scheduled, manual or push run on `ref`. */
async function runOn(
  f: Fixture,
  event: "schedule" | "workflow_dispatch" | "push",
  inputs: Record<string, string> = {},
  ref = "main",
): Promise<ActionRun> {
  const sha = f.server.branchSha(ref);
  const repository = repositoryOf(f.server);
  const payload =
    event === "schedule"
      ? { schedule: "17 3 * * 1", repository }
      : event === "workflow_dispatch"
        ? { ref: `refs/heads/${ref}`, inputs: {}, repository, sender: { login: "octocat" } }
        : {
            ref: `refs/heads/${ref}`,
            before: "0".repeat(40),
            after: sha,
            repository,
            sender: { login: "octocat" },
          };
  const env = {
    GITHUB_API_URL: f.server.url,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_EVENT_NAME: event,
    GITHUB_REF: `refs/heads/${ref}`,
    GITHUB_REF_NAME: ref,
    GITHUB_SHA: sha,
  };
  return runAction({
    inputs: { "github-token": WRITER, fix: "pull-request", ...inputs },
    env,
    event: payload,
    workspace: f.workspaceAt(sha),
    timeoutMs: 110_000,
  });
}

function repositoryOf(server: GitHubServer): Record<string, unknown> {
  return {
    full_name: `${OWNER}/${REPO}`,
    name: REPO,
    owner: { login: OWNER },
    default_branch: "main",
    html_url: `${server.url}`,
  };
}

/** What every run must satisfy: valid requests only, no token anywhere public, a step that did not fail. */
function clean(server: GitHubServer, run: ActionRun): void {
  expect(
    server.violations,
    JSON.stringify({ stdout: run.stdout, calls: calls(server) }, null, 1),
  ).toEqual([]);
  expect(run.stderr).toBe("");
  expect(run.code, run.stdout).toBe(0);
  const text = publicText(server, run);
  for (const token of Object.keys(tokens)) expect(text).not.toContain(token);
}

/** Markdown as it reads (backslash escapes removed). */
const rendered = (md: string) => md.replace(/\\(.)/g, "$1");

/** "METHOD operationId" of each write from request `from` on. */
const writeOps = (server: GitHubServer, from = 0) =>
  writes(server, from).map((r) => `${r.method} ${r.operationId} ${r.status}`);

/** The pull requests harden-units keeps on its branch, as pulls.list answers. */
/** A pull request as pulls/list shows it; the bot's always have a body and a user. */
type ListedPull = components["schemas"]["pull-request-simple"] & {
  body: string;
  user: components["schemas"]["simple-user"];
};

async function pullsOnBranch(
  f: Fixture,
  state: "open" | "closed" | "all" = "all",
): Promise<ListedPull[]> {
  const res = await fetch(
    `${f.server.url}/repos/${OWNER}/${REPO}/pulls?state=${state}&head=${OWNER}:${encodeURIComponent(BRANCH)}`,
    { headers: { authorization: `token ${WRITER}`, "user-agent": "test" } },
  );
  return (await res.json()) as ListedPull[];
}

/** The files the branch adds to or changes from `base`, with their contents. */
function branchFiles(f: Fixture, base = "main"): Record<string, string> {
  const out: Record<string, string> = {};
  const names = git(["diff", "--name-only", `refs/heads/${base}`, `refs/heads/${BRANCH}`], {
    gitDir: f.repo.gitDir,
  })
    .split("\n")
    .filter(Boolean);
  for (const n of names)
    out[n] = git(["show", `refs/heads/${BRANCH}:${n}`], { gitDir: f.repo.gitDir }) + "\n";
  return out;
}

function unitOf(run: ActionRun, p: string): ReadUnit {
  return run.report!.units.find((u) => u.path === p)!;
}

/** A checkout of `rev` (the unit files with their drop-in folders). */
function checkoutOf(f: Fixture, rev: string): string {
  const dir = tempDir("hu-hpr-");
  checkout(f.repo.gitDir, dir, git(["rev-parse", rev], { gitDir: f.repo.gitDir }));
  return dir;
}

describe("fix: pull-request", () => {
  test("first run: one pull request with exactly the expected drop-ins, each lowering our score and systemd-analyze's; a second run writes nothing", async () => {
    const f = await setup();
    const run = await runOn(f, "schedule");
    clean(f.server, run);
    const main = f.server.branchSha("main");
    const tip = f.server.branchSha(BRANCH);
    expect(writeOps(f.server)).toEqual([
      "POST git/create-blob 201",
      "POST git/create-blob 201",
      "POST git/create-tree 201",
      "POST git/create-commit 201",
      "POST git/create-ref 201",
      "POST pulls/create 201",
      "POST checks/create 201",
      "POST checks/create 201",
    ]);
    // No author or committer: GitHub signs it, so it shows as Verified; its only parent is main's head.
    const commitRequest = f.server.requests.find((r) => r.operationId === "git/create-commit")!;
    expect(Object.keys(commitRequest.body as object).sort()).toEqual([
      "message",
      "parents",
      "tree",
    ]);
    expect(commitRequest.body).toHaveProperty("parents", [main]);
    const verification = await fetch(`${f.server.url}/repos/${OWNER}/${REPO}/git/commits/${tip}`, {
      headers: { authorization: `token ${WRITER}`, "user-agent": "test" },
    });
    expect(
      ((await verification.json()) as components["schemas"]["git-commit"]).verification.verified,
    ).toBe(true);

    const pulls = await pullsOnBranch(f);
    expect(pulls).toHaveLength(1);
    const pr = pulls[0]!;
    expect([pr.state, pr.title, pr.base.ref, pr.head.ref, pr.head.sha]).toEqual([
      "open",
      "Harden 2 systemd units",
      "main",
      BRANCH,
      tip,
    ]);

    // Exactly the drop-ins the report proposes, nothing else.
    const web = unitOf(run, WEB_PATH);
    const api = unitOf(run, API_PATH);
    expect(branchFiles(f)).toEqual({
      [web.dropin.path]: web.dropin.content,
      [api.dropin.path]: api.dropin.content,
    });
    expect(JSON.parse(run.outputs.dropins!).sort()).toEqual(
      [api.dropin.path, web.dropin.path].sort(),
    );
    expect(run.outputs["commit-sha"]).toBe(tip);
    for (const u of [web, api]) {
      expect(u.dropin.exposureAfter).toBeLessThan(u.exposure);
      expect(pr.body).toContain(
        `| 252 | ${u.exposure.toFixed(1)} | ${u.dropin.exposureAfter.toFixed(1)} |`,
      );
    }
    expect(pr.body).toContain("### Opting out");
    expect(pr.body).toContain("hardening-exclude");

    // The re-scored result on the branch's head, so required checks do not wait for a run that never starts.
    const onTip = f.server.state.checkRuns.filter((c) => c.head_sha === tip);
    expect(onTip.map((c) => [c.status, c.conclusion])).toEqual([["completed", "success"]]);
    expect(rendered(run.summary)).toContain(`Opened the hardening pull request #${pr.number}`);

    if (oracleVersion()) {
      const before = checkoutOf(f, "refs/heads/main");
      const after = checkoutOf(f, `refs/heads/${BRANCH}`);
      for (const u of [web, api]) {
        const was = await oracleSecurity(path.join(before, u.path));
        const now = await oracleSecurity(path.join(after, u.path));
        expect(was.exposure).toBe(u.exposure.toFixed(1));
        expect(now.exposure).toBe(u.dropin.exposureAfter.toFixed(1));
        expect(Number(now.exposure)).toBeLessThan(Number(was.exposure));
      }
    }

    // Nothing new: nothing written but the run's own check run on main.
    const from = f.server.requests.length;
    const again = await runOn(f, "schedule");
    clean(f.server, again);
    expect(writeOps(f.server, from)).toEqual(["POST checks/create 201"]);
    expect(writes(f.server, from)[0]!.body).toMatchObject({ head_sha: main });
    expect(rendered(again.summary)).toContain(
      `The hardening pull request #${pr.number} is up to date`,
    );
    expect(f.server.branchSha(BRANCH)).toBe(tip);
  }, 300_000);

  test("the default branch moved: an unrelated commit writes nothing; a new weak unit regenerates the branch on main (fast forward) and updates the body", async () => {
    const f = await setup();
    await runOn(f, "schedule");
    const firstTip = f.server.branchSha(BRANCH);
    const pr = (await pullsOnBranch(f))[0]!;

    addCommits(f.repo.gitDir, [
      { branch: "main", message: "docs", files: { "README.md": "hello again\n" } },
    ]);
    let from = f.server.requests.length;
    const unrelated = await runOn(f, "push");
    clean(f.server, unrelated);
    expect(writeOps(f.server, from)).toEqual(["POST checks/create 201"]);

    addCommits(f.repo.gitDir, [
      { branch: "main", message: "add worker", files: { [WORKER_PATH]: WORKER } },
    ]);
    from = f.server.requests.length;
    const run = await runOn(f, "push");
    clean(f.server, run);
    const main = f.server.branchSha("main");
    const tip = f.server.branchSha(BRANCH);
    expect(writeOps(f.server, from)).toEqual([
      "POST git/create-blob 201",
      "POST git/create-blob 201",
      "POST git/create-blob 201",
      "POST git/create-tree 201",
      "POST git/create-commit 201",
      "PATCH git/update-ref 200",
      "PATCH pulls/update 200",
      "POST checks/create 201",
      "POST checks/create 201",
    ]);
    // On the current main, with the earlier proposal as a second parent: a fast forward, never a force push.
    expect(
      git(["rev-list", "--parents", "-n", "1", tip], { gitDir: f.repo.gitDir }).split(" ").slice(1),
    ).toEqual([main, firstTip]);
    expect(
      f.server.requests.find((r, i) => i >= from && r.operationId === "git/update-ref")!.body,
    ).toHaveProperty("force", false);
    const files = branchFiles(f);
    expect(Object.keys(files).sort()).toEqual(
      [
        unitOf(run, API_PATH).dropin.path,
        unitOf(run, WEB_PATH).dropin.path,
        unitOf(run, WORKER_PATH).dropin.path,
      ].sort(),
    );
    const pulls = await pullsOnBranch(f);
    expect(pulls.map((p) => [p.number, p.state, p.title])).toEqual([
      [pr.number, "open", "Harden 3 systemd units"],
    ]);
    expect(pulls[0]!.body).toContain(WORKER_PATH);
  }, 300_000);

  test("every unit already hardened: the pull request is closed with a comment that says why", async () => {
    const f = await setup();
    const first = await runOn(f, "workflow_dispatch");
    clean(f.server, first);
    const pr = (await pullsOnBranch(f))[0]!;
    // Someone applies the drop-ins on main by hand.
    const dropins = Object.fromEntries(
      [WEB_PATH, API_PATH].map((p) => [
        unitOf(first, p).dropin.path,
        unitOf(first, p).dropin.content,
      ]),
    );
    addCommits(f.repo.gitDir, [{ branch: "main", message: "harden by hand", files: dropins }]);
    const from = f.server.requests.length;
    const run = await runOn(f, "workflow_dispatch");
    clean(f.server, run);
    expect(writeOps(f.server, from)).toEqual([
      "POST issues/create-comment 201",
      "PATCH pulls/update 200",
      "POST checks/create 201",
    ]);
    const comment = f.server.state.issueComments.find((c) => c.issue === pr.number)!;
    expect(comment.body).toContain("Nothing is left to propose");
    expect((await pullsOnBranch(f)).map((p) => p.state)).toEqual(["closed"]);
    expect(rendered(run.summary)).toContain(`The hardening pull request #${pr.number} is closed`);
    expect(JSON.parse(run.outputs.dropins!)).toEqual([]);
  }, 300_000);

  test("a human commit on the branch is never overwritten, and the job summary says so", async () => {
    const f = await setup();
    await runOn(f, "schedule");
    addCommits(f.repo.gitDir, [
      {
        branch: BRANCH,
        message: "tweak",
        files: { "deploy/web.service.d/hardening.conf": "[Service]\nPrivateTmp=yes\n" },
      },
    ]);
    const human = f.server.branchSha(BRANCH);
    addCommits(f.repo.gitDir, [
      { branch: "main", message: "add worker", files: { [WORKER_PATH]: WORKER } },
    ]);
    const from = f.server.requests.length;
    const run = await runOn(f, "schedule");
    clean(f.server, run);
    expect(writeOps(f.server, from)).toEqual(["POST checks/create 201"]);
    expect(f.server.branchSha(BRANCH)).toBe(human);
    expect(rendered(run.summary)).toContain(
      `has a commit that is not harden-units' (${human.slice(0, 7)})`,
    );
    expect(rendered(run.summary)).toContain("never overwrites it");
  }, 300_000);

  test("a pull request closed without merging is not opened again until the proposal changes; then a new one is", async () => {
    const f = await setup();
    await runOn(f, "schedule");
    const pr = (await pullsOnBranch(f))[0]!;
    const closed = await fetch(`${f.server.url}/repos/${OWNER}/${REPO}/pulls/${pr.number}`, {
      method: "PATCH",
      headers: {
        authorization: `token ${WRITER}`,
        "user-agent": "test",
        "content-type": "application/json",
      },
      body: JSON.stringify({ state: "closed" }),
    });
    expect(closed.status).toBe(200);
    let from = f.server.requests.length;
    const refused = await runOn(f, "schedule");
    clean(f.server, refused);
    expect(writeOps(f.server, from)).toEqual(["POST checks/create 201"]);
    expect(rendered(refused.summary)).toContain(`#${pr.number} was closed without merging`);

    addCommits(f.repo.gitDir, [
      { branch: "main", message: "add worker", files: { [WORKER_PATH]: WORKER } },
    ]);
    from = f.server.requests.length;
    const run = await runOn(f, "schedule");
    clean(f.server, run);
    // The branch (still harden-units') fast-forwards; a new pull request, never the closed one reopened.
    expect(writeOps(f.server, from)).toEqual([
      "POST git/create-blob 201",
      "POST git/create-blob 201",
      "POST git/create-blob 201",
      "POST git/create-tree 201",
      "POST git/create-commit 201",
      "PATCH git/update-ref 200",
      "POST pulls/create 201",
      "POST checks/create 201",
      "POST checks/create 201",
    ]);
    const pulls = await pullsOnBranch(f);
    expect(pulls.map((p) => p.state).sort()).toEqual(["closed", "open"]);
    expect(pulls.find((p) => p.state === "open")!.number).not.toBe(pr.number);
  }, 300_000);

  test("a read-only token, or one without pull-requests: write: the drop-ins stay in the job summary with a notice naming the permission; the step passes", async () => {
    const f = await setup();
    let from = f.server.requests.length;
    const run = await runOn(f, "schedule", { "github-token": READ_ONLY });
    clean(f.server, run);
    expect(writeOps(f.server, from)).toEqual([
      "POST git/create-blob 403",
      "POST checks/create 201",
    ]);
    const notice = run.commands.find(
      (c) => c.kind === "notice" && c.message.startsWith("No hardening pull request"),
    );
    expect(notice?.message).toContain("contents: write");
    expect(rendered(run.summary)).toContain("contents: write");
    expect(rendered(run.summary)).toContain(unitOf(run, WEB_PATH).dropin.content.split("\n")[0]);
    expect(await pullsOnBranch(f)).toEqual([]);

    from = f.server.requests.length;
    const noPulls = await runOn(f, "schedule", { "github-token": NO_PULLS });
    clean(f.server, noPulls);
    expect(writeOps(f.server, from)).toEqual([
      "POST git/create-blob 201",
      "POST git/create-blob 201",
      "POST git/create-tree 201",
      "POST git/create-commit 201",
      "POST git/create-ref 201",
      "POST pulls/create 403",
      "POST checks/create 201",
    ]);
    expect(
      noPulls.commands.find(
        (c) => c.kind === "notice" && c.message.startsWith("No hardening pull request"),
      )?.message,
    ).toContain("pull-requests: write");
    expect(await pullsOnBranch(f)).toEqual([]);
  }, 300_000);

  test("workflow_dispatch on another branch and a push to another branch open nothing; a policy's hardening-exclude leaves a unit out and the body says why; each listed systemd version has its row", async () => {
    const f = await setup([
      ...COMMITS,
      {
        branch: "main",
        message: "policy",
        files: { ".github/harden-units.ini": "hardening-exclude = deploy/api.*\n" },
      },
      { branch: "topic", from: "main", message: "topic", files: { "README.md": "topic\n" } },
    ]);
    for (const event of ["workflow_dispatch", "push"] as const) {
      const from = f.server.requests.length;
      const run = await runOn(f, event, {}, "topic");
      clean(f.server, run);
      expect(writeOps(f.server, from)).toEqual(["POST checks/create 201"]);
    }
    const run = await runOn(f, "workflow_dispatch", { "systemd-version": "252 257" });
    clean(f.server, run);
    const pr = (await pullsOnBranch(f))[0]!;
    expect(pr.title).toBe("Harden 1 systemd unit");
    // One row per listed version, each lowering the exposure.
    const rows = [...pr.body.matchAll(/^\| (\d{3}) \| (\d+\.\d) \| (\d+\.\d) \|$/gm)].map((m) => [
      m[1],
      Number(m[2]) > Number(m[3]),
    ]);
    expect(rows).toEqual([
      ["252", true],
      ["257", true],
    ]);
    expect(Object.keys(branchFiles(f))).toEqual([unitOf(run, WEB_PATH).dropin.path]);
    expect(pr.body).toContain("### Left out");
    expect(rendered(pr.body)).toContain(
      "| `deploy/api.service` | listed under hardening-exclude (deploy/api.*) in .github/harden-units.ini |",
    );
  }, 300_000);

  test("with commit-token: the commit and the pull request are the app's, and no check run is posted on the branch (its own run reports)", async () => {
    const f = await setup();
    const run = await runOn(f, "schedule", { "commit-token": APP_TOKEN });
    clean(f.server, run);
    const tip = f.server.branchSha(BRANCH);
    const pr = (await pullsOnBranch(f))[0]!;
    expect(pr.user.login).toBe("harden-bot[bot]");
    expect(
      f.server.requests
        .filter((r) => r.operationId === "pulls/create" || r.operationId === "git/create-commit")
        .map((r) => r.token),
    ).toEqual([APP_TOKEN, APP_TOKEN]);
    expect(f.server.state.checkRuns.filter((c) => c.head_sha === tip)).toEqual([]);
    expect(run.outputs["commit-sha"]).toBe(tip);
  }, 300_000);

  test("the example repository: the pull request for examples/", async () => {
    const files: Record<string, string> = {};
    const root = path.resolve(import.meta.dirname, "../../examples");
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const abs = path.join(dir, name);
        if (statSync(abs).isDirectory()) walk(abs);
        else files[`examples/${path.relative(root, abs)}`] = readFileSync(abs, "utf8");
      }
    };
    walk(root);
    const f = await setup([{ branch: "main", message: "examples", files }]);
    // examples/seed/myapp.service has error findings on purpose: the gate is not what this test is about.
    const run = await runOn(f, "schedule", { "fail-on": "never" });
    clean(f.server, run);
    const pr = (await pullsOnBranch(f))[0]!;
    expect(pr.title).toMatch(/^Harden \d+ systemd units?$/);
    const scored = run.report!.units.filter((u) => u.dropin && u.exposure >= 5);
    expect(Object.keys(branchFiles(f)).sort()).toEqual(scored.map((u) => u.dropin.path).sort());
    if (process.env.HU_PR_BODY_OUT) {
      mkdirSync(path.dirname(process.env.HU_PR_BODY_OUT), { recursive: true });
      writeFileSync(process.env.HU_PR_BODY_OUT, pr.body);
    }
  }, 300_000);
});
