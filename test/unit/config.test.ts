import path from 'node:path';
import { loadConfig } from '../../src/config';
import { projectRoot } from '../../src/project-root';

describe('configuration', () => {
  it.each([
    ['false', false],
    ['0', false],
    ['1', 1],
    ['2', 2],
    ['loopback', ['loopback']],
    ['10.0.0.0/8, 192.168.1.7', ['10.0.0.0/8', '192.168.1.7']],
  ])('reads TRUST_PROXY=%j as %j', (value, trustProxy) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(trustProxy);
  });

  it('refuses TRUST_PROXY=true, which would believe a client-written X-Forwarded-For', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: .*hop/);
  });

  it('charges a refusal 1/250 of the bucket by default, or what RATE_LIMIT_REFUSAL_POINTS says', () => {
    expect(loadConfig({}).rateLimit.refusalPoints).toBe(1_000);
    expect(loadConfig({ RATE_LIMIT_POINTS: '30000' }).rateLimit.refusalPoints).toBe(120);
    expect(loadConfig({ RATE_LIMIT_REFUSAL_POINTS: '5' }).rateLimit.refusalPoints).toBe(5);
    expect(() => loadConfig({ RATE_LIMIT_POINTS: '30000', RATE_LIMIT_REFUSAL_POINTS: '40000' })).toThrow(
      /RATE_LIMIT_REFUSAL_POINTS/,
    );
  });

  it('charges a download of an export 1/5 of the bucket by default, or what RATE_LIMIT_EXPORT_POINTS says', () => {
    expect(loadConfig({}).rateLimit.exportPoints).toBe(50_000);
    expect(loadConfig({ RATE_LIMIT_POINTS: '30000' }).rateLimit.exportPoints).toBe(6_000);
    expect(loadConfig({ RATE_LIMIT_EXPORT_POINTS: '70000' }).rateLimit.exportPoints).toBe(70_000);
    expect(() => loadConfig({ RATE_LIMIT_POINTS: '30000', RATE_LIMIT_EXPORT_POINTS: '40000' })).toThrow(
      /RATE_LIMIT_EXPORT_POINTS: must be at most RATE_LIMIT_POINTS/,
    );
  });

  it('serves metrics on 127.0.0.1:9464 by default', () => {
    expect(loadConfig({}).metrics).toEqual({ port: 9464, host: '127.0.0.1', operations: [] });
    expect(loadConfig({ METRICS_OPERATIONS: 'RolePage, Search' }).metrics.operations).toEqual([
      'RolePage',
      'Search',
    ]);
  });

  it('sets time limits on slow HTTP clients, the headers within the whole request', () => {
    expect(loadConfig({}).httpTimeouts).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
    });
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '40000' })).toThrow(/HTTP_HEADERS_TIMEOUT_MS/);
  });

  it('checks for a new dataset, to price lists anew, only where the graph can change (Neo4j)', () => {
    expect(loadConfig({}).listPricesCheckSeconds).toBe(0);
    expect(loadConfig({ NEO4J_URI: 'bolt://db:7687' }).listPricesCheckSeconds).toBe(60);
  });

  it('keeps answers (64 MB by default) only where the graph cannot change: the embedded store', () => {
    expect(loadConfig({}).answerCacheBytes).toBe(64 * 1024 * 1024);
    expect(loadConfig({ ANSWER_CACHE_MB: '8' }).answerCacheBytes).toBe(8 * 1024 * 1024);
    expect(loadConfig({ ANSWER_CACHE_MB: '0' }).answerCacheBytes).toBe(0);
    expect(loadConfig({ NEO4J_URI: 'bolt://db:7687' }).answerCacheBytes).toBe(0);
    expect(loadConfig({ NEO4J_URI: 'bolt://db:7687', ANSWER_CACHE_MB: '0' }).answerCacheBytes).toBe(0);
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687', ANSWER_CACHE_MB: '8' })).toThrow(
      /ANSWER_CACHE_MB: must be 0 or unset with NEO4J_URI/,
    );
    expect(() => loadConfig({ ANSWER_CACHE_MB: '-1' })).toThrow(/ANSWER_CACHE_MB/);
    expect(() => loadConfig({ ANSWER_CACHE_MB: 'lots' })).toThrow(/ANSWER_CACHE_MB/);
  });

  it('keeps the checked seed in node_modules/.cache/careergraph unless SEED_CACHE_DIR says where, or off', () => {
    expect(loadConfig({}).seedCacheDirectory).toBe(
      path.join(projectRoot, 'node_modules', '.cache', 'careergraph'),
    );
    expect(loadConfig({ SEED_CACHE_DIR: 'cache' }).seedCacheDirectory).toBe(path.resolve('cache'));
    expect(loadConfig({ SEED_CACHE_DIR: 'off' }).seedCacheDirectory).toBeNull();
  });
});
