/** Pull requests: get, list (by head and state), create, update, and their files. */
import { git, gitRaw, mergeCommit, revParse } from "../git-fixture.js";
import type { BodyOf, Ctx, RepoCtx, Result, Schema } from "./context.js";
import { diffEntry, repoObject } from "./repos.js";
import type { PullState, ServerImpl } from "./server.js";
import type { PullSpec } from "./types.js";
import { user } from "./users.js";
import { errorBody, HttpError, isoNow, MAX_FILES, nodeId, stableInt } from "./util.js";

export function pull(s: ServerImpl, c: Ctx): PullState {
  const n = Number(c.params.pull_number ?? c.params.issue_number);
  const p = s.pulls.find((x) => x.spec.number === n);
  if (!p || c.repo.fork) throw new HttpError(404, errorBody(404, "Not Found"));
  return p;
}

export function pullShas(
  s: ServerImpl,
  p: PullState,
): { base: string; head: string; mergeBase: string } {
  const base = s.branchSha(p.spec.base);
  const head = s.branchSha(p.spec.head);
  const mb = s.mergeBase(base, head) ?? base;
  if (p.lastHead !== head) {
    git(["update-ref", `refs/pull/${p.spec.number}/head`, head], { gitDir: s.gitDir });
    p.lastHead = head;
  }
  return { base, head, mergeBase: mb };
}

export function mergeSha(s: ServerImpl, p: PullState, base: string, head: string): string | null {
  const key = `${base}:${head}`;
  if (!s.mergeCache.has(key)) {
    const sha = mergeCommit(s.gitDir, base, head, `Merge ${head} into ${base}`);
    s.mergeCache.set(key, sha);
  }
  const sha = s.mergeCache.get(key)!;
  const ref = `refs/pull/${p.spec.number}/merge`;
  if (revParse(s.gitDir, ref) === sha) return sha;
  if (sha) git(["update-ref", ref, sha], { gitDir: s.gitDir });
  else
    gitRaw(["update-ref", "-d", ref], {
      gitDir: s.gitDir,
      okCodes: [0, 1],
    });
  return sha;
}

export function headRepo(s: ServerImpl, p: PullState): RepoCtx {
  return p.spec.headRepo ? (s.forks.get(p.spec.headRepo.toLowerCase()) ?? s.main) : s.main;
}

/** A pull request as pulls/list shows it (the "pull-request-simple" schema). */
export function pullSimpleObject(s: ServerImpl, p: PullState): Schema<"pull-request-simple"> {
  return pullFields(s, p);
}

/** The fields of both pull request schemas (their types as written, so each schema checks them). */
function pullFields(s: ServerImpl, p: PullState) {
  const repo = s.main;
  const { base, head } = pullShas(s, p);
  const n = p.spec.number;
  const u = s.repoApi(repo, `/pulls/${n}`);
  const html = `${s.htmlBase}/${repo.fullName}/pull/${n}`;
  const hr = headRepo(s, p);
  const login = p.spec.user ?? "octocat";
  const open = (p.spec.state ?? "open") === "open";
  return {
    url: u,
    id: p.id,
    node_id: nodeId("PullRequest", p.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: s.repoApi(repo, `/issues/${n}`),
    number: n,
    state: open ? ("open" as const) : ("closed" as const),
    locked: false,
    title: p.spec.title ?? `Pull request #${n}`,
    user: user(s, login),
    body: p.spec.body ?? null,
    created_at: p.createdAt,
    updated_at: p.createdAt,
    closed_at: open ? null : p.createdAt,
    merged_at: !open && p.spec.merged ? p.createdAt : null,
    merge_commit_sha: null as string | null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    labels: [],
    milestone: null,
    draft: !!p.spec.draft,
    commits_url: `${u}/commits`,
    review_comments_url: `${u}/comments`,
    review_comment_url: s.repoApi(repo, "/pulls/comments{/number}"),
    comments_url: s.repoApi(repo, `/issues/${n}/comments`),
    statuses_url: s.repoApi(repo, `/statuses/${head}`),
    head: {
      label: `${hr.owner}:${p.spec.head}`,
      ref: p.spec.head,
      sha: head,
      user: user(s, hr.owner),
      repo: repoObject(s, hr),
    },
    base: {
      label: `${repo.owner}:${p.spec.base}`,
      ref: p.spec.base,
      sha: base,
      user: user(s, repo.owner),
      repo: repoObject(s, repo),
    },
    _links: {
      self: { href: u },
      html: { href: html },
      issue: { href: s.repoApi(repo, `/issues/${n}`) },
      comments: { href: s.repoApi(repo, `/issues/${n}/comments`) },
      review_comments: { href: `${u}/comments` },
      review_comment: { href: s.repoApi(repo, "/pulls/comments{/number}") },
      commits: { href: `${u}/commits` },
      statuses: { href: s.repoApi(repo, `/statuses/${head}`) },
    },
    author_association: (login === repo.owner
      ? "OWNER"
      : s.options.collaborators?.[login] && s.options.collaborators[login] !== "none"
        ? "COLLABORATOR"
        : "CONTRIBUTOR") as Schema<"author-association">,
    auto_merge: null,
    active_lock_reason: null,
  };
}

/** A pull request as pulls/get answers it (the "pull-request" schema): merge state and counts too. */
export function pullObject(s: ServerImpl, p: PullState): Schema<"pull-request"> {
  const { base, head, mergeBase } = pullShas(s, p);
  const n = p.spec.number;
  const hr = headRepo(s, p);
  const open = (p.spec.state ?? "open") === "open";
  const merge = mergeSha(s, p, base, head);
  const files = s.diff(mergeBase, head);
  const commits = Number(
    git(["rev-list", "--count", `${mergeBase}..${head}`], { gitDir: s.gitDir }),
  );
  return {
    ...pullFields(s, p),
    merge_commit_sha: merge,
    merged: !open && !!p.spec.merged,
    mergeable: merge !== null,
    rebaseable: merge !== null,
    mergeable_state: merge !== null ? "clean" : "dirty",
    merged_by: null,
    comments: s.state.issueComments.filter((x) => x.issue === n).length,
    review_comments: s.state.reviewComments.filter((x) => x.pull === n).length,
    maintainer_can_modify: hr.fork,
    commits,
    additions: files.reduce((sum, f) => sum + f.additions, 0),
    deletions: files.reduce((sum, f) => sum + f.deletions, 0),
    changed_files: files.length,
  };
}

export function listPulls(s: ServerImpl, c: Ctx): Result {
  const state = c.query.state ?? "open";
  let list = s.pulls.filter((p) => state === "all" || (p.spec.state ?? "open") === state);
  if (c.query.base) list = list.filter((p) => p.spec.base === c.query.base);
  if (c.query.head) {
    const [owner, ref] = c.query.head.includes(":")
      ? c.query.head.split(":", 2)
      : [undefined, c.query.head];
    list = list.filter(
      (p) =>
        p.spec.head === ref &&
        (owner === undefined || headRepo(s, p).owner.toLowerCase() === owner!.toLowerCase()),
    );
  }
  if (c.repo.fork) list = [];
  const page = s.paginate(c, list);
  return {
    status: 200,
    body: page.items.map((p) => pullSimpleObject(s, p)),
    headers: page.headers,
  };
}

/** pulls/create, as GitHub answers it for a branch of this repository. */
export function createPull(s: ServerImpl, c: Ctx<BodyOf<"pulls/create">>): Result {
  const b = c.body;
  const invalid = (message: string, field?: string): never => {
    throw new HttpError(
      422,
      errorBody(422, "Validation Failed", undefined, {
        errors: [
          {
            resource: "PullRequest",
            code: field ? "invalid" : "custom",
            ...(field ? { field } : { message }),
          },
        ],
      }),
    );
  };
  const head: string = String(b.head).includes(":")
    ? String(b.head).slice(String(b.head).indexOf(":") + 1)
    : String(b.head);
  const headOwner = String(b.head).includes(":")
    ? String(b.head).slice(0, String(b.head).indexOf(":"))
    : s.main.owner;
  if (headOwner.toLowerCase() !== s.main.owner.toLowerCase()) invalid("head", "head");
  if (b.issue !== undefined)
    throw new HttpError(
      422,
      errorBody(422, "issue is not supported by this server"),
      "unimplemented: pulls/create from an issue",
    );
  if (b.title === undefined || b.title === "") invalid("title", "title");
  s.checkBodyLength(b.body, "PullRequest");
  const headSha = revParse(s.gitDir, `refs/heads/${head}`);
  const baseSha = revParse(s.gitDir, `refs/heads/${b.base}`);
  if (!headSha) invalid("head", "head");
  if (!baseSha) invalid("base", "base");
  const existing = s.pulls.find(
    (p) =>
      (p.spec.state ?? "open") === "open" &&
      p.spec.head === head &&
      p.spec.base === b.base &&
      !p.spec.headRepo,
  );
  if (existing) invalid(`A pull request already exists for ${s.main.owner}:${head}.`);
  if (s.isAncestor(headSha!, baseSha!)) invalid(`No commits between ${b.base} and ${head}`);
  const number = Math.max(0, ...s.pulls.map((p) => p.spec.number)) + 1;
  const spec: PullSpec = {
    number,
    base: b.base,
    head,
    user: c.token!.login,
    title: b.title,
    ...(b.body !== undefined && { body: b.body }),
    ...(b.draft !== undefined && { draft: !!b.draft }),
  };
  const p: PullState = { spec, id: stableInt(`pull:${number}`), createdAt: isoNow() };
  s.pulls.push(p);
  const body = pullObject(s, p);
  return { status: 201, body, headers: { location: body.url } };
}

/** pulls/update: title, body and state (reopening needs the head branch and no other open pull request on it). */
export function updatePull(s: ServerImpl, c: Ctx<BodyOf<"pulls/update">>): Result {
  const p = pull(s, c);
  const b = c.body;
  if (b.base !== undefined || b.maintainer_can_modify !== undefined)
    throw new HttpError(
      422,
      errorBody(422, "not supported by this server"),
      "unimplemented: pulls/update of base or maintainer_can_modify",
    );
  s.checkBodyLength(b.body, "PullRequest");
  if (b.state === "open" && (p.spec.state ?? "open") === "closed") {
    const validation = (message: string): never => {
      throw new HttpError(
        422,
        errorBody(422, "Validation Failed", undefined, {
          errors: [{ resource: "PullRequest", code: "custom", message }],
        }),
      );
    };
    if (p.spec.merged) validation("state cannot be changed. The pull request has been merged.");
    if (!revParse(s.gitDir, `refs/heads/${p.spec.head}`))
      validation("state cannot be changed. The " + p.spec.head + " branch has been deleted.");
    if (
      s.pulls.some(
        (x) =>
          x !== p &&
          (x.spec.state ?? "open") === "open" &&
          x.spec.head === p.spec.head &&
          x.spec.base === p.spec.base,
      )
    )
      validation(`A pull request already exists for ${s.main.owner}:${p.spec.head}.`);
  }
  if (b.title !== undefined) p.spec.title = b.title;
  if (b.body !== undefined) p.spec.body = b.body ?? undefined;
  if (b.state !== undefined) p.spec.state = b.state;
  return { status: 200, body: pullObject(s, p) };
}

export function getPull(s: ServerImpl, c: Ctx): Result {
  const p = pull(s, c);
  if (/\.diff\b|\.patch\b/.test(c.accept)) {
    const { head, mergeBase } = pullShas(s, p);
    const data = gitRaw(["diff", "-M", "--no-color", "--no-ext-diff", mergeBase, head], {
      gitDir: s.gitDir,
    }).stdout;
    return {
      status: 200,
      raw: { contentType: "application/vnd.github.diff; charset=utf-8", data },
    };
  }
  return { status: 200, body: pullObject(s, p) };
}

export function listPullFiles(s: ServerImpl, c: Ctx): Result {
  const p = pull(s, c);
  const { head, mergeBase } = pullShas(s, p);
  const files = s.diff(mergeBase, head);
  const page = s.paginate(c, files, { cap: MAX_FILES });
  return {
    status: 200,
    body: page.items.map((f) => diffEntry(s, c.repo, f, mergeBase, head)),
    headers: page.headers,
  };
}
