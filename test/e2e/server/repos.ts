/** The repository, collaborator permissions, and comparing two commits (the merge base). */
import { git, revParse } from "../git-fixture.js";
import type { Ctx, RepoCtx, Result, Schema } from "./context.js";
import type { DiffFile } from "./diff.js";
import { verification } from "./git.js";
import type { ServerImpl } from "./server.js";
import { user, userForEmail } from "./users.js";
import { COMPARE_FILES, errorBody, HttpError, nodeId } from "./util.js";

/** A repository as pulls and events show it (the "repository" schema). */
export function repoObject(s: ServerImpl, repo: RepoCtx): Schema<"repository"> {
  return repoFields(s, repo);
}

/** The fields of both repository schemas (their types as written, so each schema checks them). */
function repoFields(s: ServerImpl, repo: RepoCtx) {
  const base = s.repoApi(repo);
  const html = `${s.htmlBase}/${repo.fullName}`;
  const branchTip = revParse(s.gitDir, `refs/heads/${s.defaultBranch}`);
  const pushedAt = branchTip ? s.rawCommit(branchTip).committer.date : s.createdAt;
  return {
    id: repo.id,
    node_id: nodeId("Repository", repo.id),
    name: repo.name,
    full_name: repo.fullName,
    private: !!s.options.private,
    owner: user(s, repo.owner),
    html_url: html,
    description: null,
    fork: repo.fork,
    url: base,
    forks_url: `${base}/forks`,
    keys_url: `${base}/keys{/key_id}`,
    collaborators_url: `${base}/collaborators{/collaborator}`,
    teams_url: `${base}/teams`,
    hooks_url: `${base}/hooks`,
    issue_events_url: `${base}/issues/events{/number}`,
    events_url: `${base}/events`,
    assignees_url: `${base}/assignees{/user}`,
    branches_url: `${base}/branches{/branch}`,
    tags_url: `${base}/tags`,
    blobs_url: `${base}/git/blobs{/sha}`,
    git_tags_url: `${base}/git/tags{/sha}`,
    git_refs_url: `${base}/git/refs{/sha}`,
    trees_url: `${base}/git/trees{/sha}`,
    statuses_url: `${base}/statuses/{sha}`,
    languages_url: `${base}/languages`,
    stargazers_url: `${base}/stargazers`,
    contributors_url: `${base}/contributors`,
    subscribers_url: `${base}/subscribers`,
    subscription_url: `${base}/subscription`,
    commits_url: `${base}/commits{/sha}`,
    git_commits_url: `${base}/git/commits{/sha}`,
    comments_url: `${base}/comments{/number}`,
    issue_comment_url: `${base}/issues/comments{/number}`,
    contents_url: `${base}/contents/{+path}`,
    compare_url: `${base}/compare/{base}...{head}`,
    merges_url: `${base}/merges`,
    archive_url: `${base}/{archive_format}{/ref}`,
    downloads_url: `${base}/downloads`,
    issues_url: `${base}/issues{/number}`,
    pulls_url: `${base}/pulls{/number}`,
    milestones_url: `${base}/milestones{/number}`,
    notifications_url: `${base}/notifications{?since,all,participating}`,
    labels_url: `${base}/labels{/name}`,
    releases_url: `${base}/releases{/id}`,
    deployments_url: `${base}/deployments`,
    created_at: s.createdAt,
    updated_at: pushedAt,
    pushed_at: pushedAt,
    git_url: `git://github.com/${repo.fullName}.git`,
    ssh_url: `git@github.com:${repo.fullName}.git`,
    clone_url: `${html}.git`,
    svn_url: html,
    homepage: null,
    size: 100,
    stargazers_count: 0,
    watchers_count: 0,
    language: null,
    has_issues: true,
    has_projects: true,
    has_downloads: true,
    has_wiki: true,
    has_pages: false,
    has_discussions: false,
    forks_count: s.forks.size,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: s.pulls.filter((p) => (p.spec.state ?? "open") === "open").length,
    license: null,
    allow_forking: true,
    is_template: false,
    web_commit_signoff_required: false,
    topics: [],
    visibility: s.options.private ? "private" : "public",
    forks: s.forks.size,
    open_issues: s.pulls.filter((p) => (p.spec.state ?? "open") === "open").length,
    watchers: 0,
    default_branch: s.defaultBranch,
    permissions: { admin: false, maintain: false, push: false, triage: false, pull: true },
  };
}

/** The repository as repos/get answers it (the "full-repository" schema). */
export function fullRepoObject(s: ServerImpl, repo: RepoCtx): Schema<"full-repository"> {
  return {
    ...repoFields(s, repo),
    temp_clone_token: null,
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_rebase_merge: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
    allow_update_branch: false,
    use_squash_pr_title_as_default: false,
    squash_merge_commit_message: "COMMIT_MESSAGES",
    squash_merge_commit_title: "COMMIT_OR_PR_TITLE",
    merge_commit_message: "PR_TITLE",
    merge_commit_title: "MERGE_MESSAGE",
    network_count: s.forks.size,
    subscribers_count: 0,
    ...(repo.fork && { parent: repoObject(s, s.main), source: repoObject(s, s.main) }),
  };
}

/** The "commit" schema (repos/get-commit, pulls/list-commits, compare). */
export function commitObject(s: ServerImpl, repo: RepoCtx, sha: string): Schema<"commit"> {
  const c = s.rawCommit(sha);
  return {
    url: s.repoApi(repo, `/commits/${sha}`),
    sha,
    node_id: nodeId("Commit", sha.slice(0, 12)),
    html_url: `${s.htmlBase}/${repo.fullName}/commit/${sha}`,
    comments_url: s.repoApi(repo, `/commits/${sha}/comments`),
    commit: {
      url: s.repoApi(repo, `/git/commits/${sha}`),
      author: c.author,
      committer: c.committer,
      message: c.message,
      comment_count: 0,
      tree: { sha: c.tree, url: s.repoApi(repo, `/git/trees/${c.tree}`) },
      verification: verification(s, sha),
    },
    author: userForEmail(s, c.author.email),
    committer: userForEmail(s, c.committer.email),
    parents: c.parents.map((p) => ({
      sha: p,
      url: s.repoApi(repo, `/commits/${p}`),
      html_url: `${s.htmlBase}/${repo.fullName}/commit/${p}`,
    })),
  };
}

export function diffEntry(
  s: ServerImpl,
  repo: RepoCtx,
  f: DiffFile,
  fromCommit: string,
  toCommit: string,
): Schema<"diff-entry"> {
  const commit = f.status === "removed" ? fromCommit : toCommit;
  const enc = f.filename.split("/").map(encodeURIComponent).join("/");
  const e: Schema<"diff-entry"> = {
    sha: f.sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.changes,
    blob_url: `${s.htmlBase}/${repo.fullName}/blob/${commit}/${enc}`,
    raw_url: `${s.htmlBase}/${repo.fullName}/raw/${commit}/${enc}`,
    contents_url: s.repoApi(repo, `/contents/${enc}?ref=${commit}`),
  };
  if (f.patch !== undefined) e.patch = f.patch;
  if (f.previous_filename !== undefined) e.previous_filename = f.previous_filename;
  return e;
}

export function compare(s: ServerImpl, c: Ctx): Result {
  const bh = c.params.basehead ?? `${c.params.base}...${c.params.head}`;
  const m = /^(.+?)(\.\.\.?)(.+)$/.exec(bh);
  if (!m) throw new HttpError(404, errorBody(404, "Not Found"));
  const strip = (s: string): string => (s.includes(":") ? s.slice(s.indexOf(":") + 1) : s);
  const side = (x: string): string | null => {
    const owner = x.includes(":") ? x.slice(0, x.indexOf(":")).toLowerCase() : null;
    const r =
      owner === null || owner === c.repo.owner.toLowerCase()
        ? c.repo
        : [s.main, ...s.forks.values()].find((f) => f.owner.toLowerCase() === owner);
    return r ? s.resolveCommit(strip(x), r) : null;
  };
  const base = side(m[1]!);
  const head = side(m[3]!);
  if (!base || !head) throw new HttpError(404, errorBody(404, "Not Found"));
  const mb = s.mergeBase(base, head);
  if (!mb)
    throw new HttpError(404, errorBody(404, `No common ancestor between ${m[1]} and ${m[3]}.`));
  const [behind, ahead] = git(["rev-list", "--left-right", "--count", `${base}...${head}`], {
    gitDir: s.gitDir,
  })
    .split(/\s+/)
    .map(Number) as [number, number];
  const status =
    ahead === 0 && behind === 0
      ? "identical"
      : behind === 0
        ? "ahead"
        : ahead === 0
          ? "behind"
          : "diverged";
  const from = m[2] === "..." ? mb : base;
  const files = s.diff(from, head);
  const shas = git(["rev-list", "--reverse", `${mb}..${head}`], { gitDir: s.gitDir })
    .split("\n")
    .filter(Boolean);
  const paging = c.query.page !== undefined || c.query.per_page !== undefined;
  let commitShas: string[];
  let headers: Record<string, string> = {};
  if (paging) {
    const page = s.paginate(c, shas);
    commitShas = page.items;
    headers = page.headers;
  } else {
    commitShas = shas.slice(-250);
  }
  const html = `${s.htmlBase}/${c.repo.fullName}/compare/${bh}`;
  return {
    status: 200,
    headers,
    body: {
      url: s.repoApi(c.repo, `/compare/${bh}`),
      html_url: html,
      permalink_url: `${s.htmlBase}/${c.repo.fullName}/compare/${c.repo.owner}:${base.slice(0, 7)}...${c.repo.owner}:${head.slice(0, 7)}`,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      base_commit: commitObject(s, c.repo, base),
      merge_base_commit: commitObject(s, c.repo, mb),
      status,
      ahead_by: ahead,
      behind_by: behind,
      total_commits: ahead,
      commits: commitShas.map((sha) => commitObject(s, c.repo, sha)),
      files: files.slice(0, COMPARE_FILES).map((f) => diffEntry(s, c.repo, f, from, head)),
    },
  };
}

export function collaboratorPermission(s: ServerImpl, c: Ctx): Result {
  const login = c.params.username ?? "";
  let role: string =
    s.options.collaborators?.[login] ??
    (login.toLowerCase() === s.main.owner.toLowerCase()
      ? "admin"
      : s.options.private
        ? "none"
        : "read");
  if (c.repo.fork) role = login.toLowerCase() === c.repo.owner.toLowerCase() ? "admin" : "read";
  const permission =
    {
      admin: "admin",
      maintain: "write",
      write: "write",
      triage: "read",
      read: "read",
      none: "none",
    }[role] ?? "none";
  const perms = {
    admin: role === "admin",
    maintain: role === "admin" || role === "maintain",
    push: ["admin", "maintain", "write"].includes(role),
    triage: ["admin", "maintain", "write", "triage"].includes(role),
    pull: role !== "none",
  };
  return {
    status: 200,
    body: {
      permission,
      role_name: role,
      user: { ...user(s, login), permissions: perms, role_name: role },
    },
  };
}

export function getRepo(s: ServerImpl, c: Ctx): Result {
  return { status: 200, body: fullRepoObject(s, c.repo) };
}
