#!/usr/bin/env python3
"""Regenerates the engine's facts about systemd 252 to 262 from systemd itself.

Two files, one generator:
- src/core/data/systemd252.ts: the base, systemd 252 on x86-64 as Debian 12 ships it, read from the
  tools: `systemd-analyze syscall-filter`, `systemd-analyze capability`, `systemd
  --dump-configuration-items`, libseccomp's own name resolution, and the address families and errno
  names of the C headers systemd compiles in.
- src/core/data/releases.ts: what changed in each later release, as deltas on the one before.
  254, 257 and 262 are *verified*: read the same way from Debian's own builds of them
  (scripts/systemd-analyze-version.sh fetches and runs them). 253, 255, 256 and 258 to 261 are
  *derived*: a change seen between two verified builds is dated by the "Added in version" notes of
  the newest man pages and by NEWS (both shipped in the 262 package); the value grammars and
  assessment changes below are dated by NEWS and checked here against every verified build.

The engine never runs systemd; it reads these snapshots. Run: scripts/gen-systemd-data.py
(needs network once for the Debian packages; cached under ~/.cache/harden-units/).
"""
import ctypes, gzip, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
VERIFIED = [252, 254, 257, 262]
ALL = list(range(252, 263))


def run(*cmd, env=None, check=True):
    return subprocess.run(cmd, check=check, capture_output=True, text=True, env=env).stdout


def tool(version, name="systemd-analyze"):
    return run(os.path.join(HERE, "systemd-analyze-version.sh"), str(version), name).strip()


# ---------------------------------------------------------------------------------------------
# What one verified build says about itself.

def syscall_groups(analyze):
    groups, current = {}, None
    for line in run(analyze, "syscall-filter").splitlines():
        if line.startswith("@"):
            current = line.strip()
            groups[current] = {"description": "", "members": []}
        elif current and line.startswith("    # "):
            groups[current]["description"] = line[6:]
        elif current and line.strip() and not line.startswith("#"):
            groups[current]["members"].append(line.strip())
    return groups


def capabilities(analyze):
    caps = []
    for line in run(analyze, "capability").splitlines()[1:]:
        name, num = line.split()
        assert int(num) == len(caps)
        caps.append(name)
    return caps


def config_items(manager):
    items, section = {}, None
    for line in run(manager, "--dump-configuration-items").splitlines():
        if line.startswith("["):
            section = line.strip("[]")
            items[section] = {}
        elif "=" in line:
            key, kind = line.split("=", 1)
            items[section][key] = kind
    return items


RESOLVER_C = r"""
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
int main(void) {
  void *h = dlopen("libseccomp.so.2", RTLD_NOW);
  if (!h) { fprintf(stderr, "%s\n", dlerror()); return 1; }
  char *(*resolve)(unsigned, int) = (char *(*)(unsigned, int))dlsym(h, "seccomp_syscall_resolve_num_arch");
  for (int n = 0; n < 1024; n++) { char *s = resolve(0, n); if (s) { printf("N %s\n", s); free(s); } }
  for (int n = -12000; n < -10000; n++) { char *s = resolve(0, n); if (s) { printf("F %s\n", s); free(s); } }
  return 0;
}
"""


def seccomp_names(version):
    """(native, foreign) syscall names as the libseccomp that version's build loads resolves them."""
    if version in (252, 254):  # both run on Debian 12's own libseccomp
        seccomp = ctypes.CDLL("libseccomp.so.2")
        libc = ctypes.CDLL("libc.so.6")
        seccomp.seccomp_syscall_resolve_num_arch.restype = ctypes.c_void_p
        seccomp.seccomp_syscall_resolve_num_arch.argtypes = [ctypes.c_uint32, ctypes.c_int]

        def name_of(num):
            ptr = seccomp.seccomp_syscall_resolve_num_arch(0, num)
            if not ptr:
                return None
            s = ctypes.string_at(ptr).decode()
            libc.free(ctypes.c_void_p(ptr))
            return s
        pairs = [("N", name_of(n)) for n in range(0, 1024)] + [("F", name_of(n)) for n in range(-12000, -10000)]
    else:
        wrapper = open(tool(version)).read()
        m = re.search(r"exec (\S+ld-linux\S*) --library-path (\S+) ", wrapper)
        loader, libpath = m[1], m[2]
        with tempfile.TemporaryDirectory() as tmp:
            src, exe = os.path.join(tmp, "r.c"), os.path.join(tmp, "r")
            open(src, "w").write(RESOLVER_C)
            run("cc", "-O0", "-o", exe, src, "-ldl")
            pairs = [tuple(l.split(" ", 1)) for l in run(loader, "--library-path", libpath, exe).splitlines()]
    native = sorted({n for k, n in pairs if k == "N" and n and n != "UNKNOWN"})
    foreign = sorted({n for k, n in pairs if k == "F" and n and n != "UNKNOWN"} - set(native))
    return native, foreign


def check_weights(analyze):
    """The checks with weight and range, from the debug columns on a bare service."""
    with tempfile.TemporaryDirectory() as tmp:
        unit = os.path.join(tmp, "probe.service")
        open(unit, "w").write("[Service]\nExecStart=/bin/true\n")
        env = {**os.environ, "SYSTEMD_UNIT_PATH": "", "SYSTEMD_ANALYZE_DEBUG": "1", "LC_ALL": "C.UTF-8"}
        out = run(analyze, "security", "--offline=true", "--no-pager", "--json=short", unit, env=env)
    return {r["json_field"]: [r["weight"], r["range"]] for r in json.loads(out)}


def verify_and_assess(analyze, body, fields):
    """(verify lines, {json_field: badness}) for a service with `body`."""
    with tempfile.TemporaryDirectory() as tmp:
        unit = os.path.join(tmp, "probe.service")
        open(unit, "w").write(f"[Service]\nExecStart=/bin/true\n{body}\n")
        env = {**os.environ, "SYSTEMD_UNIT_PATH": "", "SYSTEMD_ANALYZE_DEBUG": "1", "LC_ALL": "C.UTF-8"}
        p = subprocess.run([analyze, "security", "--offline=true", "--no-pager", "--json=short", unit],
                           capture_output=True, text=True, env=env, cwd=tmp)
    lines = [l.split(": ", 1)[1] for l in p.stderr.splitlines() if l.startswith(unit + ":")]
    rows = {r["json_field"]: r["badness"] for r in json.loads(p.stdout)} if p.stdout.strip() else {}
    return lines, {f: rows.get(f) for f in fields}


# ---------------------------------------------------------------------------------------------
# Curated from NEWS (dates) and checked below against every verified build (behaviour).
# A value grammar applies from `since` until the next row for the same key:
#   bool          "Failed to parse boolean value, ignoring: V"; an empty value is the same error
#   tristate-bool "Failed to parse boolean value for KEY=, ignoring: V"; empty resets to unset
#   enum          "Failed to parse KEY=V, ignoring: Invalid argument"; booleans and `words`
#   enum-reset    as enum, but an empty value resets to unset
#   enum-terse    "Failed to parse KEY=V, ignoring."; an empty value resets ("private:NAME" allowed)
VALUE_GRAMMARS = [
    # NEWS 254: "PrivateNetwork=yes and NetworkNamespacePath= now imply PrivateMounts=yes unless
    # PrivateMounts=no is explicitly specified" (the setting became a tristate).
    {"key": "PrivateMounts", "since": 254, "grammar": "tristate-bool", "words": []},
    {"key": "PrivateMounts", "since": 257, "grammar": "enum-reset", "words": []},
    # NEWS 257: "disconnected" for PrivateTmp=, "identity" (and "self") for PrivateUsers=,
    # "private"/"strict" for ProtectControlGroups=, the new PrivatePIDs=.
    {"key": "PrivateTmp", "since": 257, "grammar": "enum", "words": ["disconnected"]},
    {"key": "PrivateUsers", "since": 257, "grammar": "enum", "words": ["self", "identity"]},
    {"key": "ProtectControlGroups", "since": 257, "grammar": "enum", "words": ["private", "strict"]},
    {"key": "PrivatePIDs", "since": 257, "grammar": "enum", "words": []},
    # 257 reads ProtectHostname= with the same parser (its message changed; no new value yet).
    {"key": "ProtectHostname", "since": 257, "grammar": "enum", "words": []},
    # NEWS 258: PrivateUsers=full, ProtectHostname=private[:NAME], PrivateBPF=.
    {"key": "PrivateUsers", "since": 258, "grammar": "enum", "words": ["self", "identity", "full"]},
    {"key": "ProtectHostname", "since": 258, "grammar": "enum-terse", "words": ["private"]},
    {"key": "PrivateBPF", "since": 258, "grammar": "enum", "words": []},
    # NEWS 260: PrivateUsers=managed.
    {"key": "PrivateUsers", "since": 260, "grammar": "enum", "words": ["self", "identity", "full", "managed"]},
]

# How the checks read a setting, where that changed (each version's `security` output decides).
ASSESSMENT_CHANGES = [
    # From 254 PrivateMounts= is a tristate and the check fails only on an explicit "no".
    {"check": "PrivateMounts", "since": 254, "rule": "fails-only-when-no"},
]

# Other behaviour that changed, as release traits (252's value first). Each was seen in a verified
# build's `security` output; a change between two verified builds is dated by the newer one.
RELEASE_TRAITS = [
    # The instance a template file is analysed as (%i, the instance's drop-in folder, the name).
    {"trait": "templateInstance", "since": 252, "value": "i"},
    {"trait": "templateInstance", "since": 257, "value": "test_instance"},
    # The device an encrypted credential adds to DeviceAllow= (null: none).
    {"trait": "encryptedCredentialDevice", "since": 252, "value": "/dev/tpmrm0"},
    {"trait": "encryptedCredentialDevice", "since": 254, "value": "char-tpm"},
    {"trait": "encryptedCredentialDevice", "since": 262, "value": None},
    # An unknown word in RestrictAddressFamilies=: skipped (252), or it ends the line there, the
    # message quoting the whole value (262).
    {"trait": "addressFamilyError", "since": 252, "value": "skip-word"},
    {"trait": "addressFamilyError", "since": 262, "value": "stop-line"},
    # Where rows without a description (ProtectProc=noaccess) land in the printed table: wherever
    # glibc's merge sort leaves them (their comparison with a text falls back to the row index), or
    # first (262).
    {"trait": "emptyDescriptions", "since": 252, "value": "merge-order"},
    {"trait": "emptyDescriptions", "since": 262, "value": "first"},
    # How the loader words a value it cannot parse: each parser's own text (252), or the generic
    # "Failed to parse KEY=VALUE, ignoring: <errno>" most parsers use from 257 (unknown system calls
    # and address prefixes got texts of their own then too).
    {"trait": "parseErrors", "since": 252, "value": "classic"},
    {"trait": "parseErrors", "since": 257, "value": "generic"},
    # The "!!" prefix of Exec*= lines (ambient capabilities on old kernels): honoured, or ignored
    # with a warning (262).
    {"trait": "doubleBang", "since": 252, "value": "supported"},
    {"trait": "doubleBang", "since": 262, "value": "ignored"},
]

# Keys a later build no longer lists, with the release that dropped them (NEWS 258: "Support for
# cgroup v1 ('legacy' and 'hybrid' hierarchies) has been removed").
REMOVALS = {"cgroup-v1": 258}


def grammar_at(key, version):
    rows = [g for g in VALUE_GRAMMARS if g["key"] == key and g["since"] <= version]
    return rows[-1] if rows else None


def expected_message(key, value, version):
    """What `verify` says about KEY=value at `version` (None: accepted), per VALUE_GRAMMARS."""
    g = grammar_at(key, version)
    booleans = {"yes", "no", "true", "false", "on", "off", "1", "0"}
    if g is None:
        if key in ("PrivatePIDs", "PrivateBPF"):
            return f"Unknown key '{key}' in section [Service], ignoring."
        return None if value.lower() in booleans else f"Failed to parse boolean value, ignoring: {value}"
    words = g["words"]
    ok = value.lower() in booleans or value in words or (g["grammar"] == "enum-terse" and value.startswith("private:"))
    if value == "" and g["grammar"] in ("tristate-bool", "enum-reset", "enum-terse"):
        return None
    if ok:
        return None
    if g["grammar"] == "tristate-bool":
        return f"Failed to parse boolean value for {key}=, ignoring: {value}"
    if g["grammar"] == "enum-terse":
        return f"Failed to parse {key}={value}, ignoring."
    return f"Failed to parse {key}={value}, ignoring: Invalid argument"


def check_curated(version, analyze):
    """Each curated row against a verified build: verify's message and the check's badness."""
    problems = []
    words = sorted({w for g in VALUE_GRAMMARS for w in g["words"]} | {"yes", "no", "bogus", "", "private:box"})
    fields = {"PrivateMounts": "PrivateMounts", "PrivateTmp": "PrivateTmp", "PrivateUsers": "PrivateUsers",
              "ProtectControlGroups": "ProtectControlGroups", "ProtectHostname": "ProtectHostname"}
    for key in sorted({g["key"] for g in VALUE_GRAMMARS}):
        for w in words:
            lines, rows = verify_and_assess(analyze, f"{key}={w}", list(fields.values()))
            want = expected_message(key, w, version)
            got = lines[0] if lines else None
            if got != want:
                problems.append(f"{version} {key}={w}: verify says {got!r}, the table {want!r}")
            if key in fields:
                accepted = want is None and w != ""
                on = accepted and w.lower() not in ("no",)
                if key == "PrivateMounts" and version >= 254:
                    want_bad = 1 if (accepted and w == "no") else 0
                else:
                    want_bad = 0 if on else 1
                if rows[fields[key]] != want_bad:
                    problems.append(f"{version} {key}={w}: badness {rows[fields[key]]}, the table {want_bad}")
    return problems


# ---------------------------------------------------------------------------------------------
# Dating what changed between two verified builds (man pages and NEWS of the newest build).

def man_added_in(root):
    """Key -> the release its man page says it came with."""
    out = {}
    man5 = os.path.join(root, "x/usr/share/man/man5")
    for page in sorted(os.listdir(man5)):
        if not re.match(r"systemd\.(exec|service|unit|resource-control|kill|socket|mount|swap|timer|path|scope|slice|automount)\.5\.gz$", page):
            continue
        lines = gzip.open(os.path.join(man5, page), "rt", errors="replace").read().splitlines()
        pending = []
        for i, line in enumerate(lines):
            if line == ".PP" and i + 1 < len(lines) and re.match(r"^\\fI[A-Za-z]+=", lines[i + 1]):
                pending = re.findall(r"\\fI([A-Za-z]+)=", lines[i + 1])
            m = re.match(r"^Added in version (\d+)", line)
            if m and pending:
                for k in pending:
                    out.setdefault(k, int(m[1]))
                pending = []
    return out


def date_between(older, newer, key, added):
    v = added.get(key)
    return v if v is not None and older < v <= newer else newer


# ---------------------------------------------------------------------------------------------

def main():
    snap = {}
    for v in VERIFIED:
        analyze, manager = tool(v), tool(v, "systemd")
        version = run(analyze, "--version").splitlines()[0]
        if not version.startswith(f"systemd {v} "):
            sys.exit(f"{analyze}: expected systemd {v}, found {version}")
        native, foreign = seccomp_names(v)
        snap[v] = {"version": version, "groups": syscall_groups(analyze), "caps": capabilities(analyze),
                   "items": config_items(manager), "native": native, "foreign": foreign,
                   "checks": check_weights(analyze)}
        problems = check_curated(v, analyze)
        if problems:
            sys.exit("the curated tables disagree with systemd:\n  " + "\n  ".join(problems))
        print(f"read {version}: {len(snap[v]['groups'])} groups, {len(native)} native syscalls, "
              f"{len(snap[v]['caps'])} capabilities, {sum(len(s) for s in snap[v]['items'].values())} items, "
              f"{len(snap[v]['checks'])} checks", file=sys.stderr)
    for v in VERIFIED[1:]:
        if snap[v]["checks"] != snap[252]["checks"]:
            sys.exit(f"systemd {v} changed the checks or their weights: teach the engine (src/core/checks) first")

    write_base(snap[252])
    added = man_added_in(os.path.dirname(tool(262)))
    deltas = {v: {"version": v} for v in ALL[1:]}
    for older, newer in zip(VERIFIED, VERIFIED[1:]):
        a, b = snap[older], snap[newer]
        deltas[newer]["verified"] = b["version"]
        # Configuration items: added keys dated by their man page, removed ones by REMOVALS; keys
        # grouped by the sections that gained (or lost) them together.
        gained, lost = {}, {}
        for section in sorted(set(a["items"]) | set(b["items"])):
            ai, bi = a["items"].get(section, {}), b["items"].get(section, {})
            for key in bi:
                if key not in ai:
                    gained.setdefault((date_between(older, newer, key, added), key, bi[key]), []).append(section)
                elif ai[key] != bi[key]:
                    gained.setdefault((newer, key, bi[key]), []).append(section)
            for key in ai:
                if key not in bi:
                    when = REMOVALS["cgroup-v1"] if older < REMOVALS["cgroup-v1"] <= newer else newer
                    lost.setdefault((when, key), []).append(section)
        for field, table in (("keys", gained), ("keysRemoved", lost)):
            for k, sections in table.items():
                groups = deltas[k[0]].setdefault(field, [])
                row = next((g for g in groups if g["sections"] == sections), None)
                if row is None:
                    groups.append(row := {"sections": sections, "keys": {} if field == "keys" else []})
                if field == "keys":
                    row["keys"][k[1]] = k[2]
                else:
                    row["keys"].append(k[1])
        # Syscall groups, capabilities and libseccomp's names: from the build that has them on.
        changed = {}
        for g, m in b["groups"].items():
            if a["groups"].get(g) == m:
                continue
            if g == "@known":  # a set, not an order: only what came and went
                old = a["groups"][g]["members"]
                changed[g] = {"added": [x for x in m["members"] if x not in old], "removed": [x for x in old if x not in m["members"]]}
            else:
                changed[g] = m
        if changed:
            deltas[newer]["syscallGroups"] = changed
        if a["caps"] != b["caps"]:
            deltas[newer]["capabilities"] = b["caps"]
        for field in ("native", "foreign"):
            plus, minus = sorted(set(b[field]) - set(a[field])), sorted(set(a[field]) - set(b[field]))
            if plus or minus:
                deltas[newer][field + "Syscalls"] = {"added": plus, "removed": minus}
    for d in deltas.values():
        d.setdefault("verified", None)
    write_releases(snap, deltas)


def compact(value, indent=0):
    """JSON with lists of plain values on one (wrapped) line each, so deltas stay short."""
    pad = " " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = ",\n".join(f"{pad} {json.dumps(k)}: {compact(v, indent + 1)}" for k, v in value.items())
        return "{\n" + inner + "\n" + pad + "}"
    if isinstance(value, list) and any(isinstance(x, (dict, list)) for x in value):
        return "[\n" + ",\n".join(pad + " " + compact(x, indent + 1) for x in value) + "\n" + pad + "]"
    if isinstance(value, list):
        lines, line = [], ""
        for x in value:
            item = json.dumps(x)
            if line and len(line) + len(item) + 2 > 100:
                lines.append(line)
                line = ""
            line += ("" if not line else " ") + item + ","
        lines.append(line)
        if len(lines) == 1:
            return "[" + lines[0].rstrip(",") + "]"
        lines[-1] = lines[-1].rstrip(",")
        return "[\n" + "\n".join(pad + " " + l for l in lines) + "\n" + pad + "]"
    return json.dumps(value)


def ts(name, value, kind, short=False):
    text = compact(value) if short else json.dumps(value, indent=1)
    return f"export const {name}: {kind} = {text};\n\n"


def write_base(s):
    cpp = subprocess.run(["cpp", "-dM", "-include", "sys/socket.h", "-"], input="", check=True,
                         capture_output=True, text=True).stdout
    macros = dict(re.findall(r"^#define ([AP]F_\w+) (\w+)$", cpp, re.M))

    def resolve(name):
        while name in macros:
            name = macros[name]
        return int(name) if name.isdigit() else None
    pf = {name: resolve(name) for name in macros if name.startswith("PF_") and resolve(name) is not None}
    families = {}
    for m in re.finditer(r"^#define (AF_\w+) (PF_\w+)$", cpp, re.M):
        if m[1] not in ("AF_UNSPEC", "AF_MAX") and m[2] in pf:
            families[m[1]] = pf[m[2]]
    families = dict(sorted(families.items(), key=lambda kv: (kv[1], kv[0])))
    cpp_errno = subprocess.run(["cpp", "-dM", "-include", "errno.h", "-"], input="", check=True,
                               capture_output=True, text=True).stdout
    emacros = dict(re.findall(r"^#define (E\w+) (\w+)$", cpp_errno, re.M))

    def eresolve(name):
        while name in emacros:
            name = emacros[name]
        return int(name) if name.isdigit() else None
    errnos = {n: eresolve(n) for n in emacros
              if re.fullmatch(r"E[^ _]+", n) and n not in ("ECANCELLED", "EDEADLOCK", "ENOTSUP")
              and eresolve(n) is not None}
    errnos = dict(sorted(errnos.items(), key=lambda kv: (kv[1], kv[0])))
    archs = ["native", "x86", "x86-64", "x32", "arm", "arm64", "mips", "mips-le", "mips64", "mips64-le",
             "mips64-n32", "mips64-le-n32", "parisc", "parisc64", "ppc", "ppc64", "ppc64-le", "riscv64",
             "s390", "s390x"]
    out = ["// Generated by scripts/gen-systemd-data.py from " + s["version"] + " (x86-64, libseccomp 2.5.4).\n",
           "// Do not edit by hand; regenerate with the script. Later releases: ./releases.ts.\n\n",
           ts("SYSTEMD_VERSION", s["version"], "string"),
           ts("SYSCALL_GROUPS", s["groups"], "Readonly<Record<string, { description: string; members: readonly string[] }>>"),
           ts("SYSTEMD_KNOWN_SYSCALLS", s["groups"]["@known"]["members"], "readonly string[]"),
           ts("SECCOMP_NATIVE_SYSCALLS", s["native"], "readonly string[]"),
           ts("SECCOMP_FOREIGN_SYSCALLS", s["foreign"], "readonly string[]"),
           ts("CAPABILITIES", s["caps"], "readonly string[]"),
           ts("ADDRESS_FAMILIES", families, "Readonly<Record<string, number>>"),
           ts("ERRNO_NUMBERS", errnos, "Readonly<Record<string, number>>"),
           ts("SECCOMP_ARCHITECTURES", archs, "readonly string[]"),
           ts("CONFIG_ITEMS", s["items"], "Readonly<Record<string, Readonly<Record<string, string>>>>")]
    path = os.path.join(ROOT, "src/core/data/systemd252.ts")
    with open(path, "w") as f:
        f.write("".join(out).rstrip() + "\n")
    print(f"wrote {path}", file=sys.stderr)


def write_releases(snap, deltas):
    header = (
        "// Generated by scripts/gen-systemd-data.py. Do not edit by hand.\n"
        "// What each systemd release from 253 to 262 changed, as deltas on the release before (252 is\n"
        "// ./systemd252.ts). `verified` names the Debian build the delta was read from; releases without\n"
        "// one are derived (dated by man pages' \"Added in version\" and NEWS).\n\n"
        "import type { AssessmentChange, ReleaseDelta, ReleaseTrait, ValueGrammar } from \"./release-types.js\";\n\n"
    )
    body = [
        ts("VERIFIED_BUILDS", {str(v): snap[v]["version"] for v in VERIFIED}, "Readonly<Record<string, string>>", True),
        ts("VALUE_GRAMMARS", VALUE_GRAMMARS, "readonly ValueGrammar[]", True),
        ts("ASSESSMENT_CHANGES", ASSESSMENT_CHANGES, "readonly AssessmentChange[]", True),
        ts("RELEASE_TRAITS", RELEASE_TRAITS, "readonly ReleaseTrait[]", True),
        ts("RELEASE_DELTAS", [deltas[v] for v in ALL[1:]], "readonly ReleaseDelta[]", True),
    ]
    path = os.path.join(ROOT, "src/core/data/releases.ts")
    with open(path, "w") as f:
        f.write((header + "".join(body)).rstrip() + "\n")
    print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
