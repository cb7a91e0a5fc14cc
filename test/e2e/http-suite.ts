import { request as httpRequest } from 'node:http';
import { loadSeed } from '../../src/seed/load-seed';
import { datasetHash } from '../../src/dataset/dataset-hash';
import { codesOf, dataOf, firstError, parseAnswer, type GraphQLAnswer } from '../support/json';
import { postGraphQL, startServerProcess, type ServerProcess } from '../support/server-process';

/**
 * The built server, started as `npm start` starts it, in production mode, on one store: every query of
 * the contract, the error cases, health, and a graceful stop. test/e2e runs it on the embedded store;
 * test/contract/neo4j-store.test.ts runs it on the test Neo4j, after seeding it.
 */
/** One request that touches every root field of the contract. */
const contractQuery = `{
  node(id: "Role:software-architect") { id ... on Role { name } }
  role(slug: "senior-backend-developer") { name nextRoles { to { slug } } relatedRoles(first: 2) { score } salaries { region } }
  roles(filter: { family: BACKEND }, first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { slug } }
  skill(slug: "sql") { name unlocks { slug } prerequisites { slug } }
  skills(filter: { category: DATA }, first: 3) { totalCount nodes { slug } }
  technology(slug: "python") { name ... on Language { frameworks { slug } } }
  technologies(kind: DATABASE) { totalCount nodes { slug ... on Database { dataModel } } }
  industries { slug }
  sources { slug }
  search(text: "kubernets", kinds: [TECHNOLOGY]) { score node { id } }
  careerPaths(from: "junior-backend-developer", to: "software-architect") { length totalYears roles { slug } }
  skillGap(from: "senior-backend-developer", to: "devops-engineer") { missing { skill { slug } } learningOrder { slug } }
}`;

type Slugs = { slug: string }[];

/**
 * A GraphQL POST sent in two steps: the headers with `Expect: 100-continue`; then, once the server has
 * read them and answered 100 Continue (`headersRead` resolves with the function that sends it), the body.
 */
function postAfterContinue(
  url: string,
  query: string,
): {
  headersRead: Promise<() => void>;
  answer: Promise<{ status: number; body: GraphQLAnswer | undefined }>;
} {
  const payload = JSON.stringify({ query });
  const request = httpRequest(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(payload),
      expect: '100-continue',
    },
  });
  const headersRead = new Promise<() => void>((resolve) =>
    request.once('continue', () => resolve(() => request.end(payload))),
  );
  const answer = new Promise<{ status: number; body: GraphQLAnswer | undefined }>((resolve, reject) => {
    request.once('error', reject);
    request.once('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.once('end', () => resolve({ status: response.statusCode ?? 0, body: parseAnswer(text) }));
      response.once('error', reject);
    });
  });
  request.flushHeaders();
  return { headersRead, answer };
}

/** The parts of contractQuery's answer the tests read. */
interface ContractData {
  node: { id: string; name: string };
  role: { nextRoles: unknown[] };
  roles: { nodes: Slugs; pageInfo: { hasNextPage: boolean } };
  skill: { unlocks: Slugs; prerequisites: Slugs };
  technologies: { nodes: Slugs };
  industries: Slugs;
  sources: Slugs;
  search: { node: { id: string } }[];
  careerPaths: unknown[];
  skillGap: { missing: unknown[]; learningOrder: Slugs };
}

export function describeHttpEndToEnd(storeName: string, storeEnv: Record<string, string | undefined>) {
  describe(`the built server over HTTP on the ${storeName} store, in production mode`, () => {
    let server: ServerProcess;
    const ask = (query: string, variables?: Record<string, unknown>) =>
      postGraphQL(server.url, query, variables);

    beforeAll(async () => {
      server = await startServerProcess({ NODE_ENV: 'production', ...storeEnv });
      // As a load balancer would: traffic once /readyz says ready (on Neo4j, once the read models are built).
      const readyz = server.url.replace(/\/graphql$/, '/readyz');
      for (let tries = 0; tries < 300 && (await fetch(readyz)).status !== 200; tries++)
        await new Promise((resolve) => setTimeout(resolve, 200));
    }, 90_000);
    afterAll(async () => {
      if (server.child.exitCode === null) await server.stop();
    });

    describe('every query of the contract, in one request', () => {
      let answer: { status: number; body: GraphQLAnswer };
      let data: ContractData;
      beforeAll(async () => {
        answer = await ask(contractQuery);
        data = dataOf<ContractData>(answer.body);
      });

      it('answers 200 without errors', () => {
        expect(answer.status).toBe(200);
        expect(answer.body.errors).toBeUndefined();
      });

      it('finds a node by its global id', () => {
        expect(data.node).toEqual({ id: 'Role:software-architect', name: 'Software Architect' });
      });

      it("lists a role's next roles", () => {
        expect(data.role.nextRoles.length).toBeGreaterThan(0);
      });

      it('pages a filtered list of roles', () => {
        expect(data.roles.nodes).toHaveLength(2);
        expect(data.roles.pageInfo.hasNextPage).toBe(true);
      });

      it("answers a skill's unlocks and prerequisites", () => {
        expect(data.skill.unlocks).toEqual([]);
        expect(data.skill.prerequisites).toEqual([{ slug: 'server-side-programming' }]);
      });

      it('lists technologies of a kind', () => {
        expect(data.technologies.nodes.map((technology) => technology.slug)).toContain('postgresql');
      });

      it('lists industries and sources', () => {
        expect(data.industries.length).toBeGreaterThan(3);
        // The five documents and ESCO.
        expect(data.sources).toHaveLength(6);
      });

      it('finds a misspelt technology by search', () => {
        expect(data.search[0]?.node.id).toBe('Technology:kubernetes');
      });

      it('finds the shortest career path', () => {
        expect(data.careerPaths[0]).toEqual({
          length: 3,
          totalYears: null,
          roles: [
            { slug: 'junior-backend-developer' },
            { slug: 'mid-level-backend-developer' },
            { slug: 'senior-backend-developer' },
            { slug: 'software-architect' },
          ],
        });
      });

      it('orders every missing skill of a skill gap for learning', () => {
        expect(data.skillGap.learningOrder.length).toBe(data.skillGap.missing.length);
      });
    });

    it('answers an unknown slug with BAD_USER_INPUT naming it, and no stack trace', async () => {
      const { body } = await ask('{ careerPaths(from: "astronaut", to: "software-architect") { length } }');
      expect(body.errors).toHaveLength(1);
      expect(firstError(body).message).toContain('astronaut');
      expect(firstError(body).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        argument: 'from',
        slug: 'astronaut',
      });
      expect(JSON.stringify(body)).not.toMatch(/stacktrace|\.ts:|\.js:/);
    });

    it('answers an out-of-range argument with BAD_USER_INPUT naming the limit', async () => {
      const { body } = await ask('{ roles(first: 1000) { totalCount } }');
      expect(firstError(body).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        argument: 'first',
        min: 0,
        max: 100,
      });
    });

    it('answers malformed JSON with 400 BAD_REQUEST', async () => {
      const malformed = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": ',
      });
      expect(malformed.status).toBe(400);
      expect(await malformed.json()).toEqual({
        errors: [{ message: 'Request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
      });
    });

    it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED and no stack trace', async () => {
      const syntax = await ask('{ role(slug: ) }');
      expect(syntax.status).toBe(400);
      expect(codesOf(syntax.body)).toEqual(['GRAPHQL_PARSE_FAILED']);
      expect(JSON.stringify(syntax.body)).not.toContain('stacktrace');
    });

    it('answers a wrong variable type with 400 BAD_USER_INPUT and no stack trace', async () => {
      const variables = await ask('query($n: Int!) { roles(first: $n) { totalCount } }', { n: 'many' });
      expect(variables.status).toBe(400);
      expect(codesOf(variables.body)[0]).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(variables.body)).not.toContain('stacktrace');
    });

    it('keeps serving after those refusals', async () => {
      const after = await ask('{ role(slug: "software-architect") { name } }');
      expect(dataOf<{ role: { name: string } }>(after.body).role.name).toBe('Software Architect');
    });

    it('reports health and readiness', async () => {
      const base = server.url.replace(/\/graphql$/, '');
      expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
      // On Neo4j the API is ready once its read models are built (in the background from start).
      let ready = await fetch(`${base}/readyz`);
      for (let tries = 0; ready.status === 503 && tries < 100; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        ready = await fetch(`${base}/readyz`);
      }
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({
        status: 'ready',
        store: storeName,
        dataset: expect.objectContaining({
          seededAt: expect.any(String),
          hash: datasetHash(await loadSeed()),
          version: (await loadSeed()).release.version,
        }),
      });
    });

    it('says on every answer which release answered it', async () => {
      const seed = await loadSeed();
      const { body } = await ask('{ __typename }');
      expect(body.extensions?.dataset).toEqual({ version: seed.release.version, hash: datasetHash(seed) });
    });

    it('finishes a request in flight on SIGTERM, then exits 0', async () => {
      // In flight for certain: the server has read its headers (it answered 100 Continue) when the stop
      // comes, and its body follows only then. A request merely sent may still sit unread in the socket,
      // and a stopping server closes such a connection (fetch: "other side closed").
      const { headersRead, answer } = postAfterContinue(
        server.url,
        '{ roles(first: 100) { nodes { relatedRoles(first: 20) { score role { slug } } } } }',
      );
      const sendBody = await headersRead;
      const code = server.stop();
      sendBody();
      const { status, body } = await answer;
      expect(status).toBe(200);
      expect(dataOf<{ roles: { nodes: unknown[] } }>(body).roles.nodes.length).toBeGreaterThan(20);
      expect(await code).toBe(0);
    });
  });
}
