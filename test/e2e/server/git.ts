/** The Git Data API: trees, blobs, commits and refs, read from and written to the backing repository. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { git, gitRaw, revParse } from "../git-fixture.js";
import type { BodyOf, Ctx, RepoCtx, Result, Schema, TokenInfo } from "./context.js";
import { mergeSha, pullShas } from "./pulls.js";
import type { ServerImpl } from "./server.js";
import {
  errorBody,
  githubBase64,
  HttpError,
  isoNow,
  KNOWN_USERS,
  nodeId,
  SHA_RE,
  stableInt,
  toGitDate,
} from "./util.js";

export function verification(s: ServerImpl, sha: string): Schema<"verification"> {
  if (s.verified.has(sha)) {
    const c = s.rawCommit(sha);
    return {
      verified: true,
      reason: "valid",
      signature:
        "-----BEGIN PGP SIGNATURE-----\n\nwsBcBAABCAAQBQJmFakeSignatureOfTheFakeGitHubServer\n-----END PGP SIGNATURE-----\n",
      payload: c.raw,
      verified_at: c.committer.date,
    };
  }
  const c = s.rawCommit(sha);
  return {
    verified: false,
    reason: c.gpgsig ? "unknown_key" : "unsigned",
    signature: null,
    payload: null,
    verified_at: null,
  };
}

export function gitCommitObject(s: ServerImpl, repo: RepoCtx, sha: string): Schema<"git-commit"> {
  const c = s.rawCommit(sha);
  return {
    sha,
    node_id: nodeId("Commit", sha.slice(0, 12)),
    url: s.repoApi(repo, `/git/commits/${sha}`),
    html_url: `${s.htmlBase}/${repo.fullName}/commit/${sha}`,
    author: c.author,
    committer: c.committer,
    tree: { sha: c.tree, url: s.repoApi(repo, `/git/trees/${c.tree}`) },
    message: c.message,
    parents: c.parents.map((p) => ({
      sha: p,
      url: s.repoApi(repo, `/git/commits/${p}`),
      html_url: `${s.htmlBase}/${repo.fullName}/commit/${p}`,
    })),
    verification: verification(s, sha),
  };
}

type TreeEntry = Schema<"git-tree">["tree"][number];

export function treeEntries(
  s: ServerImpl,
  repo: RepoCtx,
  tree: string,
  recursive: boolean,
): TreeEntry[] {
  const args = ["ls-tree", "-l", "-z", "--full-tree"];
  if (recursive) args.push("-r", "-t");
  args.push(tree);
  const out = gitRaw(args, { gitDir: s.gitDir }).stdout.toString("utf8");
  const entries: TreeEntry[] = [];
  for (const rec of out.split("\0")) {
    if (rec === "") continue;
    const tab = rec.indexOf("\t");
    const [mode, type, sha, size] = rec.slice(0, tab).split(/\s+/) as [
      string,
      string,
      string,
      string,
    ];
    const e: TreeEntry = { path: rec.slice(tab + 1), mode, type, sha };
    if (type === "blob") e.size = Number(size);
    if (type === "blob") e.url = s.repoApi(repo, `/git/blobs/${sha}`);
    else if (type === "tree") e.url = s.repoApi(repo, `/git/trees/${sha}`);
    entries.push(e);
  }
  return entries;
}

export function getTree(s: ServerImpl, c: Ctx): Result {
  const ref = c.params.tree_sha ?? "";
  let tree: string | null = null;
  if (!ref.startsWith("-")) {
    if (SHA_RE.test(ref)) tree = revParse(s.gitDir, `${ref}^{tree}`);
    else {
      const commit = s.resolveCommit(ref, c.repo);
      tree = commit ? revParse(s.gitDir, `${commit}^{tree}`) : null;
    }
  }
  if (!tree) throw new HttpError(404, errorBody(404, "Not Found"));
  const recursive =
    c.query.recursive !== undefined &&
    c.query.recursive !== "" &&
    c.query.recursive !== "0" &&
    c.query.recursive !== "false";
  if (c.query.recursive !== undefined && !recursive) {
    s.warnings.push(
      `git/get-tree: recursive=${c.query.recursive}: GitHub treats any value of "recursive" as true`,
    );
  }
  const entries = treeEntries(s, c.repo, tree, c.query.recursive !== undefined);
  return {
    status: 200,
    body: {
      sha: tree,
      url: s.repoApi(c.repo, `/git/trees/${tree}`),
      tree: entries,
      truncated: false,
    },
  };
}

export function getBlob(s: ServerImpl, c: Ctx): Result {
  const sha = c.params.file_sha ?? "";
  if (s.objectType(sha) !== "blob") throw new HttpError(404, errorBody(404, "Not Found"));
  const data = gitRaw(["cat-file", "blob", sha], { gitDir: s.gitDir }).stdout;
  if (/\.raw\b/.test(c.accept))
    return {
      status: 200,
      raw: { contentType: "application/vnd.github.raw; charset=utf-8", data },
    };
  return {
    status: 200,
    body: {
      sha,
      node_id: nodeId("Blob", sha.slice(0, 12)),
      size: data.length,
      url: s.repoApi(c.repo, `/git/blobs/${sha}`),
      content: githubBase64(data),
      encoding: "base64",
    },
  };
}

export function getGitCommit(s: ServerImpl, c: Ctx): Result {
  const sha = c.params.commit_sha ?? "";
  if (s.objectType(sha) !== "commit") throw new HttpError(404, errorBody(404, "Not Found"));
  return { status: 200, body: gitCommitObject(s, c.repo, sha) };
}

export function refObject(
  s: ServerImpl,
  repo: RepoCtx,
  ref: string,
  sha: string,
): Schema<"git-ref"> {
  const type = s.objectType(sha) ?? "commit";
  return {
    ref,
    node_id: nodeId("Ref", ref),
    url: s.repoApi(repo, `/git/${ref}`),
    object: { sha, type, url: s.repoApi(repo, `/git/${type}s/${sha}`) },
  };
}

export function getRef(s: ServerImpl, c: Ctx): Result {
  const ref = c.params.ref ?? "";
  if (ref.startsWith("refs/")) {
    throw new HttpError(
      404,
      errorBody(404, "Not Found"),
      `limit: git/get-ref: the ref is "heads/<branch>", not "${ref}"`,
    );
  }
  if (!/^(heads|tags|pull)\/./.test(ref)) throw new HttpError(404, errorBody(404, "Not Found"));
  if (c.repo.fork && !ref.startsWith("heads/"))
    throw new HttpError(404, errorBody(404, "Not Found"));
  if (ref.startsWith("pull/")) {
    for (const p of s.pulls) {
      const { base, head } = pullShas(s, p);
      mergeSha(s, p, base, head);
    }
  }
  if (ref.startsWith("heads/") && !s.branchVisible(c.repo, ref.slice("heads/".length)))
    throw new HttpError(404, errorBody(404, "Not Found"));
  const r = gitRaw(["rev-parse", "--verify", "--quiet", `refs/${ref}`], {
    gitDir: s.gitDir,
    okCodes: [0, 1],
  });
  if (r.status !== 0) throw new HttpError(404, errorBody(404, "Not Found"));
  return {
    status: 200,
    body: refObject(s, c.repo, `refs/${ref}`, r.stdout.toString("utf8").trim()),
  };
}

export function createBlob(s: ServerImpl, c: Ctx<BodyOf<"git/create-blob">>): Result {
  const b = c.body;
  const encoding = b.encoding ?? "utf-8";
  let data: Buffer;
  if (encoding === "base64") data = Buffer.from(String(b.content).replace(/\s+/g, ""), "base64");
  else if (encoding === "utf-8" || encoding === "utf8")
    data = Buffer.from(String(b.content), "utf8");
  else
    throw new HttpError(
      422,
      errorBody(422, `encoding must be either 'utf-8' or 'base64'`),
      `limit: git/create-blob: unknown encoding ${encoding}`,
    );
  const sha = git(["hash-object", "-w", "--stdin"], { gitDir: s.gitDir, input: data });
  return {
    status: 201,
    body: { url: s.repoApi(c.repo, `/git/blobs/${sha}`), sha },
    headers: { location: s.repoApi(c.repo, `/git/blobs/${sha}`) },
  };
}

export function createTree(s: ServerImpl, c: Ctx<BodyOf<"git/create-tree">>): Result {
  const b = c.body;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "hu-tree-"));
  const env = { GIT_INDEX_FILE: path.join(tmp, "index") };
  const g = (args: string[], input?: string | Buffer): string =>
    git(args, { gitDir: s.gitDir, env, ...(input !== undefined ? { input } : {}) });
  // (--force-remove wants a work tree; mode 0 through --index-info does not)
  const removeFromIndex = (paths: string[]): void => {
    g(
      ["update-index", "-z", "--index-info"],
      paths.map((x) => `0 ${"0".repeat(40)}\t${x}\0`).join(""),
    );
  };
  try {
    if (b.base_tree !== undefined) {
      const t = SHA_RE.test(b.base_tree) ? s.objectType(b.base_tree) : null;
      if (t !== "tree" && t !== "commit") {
        throw new HttpError(
          422,
          errorBody(422, "Invalid tree info", undefined, {
            errors: [`base_tree ${b.base_tree} is not a valid tree oid`],
          }),
        );
      }
      g(["read-tree", b.base_tree]);
    } else {
      g(["read-tree", "--empty"]);
    }
    const entries = b.tree ?? [];
    entries.forEach((e, i) => {
      const fail = (msg: string): never => {
        throw new HttpError(
          422,
          errorBody(422, msg, undefined, { errors: [`tree[${i}]: ${msg}`] }),
          `limit: git/create-tree: tree[${i}]: ${msg}`,
        );
      };
      const p: string = e.path ?? "";
      if (
        p === "" ||
        p.startsWith("/") ||
        p.endsWith("/") ||
        p.split("/").some((x) => x === "" || x === "." || x === ".." || x === ".git")
      ) {
        fail(`tree.path contains a malformed path component: ${JSON.stringify(p)}`);
      }
      const hasSha = Object.prototype.hasOwnProperty.call(e, "sha");
      const hasContent = e.content !== undefined;
      if (hasSha && e.sha !== null && hasContent)
        fail("tree.sha and tree.content cannot both be given");
      if (!hasSha && !hasContent) fail("Must supply either tree.sha or tree.content");
      // anything at p or under p/ goes
      const existing = g(["ls-files", "-z", "--", p])
        .split("\0")
        .filter((x) => x !== "" && (x === p || x.startsWith(p + "/")));
      if (existing.length > 0) removeFromIndex(existing);
      if (hasSha && e.sha === null) return; // deletion
      const mode: string = e.mode ?? "100644";
      const type: string =
        e.type ?? (mode === "040000" ? "tree" : mode === "160000" ? "commit" : "blob");
      const expectedType = mode === "040000" ? "tree" : mode === "160000" ? "commit" : "blob";
      if (type !== expectedType) fail(`tree.type ${type} does not match tree.mode ${mode}`);
      let sha: string;
      if (hasContent) {
        if (type !== "blob") fail("tree.content can only be used for blobs");
        sha = git(["hash-object", "-w", "--stdin"], {
          gitDir: s.gitDir,
          input: Buffer.from(String(e.content), "utf8"),
        });
      } else {
        sha = String(e.sha);
        if (type !== "commit" && s.objectType(sha) !== type)
          fail(`tree.sha ${sha} is not a valid ${type}`);
      }
      if (type === "tree") {
        g(["read-tree", `--prefix=${p}/`, sha]);
      } else {
        // a file replaces a directory at its path and files at its parent paths
        const parts = p.split("/");
        const parents: string[] = [];
        for (let k = 1; k < parts.length; k++) parents.push(parts.slice(0, k).join("/"));
        const blocking =
          parents.length > 0
            ? g(["ls-files", "-z", "--", ...parents])
                .split("\0")
                .filter((x) => parents.includes(x))
            : [];
        if (blocking.length > 0) removeFromIndex(blocking);
        g(["update-index", "--add", "--cacheinfo", `${mode},${sha},${p}`]);
      }
    });
    const tree = g(["write-tree"]);
    return {
      status: 201,
      body: {
        sha: tree,
        url: s.repoApi(c.repo, `/git/trees/${tree}`),
        tree: treeEntries(s, c.repo, tree, false),
        truncated: false,
      },
      headers: { location: s.repoApi(c.repo, `/git/trees/${tree}`) },
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** An author or committer as git/create-commit takes it (the committer's name and email may be missing). */
type Identity = NonNullable<BodyOf<"git/create-commit">["committer"]>;

/**
 * Writes a commit object. GitHub: the author defaults to the authenticated identity, the
 * committer to the author; a commit GitHub makes for an app with neither given is committed
 * by GitHub and signed (verified).
 */
export function writeCommit(
  s: ServerImpl,
  token: TokenInfo | null,
  tree: string,
  parents: string[],
  message: string,
  author?: Identity,
  committer?: Identity,
  signature?: string,
): string {
  const login = token?.login ?? "github-actions[bot]";
  const botId = KNOWN_USERS[login]?.id ?? stableInt(`user:${login}`);
  const bot = { name: login, email: `${botId}+${login}@users.noreply.github.com` };
  const signedByGitHub = author === undefined && committer === undefined && signature === undefined;
  const a = author ?? bot;
  const cm = committer ?? author ?? { name: "GitHub", email: "noreply@github.com" };
  const now = isoNow();
  const line = (who: Identity): string =>
    `${who.name} <${who.email}> ${toGitDate(who.date ?? now)}`;
  let text = `tree ${tree}\n`;
  for (const p of parents) text += `parent ${p}\n`;
  text += `author ${line(a)}\ncommitter ${line(cm)}\n`;
  if (signature) text += `gpgsig ${String(signature).trimEnd().split("\n").join("\n ")}\n`;
  text += `\n${message.endsWith("\n") ? message : message + "\n"}`;
  const sha = git(["hash-object", "-t", "commit", "-w", "--stdin"], {
    gitDir: s.gitDir,
    input: text,
  });
  if (signedByGitHub) s.verified.add(sha);
  return sha;
}

export function createCommit(s: ServerImpl, c: Ctx<BodyOf<"git/create-commit">>): Result {
  const b = c.body;
  if (s.objectType(b.tree) !== "tree") {
    throw new HttpError(
      422,
      errorBody(422, "Tree SHA does not exist"),
      `limit: git/create-commit: tree ${b.tree} does not exist`,
    );
  }
  const parents: string[] = b.parents ?? [];
  for (const p of parents) {
    if (s.objectType(p) !== "commit") {
      throw new HttpError(
        422,
        errorBody(422, "Parent SHA does not exist or is not a commit object"),
        `limit: git/create-commit: parent ${p} is not a commit`,
      );
    }
  }
  const sha = writeCommit(
    s,
    c.token,
    b.tree,
    parents,
    String(b.message),
    b.author,
    b.committer,
    b.signature,
  );
  const url = s.repoApi(c.repo, `/git/commits/${sha}`);
  return { status: 201, body: gitCommitObject(s, c.repo, sha), headers: { location: url } };
}

export function updateRef(s: ServerImpl, c: Ctx<BodyOf<"git/update-ref">>): Result {
  const ref = c.params.ref ?? "";
  if (ref.startsWith("refs/")) {
    throw new HttpError(
      422,
      errorBody(422, "Reference does not exist"),
      `limit: git/update-ref: the ref is "heads/<branch>", not "${ref}"`,
    );
  }
  const b = c.body;
  if (!/^(heads|tags)\/./.test(ref)) {
    throw new HttpError(
      422,
      errorBody(422, "Reference does not exist"),
      `limit: git/update-ref: ${ref} is not heads/... or tags/...`,
    );
  }
  const cur = gitRaw(["rev-parse", "--verify", "--quiet", `refs/${ref}`], {
    gitDir: s.gitDir,
    okCodes: [0, 1],
  });
  if (
    cur.status !== 0 ||
    (ref.startsWith("heads/") && !s.branchVisible(c.repo, ref.slice("heads/".length)))
  ) {
    throw new HttpError(422, errorBody(422, "Reference does not exist"));
  }
  const old = cur.stdout.toString("utf8").trim();
  if (!SHA_RE.test(b.sha) || !s.objectType(b.sha))
    throw new HttpError(422, errorBody(422, "Object does not exist"));
  if (
    !b.force &&
    old !== b.sha &&
    (s.objectType(b.sha) !== "commit" || !s.isAncestor(old, b.sha))
  ) {
    throw new HttpError(422, errorBody(422, "Update is not a fast forward"));
  }
  git(["update-ref", `refs/${ref}`, b.sha, old], { gitDir: s.gitDir });
  return { status: 200, body: refObject(s, c.repo, `refs/${ref}`, b.sha) };
}

export function createRef(s: ServerImpl, c: Ctx<BodyOf<"git/create-ref">>): Result {
  const b = c.body;
  const ref: string = b.ref;
  if (!/^refs\/[^/]+\/./.test(ref)) {
    throw new HttpError(
      422,
      errorBody(422, "Reference name must start with 'refs/' and have at least two slashes."),
      `limit: git/create-ref: bad ref name ${ref}`,
    );
  }
  if (gitRaw(["check-ref-format", ref], { gitDir: s.gitDir, okCodes: [0, 1] }).status !== 0) {
    throw new HttpError(
      422,
      errorBody(422, `${ref} is not a valid ref name.`),
      `limit: git/create-ref: bad ref name ${ref}`,
    );
  }
  if (!SHA_RE.test(b.sha) || !s.objectType(b.sha))
    throw new HttpError(422, errorBody(422, "Object does not exist"));
  if (revParse(s.gitDir, ref)) throw new HttpError(422, errorBody(422, "Reference already exists"));
  git(["update-ref", ref, b.sha, ""], { gitDir: s.gitDir });
  return {
    status: 201,
    body: refObject(s, c.repo, ref, b.sha),
    headers: { location: s.repoApi(c.repo, `/git/${ref}`) },
  };
}
