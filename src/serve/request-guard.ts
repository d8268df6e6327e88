/**
 * Which requests the preview answers. A web page the learner visits could
 * point a name it controls at 127.0.0.1 (DNS rebinding) and read the
 * preview, private entries and drafts included, as its own; it cannot
 * choose the `Host` header the browser sends, which stays its own name. So
 * the preview answers only requests whose `Host` is this computer under a
 * name no one else can claim:
 *
 * - `localhost`, `127.x.y.z` (dotted decimal) or `[::1]`, with any port
 *   (so a forwarded port still works);
 * - the name or address given with `--host`, with any port;
 * - when `--host` is every interface (`0.0.0.0`, `::`), the addresses of
 *   this computer's interfaces, as numbers (names are not trusted).
 *
 * Other names, `*.localhost` included, a missing `Host` and a malformed one
 * are refused. The live-reload stream is also refused to a page of another
 * origin (an `Origin` header that is not the server's own).
 */
import { networkInterfaces } from 'node:os';

/** The host name of a `Host` header, lower case (IPv6 in brackets), or `undefined` when it is malformed. */
export function hostNameOf(header: string | undefined): string | undefined {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.\-_]+)(?::\d{1,5})?$/i.exec(header ?? '');
  return match?.[1]!.toLowerCase();
}

const LOOPBACK_V4 = /^127(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const EVERY_INTERFACE = new Set(['0.0.0.0', '[::]', '[0:0:0:0:0:0:0:0]']);

/** `::1` → `[::1]`; names and IPv4 addresses as they are, lower case. */
function asHostName(host: string): string {
  const name = host.toLowerCase();
  return name.includes(':') && !name.startsWith('[') ? `[${name}]` : name;
}

/** Whether the preview, listening on `boundHost` (`--host`), answers a request with this `Host` header. */
export function isAllowedHost(header: string | undefined, boundHost: string): boolean {
  const name = hostNameOf(header);
  if (name === undefined) return false;
  if (name === 'localhost' || name === '[::1]' || LOOPBACK_V4.test(name)) return true;
  const bound = asHostName(boundHost);
  if (name === bound) return true;
  if (!EVERY_INTERFACE.has(bound)) return false;
  return Object.values(networkInterfaces())
    .flat()
    .some((address) => address !== undefined && asHostName(address.address) === name);
}

/**
 * Whether the live-reload stream answers this `Origin`: none (a same-origin
 * request, or not a browser) or exactly the origin the page was served from.
 */
export function isSameOrigin(origin: string | undefined, hostHeader: string | undefined): boolean {
  if (origin === undefined) return true;
  return hostHeader !== undefined && origin.toLowerCase() === `http://${hostHeader.toLowerCase()}`;
}
