import {
  matchWord,
  noWordMatch,
  prepareText,
  relevanceFloor,
  scoreNode,
  typoBudget,
  wordMatchEdits,
  wordMatchKind,
  WordMatchKind,
} from '../../src/domain/search-scoring';

const score = (text: string, name: string, aliases: string[] = []) =>
  scoreNode(prepareText(text), name, aliases);

describe('search scoring', () => {
  it.each<[string, string, string[], string, number]>([
    ['PostgreSQL', 'PostgreSQL', [], 'EXACT', 1],
    ['postgre sql', 'PostgreSQL', [], 'EXACT', 1],
    ['CAFÉ', 'Café', [], 'EXACT', 1],
    ['golang', 'Go', ['Golang'], 'ALIAS', 0.95],
    // 0.5 + 0.4 × 8/10
    ['postgres', 'PostgreSQL', [], 'PREFIX', 0.82],
    // 0.5 + 0.4 × (2 + 3)/15: "vp" and the beginning of "engineering"
    ['vp eng', 'VP of Engineering', [], 'PREFIX', 0.6333],
    // 0.5 + 0.35 × (9 - 1)/10
    ['kubernets', 'Kubernetes', [], 'FUZZY', 0.78],
  ])('"%s" against %s %j is %s, %d', (text, name, aliases, match, value) => {
    expect(score(text, name, aliases)).toEqual({ match, score: value });
  });

  it('scores a PARTIAL hit below the floor, and every full match above it', () => {
    const partial = score('QA engineer', 'Platform Engineer');
    expect(partial?.match).toBe('PARTIAL');
    expect(partial!.score).toBeLessThan(relevanceFloor);
    for (const [text, name] of [
      ['e', 'E'],
      ['en', 'Entry Level Backend Platform Engineer With A Long Name 123456789'],
      ['enginer', 'Entry Level Backend Platform Engineer With A Long Name 123456789'],
    ] as const)
      expect(score(text, name)!.score).toBeGreaterThanOrEqual(relevanceFloor);
  });

  it('prefers the name to an alias on a tie, and the better name otherwise', () => {
    expect(score('engineer', 'Engineer', ['Engineer'])?.match).toBe('EXACT');
    expect(score('sre', 'Site Reliability Engineer', ['SRE'])?.match).toBe('ALIAS');
  });

  it('allows typos only in words of five letters or more, and never in numbers', () => {
    expect(typoBudget('lead')).toBe(0);
    expect(typoBudget('dockr')).toBe(1);
    expect(typoBudget('kubernets')).toBe(2);
    expect(typoBudget('12345')).toBe(0);
    expect(typoBudget('python3')).toBe(1);
    expect(matchWord('lead', 'load')).toBe(noWordMatch);
    expect(matchWord('12345', '12346')).toBe(noWordMatch);
    const fuzzy = matchWord('dockr', 'docker');
    expect([wordMatchKind(fuzzy), wordMatchEdits(fuzzy)]).toEqual([WordMatchKind.Fuzzy, 1]);
  });

  it('matches prefixes of two letters or more only', () => {
    expect(wordMatchKind(matchWord('po', 'postgresql'))).toBe(WordMatchKind.Prefix);
    expect(matchWord('p', 'postgresql')).toBe(noWordMatch);
  });

  it('finds nothing when no word matches', () => {
    expect(score('zzqxwv', 'PostgreSQL')).toBeNull();
    expect(score('   ', 'PostgreSQL')).toBeNull();
  });
});
