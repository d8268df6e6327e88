/**
 * Live reload over Server-Sent Events: each open page listens on
 * `/__logbook/events` and reloads when the server says the site changed.
 */
import type { ServerResponse } from 'node:http';

/** Where pages listen for changes (outside the path prefix, so it never clashes with a page). */
export const EVENTS_PATH = '/__logbook/events';

/** The script every served HTML page gets. */
export const RELOAD_SCRIPT = `<script>new EventSource(${JSON.stringify(EVENTS_PATH)}).addEventListener('reload', () => location.reload());</script>`;

/** The open connections, and a way to tell them all to reload. */
export class ReloadChannel {
  readonly #clients = new Set<ServerResponse>();

  /** Keep a response open as an event stream. */
  attach(response: ServerResponse): void {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    response.write(': connected\n\n');
    this.#clients.add(response);
    response.on('close', () => this.#clients.delete(response));
  }

  /** Tell every open page to reload. */
  reload(): void {
    for (const client of this.#clients) client.write('event: reload\ndata: \n\n');
  }

  /** End every stream (when the server stops). */
  close(): void {
    for (const client of this.#clients) client.end();
    this.#clients.clear();
  }
}
