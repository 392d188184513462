// site:serve is reachable by any page the user has open (a no-CORS request needs no permission),
// so it must contain every path, refuse what is not a plain read, and survive every request.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite } from '../../tools/site/serve.ts';

let parent: string;
let server: Server;
let port: number;

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'ccp-serve-'));
  mkdirSync(join(parent, 'site/documents'), { recursive: true });
  writeFileSync(join(parent, 'site/index.html'), '<!doctype html><title>ok</title>');
  writeFileSync(join(parent, 'site/documents/a.html'), 'doc');
  mkdirSync(join(parent, 'site-private'));
  writeFileSync(join(parent, 'site-private/s.txt'), 'SECRET');
  writeFileSync(join(parent, 'site.bak'), 'SECRET');
  const served = await serveSite(join(parent, 'site'));
  server = served.server;
  port = Number(new URL(served.url).port);
});
afterAll(() => {
  server?.close();
  rmSync(parent, { recursive: true, force: true });
});

/** A raw request: the path goes out exactly as written, as curl --path-as-is sends it. */
function get(
  path: string,
  method = 'GET',
  host = `127.0.0.1:${port}`,
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('site:serve', () => {
  it('serves the site with nosniff and a content security policy', async () => {
    const r = await get('/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>ok</title>');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['content-security-policy']).toContain("default-src 'self'");
    expect((await get('/documents/a.html')).body).toBe('doc');
  });

  it.each([
    '/..%2fsite-private/s.txt',
    '/..%2fsite.bak',
    '/../site-private/s.txt',
    '/%2e%2e/site.bak',
    '/..%5csite.bak',
    '/%00',
  ])('contains %s', async (path) => {
    const r = await get(path);
    expect([400, 403, 404]).toContain(r.status);
    expect(r.body).not.toContain('SECRET');
  });

  it('answers a malformed escape with 400 and keeps serving', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/%')).status).toBe(400);
    expect((await get('/')).status).toBe(200);
  });

  it.each(['POST', 'PUT', 'DELETE', 'TRACE', 'OPTIONS'])('refuses %s with 405', async (method) => {
    const r = await get('/index.html', method);
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('GET, HEAD');
  });

  it('answers HEAD without a body', async () => {
    const r = await get('/index.html', 'HEAD');
    expect(r.status).toBe(200);
    expect(r.body).toBe('');
  });

  it('refuses a Host that is not this machine (DNS rebinding)', async () => {
    expect((await get('/', 'GET', 'evil.example:80')).status).toBe(403);
    expect((await get('/', 'GET', `localhost:${port}`)).status).toBe(200);
  });

  it('reports a bad --port as a usage error, not a stack trace', () => {
    const tsx = new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url).pathname;
    const script = new URL('../../scripts/serve-site.ts', import.meta.url).pathname;
    for (const args of [['--port', 'abc'], ['--bogus']]) {
      const r = spawnSync(process.execPath, [tsx, script, ...args], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^error: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
