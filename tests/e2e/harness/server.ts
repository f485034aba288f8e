import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

/** Repository root, found from this file (tests/e2e/harness/server.ts). */
export const ROOT = resolve(import.meta.dirname, '../../..');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const ARTICLES = join(ROOT, 'tests/fixtures/articles');

/** The source articles, as `/news/<name>.html` paths of the fixture server. */
export const NEWS_ARTICLES = ['/news/000_f000e4b42029985a.html', '/news/002_c5a1e1dd9fc8c05d.html'];

/** A running fixture server. */
export interface FixtureServer {
  /** e.g. `http://127.0.0.1:41234`, no trailing slash. */
  origin: string;
  /** Every path requested so far, in order (`/smoke.html`, `/favicon.ico`, ...). */
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
};

/** Maps a URL path to a file, refusing anything outside the fixture folders. */
function fileFor(pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const [base, rest] = decoded.startsWith('/articles/')
    ? [ARTICLES, decoded.slice('/articles/'.length)]
    : decoded.startsWith('/pages/')
      ? [PAGES, decoded.slice('/pages/'.length)]
      : [PAGES, decoded.slice(1)];
  const file = normalize(join(base, rest || 'index.html'));
  return file === base || file.startsWith(base + sep) ? file : undefined;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Wraps a source article (tests/fixtures/articles/*.txt) in a news-site page:
 * masthead, nav, headline, paragraphs, sidebar, footer. Markdown-style
 * `[text](#)` links become real links, so names also appear inside inline
 * elements as on real news sites.
 */
export function articlePage(text: string, name: string): string {
  const paragraphs = text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
  const [headline = name, ...body] = paragraphs;
  const inline = (line: string) =>
    escapeHtml(line).replace(
      /\[([^\]]*)\]\(#\)/g,
      (_, label: string) => `<a href="#">${label}</a>`,
    );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(headline)} | The Daily Fixture</title>
<style>
  body { margin: 0; font: 18px/1.6 Georgia, 'DejaVu Serif', serif; color: #1d1d1f; background: #fff; }
  header { border-bottom: 3px solid #1d1d1f; padding: 12px 32px; display: flex; align-items: baseline; gap: 32px; }
  header strong { font: 700 28px/1 'DejaVu Sans', Arial, sans-serif; letter-spacing: -0.02em; }
  nav a { font: 14px 'DejaVu Sans', Arial, sans-serif; color: #444; margin-right: 16px; text-decoration: none; }
  .wrap { display: grid; grid-template-columns: minmax(0, 680px) 260px; gap: 48px; padding: 24px 32px; justify-content: center; }
  h1 { font-size: 34px; line-height: 1.2; margin: 0 0 8px; }
  .byline { font: 13px 'DejaVu Sans', Arial, sans-serif; color: #666; margin-bottom: 24px; }
  article a { color: #0b57d0; }
  aside { font: 14px/1.5 'DejaVu Sans', Arial, sans-serif; border-left: 1px solid #ddd; padding-left: 24px; }
  footer { font: 12px 'DejaVu Sans', Arial, sans-serif; color: #666; border-top: 1px solid #ddd; padding: 16px 32px; }
</style>
</head>
<body>
<header><strong>The Daily Fixture</strong><nav><a href="#">World</a><a href="#">Middle East</a><a href="#">Europe</a><a href="#">Opinion</a></nav></header>
<div class="wrap">
<article>
<h1>${inline(headline)}</h1>
<div class="byline">Fixture article ${escapeHtml(name)} · served locally for tests</div>
${body.map((line) => `<p>${inline(line)}</p>`).join('\n')}
</article>
<aside><h2>Most read</h2><ol><li><a href="#">Markets steady ahead of talks</a></li><li><a href="#">Weather: a cold week ahead</a></li></ol></aside>
</div>
<footer>The Daily Fixture is a test page. No real publication.</footer>
</body>
</html>
`;
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://fixture.invalid');
  const news = /^\/news\/([\w-]+)\.html$/.exec(url.pathname);
  if (news?.[1]) {
    const text = await readFile(join(ARTICLES, `${news[1]}.txt`), 'utf8').catch(() => undefined);
    if (text !== undefined) {
      res
        .writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' })
        .end(articlePage(text, news[1]));
      return;
    }
  }
  let file = fileFor(url.pathname);
  if (file && (await stat(file).catch(() => undefined))?.isDirectory())
    file = join(file, 'index.html');
  const body = file ? await readFile(file).catch(() => undefined) : undefined;
  if (!file || !body) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res
    .writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    })
    .end(body);
}

/**
 * Serves tests/fixtures/pages/ at `/` (also at `/pages/`),
 * tests/fixtures/articles/ at `/articles/`, and each article wrapped in a
 * news-site page at `/news/<article file name without .txt>.html` (see
 * {@link NEWS_ARTICLES}), on http://127.0.0.1:<free port>.
 * Only loopback: the tests must not need any other network.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '/');
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
