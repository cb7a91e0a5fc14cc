/*
 * The playground (GraphiQL at /graphql) and the path picture (/explore) in a real headless chromium,
 * against the built server: they render, they answer with real data, and no request leaves the machine.
 * Screenshots go to test-output/ (git-ignored).
 */
import { getIntrospectionQuery } from 'graphql';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dataOf } from '../support/json';
import { postGraphQL } from '../support/server-process';
import { describeWithBrowser, launchChromium, screenshotPath, watchRequests } from '../support/browser';
import { startPagesServer, type PagesServer } from '../support/web-server';

jest.setTimeout(60_000);

/**
 * Text of an element as a person reads it, whitespace collapsed: Monaco lays out spaces as no-break
 * spaces, and wraps long lines into several.
 */
async function textOf(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).innerText()).replace(/\s+/g, ' ');
}

/** Waits until the element's text (as textOf reads it) contains `text`; fails showing the last text seen. */
async function waitForText(page: Page, selector: string, text: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen = '';
  while (Date.now() < deadline) {
    seen = await textOf(page, selector).catch(() => '');
    if (seen.includes(text)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`${selector} never showed ${JSON.stringify(text)}; it shows:\n${seen.slice(0, 2000)}`);
}

describeWithBrowser('web pages in chromium', () => {
  let server: PagesServer;
  let browser: Browser;
  let context: BrowserContext;
  let requests: Awaited<ReturnType<typeof watchRequests>>;
  const problems: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startPagesServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1200, height: 750 } });
    requests = await watchRequests(context);
    problems.length = 0;
    context.on('page', (page) => {
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
    });
  });
  afterEach(async () => {
    await context.close();
  });

  describe('the playground', () => {
    it('gets its schema: the server answers the introspection query GraphiQL sends', async () => {
      // GraphiQL's docs and Explorer come from this query; it nests 15 levels (types of types), so the
      // server's query limits must let introspection through.
      const { status, body } = await postGraphQL(
        server.graphqlUrl,
        getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true }),
      );
      expect(body.errors ?? []).toEqual([]);
      expect(status).toBe(200);
      expect(dataOf<{ __schema: { queryType: { name: string } } }>(body).__schema.queryType.name).toBe(
        'Query',
      );
    });

    it('loads GraphiQL at /graphql with the schema, the Explorer, the docs and one tab per example', async () => {
      const page = await context.newPage();
      const response = await page.goto(`${server.origin}/graphql`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-type']).toMatch(/^text\/html/);

      // The Explorer plugin is open and lists the root fields once introspection has answered.
      await page.locator('.graphiql-plugin').getByText('careerPaths', { exact: true }).waitFor();
      expect(await page.locator('.graphiql-tab').allInnerTexts()).toEqual([
        'CareerPaths',
        'ConstrainedPaths',
        'SkillGap',
        'LearnerSkillGap',
        'Search',
        'RelatedRoles',
        'Analytics',
        'LanguageFrameworks',
        'SalaryRanges',
        'AnalyzeText',
        'EscoRole',
        'ToEsco',
      ]);
      // The first tab comes with its variables.
      await waitForText(page, '.graphiql-editor-tool', '"from": "junior-backend-developer"');

      await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
      await page.locator('.graphiql-plugin').getByText('Root Types').waitFor();
      await page.locator('.graphiql-plugin').getByText('Query', { exact: true }).click();
      await page
        .locator('.graphiql-plugin')
        .getByText('Questions careergraph answers', { exact: false })
        .waitFor();

      expect(requests.offsite()).toEqual([]);
      expect(problems).toEqual([]);
    });

    it('runs example tabs and shows their real answers', async () => {
      const page = await context.newPage();
      await page.goto(`${server.origin}/playground`);
      await page.locator('.graphiql-plugin').getByText('careerPaths', { exact: true }).waitFor();

      await waitForText(page, '.graphiql-query-editor', 'query CareerPaths(');
      await page.locator('.graphiql-tab-button[title="SkillGap"]').click();
      await waitForText(page, '.graphiql-query-editor', 'query SkillGap(');
      await page.getByRole('button', { name: /^Execute query/ }).click();
      await waitForText(page, '.graphiql-response', '"name": "Infrastructure Automation"');

      // Back to the first tab, run with the keyboard shortcut.
      await page.locator('.graphiql-tab-button[title="CareerPaths"]').click();
      await waitForText(page, '.graphiql-query-editor', 'query CareerPaths(');
      await page.locator('.graphiql-query-editor .monaco-editor').first().click();
      const answered = page.waitForResponse(
        (response) => response.url().endsWith('/graphql') && response.request().method() === 'POST',
      );
      await page.keyboard.press('Control+Enter');
      // The editor draws only the lines in view: the top of the answer is what can be read on screen,
      // and the whole answer is the one the page received.
      await waitForText(page, '.graphiql-response', '"minYears": 5');
      const result = JSON.stringify(await (await answered).json());
      expect(result).toContain('"Mid-Level Backend Developer"');
      expect(result).toContain('"name":"Senior Backend Developer"');
      expect(result).not.toContain('"errors"');

      await page.screenshot({ path: await screenshotPath('playground.png') });
      expect(requests.all().length).toBeGreaterThan(0);
      expect(requests.offsite()).toEqual([]);
      expect(problems).toEqual([]);
    });

    it.each([
      // The editor draws only the lines in view: each expected text is near the top of its answer.
      ['ConstrainedPaths', 'query ConstrainedPaths(', '"name": "Engineering Manager"'],
      ['LearnerSkillGap', 'query LearnerSkillGap(', '"name": "Data Protection"'],
      ['Search', 'query Search(', '"name": "Kubernetes"'],
      ['RelatedRoles', 'query RelatedRoles(', '"explanation": "Shares '],
      ['Analytics', 'query Analytics(', '"skillDemand": [ { "skill": { "name": '],
      ['EscoRole', 'query EscoRole(', '"name": "software architect"'],
      ['ToEsco', 'query ToEsco(', '"match": "CLOSE"'],
    ])('runs the %s example tab with its own variables', async (tab, operation, answer) => {
      const page = await context.newPage();
      await page.goto(`${server.origin}/playground`);
      await page.locator('.graphiql-plugin').getByText('careerPaths', { exact: true }).waitFor();
      // GraphiQL restores its tabs first; a click before that is lost.
      await waitForText(page, '.graphiql-query-editor', 'query CareerPaths(');
      await page.locator(`.graphiql-tab-button[title="${tab}"]`).click();
      await waitForText(page, '.graphiql-query-editor', operation);
      await page.getByRole('button', { name: /^Execute query/ }).click();
      await waitForText(page, '.graphiql-response', answer);
      expect(await textOf(page, '.graphiql-response')).not.toContain('"errors"');
      expect(requests.offsite()).toEqual([]);
      expect(problems).toEqual([]);
    });

    /** Where the tabs and the query editor's lines sit on the page, with the Explorer open. */
    async function layoutAt(width: number) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${server.origin}/playground`);
      await page.locator('.graphiql-plugin').getByText('careerPaths', { exact: true }).waitFor();
      await waitForText(page, '.graphiql-query-editor', 'careerPaths(from: $from');
      // In the page (written as a string: the tests compile without the DOM's types).
      const layout = (await page.evaluate(`(() => {
        const box = (element) => element.getBoundingClientRect();
        const tabBar = document.querySelector('.graphiql-tabs');
        const editor = document.querySelector('.graphiql-query-editor');
        const text = document.querySelector('.graphiql-query-editor .monaco-scrollable-element');
        // The operation's lines (comments may run on): each rendered line's text, and where it ends.
        const lines = [...document.querySelectorAll('.graphiql-query-editor .view-line')]
          .map((line) => ({ text: line.innerText, right: box(line.firstElementChild || line).right }))
          .filter((line) => line.text.trim() !== '' && !line.text.trim().startsWith('#'));
        return {
          explorerOpen: document.querySelector('.graphiql-plugin') !== null,
          tabs: [...document.querySelectorAll('.graphiql-tab')].map((tab) => ({
            name: tab.innerText, left: box(tab).left, right: box(tab).right,
          })),
          tabBar: { left: box(tabBar).left, right: box(tabBar).right, scrolls: tabBar.scrollWidth > tabBar.clientWidth },
          editorWidth: box(editor).width,
          textRight: box(text).right - 14, // less Monaco's vertical scroll bar
          widestLine: lines.reduce((widest, line) => (line.right > widest.right ? line : widest), { text: '', right: 0 }),
          viewport: window.innerWidth,
        };
      })()`)) as {
        explorerOpen: boolean;
        tabs: { name: string; left: number; right: number }[];
        tabBar: { left: number; right: number; scrolls: boolean };
        editorWidth: number;
        textRight: number;
        widestLine: { text: string; right: number };
        viewport: number;
      };
      await page.screenshot({ path: await screenshotPath(`playground-${width}.png`) });
      return layout;
    }

    it('leaves the query editor wide enough to read the operation at 1440 px with the Explorer open', async () => {
      const layout = await layoutAt(1440);
      expect(layout.explorerOpen).toBe(true);
      expect(layout.editorWidth).toBeGreaterThanOrEqual(600);
      // The longest line of the operation (careerPaths with its three arguments) shows whole.
      expect(layout.widestLine.text.replace(/\s+/g, ' ')).toContain(
        'careerPaths(from: $from, to: $to, first: $first)',
      );
      expect(layout.widestLine.right).toBeLessThanOrEqual(layout.textRight);
      expect(problems).toEqual([]);
    });

    it('shows every example tab whole at 1280 px: none clipped or hidden behind a scroll', async () => {
      const layout = await layoutAt(1280);
      expect(layout.tabs).toHaveLength(12);
      expect(layout.tabBar.scrolls).toBe(false);
      const clipped = layout.tabs.filter(
        (tab) =>
          tab.left < layout.tabBar.left || tab.right > layout.tabBar.right || tab.right > layout.viewport,
      );
      expect(clipped).toEqual([]);
      expect(problems).toEqual([]);
    });
  });

  describe('the path picture', () => {
    /** Types into a role picker like a person, then clicks the suggestion naming `role`. */
    async function pickRole(page: Page, input: '#from' | '#to', typed: string, role: string): Promise<void> {
      await page.locator(input).click();
      await page.locator(input).pressSequentially(typed, { delay: 30 });
      // Case-sensitive: ESCO's "software architect" is another role than the guides' Software Architect.
      const named = new RegExp(role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      await page.locator(`${input}-options [role="option"]`, { hasText: named }).first().click();
      expect(await page.locator(input).inputValue()).toBe(role);
    }

    it('draws the paths between two roles chosen by typing, with the experience each role asks for, and lists the gap', async () => {
      const page = await context.newPage();
      await page.goto(`${server.origin}/explore`);
      await page.locator('body[data-roles]').waitFor();

      await pickRole(page, '#from', 'junior backnd', 'Junior Backend Developer'); // typo forgiven by search
      await pickRole(page, '#to', 'architect', 'Software Architect');
      await page.locator('body[data-state="drawn"]').waitFor();
      expect(new URL(page.url()).search).toBe('?from=junior-backend-developer&to=software-architect');

      // What the API itself answers, to compare the picture with.
      const { body } = await postGraphQL(
        server.graphqlUrl,
        `{ careerPaths(from: "junior-backend-developer", to: "software-architect", first: 3) { roles { name } steps { typicalYears } }
           skillGap(from: "junior-backend-developer", to: "software-architect") { learningOrder { name } } }`,
      );
      const answered = dataOf<{
        careerPaths: { roles: { name: string }[]; steps: { typicalYears: number | null }[] }[];
        skillGap: { learningOrder: { name: string }[] };
      }>(body);
      const paths = answered.careerPaths;
      const expectedRoles = [...new Set(paths.flatMap((path) => path.roles.map((role) => role.name)))].sort();
      const expectedGap = answered.skillGap.learningOrder.map((skill) => skill.name);
      expect(expectedRoles).toEqual(
        expect.arrayContaining(['Junior Backend Developer', 'Software Architect']),
      );
      expect(expectedGap.length).toBeGreaterThan(0);

      const drawn = await page.evaluate(() => {
        const { cy } = (globalThis as unknown as { careergraphExplore: { cy: import('cytoscape').Core } })
          .careergraphExplore;
        const inside = cy.nodes().every((node) => {
          const box = node.renderedBoundingBox({});
          return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
        });
        return {
          nodes: cy.nodes().map((node) => node.data('label') as string),
          edges: cy.edges().map((edge) => edge.data('label') as string),
          best: cy.edges('.best').length,
          read: cy.edges('.read').length,
          inside,
        };
      });
      // Each role with the experience it asks for, where a source states it; each move by its kind.
      expect([...drawn.nodes].map((label) => label.split('\n')[0]).sort()).toEqual(expectedRoles);
      expect(drawn.nodes).toEqual(
        expect.arrayContaining(['Junior Backend Developer\n0–2 yrs', 'Senior Backend Developer\n5+ yrs']),
      );
      expect(drawn.edges).toEqual(expect.arrayContaining(['promotion']));
      // The move from Senior to Software Architect is inherited from the occupation: a reading, dashed.
      expect(drawn.read).toBeGreaterThan(0);
      expect(drawn.best).toBe(paths[0]?.steps.length);
      expect(drawn.inside).toBe(true);

      const panel = page.locator('#panel');
      expect(await panel.locator('.path-list > li').count()).toBe(paths.length);
      expect(await panel.locator('.path-list > li').first().innerText()).toContain(
        'at least 5 years: Senior Backend Developer asks for 5+ years of experience',
      );
      const gap = await panel.locator('.skills > li').allInnerTexts();
      expect(gap.map((item) => item.replace(/^\s*(core|preferred|prerequisite)\s*/i, '').trim())).toEqual(
        expectedGap,
      );

      await page.screenshot({ path: await screenshotPath('explore.png') });
      expect(requests.offsite()).toEqual([]);
      expect(problems).toEqual([]);
    });

    it('highlights the steps of the path pointed at, not only fading the others', async () => {
      const page = await context.newPage();
      // Two paths: through Mid-Level, and through Mid-Level and Senior.
      await page.goto(`${server.origin}/explore?from=junior-backend-developer&to=devops-engineer`);
      await page.locator('body[data-state="drawn"]').waitFor();
      // Each edge: the paths it belongs to, and how it is drawn now.
      const edges = async () =>
        (await page.evaluate(`careergraphExplore.cy.edges().map((edge) => ({
          paths: edge.data('paths'),
          color: edge.style('line-color'),
          width: parseFloat(edge.style('width')),
          faded: edge.hasClass('faded'),
        }))`)) as { paths: number[]; color: string; width: number; faded: boolean }[];
      const before = await edges();
      expect(before.some((edge) => !edge.paths.includes(0))).toBe(true); // path 2 has a step of its own

      await page.locator('#panel .path-list > li[data-path="1"]').hover();
      const during = await edges();
      const own = during.filter((edge) => edge.paths.includes(1));
      const others = during.filter((edge) => !edge.paths.includes(1));
      expect(own.length).toBeGreaterThan(0);
      for (const edge of own) {
        expect(edge.faded).toBe(false);
        expect(edge.color).toBe('rgb(234,88,12)');
        expect(edge.width).toBeGreaterThan(Math.max(...before.map((b) => b.width)));
      }
      expect(others.every((edge) => edge.faded)).toBe(true);

      await page.locator('#from').hover(); // pointing away shows every path as drawn
      expect(await edges()).toEqual(before);
      await page.screenshot({ path: await screenshotPath('explore-hover.png') });
      expect(problems).toEqual([]);
    });

    it('says when a shared link names a role the graph does not have, instead of dropping it', async () => {
      const page = await context.newPage();
      await page.goto(`${server.origin}/explore?from=junior-backend-developer&to=software-architekt`);
      await page.locator('body[data-unknown-roles]').waitFor();
      expect(await page.locator('#panel').innerText()).toContain(
        'The link names a role this graph does not have ("to=software-architekt")',
      );
      expect(await page.locator('#from').inputValue()).toBe('Junior Backend Developer');
      expect(await page.locator('#to').inputValue()).toBe('');
      expect(await page.locator('body').getAttribute('data-state')).not.toBe('drawn');
      expect(requests.offsite()).toEqual([]);
    });

    it.each([
      [
        'devops-engineer',
        'software-architect',
        'DevOps Engineer has no career moves out in the graph: no source names a role it leads to.',
      ],
      [
        'senior-backend-developer',
        'junior-backend-developer',
        'No career move leads into Junior Backend Developer in the graph: no source names a role it follows.',
      ],
    ])('says why no path joins %s and %s rather than "within 6 steps"', async (from, to, reason) => {
      const page = await context.newPage();
      await page.goto(`${server.origin}/explore?from=${from}&to=${to}`);
      await page.locator('body[data-state="drawn"]').waitFor();
      const text = await page.locator('#panel .paths').innerText();
      expect(text).toContain(reason);
      expect(text).not.toContain('within 6 steps');
      expect(problems).toEqual([]);
    });

    it('marks the skills and technologies a pasted job ad names, and lists the roles it fits with their gaps', async () => {
      const page = await context.newPage();
      await page.goto(`${server.origin}/explore`);
      await page.locator('body[data-roles]').waitFor();
      const text =
        'DevOps Engineer. We go fast: deployment pipelines in GitLab CI, Docker and Kubernetes on AWS, monitoring with Prometheus.';
      await page.locator('#text-box summary').click();
      await page.locator('#text-input').fill(text);
      await page.locator('#text-analyze').click();
      await page.locator('#text-box[data-state="done"]').waitFor();

      const { body } = await postGraphQL(
        server.graphqlUrl,
        'query($text: String!) { analyzeText(text: $text, first: 3) { mentions { text explanation } roles { role { name } } } }',
        { text },
      );
      const expected = dataOf<{
        analyzeText: {
          mentions: { text: string; explanation: string }[];
          roles: { role: { name: string } }[];
        };
      }>(body).analyzeText;
      const marks = page.locator('#text-result mark');
      expect(await marks.allInnerTexts()).toEqual(expected.mentions.map((m) => m.text));
      expect(await marks.first().getAttribute('title')).toContain(expected.mentions[0]?.explanation);
      // The marked text reads as the text pasted: nothing dropped or doubled around the marks.
      expect(await page.locator('#text-result .text-marked').innerText()).toBe(text);
      const fits = await page.locator('#text-result .fit-head a').allInnerTexts();
      expect(fits).toEqual(expected.roles.map((fit) => fit.role.name));
      expect(fits[0]).toBe('DevOps Engineer');
      expect(
        await page.locator('#text-result .fit').first().locator('.missing .chip').count(),
      ).toBeGreaterThan(0);
      expect(requests.offsite()).toEqual([]);
      expect(problems).toEqual([]);
    });

    it('opens a shared link (?from=&to=) straight onto its picture, and says when two roles are the same', async () => {
      const page = await context.newPage();
      await page.goto(`${server.origin}/explore?from=senior-backend-developer&to=devops-engineer`);
      await page.locator('body[data-state="drawn"]').waitFor();
      expect(await page.locator('#from').inputValue()).toBe('Senior Backend Developer');
      expect(await page.locator('#panel .skills').innerText()).toContain('Infrastructure Automation');

      // With the keyboard this time: the best match comes first and is active; Enter picks it.
      await page.locator('#to').fill('');
      await page.locator('#to').pressSequentially('senior back', { delay: 30 });
      await page
        .locator('#to-options [role="option"][aria-selected="true"]', { hasText: 'Senior Backend Developer' })
        .waitFor();
      await page.keyboard.press('Enter');
      expect(await page.locator('#to').inputValue()).toBe('Senior Backend Developer');
      await page.locator('#panel').getByText('Pick two different roles.').waitFor();
      expect(requests.offsite()).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
});
