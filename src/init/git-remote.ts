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

// Owner: letters, digits and single dashes; repository: letters, digits, `.`, `-`, `_`.
const OWNER = '([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))';
const NAME = '([A-Za-z0-9._-]{1,100}?)';
const REMOTE_PATTERNS = [
  // git@github.com:ada/journal.git
  new RegExp(`^[A-Za-z0-9._-]+@github\\.com:${OWNER}/${NAME}(?:\\.git)?/?$`, 'i'),
  // https://github.com/ada/journal(.git), ssh://git@github.com/ada/journal.git, git://github.com/…
  new RegExp(`^(?:https?|ssh|git)://(?:[^@/]+@)?github\\.com(?::\\d+)?/${OWNER}/${NAME}(?:\\.git)?/?$`, 'i'),
];

/** The GitHub repository a remote URL names, or undefined for any other host or shape. */
export function parseGithubRemote(remote: string): GithubRepo | undefined {
  const text = remote.trim();
  for (const pattern of REMOTE_PATTERNS) {
    const match = pattern.exec(text);
    if (match && match[2] !== '.' && match[2] !== '..') return { owner: match[1]!, name: match[2]! };
  }
  return undefined;
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
