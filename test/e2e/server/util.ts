/** Small helpers of the local GitHub API server: errors as GitHub words them, ids, dates, base64. */
import { createHash } from "node:crypto";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly violation?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.message ?? status));
  }
}

export function isoNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function isoFromEpoch(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function stableInt(s: string, min = 1_000_000, span = 900_000_000): number {
  const h = createHash("sha1").update(s).digest();
  return min + (h.readUInt32BE(0) % span);
}

export function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`0:${kind}${id}`).toString("base64").replace(/=+$/, "");
}

/** Ruby's pack('m'): base64 in lines of 60 characters, each ending with a newline. */
export function githubBase64(buf: Buffer): string {
  const b64 = buf.toString("base64");
  let out = "";
  for (let i = 0; i < b64.length; i += 60) out += b64.slice(i, i + 60) + "\n";
  return out;
}

export const SHA_RE = /^[0-9a-f]{40}$/;
export const EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

export const KNOWN_USERS: Record<string, { id: number; type: string }> = {
  "github-actions[bot]": { id: 41898282, type: "Bot" },
  octocat: { id: 583231, type: "User" },
  "web-flow": { id: 19864447, type: "User" },
  github: { id: 9919, type: "Organization" },
};

export interface Person {
  name: string;
  email: string;
  date: string;
}

export interface RawCommit {
  sha: string;
  tree: string;
  parents: string[];
  author: Person;
  committer: Person;
  message: string;
  gpgsig: boolean;
  raw: string;
}

export function parsePerson(s: string): Person {
  const m = /^(.*) <([^>]*)> (\d+) ([+-]\d{4})$/.exec(s);
  if (!m) return { name: s, email: "", date: isoFromEpoch(0) };
  return { name: m[1]!, email: m[2]!, date: isoFromEpoch(Number(m[3])) };
}

export function toGitDate(iso: string | undefined): string {
  if (iso === undefined) return `${Math.floor(Date.now() / 1000)} +0000`;
  const ms = Date.parse(iso);
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  const tz = m ? `${m[1]}${m[2]}${m[3]}` : "+0000";
  return `${Math.floor(ms / 1000)} ${tz}`;
}

/** An error body as GitHub sends it: message, documentation_url, status. */
export function errorBody(
  status: number,
  message: string,
  docs = GENERIC_DOCS,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { message, ...extra, documentation_url: docs, status: String(status) };
}

export const GENERIC_DOCS = "https://docs.github.com/rest";
export const BODY_LIMIT = 65536;
export const TEXT_LIMIT = 65535;
export const MAX_FILES = 3000;
export const COMPARE_FILES = 300;
export const ANNOTATIONS_PER_REQUEST = 50;
