/**
 * What the git remote says about where a journal will be published:
 * `git@github.com:ada/journal.git` → https://ada.github.io/journal/.
 * git runs without a shell, with a time limit; when it is missing, slow or
 * says nothing useful, the answer is simply "unknown".
 */
import { execFile } from 'node:child_process';

/** Long enough for a slow disk, short enough that `init` never seems to hang. */
const GIT_TIMEOUT_MS = 5000;

export interface GithubRepo {
  owner: string;
  name: string;
}

// Owner: a letter or digit, then up to 38 letters, digits or dashes; repository: letters, digits, `.`, `-`, `_`.
const OWNER = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
const OWNER_MAX = 39;
const NAME = /^[A-Za-z0-9._-]+$/;
const NAME_MAX = 100;
const SCP_USER = /^[A-Za-z0-9._-]+$/;

/** The GitHub repository a remote URL names, or undefined for any other host or shape. */
export function parseGithubRemote(remote: string): GithubRepo | undefined {
  const text = remote.trim();
  let path: string;
  const at = text.indexOf('@');
  const colon = text.indexOf(':');
  if (at > 0 && colon > at && !text.includes('://')) {
    // git@github.com:ada/journal.git
    if (!SCP_USER.test(text.slice(0, at)) || text.slice(at + 1, colon).toLowerCase() !== 'github.com') return undefined;
    path = text.slice(colon + 1);
  } else {
    // https://github.com/ada/journal(.git), ssh://git@github.com/ada/journal.git, git://github.com/…
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol) || url.hostname !== 'github.com') return undefined;
    if (url.password !== '' || url.search !== '' || url.hash !== '') return undefined;
    path = url.pathname.slice(1);
  }
  if (path.endsWith('/')) path = path.slice(0, -1);
  const parts = path.split('/');
  if (parts.length !== 2) return undefined;
  const owner = parts[0]!;
  let name = parts[1]!;
  if (name.toLowerCase().endsWith('.git')) name = name.slice(0, -'.git'.length);
  if (owner.length > OWNER_MAX || !OWNER.test(owner) || name.length > NAME_MAX || !NAME.test(name)) return undefined;
  if (name === '.' || name === '..') return undefined;
  return { owner, name };
}

/** The GitHub Pages address of a repository: a user site for `<owner>.github.io`, else a project site. */
export function pagesUrl({ owner, name }: GithubRepo): string {
  const host = `${owner.toLowerCase()}.github.io`;
  return name.toLowerCase() === host ? `https://${host}/` : `https://${host}/${name}/`;
}

/** A title for a journal from its owner's name: "Ada's learning journal". */
export function titleFor({ owner }: GithubRepo): string {
  const name = owner.charAt(0).toUpperCase() + owner.slice(1);
  return `${name}${name.endsWith('s') ? "'" : "'s"} learning journal`;
}

/** Run git in `cwd` (no shell, time-limited); its trimmed output, or undefined on any failure. */
export function git(args: string[], cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, timeout: GIT_TIMEOUT_MS, windowsHide: true }, (error, stdout) => {
      resolve(error ? undefined : String(stdout).trim() || undefined);
    });
  });
}

/** The repository `origin` points to, when it is on GitHub. */
export async function originRepo(cwd: string): Promise<GithubRepo | undefined> {
  const remote = await git(['config', '--get', 'remote.origin.url'], cwd);
  return remote === undefined ? undefined : parseGithubRemote(remote);
}
