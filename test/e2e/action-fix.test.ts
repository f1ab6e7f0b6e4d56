/**
 * End-to-end tests of the action's autofix bot (issue 6): the built action (dist/index.js) runs as
 * the runner runs it, against the local GitHub API server (test/e2e/github-server.ts), which
 * checks every request against GitHub's OpenAPI description, places review comments in the diff
 * as GitHub does (one bad line rejects the whole review) and keeps commits in a real git repository.
 */
import { afterAll, describe, expect, test, vi } from "vitest";
import { addCommits, git, revParse, type FixtureCommit } from "./git-fixture.js";
import type { GitHubServer } from "./github-server.js";
import {
  API_BASE,
  arrived,
  API_HEAD,
  APP_TOKEN,
  calls,
  cliScan,
  closeAll,
  fixture,
  NO_CONTENTS,
  publicText,
  runOnComment,
  runOnPull,
  settingsOf,
  suggestionOf,
  WEB,
  WRITER,
  writes,
  type Fixture,
} from "./fix-helpers.js";
import { E2E_TEST_TIMEOUT_MS, type ActionRun, type ReadUnit } from "./run-action.js";
import type { components } from "@octokit/openapi-types";

// A hang detector, not a speed limit: see E2E_TEST_TIMEOUT_MS.
vi.setConfig({ testTimeout: E2E_TEST_TIMEOUT_MS, hookTimeout: E2E_TEST_TIMEOUT_MS });

type GitCommit = components["schemas"]["git-commit"];

afterAll(closeAll);

const WEB_PATH = "deploy/web.service";
const API_PATH = "deploy/api.service";
const WEB_DROPIN = "deploy/web.service.d/hardening.conf";
const API_DROPIN = "deploy/api.service.d/hardening.conf";
const CI_PATH = ".github/units/ci.service";

/** main holds api.service; web adds web.service; api changes api.service's [Unit] only; both does both. */
const COMMITS: FixtureCommit[] = [
  { branch: "main", message: "init", files: { "README.md": "hello\n", [API_PATH]: API_BASE } },
  { branch: "web", from: "main", message: "add web", files: { [WEB_PATH]: WEB } },
  { branch: "api", from: "main", message: "describe api", files: { [API_PATH]: API_HEAD } },
  {
    branch: "both",
    from: "main",
    message: "add web, describe api",
    files: { [WEB_PATH]: WEB, [API_PATH]: API_HEAD },
  },
  {
    branch: "webci",
    from: "main",
    message: "add web and a unit for CI",
    files: { [WEB_PATH]: WEB, [CI_PATH]: WEB.replace("Web frontend", "CI runner") },
  },
];
const PULLS = [
  { number: 7, base: "main", head: "web" },
  { number: 8, base: "main", head: "api" },
  { number: 9, base: "main", head: "both" },
  { number: 12, base: "main", head: "webci" },
];

/** What every run must satisfy: valid requests only, no token anywhere public, a step that did not fail. */
function clean(server: GitHubServer, run: ActionRun, violations: unknown[] = []): void {
  expect(
    server.violations,
    JSON.stringify({ stderr: run.stderr, calls: calls(server) }, null, 1),
  ).toEqual(violations);
  expect(
    server.warnings.filter((w) => /not in GitHub's OpenAPI description|concurrent/.test(w)),
  ).toEqual([]);
  const text = publicText(server, run);
  for (const token of [WRITER, NO_CONTENTS, APP_TOKEN]) expect(text).not.toContain(token);
  expect(run.stderr).toBe("");
  expect(run.code, run.stdout).toBe(0);
}

function unitOf(run: ActionRun, p: string): ReadUnit {
  const u = run.report!.units.find((x) => x.path === p);
  expect(u, `${p} is in the report`).toBeDefined();
  return u!;
}

const fmt = (x: number) => x.toFixed(1);
/** Markdown as it reads (backslash escapes removed). */
const rendered = (md: string) => md.replace(/\\(.)/g, "$1");

/** The drop-in comment's promises: the file, its path, the exposure before and after, three ways to apply it. */
function expectDropinComment(body: string, unit: ReadUnit): void {
  expect(body).toContain(`<!-- harden-units:dropin ${encodeURIComponent(unit.path)} -->`);
  expect(body).toContain("```ini\n" + unit.dropin.content.replace(/\n$/, "") + "\n```");
  expect(body).toContain(`\`${unit.dropin.path}\``);
  expect(body).toContain(`from ${fmt(unit.exposure)} to ${fmt(unit.dropin.exposureAfter)}`);
  expect(body).toContain("`fix: commit`");
  expect(body).toContain("/harden-units fix");
  expect(body).toContain(`harden-units fix ${unit.path.replace(/\/[^/]*$/, "")}`);
  expect(body).toContain(`systemctl edit ${unit.unit}`);
}

describe("fix: suggest", () => {
  test("a new unit gets one review with a suggestion on its [Service] section that scores as the drop-in", async () => {
    const f = await fixture(COMMITS, { pulls: PULLS });
    const head = f.server.branchSha("web");
    const run = await runOnPull(f, 7, { "github-token": WRITER });
    clean(f.server, run);
    const web = unitOf(run, WEB_PATH);
    expect(web.dropin.path).toBe(WEB_DROPIN);
    expect(web.dropin.exposureAfter).toBeLessThan(web.exposure);

    expect(writes(f.server).map((r) => r.operationId)).toEqual([
      "pulls/create-review",
      "checks/create",
    ]);
    expect(f.server.state.reviews).toHaveLength(1);
    const review = f.server.state.reviews[0]!;
    expect(review).toMatchObject({
      pull: 7,
      event: "COMMENT",
      commit_id: head,
      user: "github-actions[bot]",
    });
    expect(f.server.state.reviewComments).toHaveLength(1);
    const c = f.server.state.reviewComments[0]!;
    // line 8 (Restart=) is the last line of [Service]; the new file is one hunk, so GitHub accepts it
    expect(c).toMatchObject({
      path: WEB_PATH,
      line: 8,
      side: "RIGHT",
      review_id: review.id,
      subject_type: "line",
    });
    expect(c.start_line).toBeUndefined();
    expect(c.body).toContain(`<!-- harden-units:dropin ${encodeURIComponent(WEB_PATH)} -->`);
    expect(c.body).toContain(`from ${fmt(web.exposure)} to ${fmt(web.dropin.exposureAfter)}`);
    expect(c.body).toContain(`\`${WEB_DROPIN}\``);
    const suggestion = suggestionOf(c.body)!.split("\n");
    expect(suggestion[0]).toBe("Restart=on-failure");
    expect(suggestion[1]).toMatch(
      new RegExp(`^# .*${fmt(web.exposure)} -> ${fmt(web.dropin.exposureAfter)}$`),
    );
    expect(suggestion.slice(2)).toEqual(settingsOf(web.dropin.content));

    // Committing the suggestion gives the unit the exposure the drop-in promises.
    const lines = WEB.split("\n");
    lines.splice(7, 1, ...suggestion);
    const applied = await cliScan({ "web.service": lines.join("\n") });
    expect(applied.units[0]!.exposure).toBe(web.dropin.exposureAfter);
    expect(run.outputs.dropins).toBe(JSON.stringify([WEB_DROPIN]));
    expect(run.outputs["commit-sha"]).toBe("");
  });

  test("unit text quoted in a suggestion stays inside its fence; names show as code, unescaped", async () => {
    const evil =
      "[Unit]\nDescription=Web <b>x</b> `y`\n\n[Service]\nExecStart=/usr/bin/web\n````Note=</details> <!-- @everyone\n";
    const f = await fixture(
      [
        { branch: "main", message: "init", files: { "README.md": "hello\n" } },
        { branch: "evil", from: "main", message: "add", files: { "deploy/we_b.service": evil } },
      ],
      { pulls: [{ number: 3, base: "main", head: "evil" }] },
    );
    const run = await runOnPull(f, 3, { "github-token": WRITER, "fail-on": "never" });
    clean(f.server, run);
    const unit = unitOf(run, "deploy/we_b.service");
    expect(f.server.state.reviewComments).toHaveLength(1);
    const c = f.server.state.reviewComments[0]!;
    expect(c.line).toBe(6);
    const fence = /^(`+)suggestion$/m.exec(c.body)![1]!;
    expect(fence.length).toBeGreaterThan(4);
    expect(suggestionOf(c.body)!.split("\n")[0]).toBe("````Note=</details> <!-- @everyone");
    expect(suggestionOf(c.body)!.split("\n").slice(2)).toEqual(settingsOf(unit.dropin.content));
    const outside = c.body.replace(/^(`{3,})suggestion\n[\s\S]*?\n\1$/m, "");
    expect(outside).not.toContain("@everyone");
    expect(outside).not.toContain("<!-- @");
    expect(outside).toContain("of `we_b.service` from");
    expect(outside).toContain("`deploy/we_b.service.d/hardening.conf`");
  });

  test("a unit whose [Service] lines are outside the diff gets a file comment with the whole drop-in", async () => {
    const f = await fixture(COMMITS, { pulls: PULLS });
    const head = f.server.branchSha("api");
    const run = await runOnPull(f, 8, { "github-token": WRITER });
    clean(f.server, run);
    const api = unitOf(run, API_PATH);
    expect(api.dropin.path).toBe(API_DROPIN);

    // No line of [Service] (9-11) is in the hunk (1-5): GitHub takes a file comment, made on its own
    // (the reviews endpoint has no subject_type).
    const sent = writes(f.server);
    expect(sent.map((r) => r.operationId)).toEqual([
      "pulls/create-review-comment",
      "checks/create",
    ]);
    expect(sent[0]!.body).toEqual({
      commit_id: head,
      path: API_PATH,
      subject_type: "file",
      body: expect.any(String),
    });
    expect(f.server.state.reviewComments).toHaveLength(1);
    const c = f.server.state.reviewComments[0]!;
    expect(c).toMatchObject({ path: API_PATH, subject_type: "file", commit_id: head });
    expect(c.line).toBeUndefined();
    expect(suggestionOf(c.body)).toBeNull();
    expectDropinComment(c.body, api);
  });

  test("re-runs post nothing new, and a unit the author hardened gets its comment resolved", async () => {
    const f = await fixture(COMMITS, { pulls: PULLS });
    const first = await runOnPull(f, 9, { "github-token": WRITER });
    clean(f.server, first);
    expect(writes(f.server).map((r) => r.operationId)).toEqual([
      "pulls/create-review",
      "pulls/create-review-comment",
      "checks/create",
    ]);
    expect(f.server.state.reviews.filter((r) => r.comments.length > 0)).toHaveLength(2);
    const comments = structuredClone(f.server.state.reviewComments);
    expect(comments.map((c) => [c.path, c.subject_type, c.line])).toEqual([
      [WEB_PATH, "line", 8],
      [API_PATH, "file", undefined],
    ]);

    let mark = f.server.requests.length;
    const second = await runOnPull(f, 9, { "github-token": WRITER }, "reopened");
    clean(f.server, second);
    expect(writes(f.server, mark).map((r) => r.operationId)).toEqual(["checks/create"]);
    expect(f.server.state.reviewComments).toEqual(comments);
    expect(f.server.state.issueComments).toEqual([]);

    // The author adds the proposed drop-in for web by hand: its comment says it is done, api's stays.
    const before = f.server.branchSha("both");
    addCommits(f.repo.gitDir, [
      {
        branch: "both",
        message: "harden web",
        files: { [WEB_DROPIN]: unitOf(first, WEB_PATH).dropin.content },
      },
    ]);
    mark = f.server.requests.length;
    const third = await runOnPull(f, 9, { "github-token": WRITER }, "synchronize", {
      before,
      after: f.server.branchSha("both"),
    });
    clean(f.server, third);
    expect(unitOf(third, WEB_PATH).dropin).toBeUndefined();
    const sent = writes(f.server, mark);
    expect(sent.map((r) => r.operationId)).toEqual([
      "pulls/update-review-comment",
      "checks/create",
    ]);
    expect(sent[0]!.params?.comment_id).toBe(String(comments[0]!.id));
    const web = f.server.state.reviewComments.find((c) => c.path === WEB_PATH)!;
    expect(web.body).toContain("needs no drop-in any more");
    expect(web.body).toContain(`<!-- harden-units:dropin ${encodeURIComponent(WEB_PATH)} -->`);
    expect(f.server.state.reviewComments.find((c) => c.path === API_PATH)!.body).toBe(
      comments[1]!.body,
    );

    mark = f.server.requests.length;
    const fourth = await runOnPull(f, 9, { "github-token": WRITER }, "reopened");
    clean(f.server, fourth);
    expect(writes(f.server, mark).map((r) => r.operationId)).toEqual(["checks/create"]);
  });

  test("review positions gone stale (the branch was rewritten during the run): a notice, the drop-ins in the conversation, then back in the diff", async () => {
    const f = await fixture(
      [
        ...COMMITS,
        {
          branch: "rewritten",
          from: "main",
          message: "add web, differently",
          files: { [WEB_PATH]: WEB.replace("Type=simple\n", "") },
        },
      ],
      { pulls: PULLS },
    );
    const old = f.server.branchSha("web");
    // Hold the review until the author has force-pushed: its commit is no longer part of the pull request.
    const held = f.server.hold({ method: "POST", path: /\/pulls\/7\/reviews$/ });
    const running = runOnPull(f, 7, { "github-token": WRITER });
    await arrived(held, running);
    f.server.pushToBranch("web", f.server.branchSha("rewritten"));
    held.release();
    const run = await running;
    // GitHub refuses a review on a commit that is no longer part of the pull request (once: a 422 is final).
    clean(f.server, run, [
      expect.stringMatching(
        new RegExp(`^limit: review commit_id ${old} is not part of pull request #7`),
      ),
    ]);
    expect(calls(f.server).filter((c) => c.includes("pulls/create-review"))).toEqual([
      "POST pulls/create-review 422",
    ]);
    expect(rendered(run.summary)).toMatch(
      /GitHub refused the review comments' places \(422 [^)]*commit_id is not part of the pull request\)/,
    );
    expect(f.server.state.reviewComments).toEqual([]);
    expect(f.server.state.issueComments).toHaveLength(1);
    expectDropinComment(f.server.state.issueComments[0]!.body, unitOf(run, WEB_PATH));

    // The run for the new head puts the suggestion in the diff and removes the conversation comment.
    const mark = f.server.requests.length;
    const next = await runOnPull(f, 7, { "github-token": WRITER }, "synchronize", {
      before: old,
      after: f.server.branchSha("web"),
    });
    clean(f.server, next, [expect.anything()]);
    expect(writes(f.server, mark).map((r) => r.operationId)).toEqual([
      "pulls/create-review",
      "issues/delete-comment",
      "checks/create",
    ]);
    expect(f.server.state.issueComments).toEqual([]);
    expect(f.server.state.reviewComments.map((c) => [c.path, c.line])).toEqual([[WEB_PATH, 7]]);
  });
});

/** The drop-in files a commit adds or changes, from the git repository. */
function changedFiles(f: Fixture, sha: string): string[] {
  return git(["diff-tree", "--no-commit-id", "--name-only", "-r", `${sha}^`, sha], {
    gitDir: f.repo.gitDir,
  })
    .split("\n")
    .filter(Boolean);
}

describe("fix: commit", () => {
  test("one verified commit with the drop-in, the check result on the new head, and a quiet run on the bot's commit", async () => {
    const f = await fixture(COMMITS, { pulls: PULLS });
    const head = f.server.branchSha("web");
    const run = await runOnPull(f, 7, { "github-token": WRITER, fix: "commit" });
    clean(f.server, run);
    const web = unitOf(run, WEB_PATH);
    const sha = f.server.branchSha("web");
    expect(sha).not.toBe(head);
    expect(run.outputs["commit-sha"]).toBe(sha);
    expect(run.outputs.dropins).toBe(JSON.stringify([WEB_DROPIN]));

    // The commit in the repository: parent the scanned head, one new file, the drop-in's content.
    expect(revParse(f.repo.gitDir, `${sha}^`)).toBe(head);
    expect(git(["rev-list", "--count", `${head}..${sha}`], { gitDir: f.repo.gitDir })).toBe("1");
    expect(changedFiles(f, sha)).toEqual([WEB_DROPIN]);
    expect(git(["show", `${sha}:${WEB_DROPIN}`], { gitDir: f.repo.gitDir }) + "\n").toBe(
      web.dropin.content,
    );
    const message = git(["log", "-1", "--format=%B", sha], { gitDir: f.repo.gitDir });
    expect(message).toContain(
      `web.service: ${fmt(web.exposure)} -> ${fmt(web.dropin.exposureAfter)}`,
    );
    expect(git(["log", "-1", "--format=%an|%cn", sha], { gitDir: f.repo.gitDir })).toBe(
      "github-actions[bot]|GitHub",
    );

    // Git Data API only, no force, no custom author; no review (nothing left to suggest).
    const sent = writes(f.server);
    expect(sent.map((r) => r.operationId)).toEqual([
      "git/create-blob",
      "git/create-tree",
      "git/create-commit",
      "git/update-ref",
      "checks/create",
      "checks/create",
    ]);
    expect(sent[2]!.body).not.toHaveProperty("author");
    expect(sent[2]!.body).not.toHaveProperty("committer");
    expect(sent[3]!.body).toHaveProperty("force", false);
    expect(f.server.state.reviews).toEqual([]);

    // The new head carries the result of the check (the default token starts no workflow on it).
    const onNew = f.server.state.checkRuns.filter((c) => c.head_sha === sha);
    expect(onNew).toHaveLength(1);
    expect(onNew[0]).toMatchObject({
      name: "harden-units",
      status: "completed",
      conclusion: "success",
    });
    expect(onNew[0]!.output.summary).toContain(fmt(web.dropin.exposureAfter));
    expect(f.server.state.checkRuns.filter((c) => c.head_sha === head)).toHaveLength(1);

    // GitHub signs it: Verified.
    const res = await fetch(`${f.server.url}/repos/acme/shop/git/commits/${sha}`, {
      headers: { authorization: `token ${WRITER}`, "user-agent": "test" },
    });
    expect(((await res.json()) as GitCommit).verification.verified).toBe(true);

    // The run the bot's commit would start (with a token that starts workflows) finds nothing to do.
    const mark = f.server.requests.length;
    const again = await runOnPull(f, 7, { "github-token": WRITER, fix: "commit" }, "synchronize", {
      before: head,
      after: sha,
    });
    clean(f.server, again);
    expect(unitOf(again, WEB_PATH).exposure).toBe(web.dropin.exposureAfter);
    expect(unitOf(again, WEB_PATH).dropin).toBeUndefined();
    expect(writes(f.server, mark).map((r) => r.operationId)).toEqual(["checks/create"]);
    expect(f.server.branchSha("web")).toBe(sha);
    expect(again.outputs["commit-sha"]).toBe("");
    expect(again.outputs.dropins).toBe("[]");
  });

  test("an earlier drop-in of ours is updated in place (profile strict), the message giving the exposure it had", async () => {
    const baseline = (await cliScan({ "web.service": WEB })).units[0]!.dropin.content;
    const f = await fixture(
      [
        ...COMMITS,
        {
          branch: "hardened",
          from: "main",
          message: "add web, hardened",
          files: { [WEB_PATH]: WEB, [WEB_DROPIN]: baseline },
        },
      ],
      { pulls: [{ number: 13, base: "main", head: "hardened" }] },
    );
    const head = f.server.branchSha("hardened");
    const run = await runOnPull(f, 13, {
      "github-token": WRITER,
      fix: "commit",
      profile: "strict",
    });
    clean(f.server, run);
    const web = unitOf(run, WEB_PATH);
    expect(baseline).toContain(`-> ${fmt(web.exposure)}.`);
    expect(web.dropin.exposureAfter).toBeLessThan(web.exposure);
    const sha = f.server.branchSha("hardened");
    expect(revParse(f.repo.gitDir, `${sha}^`)).toBe(head);
    expect(changedFiles(f, sha)).toEqual([WEB_DROPIN]);
    expect(git(["show", `${sha}:${WEB_DROPIN}`], { gitDir: f.repo.gitDir }) + "\n").toBe(
      web.dropin.content,
    );
    expect(git(["log", "-1", "--format=%B", sha], { gitDir: f.repo.gitDir })).toContain(
      `- web.service: ${fmt(web.exposure)} -> ${fmt(web.dropin.exposureAfter)} (${WEB_DROPIN})`,
    );
  });

  test("never under .github/: a unit there gets a suggestion while the others are committed", async () => {
    const f = await fixture(COMMITS, { pulls: PULLS });
    const head = f.server.branchSha("webci");
    const run = await runOnPull(f, 12, { "github-token": WRITER, fix: "commit" });
    clean(f.server, run);
    const ci = unitOf(run, CI_PATH);
    expect(ci.dropin.path).toBe(".github/units/ci.service.d/hardening.conf");
    const sha = f.server.branchSha("webci");
    expect(run.outputs["commit-sha"]).toBe(sha);
    expect(changedFiles(f, sha)).toEqual([WEB_DROPIN]);
    expect(JSON.parse(run.outputs.dropins!).sort()).toEqual([
      ".github/units/ci.service.d/hardening.conf",
      WEB_DROPIN,
    ]);
    expect(rendered(run.summary)).toContain(
      "harden-units never writes under .github/: it suggests .github/units/ci.service.d/hardening.conf instead.",
    );
    expect(writes(f.server).map((r) => r.operationId)).toEqual([
      "git/create-blob",
      "git/create-tree",
      "git/create-commit",
      "git/update-ref",
      "checks/create",
      "pulls/create-review",
      "checks/create",
    ]);
    expect(f.server.state.reviews[0]!.commit_id).toBe(head);
    expect(f.server.state.reviewComments.map((c) => [c.path, c.line])).toEqual([[CI_PATH, 8]]);
  });

  test("commit-token: the commit is made with it, and the workflow it starts reports, not a posted check run", async () => {
    const f = await fixture(COMMITS, { pulls: PULLS });
    const head = f.server.branchSha("web");
    const run = await runOnPull(f, 7, {
      "github-token": NO_CONTENTS,
      "commit-token": APP_TOKEN,
      fix: "commit",
    });
    clean(f.server, run);
    const sha = f.server.branchSha("web");
    expect(run.outputs["commit-sha"]).toBe(sha);
    expect(changedFiles(f, sha)).toEqual([WEB_DROPIN]);
    const sent = writes(f.server);
    expect(
      sent.map((r) => `${r.operationId} ${r.token === APP_TOKEN ? "app" : "default"}`),
    ).toEqual([
      "git/create-blob app",
      "git/create-tree app",
      "git/create-commit app",
      "git/update-ref app",
      "checks/create default",
    ]);
    expect(f.server.state.checkRuns.map((c) => c.head_sha)).toEqual([head]);
    expect(git(["log", "-1", "--format=%an", sha], { gitDir: f.repo.gitDir })).toBe(
      "harden-bot[bot]",
    );
  });

  test("the branch moved before the commit: no commit, a notice, the suggestion instead", async () => {
    const f = await fixture(COMMITS, { pulls: PULLS });
    const head = f.server.branchSha("web");
    // The author pushes while harden-units reads the branch's tip.
    const held = f.server.hold({ method: "GET", path: /\/git\/ref\/heads\/web$/ });
    const running = runOnPull(f, 7, { "github-token": WRITER, fix: "commit" });
    await arrived(held, running);
    const pushed = addCommits(f.repo.gitDir, [
      { branch: "web", message: "readme", files: { "README.md": "hello again\n" } },
    ]).shas[0]!;
    held.release();
    const run = await running;
    clean(f.server, run);
    expect(f.server.branchSha("web")).toBe(pushed);
    expect(run.outputs["commit-sha"]).toBe("");
    expect(rendered(run.summary)).toContain(
      `the branch web moved to ${pushed.slice(0, 7)} since ${head.slice(0, 7)} was scanned; no force push`,
    );
    expect(writes(f.server).map((r) => r.operationId)).toEqual([
      "pulls/create-review",
      "checks/create",
    ]);
    expect(f.server.state.reviews[0]!.commit_id).toBe(head);
    expect(f.server.state.reviewComments.map((c) => [c.path, c.line])).toEqual([[WEB_PATH, 8]]);
  });

  test("the branch moved during the commit: the ref update is refused (no force), the suggestion instead", async () => {
    const f = await fixture(COMMITS, { pulls: PULLS });
    const head = f.server.branchSha("web");
    const held = f.server.hold({ method: "POST", path: /\/git\/commits$/ });
    const running = runOnPull(f, 7, { "github-token": WRITER, fix: "commit" });
    await arrived(held, running);
    const pushed = addCommits(f.repo.gitDir, [
      { branch: "web", message: "readme", files: { "README.md": "hello again\n" } },
    ]).shas[0]!;
    held.release();
    const run = await running;
    clean(f.server, run);
    expect(f.server.branchSha("web")).toBe(pushed);
    const update = f.server.requests.find((r) => r.operationId === "git/update-ref")!;
    expect(update.status).toBe(422);
    expect(update.body).toHaveProperty("force", false);
    expect(run.outputs["commit-sha"]).toBe("");
    expect(rendered(run.summary)).toContain("the branch web moved during the commit");
    expect(f.server.state.reviews[0]!.commit_id).toBe(head);
    expect(f.server.state.reviewComments.map((c) => [c.path, c.line])).toEqual([[WEB_PATH, 8]]);
  });

  test("a fork's pull request, and a token without contents: write, fall back to suggestions with a notice", async () => {
    const f = await fixture(COMMITS, {
      pulls: [
        ...PULLS,
        { number: 11, base: "main", head: "web", headRepo: "someone/fork", user: "someone" },
      ],
    });
    const head = f.server.branchSha("web");
    const fork = await runOnPull(f, 11, { "github-token": WRITER, fix: "commit" });
    clean(f.server, fork);
    expect(rendered(fork.summary)).toContain("lives in the fork someone/fork");
    expect(writes(f.server).map((r) => r.operationId)).toEqual([
      "pulls/create-review",
      "checks/create",
    ]);
    expect(f.server.state.reviewComments.map((c) => [c.pull, c.path, c.line])).toEqual([
      [11, WEB_PATH, 8],
    ]);

    const mark = f.server.requests.length;
    const readOnly = await runOnPull(f, 7, { "github-token": NO_CONTENTS, fix: "commit" });
    clean(f.server, readOnly);
    expect(rendered(readOnly.summary)).toContain(
      "the token may not write to web (the workflow needs `permissions: contents: write`)",
    );
    expect(calls(f.server, mark).filter((c) => c.startsWith("POST git/"))).toEqual([
      "POST git/create-blob 403",
    ]);
    expect(
      writes(f.server, mark)
        .filter((r) => r.status < 300)
        .map((r) => r.operationId),
    ).toEqual(["pulls/create-review", "checks/create"]);
    expect(f.server.branchSha("web")).toBe(head);
    expect(readOnly.outputs["commit-sha"]).toBe("");
  });
});

describe("/harden-units fix", () => {
  test("from a writer: commit mode on that pull request, the check result on the new head, a reply", async () => {
    const f = await fixture(COMMITS, {
      pulls: PULLS,
      collaborators: { maintainer: "write", visitor: "read" },
    });
    const head = f.server.branchSha("web");
    // The pull request's workflow suggested the drop-in first.
    clean(f.server, await runOnPull(f, 7, { "github-token": WRITER }));
    const suggestion = structuredClone(f.server.state.reviewComments);
    expect(suggestion.map((c) => [c.path, c.line])).toEqual([[WEB_PATH, 8]]);
    const mark = f.server.requests.length;
    const run = await runOnComment(f, 7, "maintainer", "/harden-units fix", {
      "github-token": WRITER,
    });
    clean(f.server, run);
    const sha = f.server.branchSha("web");
    expect(sha).not.toBe(head);
    expect(changedFiles(f, sha)).toEqual([WEB_DROPIN]);
    expect(run.outputs["commit-sha"]).toBe(sha);
    expect(calls(f.server, mark)[0]).toBe("GET repos/get-collaborator-permission-level 200");
    expect(f.server.requests[mark]!.params?.username).toBe("maintainer");
    expect(writes(f.server, mark).map((r) => r.operationId)).toEqual([
      "git/create-blob",
      "git/create-tree",
      "git/create-commit",
      "git/update-ref",
      "checks/create",
      "pulls/update-review-comment",
      "issues/create-comment",
    ]);
    expect(f.server.state.checkRuns.map((c) => [c.head_sha, c.conclusion])).toEqual([
      [head, "success"],
      [sha, "success"],
    ]);
    // The earlier suggestion now says the unit is done (no run follows the default token's commit to say so).
    expect(f.server.state.reviewComments).toHaveLength(1);
    expect(f.server.state.reviewComments[0]!.id).toBe(suggestion[0]!.id);
    expect(f.server.state.reviewComments[0]!.body).toContain("needs no drop-in any more");
    expect(f.server.state.issueComments).toHaveLength(1);
    expect(f.server.state.issueComments[0]!.body).toBe(
      `@maintainer harden-units committed \`${WEB_DROPIN}\` in ${sha.slice(0, 7)}.`,
    );
  });

  test("on a closed pull request: a reply that says so, no scan, no commit", async () => {
    const f = await fixture(COMMITS, {
      pulls: PULLS.map((p) => (p.number === 7 ? { ...p, state: "closed" as const } : p)),
      collaborators: { maintainer: "write" },
    });
    const head = f.server.branchSha("web");
    const run = await runOnComment(f, 7, "maintainer", "/harden-units fix", {
      "github-token": WRITER,
    });
    clean(f.server, run);
    expect(calls(f.server)).toEqual([
      "GET repos/get-collaborator-permission-level 200",
      "GET pulls/get 200",
      "POST issues/create-comment 201",
    ]);
    expect(f.server.state.issueComments[0]!.body).toBe(
      "@maintainer this pull request is closed: harden-units commits fixes only to open pull requests.",
    );
    expect(f.server.branchSha("web")).toBe(head);
  });

  test("from someone who may not write: a polite refusal, nothing else", async () => {
    const f = await fixture(COMMITS, {
      pulls: PULLS,
      collaborators: { maintainer: "write", visitor: "read" },
    });
    const head = f.server.branchSha("web");
    const run = await runOnComment(f, 7, "visitor", "/harden-units fix", {
      "github-token": WRITER,
    });
    clean(f.server, run);
    expect(calls(f.server)).toEqual([
      "GET repos/get-collaborator-permission-level 200",
      "POST issues/create-comment 201",
    ]);
    expect(f.server.state.issueComments[0]!.body).toMatch(
      /^@visitor thanks for asking! Only people who can write to this repository/,
    );
    expect(f.server.branchSha("web")).toBe(head);
  });
});
