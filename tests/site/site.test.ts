import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/generated/types.ts';
import { fromRoot } from '../../tools/paths.ts';
import { serveSite } from '../../tools/site/serve.ts';
import { writeSite } from '../../tools/site/write.ts';
import { inCI as isCI } from '../helpers/ci.ts';

// End to end, in Debian's Chromium driven by playwright-core: the site as a reader meets it.
// .ci/run installs chromium; in CI its absence is a failure, elsewhere a loud skip.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const inCI = isCI();
if (!hasChromium && !inCI)
  console.warn(
    `\n*** SKIPPED the site's browser tests: no ${CHROMIUM} (apt-get install chromium) ***\n`,
  );

// The shots are always taken (a page that cannot be shot is a failure), but they replace the ones
// the README shows only when asked, so that a test run leaves the working tree as it was.
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? fromRoot('docs/screenshots')
  : mkdtempSync(join(tmpdir(), 'ccp-shots-'));
const data = JSON.parse(readFileSync(fromRoot('dist/data.json'), 'utf8')) as Dataset;
const byId = (id: string) =>
  data.documents.find((d) => d.id === id) as Dataset['documents'][number];
// Iran's statement, a Persian text coded whole; the transcript of the interpretation, in English.
const doc = byId('irn-2025-hanoi');
const transcript = byId('rus-2026-ga81');
const active = data.positions.filter((p) => p.document === doc.id && p.status === 'active');

let dir: string;
let server: Server;
let base: string;
let browser: Browser;
const consoleErrors: string[] = [];
const offsite: string[] = [];

async function open(path: string, width = 1280, height = 900): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${path}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`${path}: ${e.message}`));
  // Every request is seen; one that would leave localhost is recorded and refused.
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    offsite.push(url.href);
    return route.abort();
  });
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  return page;
}

describe('the site', () => {
  it.runIf(inCI && !hasChromium)('has a browser to test in, in CI', () => {
    expect(hasChromium, '.ci/run installs Debian chromium').toBe(true);
  });

  describe.runIf(hasChromium)('in Chromium', () => {
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'ccp-site-'));
      await writeSite(data, dir);
      ({ server, url: base } = await serveSite(dir));
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      mkdirSync(SCREENSHOTS, { recursive: true });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      server?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('marks every claim exactly once in the Persian text, with its quote', async () => {
      const page = await open(`documents/${doc.id}.html`);
      for (const p of active) {
        const marks = page.locator(`mark.hl[data-position="${p.id}"]`);
        expect(await marks.count(), p.id).toBe(1);
        expect(await marks.first().textContent(), p.id).toBe(p.quote.text);
      }
      expect(await page.locator('mark.hl').count()).toBe(active.length);
      await page.close();
    });

    it("sets lang and dir on every text, and marks the publisher's words as such", async () => {
      const page = await open(`documents/${doc.id}.html`);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.locator('p.fa[lang="fa"][dir="rtl"]').count()).toBe(doc.paragraphs.length);
      expect(await page.locator('p.en[lang="en"][dir="ltr"]').count()).toBe(doc.paragraphs.length);
      expect(await page.locator('.claim blockquote[lang="fa"][dir="rtl"]').count()).toBe(
        active.length,
      );
      expect(await page.locator('#p1 .role-note').textContent()).toContain(
        "not the speaker's words",
      );
      expect(await page.locator(`#p${doc.paragraphs.length} .role-note`).textContent()).toContain(
        "not the speaker's words",
      );
      expect(await page.locator('#p2 .role-note').count()).toBe(0);
      await page.close();
    });

    it('reads an English excerpt left to right, marks its claims, and says whose words a transcript holds', async () => {
      const page = await open(`documents/${transcript.id}.html`);
      const claims = data.positions.filter((p) => p.document === transcript.id);
      expect(await page.locator('p.source-text[lang="en"][dir="ltr"]').count()).toBe(
        transcript.paragraphs.length,
      );
      expect(await page.locator('p.fa, [dir="rtl"]:not([lang="fa"])').count()).toBe(0);
      for (const p of claims)
        expect(await page.locator(`mark.hl[data-position="${p.id}"]`).textContent(), p.id).toBe(
          p.quote.text,
        );
      expect(await page.locator('.claim .interpreted').count()).toBe(claims.length);
      expect(await page.locator('dl.meta').textContent()).toContain(
        'Sentences 90, 91 of the source',
      );
      await page.close();
    });

    it('shows each stance by a label and an icon, not colour alone', async () => {
      const page = await open(`documents/${doc.id}.html`);
      const badge = page.locator('[id="irn-2025-hanoi.c33"] .stance');
      expect(await badge.textContent()).toBe('Oppose');
      expect(await badge.locator('svg.icon').count()).toBe(1);
      await page.close();
    });

    it('keeps text readable: every stance label and highlight at 4.5:1 contrast or more (WCAG AA)', async () => {
      const page = await open(`documents/${doc.id}.html`);
      const pairs = await page.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const luminance = (c: string) => {
          const [r, g, b] = rgb(c).map((v) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
        };
        const ratio = (a: string, b: string) => {
          const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
          return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
        };
        const els = [
          ...document.querySelectorAll<HTMLElement>(
            'span.stance, mark.hl, .claim .translation, .para .en',
          ),
        ];
        return els.map((el) => {
          const style = getComputedStyle(el);
          let bg = style.backgroundColor;
          for (
            let at: HTMLElement | null = el;
            at && /rgba\(0, 0, 0, 0\)|transparent/.test(bg);
            at = at.parentElement
          )
            bg = getComputedStyle(at).backgroundColor;
          return {
            what: el.className,
            ratio: ratio(style.color, /rgba\(0, 0, 0, 0\)/.test(bg) ? 'rgb(255, 255, 255)' : bg),
          };
        });
      });
      expect(pairs.length).toBeGreaterThan(active.length);
      for (const p of pairs) expect(p.ratio, p.what).toBeGreaterThanOrEqual(4.5);
      await page.close();
    });

    it('opens a permalink with its claim selected and its highlight in view', async () => {
      const id = 'irn-2025-hanoi.c33';
      const page = await open(`documents/${doc.id}.html#${id}`);
      await page.waitForSelector('.claim.selected');
      expect(await page.locator('.claim.selected').getAttribute('id')).toBe(id);
      expect(await page.locator('.claim.selected').getAttribute('aria-current')).toBe('true');
      expect(await page.locator('mark.hl.selected').getAttribute('data-position')).toBe(id);
      // The page may scroll smoothly: wait for the highlight to come into view, or fail.
      const inView = await page
        .waitForFunction(
          (hl) => {
            const r = document.getElementById(hl)?.getBoundingClientRect();
            return r !== undefined && r.top >= 0 && r.top < window.innerHeight;
          },
          `hl-${id}`,
          { timeout: 5000 },
        )
        .then(
          () => true,
          () => false,
        );
      expect(inView).toBe(true);
      await page.close();
    });

    it('says so when a permalink is malformed, on load and on hash change, without an error', async () => {
      const page = await open(`documents/${doc.id}.html#%E0%A4%A`);
      const box = page.locator('#permalink-notice');
      expect(await box.isVisible()).toBe(true);
      expect(await box.textContent()).toContain('does not name a claim');
      await page.evaluate(() => {
        location.hash = '#irn-2025-hanoi.c05';
      });
      await page.waitForSelector('.claim.selected');
      expect(await box.isVisible()).toBe(false);
      await page.evaluate(() => {
        location.hash = '#%';
      });
      await page.waitForFunction(
        () => !(document.getElementById('permalink-notice') as HTMLElement).hidden,
      );
      await page.close();
    });

    it('selects a claim from the keyboard and from its highlight', async () => {
      const page = await open(`documents/${doc.id}.html`);
      await page.locator('[id="irn-2025-hanoi.c05"]').focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash === '#irn-2025-hanoi.c05');
      expect(await page.locator('.claim.selected').getAttribute('id')).toBe('irn-2025-hanoi.c05');
      await page.locator('[id="hl-irn-2025-hanoi.c14"]').click();
      await page.waitForFunction(() => location.hash === '#irn-2025-hanoi.c14');
      expect(await page.locator('mark.hl.selected').getAttribute('data-position')).toBe(
        'irn-2025-hanoi.c14',
      );
      await page.close();
    });

    const visible = async (page: Page) =>
      page.locator('.claim:not([hidden])').evaluateAll((els) => els.map((e) => e.id));
    const cases: [string, string, (p: (typeof active)[number]) => boolean][] = [
      ['stance', 'oppose', (p) => p.stance.value === 'oppose'],
      ['stance', 'support', (p) => p.stance.value === 'support'],
      ['target-kind', 'provision', (p) => p.stance.target.kind === 'provision'],
      ['target-kind', 'phenomenon', (p) => p.stance.target.kind === 'phenomenon'],
      ['speech-act', 'demand', (p) => p.speechAct === 'demand'],
      [
        'article',
        'unccc-2024:14',
        (p) => p.articles.some((a) => a.instrument === 'unccc-2024' && a.article === 14),
      ],
      [
        'article',
        'unccc-2024:14(3)',
        (p) =>
          p.articles.some(
            (a) => a.instrument === 'unccc-2024' && a.article === 14 && a.paragraph === 3,
          ),
      ],
      [
        'article',
        'unccc-2024:1(b)',
        (p) => p.articles.some((a) => a.article === 1 && a.subparagraph === 'b'),
      ],
      [
        'article',
        'opsc-2000:2',
        (p) => p.articles.some((a) => a.instrument === 'opsc-2000' && a.article === 2),
      ],
      [
        'topic',
        'international-cooperation',
        (p) =>
          p.topics.some((t) =>
            [
              'international-cooperation',
              'obstacles-to-cooperation',
              'unilateral-coercive-measures',
            ].includes(t),
          ),
      ],
      [
        'topic',
        'criminalization',
        (p) =>
          p.topics.some((t) =>
            ['criminalization', 'child-sexual-exploitation', 'public-morals'].includes(t),
          ),
      ],
    ];
    it.each(cases)(
      'filter %s = %s shows exactly the matching claims',
      async (name, value, match) => {
        const page = await open(`documents/${doc.id}.html`);
        await page.selectOption(`select[name="${name}"]`, value);
        const expected = active.filter(match).map((p) => p.id);
        expect(expected.length).toBeGreaterThan(0);
        expect(await visible(page)).toEqual(expected);
        expect(await page.locator('[data-count]').textContent()).toBe(String(expected.length));
        await page.selectOption(`select[name="${name}"]`, '');
        expect(await visible(page)).toHaveLength(active.length);
        await page.close();
      },
    );

    it('combines filters', async () => {
      const page = await open(`documents/${doc.id}.html`);
      await page.selectOption('select[name="topic"]', 'child-sexual-exploitation');
      await page.selectOption('select[name="stance"]', 'support');
      expect(await visible(page)).toEqual([
        'irn-2025-hanoi.c22',
        'irn-2025-hanoi.c37',
        'irn-2025-hanoi.c38',
      ]);
      await page.selectOption('select[name="target-kind"]', 'provision');
      expect(await visible(page)).toEqual(['irn-2025-hanoi.c37']);
      await page.close();
    });

    it('gives each claim a citation to copy', async () => {
      const page = await open(`documents/${doc.id}.html`);
      const text = await page.locator('[id="irn-2025-hanoi.c37-cite"]').inputValue();
      expect(text).toContain('irn-2025-hanoi.c37');
      expect(text).toContain(data.__meta.fingerprint);
      await page.locator('[id="irn-2025-hanoi.c37"] button.copy').click();
      // Copying is asynchronous (the clipboard may ask, or refuse): wait for the button to say so.
      await page.waitForFunction(
        () =>
          document.querySelector('[id="irn-2025-hanoi.c37"] button.copy')?.textContent === 'Copied',
      );
      await page.close();
    });

    it('has an overview with the documents, stance counts per target kind, topics, and the data version', async () => {
      const page = await open('index.html');
      // Listed under its debate, and again in its state's row of who said what.
      expect(await page.locator(`ul.docs a[href="documents/${doc.id}.html"]`).count()).toBe(1);
      const states = new Set(data.positions.map((p) => p.actor));
      expect(await page.locator('table.who tbody tr').count()).toBe(states.size);
      expect(await page.locator('table.who').textContent()).toContain('Russian Federation');
      expect(await page.locator('ul.surveys').textContent()).toContain(
        'General debate of the 79th session of the United Nations General Assembly: 2 of 193 speeches read named the Convention (Jamaica, Republic of Korea)',
      );
      const kinds = [
        ...new Set(
          data.positions
            .filter((p) => p.stance.basis === 'explicit')
            .map((p) => p.stance.target.kind),
        ),
      ];
      expect(await page.locator('svg.chart').count()).toBe(kinds.length + 1);
      const captions = await page.locator('figcaption').allTextContents();
      // One chart per kind, never one stance chart across kinds.
      expect(captions.filter((c) => c.startsWith('Stances toward'))).toHaveLength(kinds.length);
      expect(captions).not.toContain('Claims by stance');
      expect(captions).toContain('Claims by primary topic');
      expect(await page.textContent('main')).toContain(data.__meta.fingerprint);
      expect(await page.locator('[id="unccc-2024-art-14"]').count()).toBe(1);
      await page.screenshot({ path: join(SCREENSHOTS, 'overview.png'), fullPage: true });
      await page.close();
    });

    it('works at phone width without sideways scrolling, and shots are saved', async () => {
      const desktop = await open(`documents/${doc.id}.html#irn-2025-hanoi.c37`, 1280, 900);
      await desktop.waitForSelector('.claim.selected');
      await desktop.screenshot({ path: join(SCREENSHOTS, 'reader-desktop.png') });
      await desktop.close();
      const phone = await open(`documents/${doc.id}.html`, 390, 844);
      const overflow = await phone.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await phone.screenshot({ path: join(SCREENSHOTS, 'reader-phone.png') });
      await phone.close();
    });

    it('loads its own fonts, and nothing from outside localhost, without console errors', async () => {
      const page = await open(`documents/${doc.id}.html`);
      const fonts = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family);
      });
      expect(fonts).toContain('Vazirmatn');
      await page.close();
      expect(offsite).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  });
});
