/** Review planning, posting and committing, against an in-memory GitHub. */
import { describe, expect, test } from "vitest";
import { proposeDropin, type Proposal } from "../../src/core/fix/propose.js";
import { fenced } from "../../src/core/format/markdown.js";
import { MemoryTree } from "../../src/core/units/tree.js";
import type {
  GitHubApi,
  IssueComment,
  NewReviewComment,
  ReviewComment,
} from "../../src/github/api.js";
import { commitDropins, writablePath } from "../../src/github/commit.js";
import { DiffIndex, parseHunks } from "../../src/github/diff.js";
import {
  GROUP_MARKER,
  marker,
  MAX_SEPARATE_COMMENTS,
  planComments,
  postReview,
} from "../../src/github/review.js";
import { selectAll, selectChanged } from "../../src/github/select.js";

const UNIT = "[Unit]\nDescription=web\n\n[Service]\nExecStart=/usr/bin/web\nUser=web\n";

function proposal(tree: MemoryTree, unit: string): Proposal {
  const r = proposeDropin(tree, unit);
  if (!("proposal" in r)) throw new Error(r.none);
  return r.proposal;
}

class FakeGitHub implements GitHubApi {
  review: ReviewComment[] = [];
  issue: IssueComment[] = [];
  reviews: NewReviewComment[][] = [];
  calls: string[] = [];
  branchSha = "a".repeat(40);
  commitStatus: number | null = null;
  committed: Map<string, string> | null = null;
  private id = 1;
  async listPullFiles() {
    return { files: [], complete: true };
  }
  async getPull(): Promise<never> {
    throw new Error("unused");
  }
  async getTree(): Promise<never> {
    throw new Error("unused");
  }
  async getBlob(): Promise<never> {
    throw new Error("unused");
  }
  async createCheckRun() {
    return 1;
  }
  async updateCheckRun() {}
  async listReviewComments() {
    return this.review;
  }
  async createReview(_p: number, _c: string, _b: string, comments: readonly NewReviewComment[]) {
    this.calls.push("createReview");
    this.reviews.push([...comments]);
    for (const c of comments)
      this.review.push({
        id: this.id++,
        path: c.path,
        body: c.body,
        line: c.line ?? null,
        file: false,
        user: "github-actions[bot]",
      });
  }
  async createFileComment(_p: number, _c: string, path: string, body: string) {
    this.calls.push("createFileComment");
    this.review.push({
      id: this.id++,
      path,
      body,
      line: null,
      file: true,
      user: "github-actions[bot]",
    });
  }
  async updateReviewComment(id: number, body: string) {
    this.calls.push(`updateReviewComment ${id}`);
    this.review = this.review.map((c) => (c.id === id ? { ...c, body } : c));
  }
  async deleteReviewComment(id: number) {
    this.calls.push(`deleteReviewComment ${id}`);
    this.review = this.review.filter((c) => c.id !== id);
  }
  async listIssueComments() {
    return this.issue;
  }
  async createIssueComment(_i: number, body: string) {
    this.calls.push("createIssueComment");
    this.issue.push({ id: this.id++, body, user: "github-actions[bot]" });
  }
  async updateIssueComment(id: number, body: string) {
    this.calls.push(`updateIssueComment ${id}`);
    this.issue = this.issue.map((c) => (c.id === id ? { ...c, body } : c));
  }
  async deleteIssueComment(id: number) {
    this.calls.push(`deleteIssueComment ${id}`);
    this.issue = this.issue.filter((c) => c.id !== id);
  }
  async getBranchSha() {
    return this.branchSha;
  }
  async commitFiles(_b: string, _p: string, files: ReadonlyMap<string, string>) {
    if (this.commitStatus) throw Object.assign(new Error("refused"), { status: this.commitStatus });
    this.committed = new Map(files);
    return "c".repeat(40);
  }
  async collaboratorPermission() {
    return "write";
  }
  // The hardening pull request's calls (fix: pull-request): not used by the review or the commit.
  async defaultBranch(): Promise<never> {
    throw new Error("unused");
  }
  async commitMessage(): Promise<never> {
    throw new Error("unused");
  }
  async createCommit(): Promise<never> {
    throw new Error("unused");
  }
  async createBranch(): Promise<never> {
    throw new Error("unused");
  }
  async moveBranch(): Promise<never> {
    throw new Error("unused");
  }
  async listPullsByHead(): Promise<never> {
    throw new Error("unused");
  }
  async createPull(): Promise<never> {
    throw new Error("unused");
  }
  async updatePull(): Promise<never> {
    throw new Error("unused");
  }
}

describe("the diff", () => {
  test("hunks give the head-side lines a comment may point at", () => {
    expect(
      parseHunks(
        "@@ -1,3 +1,5 @@\n a\n+b\n+c\n d\n e\n@@ -20 +22,0 @@\n-x\n@@ -30,2 +31,2 @@\n f\n+g",
      ),
    ).toEqual([
      { start: 1, end: 5 },
      { start: 31, end: 32 },
    ]);
    const d = new DiffIndex([
      { filename: "a.service", patch: "@@ -0,0 +1,6 @@\n+1\n+2\n+3\n+4\n+5\n+6" },
      { filename: "b.bin" },
    ]);
    expect([
      d.accepts("a.service", 6),
      d.accepts("a.service", 7),
      d.accepts("a.service", 6, 2),
      d.has("b.bin"),
      d.accepts("b.bin", 1),
    ]).toEqual([true, false, true, true, false]);
  });
});

describe("planning comments", () => {
  test("a [Service] line inside a hunk gets a suggestion that adds the settings after it, and scores as the drop-in", () => {
    const tree = new MemoryTree([["web.service", UNIT]]);
    const p = proposal(tree, "web.service");
    const [plan] = planComments(
      tree,
      [{ proposal: p, unit: "web.service" }],
      new DiffIndex([
        { filename: "web.service", patch: "@@ -0,0 +1,6 @@\n+x\n+x\n+x\n+x\n+x\n+x" },
      ]),
    );
    expect(plan!).toMatchObject({ kind: "suggestion", path: "web.service", line: 6 });
    expect(plan!.body).toContain("```suggestion\nUser=web\n# Hardening proposed by harden-units");
    expect(plan!.body.startsWith(marker("web.service"))).toBe(true);
  });

  test("[Service] outside the diff: a file comment with the whole drop-in; a unit not in the diff: the conversation", () => {
    const tree = new MemoryTree([["web.service", UNIT]]);
    const p = proposal(tree, "web.service");
    const [file] = planComments(
      tree,
      [{ proposal: p, unit: "web.service" }],
      new DiffIndex([
        {
          filename: "web.service",
          patch: "@@ -1,2 +1,2 @@\n [Unit]\n-Description=x\n+Description=web",
        },
      ]),
    );
    expect(file!).toMatchObject({ kind: "file", path: "web.service", line: null });
    expect(file!.body).toContain("```ini\n# Generated by harden-units");
    expect(file!.body).toContain("sudo systemctl edit web.service");
    const [conv] = planComments(tree, [{ proposal: p, unit: "web.service" }], new DiffIndex([]));
    expect(conv!).toMatchObject({ kind: "conversation", path: null, line: null });
  });

  test("unit text cannot break out of its code fence", () => {
    const evil =
      "[Service]\nExecStart=/usr/bin/web\nUser=web\n# ``` </details> <img src=x onerror=alert(1)>\n";
    expect(fenced(evil)).toMatch(/^````\n/);
    expect(fenced("a ```` b")).toMatch(/^`````\n/);
  });
});

describe("posting", () => {
  const setup = () => {
    const tree = new MemoryTree([["web.service", UNIT]]);
    const p = proposal(tree, "web.service");
    const diff = new DiffIndex([
      { filename: "web.service", patch: "@@ -0,0 +1,6 @@\n+x\n+x\n+x\n+x\n+x\n+x" },
    ]);
    return { tree, p, plan: planComments(tree, [{ proposal: p, unit: "web.service" }], diff) };
  };

  test("one review with every new comment; a second run with nothing new posts nothing", async () => {
    const gh = new FakeGitHub();
    const { plan } = setup();
    expect(await postReview(gh, 1, "s", plan, new Set())).toEqual({
      created: 1,
      updated: 0,
      retired: 0,
      refused: null,
    });
    expect(await postReview(gh, 1, "s", plan, new Set())).toEqual({
      created: 0,
      updated: 0,
      retired: 0,
      refused: null,
    });
    expect(gh.calls).toEqual(["createReview"]);
  });

  test("a changed proposal updates the earlier comment in place; a resolved unit's comment says so", async () => {
    const gh = new FakeGitHub();
    const { plan } = setup();
    await postReview(gh, 1, "s", plan, new Set());
    const changed = plan.map((p) => ({ ...p, body: p.body + "\nchanged" }));
    await postReview(gh, 1, "s", changed, new Set());
    await postReview(gh, 1, "s", [], new Set(["web.service"]));
    expect(gh.calls).toEqual(["createReview", "updateReviewComment 1", "updateReviewComment 1"]);
    expect(gh.review[0]!.body).toContain("needs no drop-in any more");
  });

  test("a place GitHub refuses (422) sends the drop-in to the conversation; the next run moves it back and removes that comment", async () => {
    const gh = new FakeGitHub();
    const { plan } = setup();
    gh.createReview = async () => {
      throw Object.assign(new Error("Unprocessable Entity"), {
        status: 422,
        response: {
          data: { message: "Unprocessable Entity", errors: ["Line could not be resolved"] },
        },
      });
    };
    const outcome = await postReview(gh, 1, "s", plan, new Set());
    expect(outcome).toEqual({
      created: 1,
      updated: 0,
      retired: 0,
      refused: "422 Unprocessable Entity: Line could not be resolved",
    });
    expect(gh.issue.map((c) => c.body)).toEqual([plan[0]!.fallback]);
    delete (gh as { createReview?: unknown }).createReview;
    expect(await postReview(gh, 1, "s", plan, new Set())).toEqual({
      created: 1,
      updated: 0,
      retired: 1,
      refused: null,
    });
    expect(gh.calls).toEqual(["createIssueComment", "createReview", "deleteIssueComment 1"]);
    expect(gh.issue).toEqual([]);
  });

  test("past a few comments of their own per run, the other drop-ins share one conversation comment", async () => {
    const units = Array.from({ length: MAX_SEPARATE_COMMENTS + 3 }, (_, i) => `u${i}.service`);
    const tree = new MemoryTree(units.map((u) => [u, UNIT] as const));
    const all = units.map((u) => ({ proposal: proposal(tree, u), unit: u }));
    const noDiff = new DiffIndex([]);
    const gh = new FakeGitHub();
    await postReview(gh, 1, "s", planComments(tree, all, noDiff), new Set());
    expect(gh.calls).toEqual([
      ...Array(MAX_SEPARATE_COMMENTS).fill("createIssueComment"),
      "createIssueComment",
    ]);
    const group = gh.issue.at(-1)!;
    expect(group.body.startsWith(GROUP_MARKER)).toBe(true);
    expect(group.body).toContain("can lower the exposure of 3 more units");
    for (const u of units.slice(MAX_SEPARATE_COMMENTS))
      expect(group.body).toContain(`<summary>\`${u}\`</summary>`);
    for (const u of units.slice(0, MAX_SEPARATE_COMMENTS))
      expect(group.body).not.toContain(`\`${u}\``);
    // The same again: nothing to write.
    gh.calls = [];
    await postReview(gh, 1, "s", planComments(tree, all, noDiff), new Set());
    expect(gh.calls).toEqual([]);
    // The grouped units are fixed: the shared comment goes; the others stay as they are.
    await postReview(
      gh,
      1,
      "s",
      planComments(tree, all.slice(0, MAX_SEPARATE_COMMENTS), noDiff),
      new Set(),
    );
    expect(gh.calls).toEqual([`deleteIssueComment ${group.id}`]);
    expect(gh.issue).toHaveLength(MAX_SEPARATE_COMMENTS);
  });

  test("comments of people are never touched, even with our marker in them", async () => {
    const gh = new FakeGitHub();
    gh.review.push({
      id: 99,
      path: "web.service",
      body: `${marker("web.service")} quoted`,
      line: 6,
      file: false,
      user: "alice",
    });
    const { plan } = setup();
    await postReview(gh, 1, "s", plan, new Set(["other.service"]));
    expect(gh.review.find((c) => c.id === 99)!.body).toBe(`${marker("web.service")} quoted`);
  });
});

describe("committing", () => {
  const proposals = () => {
    const tree = new MemoryTree([
      ["web.service", UNIT],
      [".github/units/ci.service", UNIT],
    ]);
    return [
      { proposal: proposal(tree, "web.service"), unit: "web.service" },
      { proposal: proposal(tree, ".github/units/ci.service"), unit: "ci.service" },
    ];
  };

  test("one commit with the changed drop-ins, never under .github/", async () => {
    const gh = new FakeGitHub();
    const outcome = await commitDropins(gh, "feature", gh.branchSha, proposals());
    expect(outcome).toEqual({
      kind: "committed",
      sha: "c".repeat(40),
      paths: ["web.service.d/hardening.conf"],
    });
    expect([...gh.committed!.keys()]).toEqual(["web.service.d/hardening.conf"]);
    expect(writablePath(".github/workflows/x.yml")).toBe(false);
  });

  test("the branch moved since the scan: no commit, no force", async () => {
    const gh = new FakeGitHub();
    const outcome = await commitDropins(gh, "feature", "b".repeat(40), proposals());
    expect(outcome).toEqual({
      kind: "refused",
      reason: `the branch feature moved to aaaaaaa since bbbbbbb was scanned; no force push`,
    });
    expect(gh.committed).toBeNull();
  });

  test.each([
    [422, "the branch feature moved during the commit (not a fast forward); no force push"],
    [403, "the token may not write to feature (the workflow needs `permissions: contents: write`)"],
  ])("GitHub answers %i", async (status, reason) => {
    const gh = new FakeGitHub();
    gh.commitStatus = status;
    expect(await commitDropins(gh, "feature", gh.branchSha, proposals())).toEqual({
      kind: "refused",
      reason,
    });
  });
});

describe("choosing the units of a pull request", () => {
  const tree = new MemoryTree([
    ["deploy/web.service", UNIT],
    ["deploy/web.service.d/limits.conf", "[Service]\nMemoryMax=1G\n"],
    ["deploy/service.d/all.conf", "[Service]\nPrivateTmp=yes\n"],
    ["deploy/db.service", UNIT],
    ["deploy/nginx.service.d/override.conf", "[Service]\nPrivateTmp=yes\n"],
    ["other/new.service", UNIT],
    ["docs/readme.md", "x"],
  ]);

  test("changed units, units of changed drop-ins, renames, removals, files outside the globs", () => {
    const sel = selectChanged(
      tree,
      [
        { filename: "deploy/web.service.d/limits.conf", status: "modified" },
        { filename: "deploy/service.d/all.conf", status: "added" },
        { filename: "deploy/nginx.service.d/override.conf", status: "added" },
        { filename: "other/new.service", status: "renamed", previousFilename: "other/old.service" },
        { filename: "deploy/gone.service", status: "removed" },
        { filename: "docs/readme.md", status: "modified" },
      ],
      ["deploy/**", "other/*.service"],
    );
    expect(sel).toEqual({
      units: ["deploy/db.service", "deploy/web.service", "other/new.service"],
      orphans: ["deploy/nginx.service.d/override.conf"],
      removed: ["deploy/gone.service"],
      renamedFrom: new Map([["other/new.service", "other/old.service"]]),
    });
  });

  test("drop-ins whose unit is elsewhere count only when that unit's path is within the globs", () => {
    const t = new MemoryTree([
      ["examples/web.service", UNIT],
      ["examples/nginx.service.d/override.conf", "[Service]\nPrivateTmp=yes\n"],
      ["test/fixtures/service.d/20-b.conf", "[Service]\nPrivateTmp=yes\n"],
      ["test/fixtures/db.service.d/x.conf", "[Service]\nPrivateTmp=yes\n"],
    ]);
    expect(selectAll(t, ["examples/**/*.service"]).orphans).toEqual([
      "examples/nginx.service.d/override.conf",
    ]);
    expect(selectAll(t, ["**/*.service"]).orphans).toEqual([
      "examples/nginx.service.d/override.conf",
      "test/fixtures/db.service.d/x.conf",
      "test/fixtures/service.d/20-b.conf",
    ]);
    const changed = selectChanged(
      t,
      [
        { filename: "test/fixtures/service.d/20-b.conf", status: "modified" },
        { filename: "examples/nginx.service.d/override.conf", status: "modified" },
      ],
      ["examples/**/*.service"],
    );
    expect(changed.orphans).toEqual(["examples/nginx.service.d/override.conf"]);
  });
});
