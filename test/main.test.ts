/**
 * The story of a run (src/main.ts), in process: a fake runner and an in-memory GitHub behind the
 * GitHubApi interface. What reaches the user: one failure line or none, the outputs, one job
 * summary, the check run or its fallback, and which fix path was taken.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import type { ApiOptions } from "../src/github/api.js";
import type { AnnotationProperties, Runner } from "../src/github/runner.js";
import { run } from "../src/main.js";
import { VERSION } from "../src/version.js";
import { FakeGitHub } from "./helpers/fake-github.js";

const OWNER = "acme";
const REPO = "infra";

/** A weak unit: about 9.6, every hardening setting missing. */
const WEAK = "[Unit]\nDescription=web\n\n[Service]\nExecStart=/usr/bin/web\n";
/** The same unit with a little hardening: lower exposure than WEAK. */
const BETTER = `${WEAK}ProtectSystem=strict\nProtectHome=yes\nPrivateTmp=yes\nNoNewPrivileges=yes\n`;

class FakeRunner implements Runner {
  readonly lines: string[] = [];
  readonly failed: string[] = [];
  readonly notices: { message: string; title: string | undefined }[] = [];
  readonly outputs = new Map<string, string>();
  readonly summaries: string[] = [];
  readonly secrets: string[] = [];
  summaryError: Error | null = null;

  constructor(private readonly inputs: Record<string, string>) {}

  getInput(name: string) {
    return this.inputs[name] ?? "";
  }
  setSecret(secret: string) {
    this.secrets.push(secret);
  }
  info(message: string) {
    this.lines.push(message);
  }
  debug() {}
  notice(message: string, properties?: AnnotationProperties) {
    this.notices.push({ message, title: properties?.title });
  }
  setFailed(message: string) {
    this.failed.push(message);
  }
  setOutput(name: string, value: unknown) {
    this.outputs.set(name, typeof value === "string" ? value : JSON.stringify(value));
  }
  async writeSummary(markdown: string) {
    if (this.summaryError) throw this.summaryError;
    this.summaries.push(markdown);
  }
  /** The workflow commands printed (the check run's fallback). */
  commands(kind?: string) {
    return this.lines.filter((l) => l.startsWith(kind ? `::${kind} ` : "::"));
  }
}

interface Run {
  readonly runner: FakeRunner;
  readonly api: FakeGitHub;
  readonly created: ApiOptions[];
  readonly tempDir: string;
}

/** Runs the action once: these inputs, this event and payload, this GitHub. */
async function runAction(options: {
  api: FakeGitHub;
  inputs?: Record<string, string>;
  event: string;
  payload: unknown;
  sha: string;
  ref?: string;
  env?: Record<string, string | undefined>;
  runner?: FakeRunner;
}): Promise<Run> {
  const dir = mkdtempSync(path.join(tmpdir(), "hu-main-"));
  const eventPath = path.join(dir, "event.json");
  writeFileSync(eventPath, JSON.stringify(options.payload));
  const workspace = mkdtempSync(path.join(dir, "workspace-"));
  const tempDir = mkdtempSync(path.join(dir, "temp-"));
  const runner =
    options.runner ?? new FakeRunner({ "github-token": "ghs_token", ...options.inputs });
  const created: ApiOptions[] = [];
  await run({
    runner,
    env: {
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_EVENT_NAME: options.event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_SHA: options.sha,
      GITHUB_REF: options.ref ?? "refs/heads/main",
      GITHUB_API_URL: "https://api.github.test",
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: tempDir,
      ...options.env,
    },
    createApi: (o) => {
      created.push(o);
      return options.api;
    },
  });
  return { runner, api: options.api, created, tempDir };
}

/** An added file's patch, as GitHub lists it. */
const addedPatch = (content: string) => {
  const lines = content.replace(/\n$/, "").split("\n");
  return `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join("\n")}`;
};

/** A pull request adding deploy/web.service (WEAK) to a base without it, from `headRepo`. */
function pullRequest(api: FakeGitHub, headRepo = `${OWNER}/${REPO}`, unit = WEAK) {
  const baseSha = api.addCommit({ "README.md": "infra\n" }, "base");
  const headSha = api.addCommit({ "README.md": "infra\n", "deploy/web.service": unit }, "head");
  api.branches.set("main", baseSha);
  api.branches.set("add-web", headSha);
  const info = {
    headSha,
    headRef: "add-web",
    headRepo,
    baseSha,
    baseRef: "main",
    changedFiles: 1,
    state: "open",
  };
  api.pulls.set(7, {
    number: 7,
    info,
    files: [
      {
        filename: "deploy/web.service",
        status: "added",
        patch: addedPatch(unit),
        sha: "f".repeat(40),
        changes: unit.split("\n").length - 1,
      },
    ],
  });
  const repo = (fullName: string) => ({ full_name: fullName, name: fullName.split("/")[1] });
  const payload = {
    action: "opened",
    number: 7,
    pull_request: {
      number: 7,
      changed_files: 1,
      base: { sha: baseSha, ref: "main", repo: repo(`${OWNER}/${REPO}`) },
      head: { sha: headSha, ref: "add-web", repo: repo(headRepo) },
    },
    repository: repo(`${OWNER}/${REPO}`),
  };
  return { baseSha, headSha, payload };
}

/** The default branch at a commit holding deploy/web.service (WEAK). */
function defaultBranch(api: FakeGitHub, unit = WEAK) {
  const sha = api.addCommit({ "deploy/web.service": unit }, "main");
  api.branches.set("main", sha);
  return sha;
}

/** The job summary's text without Markdown's escapes. */
const plain = (markdown: string | undefined) => (markdown ?? "").replace(/\\(.)/g, "$1");

describe("settings and the event", () => {
  test("a settings error is one setFailed line, before any request", async () => {
    const { runner, api, created } = await runAction({
      api: new FakeGitHub(),
      inputs: { "max-exposure": "eleven" },
      event: "push",
      payload: {},
      sha: "a".repeat(40),
    });
    expect(runner.failed).toEqual([
      "harden-units: input max-exposure must be a number from 0 to 10; got 'eleven'",
    ]);
    expect(api.calls).toEqual([]);
    expect(created).toEqual([]);
    expect(runner.summaries).toEqual([]);
    expect(runner.outputs.size).toBe(0);
  });

  test("an unreadable event file is one line", async () => {
    const { runner, api } = await runAction({
      api: new FakeGitHub(),
      event: "push",
      payload: {},
      sha: "a".repeat(40),
      env: { GITHUB_EVENT_PATH: "/nonexistent/event.json" },
    });
    expect(runner.failed).toEqual([
      "harden-units: cannot read the event payload at /nonexistent/event.json",
    ]);
    expect(api.calls).toEqual([]);
  });

  test("the tokens are masked and the API is created with the run's address and repository", async () => {
    const api = new FakeGitHub();
    const sha = defaultBranch(api, BETTER);
    const { runner, created } = await runAction({
      api,
      inputs: { "commit-token": "ghp_app" },
      event: "push",
      payload: { ref: "refs/heads/main", before: "0".repeat(40), after: sha },
      sha,
    });
    expect(runner.secrets).toEqual(["ghs_token", "ghp_app"]);
    expect(created.map((o) => [o.token, o.baseUrl, o.owner, o.repo])).toEqual([
      ["ghs_token", "https://api.github.test", OWNER, REPO],
      ["ghp_app", "https://api.github.test", OWNER, REPO],
    ]);
  });
});

describe("the policy file and the inputs", () => {
  // Bug (issue 13): an input counted as given only when it differed from action.yml's default, so
  // `profile: baseline` in the workflow lost to a policy file that said strict.
  test("an input the workflow gives wins over the policy file, even when it is the default", async () => {
    const profileOf = async (inputs: Record<string, string>) => {
      const api = new FakeGitHub();
      const sha = api.addCommit({
        ".github/harden-units.ini": "profile = strict\n",
        "deploy/web.service": WEAK,
      });
      const { runner } = await runAction({ api, inputs, event: "push", payload: {}, sha });
      expect(runner.failed).toEqual([]);
      const report = JSON.parse(readFileSync(runner.outputs.get("report")!, "utf8"));
      return /\(profile (\w+)\)/.exec(report.units[0].dropin.content)?.[1];
    };
    expect(await profileOf({ profile: "baseline" })).toBe("baseline");
    expect(await profileOf({})).toBe("strict");
  });
});

describe("a push: scan, report, outputs", () => {
  test("the check run is posted, the outputs are set, the summary is written once", async () => {
    const api = new FakeGitHub();
    const sha = defaultBranch(api);
    const { runner, tempDir } = await runAction({
      api,
      event: "push",
      payload: { ref: "refs/heads/main", before: "0".repeat(40), after: sha },
      sha,
    });
    expect(runner.failed).toEqual([]);
    expect(api.checkRuns.map((c) => [c.name, c.sha, c.conclusion])).toEqual([
      ["harden-units", sha, "success"],
    ]);
    expect(api.checkRuns[0]!.outputs[0]!.title).toMatch(/^1 unit scored, highest exposure \d\.\d/);
    expect(runner.commands()).toEqual([]);
    expect(runner.summaries).toHaveLength(1);
    expect(plain(runner.summaries[0])).toContain("web.service");
    const report = path.join(tempDir, "harden-units", "report.json");
    expect(existsSync(report)).toBe(true);
    expect(JSON.parse(readFileSync(report, "utf8")).units).toHaveLength(1);
    expect(Object.fromEntries(runner.outputs)).toEqual({
      "max-exposure": expect.stringMatching(/^\d\.\d$/),
      units: "1",
      findings: expect.stringMatching(/^\d+$/),
      report,
      dropins: JSON.stringify(["deploy/web.service.d/hardening.conf"]),
      "commit-sha": "",
    });
    // No fix is posted on a push with fix: suggest.
    expect(api.calls).not.toContain("createReview");
    expect(api.calls).not.toContain("createCommit");
  });

  test("a runner without a job summary says so in the log and does not fail", async () => {
    const api = new FakeGitHub();
    const sha = defaultBranch(api);
    const runner = new FakeRunner({ "github-token": "ghs_token" });
    runner.summaryError = new Error("Unable to find environment variable for $GITHUB_STEP_SUMMARY");
    await runAction({ api, runner, event: "push", payload: { after: sha }, sha });
    expect(runner.failed).toEqual([]);
    expect(runner.lines).toContain(
      "harden-units: no job summary (Unable to find environment variable for $GITHUB_STEP_SUMMARY)",
    );
    expect(runner.outputs.get("units")).toBe("1");
  });

  test("a gate failure fails the step with the gate's line, after the outputs and the summary", async () => {
    const api = new FakeGitHub();
    const sha = defaultBranch(api);
    const { runner } = await runAction({
      api,
      inputs: { "max-exposure": "3" },
      event: "push",
      payload: { ref: "refs/heads/main", after: sha },
      sha,
    });
    expect(runner.failed).toHaveLength(1);
    expect(runner.failed).toEqual([
      "harden-units: deploy/web.service: exposure 9.6 is above the limit 3.0",
    ]);
    expect(api.checkRuns.map((c) => c.conclusion)).toEqual(["failure"]);
    expect(runner.summaries).toHaveLength(1);
    expect(runner.outputs.get("units")).toBe("1");
  });

  test("an unexpected error is one line with the failed request, no stack", async () => {
    const api = new FakeGitHub();
    const sha = defaultBranch(api);
    api.fail(
      "createCheckRun",
      Object.assign(new TypeError("Cannot read properties of undefined (reading 'id')"), {
        request: { method: "POST", url: "https://api.github.test/repos/acme/infra/check-runs" },
      }),
    );
    const { runner } = await runAction({
      api,
      event: "push",
      payload: { ref: "refs/heads/main", after: sha },
      sha,
    });
    // The check run's own failure falls back to workflow commands; the run goes on.
    expect(runner.failed).toEqual([]);
    expect(plain(runner.summaries[0])).toContain(
      "The check run could not be written (Cannot read properties of undefined (reading 'id'))",
    );
    // A failure outside the reporters (reading the commit's tree) ends the run in one line.
    const broken = new FakeGitHub();
    const sha2 = defaultBranch(broken);
    broken.fail(
      "getBlob",
      Object.assign(new RangeError("Invalid array length"), {
        request: { method: "GET", url: "https://api.github.test/repos/acme/infra/git/blobs/1?x=1" },
      }),
    );
    const second = await runAction({
      api: broken,
      event: "push",
      payload: { ref: "refs/heads/main", after: sha2 },
      sha: sha2,
    });
    expect(second.runner.failed).toEqual([
      "harden-units: the scan could not run: Invalid array length (GET /repos/acme/infra/git/blobs/1)",
    ]);
    expect(second.runner.summaries).toEqual([]);
  });
});

describe("a pull request", () => {
  test("a fork's token: the check run and the review are refused (403), workflow commands instead, the step passes", async () => {
    const api = new FakeGitHub().refuse("createCheckRun", 403).refuse("createReview", 403);
    const { headSha, payload } = pullRequest(api, "stranger/infra");
    const { runner } = await runAction({
      api,
      event: "pull_request",
      payload,
      sha: "e".repeat(40),
      ref: "refs/pull/7/merge",
    });
    expect(runner.failed).toEqual([]);
    expect(api.calls.filter((c) => c === "createCheckRun")).toHaveLength(1);
    expect(runner.commands().length).toBeGreaterThan(0);
    expect(runner.commands().join("\n")).toContain("file=deploy/web.service");
    expect(runner.summaries).toHaveLength(1);
    const summary = plain(runner.summaries[0]);
    expect(summary).toContain(
      "The token may not write check runs (the workflow needs `permissions: checks: write`; a fork's token never may), so the findings are workflow annotations instead",
    );
    expect(summary).toContain(
      "The token may not comment on this pull request (the workflow needs `permissions: pull-requests: write`; a fork's token never may), so the drop-ins are only in the summary below.",
    );
    expect(runner.lines[0]).toBe(
      `harden-units ${VERSION}: pull request #7, ${headSha.slice(0, 7)} against main`,
    );
    expect(runner.outputs.get("dropins")).toBe(
      JSON.stringify(["deploy/web.service.d/hardening.conf"]),
    );
  });

  test("fix: suggest posts a review on the pull request's head and no commit", async () => {
    const api = new FakeGitHub();
    const { headSha, payload } = pullRequest(api);
    const { runner } = await runAction({
      api,
      event: "pull_request",
      payload,
      sha: "e".repeat(40),
    });
    expect(runner.failed).toEqual([]);
    expect(api.checkRuns.map((c) => c.sha)).toEqual([headSha]);
    expect(api.reviews).toHaveLength(1);
    expect(api.reviews[0]!.comments.map((c) => c.path)).toContain("deploy/web.service");
    expect(api.calls).not.toContain("commitFiles");
    expect(runner.outputs.get("commit-sha")).toBe("");
  });

  test("fix: commit commits the drop-in on the pull request's branch and re-scores the new commit", async () => {
    const api = new FakeGitHub();
    const { headSha, payload } = pullRequest(api);
    const { runner } = await runAction({
      api,
      inputs: { fix: "commit" },
      event: "pull_request",
      payload,
      sha: "e".repeat(40),
    });
    expect(runner.failed).toEqual([]);
    const committed = api.branches.get("add-web")!;
    expect(committed).not.toBe(headSha);
    expect([...api.commits.get(committed)!.files.keys()]).toContain(
      "deploy/web.service.d/hardening.conf",
    );
    expect(runner.outputs.get("commit-sha")).toBe(committed);
    // The default token's commit starts no run: the re-score is posted on it, after the head's.
    expect(api.checkRuns.map((c) => c.sha)).toEqual([committed, headSha]);
    expect(api.checkRuns[0]!.outputs[0]!.title).toMatch(/^Re-scored after the harden-units commit/);
    expect(api.calls).not.toContain("createPull");
  });

  test("fix: commit on a fork suggests instead, and says why", async () => {
    const api = new FakeGitHub();
    const { headSha, payload } = pullRequest(api, "stranger/infra");
    const { runner } = await runAction({
      api,
      inputs: { fix: "commit" },
      event: "pull_request",
      payload,
      sha: "e".repeat(40),
    });
    expect(api.calls).not.toContain("commitFiles");
    expect(api.branches.get("add-web")).toBe(headSha);
    expect(api.reviews).toHaveLength(1);
    expect(plain(runner.summaries[0])).toContain(
      "The branch of this pull request lives in the fork stranger/infra, where harden-units does not commit",
    );
    expect(runner.failed).toEqual([]);
  });

  test("fix: pull-request posts nothing on a pull request", async () => {
    const api = new FakeGitHub();
    const { payload } = pullRequest(api);
    const { runner } = await runAction({
      api,
      inputs: { fix: "pull-request" },
      event: "pull_request",
      payload,
      sha: "e".repeat(40),
    });
    expect(runner.failed).toEqual([]);
    for (const write of ["createReview", "commitFiles", "createCommit", "createPull"] as const)
      expect(api.calls).not.toContain(write);
  });
});

describe("fix: pull-request on a schedule", () => {
  const scheduled = (api: FakeGitHub, sha: string) =>
    runAction({
      api,
      inputs: { fix: "pull-request" },
      event: "schedule",
      payload: { schedule: "17 4 * * 1", repository: { full_name: `${OWNER}/${REPO}` } },
      sha,
    });

  test("opens the hardening pull request on its branch", async () => {
    const api = new FakeGitHub();
    const sha = defaultBranch(api);
    const { runner } = await scheduled(api, sha);
    expect(runner.failed).toEqual([]);
    expect(api.createdPulls.map((p) => [p.head, p.base])).toEqual([
      ["harden-units/hardening", "main"],
    ]);
    const branchSha = api.branches.get("harden-units/hardening")!;
    expect(runner.outputs.get("commit-sha")).toBe(branchSha);
    expect(api.commits.get(branchSha)!.files.get("deploy/web.service.d/hardening.conf")).toMatch(
      /\[Service\]/,
    );
    expect(runner.summaries).toHaveLength(1);
    expect(plain(runner.summaries[0])).toContain(
      `Opened the hardening pull request #${api.createdPulls[0]!.number}`,
    );
    expect(runner.notices).toEqual([]);
  });

  test("a token that may not open pull requests: a notice, the drop-ins in the summary, the step passes", async () => {
    const api = new FakeGitHub().refuse("createPull", 403);
    const sha = defaultBranch(api);
    const { runner } = await scheduled(api, sha);
    expect(runner.failed).toEqual([]);
    const line =
      "No hardening pull request: the token may not open pull requests (the workflow needs `permissions: pull-requests: write`, and the repository's Settings > Actions > General must allow GitHub Actions to create pull requests). The 1 proposed drop-in is in the job summary.";
    expect(runner.notices).toEqual([{ message: line, title: "harden-units: fix: pull-request" }]);
    expect(plain(runner.summaries[0])).toContain(line);
  });

  test("with fix: suggest, a schedule proposes only", async () => {
    const api = new FakeGitHub();
    const sha = defaultBranch(api);
    const { runner } = await runAction({
      api,
      event: "schedule",
      payload: {},
      sha,
    });
    expect(api.calls).not.toContain("createPull");
    expect(api.calls).not.toContain("createCommit");
    expect(runner.outputs.get("dropins")).toBe(
      JSON.stringify(["deploy/web.service.d/hardening.conf"]),
    );
  });
});

describe("a comment", () => {
  test("a comment that is no command does nothing", async () => {
    const api = new FakeGitHub();
    const { runner } = await runAction({
      api,
      event: "issue_comment",
      payload: {
        action: "created",
        issue: { number: 7, pull_request: { url: "x" } },
        comment: { body: "looks good", user: { login: "octocat" } },
      },
      sha: "a".repeat(40),
    });
    expect(api.calls).toEqual([]);
    expect(runner.failed).toEqual([]);
    expect(runner.lines).toContain(
      "harden-units: the comment is not a /harden-units command; nothing to do",
    );
    expect(runner.outputs.size).toBe(0);
  });

  test("/harden-units fix commits on the pull request's branch and sets the fix outputs", async () => {
    const api = new FakeGitHub();
    const { headSha } = pullRequest(api);
    const { runner } = await runAction({
      api,
      event: "issue_comment",
      payload: {
        action: "created",
        issue: { number: 7, pull_request: { url: "x" } },
        comment: { body: "/harden-units fix", user: { login: "octocat" } },
      },
      sha: "a".repeat(40),
    });
    expect(runner.failed).toEqual([]);
    const committed = api.branches.get("add-web")!;
    expect(committed).not.toBe(headSha);
    expect(runner.outputs.get("commit-sha")).toBe(committed);
    expect(runner.outputs.get("dropins")).toBe(
      JSON.stringify(["deploy/web.service.d/hardening.conf"]),
    );
    expect(api.issueComments.map((c) => c.body)).toEqual([
      `@octocat harden-units committed \`deploy/web.service.d/hardening.conf\` in ${committed.slice(0, 7)}.`,
    ]);
  });
});
